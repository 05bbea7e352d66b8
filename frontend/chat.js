// A bare chat page for the mock server: create a session, stream the answer, show tokens as they come.
// No build step. Query parameters: api (server origin, default http://127.0.0.1:8000), token (default
// demo-token), collection (a collection id to ground the answers in; default none).

const params = new URLSearchParams(window.location.search);
const api = `${(params.get("api") ?? "http://127.0.0.1:8000").replace(/\/+$/, "")}/api/v1`;
const token = params.get("token") ?? "demo-token";
const collection = params.get("collection");

const form = document.getElementById("ask");
const question = document.getElementById("question");
const send = document.getElementById("send");
const answer = document.getElementById("answer");
const status = document.getElementById("status");
document.getElementById("api").textContent = api;

/** Call the API; a non-2xx answer throws with the Error body's message. */
async function call(path, { method = "GET", body, accept = "application/json" } = {}) {
  const headers = { Authorization: `Bearer ${token}`, Accept: accept };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(`${api}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const error = await response.json().catch(() => null);
    throw new Error(error?.message ? `${response.status}: ${error.message}` : `HTTP ${response.status}`);
  }
  return response;
}

/** The JSON objects of a JSON-lines body, as each line completes. */
async function* jsonLines(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    let newline;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line) yield JSON.parse(line);
    }
  }
  if (buffered.trim()) yield JSON.parse(buffered);
}

async function ask(text) {
  const query = collection ? `?collection_id=${encodeURIComponent(collection)}` : "";
  const session = await (await call(`/chats${query}`, { method: "POST" })).json();
  answer.dataset.sessionId = session.id;
  const response = await call(`/chats/${session.id}/completions`, {
    method: "POST",
    body: { message: text },
    accept: "application/jsonl",
  });
  for await (const line of jsonLines(response.body)) {
    if ("error" in line) throw new Error(`The answer failed: ${line.error}`);
    answer.append(line.body);
    if (line.finished) {
      answer.dataset.messageId = line.message_id;
      return;
    }
  }
  throw new Error("The answer ended before its last line.");
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  answer.textContent = "";
  delete answer.dataset.messageId;
  answer.dataset.state = "streaming";
  status.textContent = "Answering…";
  send.disabled = true;
  try {
    await ask(question.value);
    answer.dataset.state = "done";
    status.textContent = "Done.";
  } catch (error) {
    answer.dataset.state = "error";
    status.textContent = error instanceof Error ? error.message : String(error);
  } finally {
    send.disabled = false;
  }
});

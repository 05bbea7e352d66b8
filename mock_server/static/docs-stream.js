// The mock's /docs page: Swagger UI that shows streamed answers (application/jsonl) as the lines arrive.
//
// Swagger UI reads a whole response before it shows it, and reads application/jsonl as a Blob, so a
// streamed completion used to end in "can't parse JSON. Raw result: [object Blob]". Here a fetch
// wrapper (swagger-client's `userFetch`, set by the request interceptor) splits a JSON-lines body in
// two: one copy goes to Swagger UI as usual, the other is read line by line into the panel below the
// page header while it streams. The response interceptor then shows the finished lines in Swagger UI's
// own response view as a JSON array, one item per line. No build step, no network: plain browser APIs.

(function () {
  "use strict";

  function isJsonLines(response) {
    const type = response.headers.get("content-type") || "";
    return type.split(";")[0].trim().toLowerCase() === "application/jsonl";
  }

  function panel() {
    let root = document.getElementById("stream-panel");
    if (root) return root;
    root = document.createElement("section");
    root.id = "stream-panel";
    root.setAttribute("aria-live", "polite");
    root.innerHTML =
      '<h3>Streamed answer <small id="stream-status"></small></h3>' +
      '<p id="stream-text"></p><ol id="stream-lines"></ol>';
    const anchor = document.getElementById("swagger-ui");
    anchor.parentNode.insertBefore(root, anchor);
    return root;
  }

  function show(state, lines, text, note) {
    const root = panel();
    root.dataset.state = state;
    root.dataset.lines = String(lines);
    document.getElementById("stream-text").textContent = text;
    document.getElementById("stream-status").textContent =
      `${state}: ${lines} line${lines === 1 ? "" : "s"}${note ? ` (${note})` : ""}`;
  }

  // Read one copy of the body line by line, showing each line and the answer text as they come.
  async function follow(body) {
    const list = (panel(), document.getElementById("stream-lines"));
    list.replaceChildren();
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let pending = "";
    let count = 0;
    let text = "";
    let state = "streaming";
    show(state, 0, "", "");
    const take = (line) => {
      if (!line.trim()) return;
      count += 1;
      const item = document.createElement("li");
      item.textContent = line;
      list.appendChild(item);
      try {
        const data = JSON.parse(line);
        if (typeof data.error === "string") state = "error";
        else {
          text += data.body || "";
          if (data.finished) state = "done";
        }
      } catch (error) {
        state = "error";
      }
      show(state, count, text, "");
    };
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        pending += value;
        const parts = pending.split("\n");
        pending = parts.pop();
        parts.forEach(take);
      }
      take(pending);
      if (state === "streaming") show("error", count, text, "ended before the last line");
    } catch (error) {
      show("error", count, text, String(error));
    }
  }

  async function streamingFetch(url, request) {
    const response = await fetch(url, request);
    if (!response.ok || !response.body || !isJsonLines(response)) return response;
    const [mine, theirs] = response.body.tee();
    follow(mine);
    return new Response(theirs, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }

  // Swagger UI calls these for every "Execute".
  window.toolkitRequestInterceptor = function (request) {
    request.userFetch = streamingFetch;
    return request;
  };

  window.toolkitResponseInterceptor = async function (response) {
    const type = (response.headers && response.headers["content-type"]) || "";
    if (!type.toLowerCase().startsWith("application/jsonl") || !(response.data instanceof Blob)) {
      return response;
    }
    const lines = (await response.data.text()).split("\n").filter((line) => line.trim());
    const items = lines.map((line) => {
      try {
        return JSON.parse(line);
      } catch (error) {
        return line;
      }
    });
    response.text = response.data = JSON.stringify(items, null, 2);
    response.body = items;
    return response;
  };
})();

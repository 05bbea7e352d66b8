// A typed client of the mock: list sessions, create one, stream an answer as JSON lines.
// Run: tsc -p frontend/tsconfig.json --noEmit false --outDir OUT && node OUT/demo.js [BASE_URL] [TOKEN]
// It prints one JSON object describing what it saw.

import type { components, operations } from "./api";

type Schemas = components["schemas"];
type Session = Schemas["ChatSession"];
type StreamLine = Schemas["ChatStreamLine"];
type ApiError = Schemas["Error"];
type CompletionRequest = operations["get_completion"]["requestBody"]["content"]["application/json"];
type SessionList = operations["list_chat_sessions"]["responses"][200]["content"]["application/json"];
type CreatedSession = operations["create_chat_session"]["responses"][201]["content"]["application/json"];

// Node's globals, declared here rather than pulling in @types/node for two of them.
declare const process: { argv: string[]; exitCode?: number };

class ApiFailure extends Error {
  constructor(readonly status: number, readonly body: ApiError | null) {
    super(body ? `${status}: ${body.message}` : `HTTP ${status}`);
  }
}

class Client {
  constructor(private readonly base: string, private readonly token: string) {}

  async request(method: string, path: string, init: { body?: unknown; accept?: string } = {}): Promise<Response> {
    const response = await fetch(`${this.base}/api/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        Accept: init.accept ?? "application/json",
        ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as ApiError | null;
      throw new ApiFailure(response.status, body);
    }
    return response;
  }

  async listSessions(limit = 100): Promise<SessionList> {
    return (await (await this.request("GET", `/chats?limit=${limit}`)).json()) as SessionList;
  }

  async createSession(collectionId?: string): Promise<CreatedSession> {
    const query = collectionId ? `?collection_id=${encodeURIComponent(collectionId)}` : "";
    return (await (await this.request("POST", `/chats${query}`)).json()) as CreatedSession;
  }

  async *streamCompletion(sessionId: string, body: CompletionRequest): AsyncGenerator<StreamLine> {
    const response = await this.request("POST", `/chats/${sessionId}/completions`, {
      body,
      accept: "application/jsonl",
    });
    if (response.body === null) {
      throw new Error("the answer has no body");
    }
    const decoder = new TextDecoder();
    let buffered = "";
    for await (const chunk of response.body) {
      buffered += decoder.decode(chunk, { stream: true });
      let newline: number;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (line) {
          yield JSON.parse(line) as StreamLine;
        }
      }
    }
    if (buffered.trim()) {
      yield JSON.parse(buffered) as StreamLine;
    }
  }
}

async function main(base: string, token: string): Promise<void> {
  const client = new Client(base, token);
  const before: Session[] = await client.listSessions();
  const session = await client.createSession(before.find((s) => s.collection_id)?.collection_id ?? undefined);
  let text = "";
  let lines = 0;
  let messageId: string | null = null;
  for await (const line of client.streamCompletion(session.id, { message: "What should I know first?" })) {
    lines += 1;
    if ("error" in line) {
      throw new Error(`the answer failed: ${line.error}`);
    }
    text += line.body;
    if (line.finished) {
      messageId = line.message_id ?? null;
    }
  }
  const after = await client.listSessions();
  console.log(
    JSON.stringify({
      sessions_before: before.length,
      sessions_after: after.length,
      session_id: session.id,
      collection_id: session.collection_id,
      lines,
      text,
      message_id: messageId,
    }),
  );
}

const [base = "http://127.0.0.1:8000", token = "demo-token"] = process.argv.slice(2);
main(base, token).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

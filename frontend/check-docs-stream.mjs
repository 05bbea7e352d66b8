// Drive the mock's /docs page (Swagger UI) in headless Chromium: try the streamed completion, sample
// the streamed-answer panel while the lines arrive, report.
// Usage: node frontend/check-docs-stream.mjs SERVER_URL SESSION_ID QUESTION
// Prints one JSON object: {state, lines, text, responseBody, samples: [{lines, state}]}.
// CHROMIUM (default /usr/bin/chromium) names the browser; playwright-core never downloads one.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [server, sessionId, question] = process.argv.slice(2);
if (!server || !sessionId || !question) {
  console.error("usage: node frontend/check-docs-stream.mjs SERVER_URL SESSION_ID QUESTION");
  process.exit(2);
}

const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const profile = mkdtempSync(join(tmpdir(), "docs-check-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20000);
  // The whole page (Swagger UI too) must come from the mock: anything else would fail offline.
  const foreign = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(server) && !request.url().startsWith("data:")) foreign.push(request.url());
  });
  await page.goto(`${server}/`);
  const operation = page.locator("#operations-Chat-get_completion");
  await operation.locator(".opblock-summary").first().click();
  await operation.locator(".try-out__btn").click();
  await operation.locator('tr[data-param-name="session_id"] input').fill(sessionId);
  await operation.locator("textarea.body-param__text").fill(JSON.stringify({ message: question }));
  await operation.locator(".responses-wrapper select").first().selectOption("application/jsonl");
  const sampling = page.evaluate(
    () =>
      new Promise((resolve) => {
        const samples = [];
        const started = Date.now();
        const timer = setInterval(() => {
          const panel = document.getElementById("stream-panel");
          const state = panel ? panel.dataset.state : "absent";
          samples.push({ lines: panel ? Number(panel.dataset.lines) : 0, state });
          if (state === "done" || state === "error" || Date.now() - started > 20000) {
            clearInterval(timer);
            resolve(samples);
          }
        }, 10);
      }),
  );
  await operation.locator("button.execute").click();
  const samples = await sampling;
  // Swagger UI's own response view, once the whole answer is in.
  const body = operation.locator(".live-responses-table .response-col_description pre").first();
  await body.waitFor();
  const report = await page.evaluate(() => ({
    state: document.getElementById("stream-panel").dataset.state,
    lines: Number(document.getElementById("stream-panel").dataset.lines),
    text: document.getElementById("stream-text").textContent,
  }));
  console.log(JSON.stringify({ ...report, responseBody: await body.textContent(), foreign, samples }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

// Drive chat.html in headless Chromium: ask a question, sample the answer while it streams, report.
// Usage: node frontend/check-streaming.mjs PAGE_URL QUESTION
// Prints one JSON object: {state, text, sessionId, messageId, status, samples: [{length, state}]}.
// CHROMIUM (default /usr/bin/chromium) names the browser; playwright-core never downloads one.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [url, question] = process.argv.slice(2);
if (!url || !question) {
  console.error("usage: node frontend/check-streaming.mjs PAGE_URL QUESTION");
  process.exit(2);
}

// The flags that keep Chromium off the network and quiet on a machine without one (headless is
// Playwright's own option).
const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const profile = mkdtempSync(join(tmpdir(), "chat-check-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.fill("#question", question);
  // Sample in the page itself, every 10 ms, so no round trip to the browser can hide a step; give up
  // after 20 s (the report then says the state it was left in).
  const sampling = page.evaluate(
    () =>
      new Promise((resolve) => {
        const answer = document.getElementById("answer");
        const samples = [];
        const started = Date.now();
        const timer = setInterval(() => {
          const state = answer.dataset.state;
          samples.push({ length: answer.textContent.length, state });
          if (state === "done" || state === "error" || Date.now() - started > 20000) {
            clearInterval(timer);
            resolve(samples);
          }
        }, 10);
      }),
  );
  await page.click("#send");
  const samples = await sampling;
  const report = await page.evaluate(() => {
    const answer = document.getElementById("answer");
    return {
      state: answer.dataset.state,
      text: answer.textContent,
      sessionId: answer.dataset.sessionId ?? null,
      messageId: answer.dataset.messageId ?? null,
      status: document.getElementById("status").textContent,
    };
  });
  console.log(JSON.stringify({ ...report, samples }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

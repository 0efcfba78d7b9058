// Chromium: the machine's (in CI, Debian's package, installed with apt-get when missing), driven headless
// by playwright-core with a fresh profile. The page is served from 127.0.0.1 by a small static
// server over the app folder; the SDK is mapped by an import map from the browser conditions.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { extname, join, normalize, sep } from "node:path";
import { CHROMIUM, CHROMIUM_ENABLE, CHROMIUM_FLAGS as FLAGS, ensureChromium } from "../../scripts/ensure-chromium.mjs";
import { parseResult } from "./proc.mjs";

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json" };

/** Serves the app folder, and the page (at / and /callback) with the import map. */
function serve(app, importMap) {
  const page = `<!doctype html><meta charset="utf-8"><title>runtime matrix</title>
<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module" src="/page.mjs"></script>`;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/" || path === "/callback") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      return res.end(page);
    }
    const file = normalize(join(app, path));
    if (!file.startsWith(app + sep) || !existsSync(file) || !TYPES[extname(file)]) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)], "cache-control": "no-store" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export async function runChromium(ctx) {
  const missing = ensureChromium(ctx.say);
  if (missing) return { status: "unavailable", reason: missing, enable: CHROMIUM_ENABLE };
  if (!ctx.expected) return { status: "fail", reason: "the SDK's exports map selects nothing for the browser conditions" };
  let chromium;
  try {
    ({ chromium } = createRequire(join(ctx.modules, "noop.js"))("playwright-core"));
  } catch (error) {
    return { status: "unavailable", reason: `playwright-core is not installed in runtimes/node_modules: ${error.message.split("\n")[0]}` };
  }
  const mapped = `/node_modules/spotify-web-api-sdk/${ctx.expected.replace(/^\.\//, "")}`;
  const server = await serve(ctx.app, { imports: { "spotify-web-api-sdk": mapped } });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = mkdtempSync(join(ctx.cacheDir, "chromium-profile-"));
  const problems = [];
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: [...FLAGS], timeout: 60_000 });
    const page = context.pages()[0] ?? (await context.newPage());
    let lastProblem = 0;
    const problem = (text) => {
      problems.push(text);
      lastProblem = Date.now();
    };
    page.on("pageerror", (error) => problem(`page error: ${error.message}`));
    page.on("console", (msg) => { if (msg.type() === "error") problem(`console: ${msg.text()}`); });
    page.on("requestfailed", (request) => problem(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
    await page.goto(`${origin}/?cfg=${encodeURIComponent(JSON.stringify(ctx.cfg))}`);
    // The page navigates to the emulator and back: poll across navigations rather than wait on one.
    const until = Date.now() + 90_000;
    let line;
    // A page whose module failed to load never reports: give up 5 s after its last error.
    while (!line && Date.now() < until && !(lastProblem && Date.now() - lastProblem > 5_000)) {
      line = await page.evaluate(() => globalThis.__matrixResult).catch(() => undefined);
      if (!line) await new Promise((r) => setTimeout(r, 200));
    }
    const result = line && parseResult(line);
    if (!result) return { status: "fail", reason: `no result from the page at ${page.url()}${problems.length ? `: ${problems.slice(-3).join("; ")}` : ""}` };
    const build = result.resolved?.startsWith("/node_modules/spotify-web-api-sdk/") ? `./${result.resolved.slice("/node_modules/spotify-web-api-sdk/".length)}` : result.resolved;
    const version = execFileSync(CHROMIUM, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split(" ").slice(0, 2).join(" ");
    return { ...result, build, version };
  } catch (error) {
    return { status: "fail", reason: `Chromium: ${String(error?.message ?? error).split("\n")[0]}` };
  } finally {
    await context?.close().catch(() => {});
    server.closeAllConnections?.();
    await new Promise((r) => server.close(r));
    rmSync(profile, { recursive: true, force: true });
  }
}

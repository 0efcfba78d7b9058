// Serves the dashboard (GET /emulator/ and its files under /emulator/ui/) from the package's ui/
// folder: plain files, no build step, nothing fetched from elsewhere, so it works offline.
import { readFile } from "node:fs/promises";
import type { Platform } from "../platform/platform.js";
import { type Exchange, send, sendJson } from "../http/exchange.js";

/** The dashboard's files, by the name they are served under, with their content types. */
const FILES: Record<string, string> = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "fixtures.js": "text/javascript; charset=utf-8",
  "style.css": "text/css; charset=utf-8",
};

// src/ui/ and dist/ui/ both sit two levels below the package root, beside ui/.
const UI_DIR = new URL("../../ui/", import.meta.url);

/** The dashboard page security: its own files only, no inline script, no framing by other sites. */
const PAGE_HEADERS = {
  "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: https:; frame-ancestors 'self'",
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "no-cache",
};

/** `name` is "" for the page itself, or a file name under /emulator/ui/. */
export async function serveDashboard(platform: Platform, ex: Exchange, name: string): Promise<void> {
  const file = name === "" ? "index.html" : name;
  const type = FILES[file];
  if (ex.method !== "GET" && ex.method !== "HEAD") return sendJson(platform, ex, 405, { error: { status: 405, message: "Method not allowed" } });
  if (!type) return sendJson(platform, ex, 404, { error: { status: 404, message: `No dashboard file ${name}` } });
  const body = await readFile(new URL(file, UI_DIR));
  send(platform, ex, 200, ex.method === "HEAD" ? undefined : body, { "Content-Type": type, ...PAGE_HEADERS });
}

// The live request log as server-sent events (`GET /emulator/log/stream`): the dashboard's feed.
// A reconnecting EventSource sends Last-Event-ID and gets what it missed from the ring buffer.
import type { Platform } from "../platform/platform.js";
import type { Exchange } from "../http/exchange.js";
import { CORS_HEADERS } from "../http/cors.js";
import type { RequestLogEntry } from "../log/request-log.js";

/** A comment line now and then keeps proxies and idle timeouts from closing a quiet feed. */
const HEARTBEAT_MS = 15_000;

function event(entry: RequestLogEntry): string {
  return `id: ${entry.seq}\nevent: entry\ndata: ${JSON.stringify(entry)}\n\n`;
}

/** `GET /emulator/log/stream`: the request log as server-sent events, from now on (or from `since` / `Last-Event-ID`). */
export function streamLog(platform: Platform, ex: Exchange): void {
  const { req, res } = ex;
  const q = new URLSearchParams(ex.rawQuery);
  // `since=0` replays the whole ring: a page that listed the log (empty) and then opened the feed
  // gets what was logged in between.
  const from = req.headers["last-event-id"] ?? q.get("since");
  const since = from === null || from === undefined || from === "" ? -1 : Number(from) || 0;
  res.writeHead(200, { ...CORS_HEADERS, "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", Connection: "keep-alive" });
  res.write(": spotify-emulator request log\n\n");
  if (since >= 0) for (const entry of platform.log.list(undefined, since)) res.write(event(entry));
  const unsubscribe = platform.log.subscribe((entry) => res.write(event(entry)));
  const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), HEARTBEAT_MS);
  // Never what keeps a process alive: stop() or the client going away ends the feed.
  heartbeat.unref();
  const end = () => {
    clearInterval(heartbeat);
    unsubscribe();
    platform.feeds.delete(end);
    if (!res.writableEnded) res.end();
  };
  platform.feeds.add(end);
  req.socket.unref();
  res.once("close", end);
}

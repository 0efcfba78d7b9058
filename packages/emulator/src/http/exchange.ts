// One request/response pair and the single place responses are written: CORS headers, the
// request log, and the body-mangling faults (truncated JSON, empty body) all happen here.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Platform } from "../core/platform.js";
import type { FaultKind } from "../control/faults.js";
import { captureBodies } from "../control/log-bodies.js";
import { CORS_HEADERS } from "./cors.js";

export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly method: string;
  /** The raw (still percent-encoded) path. */
  readonly pathname: string;
  readonly rawQuery: string;
  readonly arrivedAt: number;
  readonly startedHr: number;
  operationId?: string;
  clientId?: string;
  userId?: string;
  /** A body-mangling fault to apply when the response is written. */
  mangle?: { kind: FaultKind; status?: number };
  faultKind?: FaultKind;
  error?: string;
  /** Whether to record this exchange in the request log. */
  logged: boolean;
  /** The request body as read, kept for the log only when `logBodies` is on. */
  requestBody?: Buffer;
}

export function createExchange(req: IncomingMessage, res: ServerResponse, now: number): Exchange {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  return {
    req,
    res,
    method: (req.method ?? "GET").toUpperCase(),
    pathname: q === -1 ? url : url.slice(0, q),
    rawQuery: q === -1 ? "" : url.slice(q + 1),
    arrivedAt: now,
    startedHr: performance.now(),
    logged: true,
  };
}

export type Headers = Record<string, string | number>;

export function record(platform: Platform, ex: Exchange, status: number, responseBody?: string | Buffer): void {
  if (!ex.logged) return;
  platform.log.add({
    bodies: platform.settings.logBodies ? captureBodies(ex, responseBody) : undefined,
    arrivedAt: ex.arrivedAt,
    method: ex.method,
    path: ex.pathname,
    rawQuery: ex.rawQuery,
    status,
    operationId: ex.operationId,
    clientId: ex.clientId,
    userId: ex.userId,
    durationMs: Math.round((performance.now() - ex.startedHr) * 100) / 100,
    fault: ex.faultKind,
    error: ex.error,
  });
}

/** Writes the response (once). `body` undefined sends none. */
export function send(platform: Platform, ex: Exchange, status: number, body?: string | Buffer, headers: Headers = {}): void {
  const { res } = ex;
  if (res.headersSent || res.destroyed) return;
  let payload = body;
  let code = status;
  const all = withCors(headers);
  if (ex.mangle) {
    if (ex.mangle.status !== undefined) code = ex.mangle.status;
    if (ex.mangle.kind === "empty") {
      payload = "";
    } else {
      const text = payload === undefined ? "" : payload.toString();
      payload = text.length > 1 ? text.slice(0, Math.ceil(text.length / 2)) : '{"';
    }
    all["Content-Type"] = "application/json; charset=utf-8";
  }
  if (payload !== undefined && code !== 204 && code !== 304) {
    all["Content-Length"] = typeof payload === "string" ? Buffer.byteLength(payload) : payload.length;
  } else {
    payload = undefined;
    if (code !== 204 && code !== 304) all["Content-Length"] = 0;
  }
  res.writeHead(code, all);
  res.end(payload);
  record(platform, ex, code, payload);
}

/**
 * The CORS headers plus `headers`. A spread of two differently shaped objects per response showed
 * up as several percent of the request path under load; copying into a literal does not.
 */
function withCors(headers: Headers): Headers {
  const all: Headers = {
    "Access-Control-Allow-Origin": CORS_HEADERS["Access-Control-Allow-Origin"]!,
    "Access-Control-Allow-Credentials": CORS_HEADERS["Access-Control-Allow-Credentials"]!,
    "Access-Control-Expose-Headers": CORS_HEADERS["Access-Control-Expose-Headers"]!,
  };
  for (const name in headers) all[name] = headers[name]!;
  return all;
}

/**
 * A 200 whose complete header set (CORS and Content-Length included) was built once and is reused
 * for every response with the same body: a cached catalog answer.
 */
export interface ReadyResponse {
  readonly body: Buffer;
  readonly headers: Readonly<Headers>;
}

export function readyResponse(body: Buffer, headers: Headers): ReadyResponse {
  const all = withCors(headers);
  all["Content-Length"] = body.length;
  return { body, headers: all };
}

/** Sends a {@link ReadyResponse}; a body-mangling fault takes the general path. */
export function sendReady(platform: Platform, ex: Exchange, ready: ReadyResponse): void {
  const { res } = ex;
  if (ex.mangle) return send(platform, ex, 200, ready.body, ready.headers as Headers);
  if (res.headersSent || res.destroyed) return;
  // writeHead only reads the object, so one shared object serves every response.
  res.writeHead(200, ready.headers as Headers);
  res.end(ready.body);
  record(platform, ex, 200, ready.body);
}

export function sendJson(platform: Platform, ex: Exchange, status: number, value: unknown, headers: Headers = {}): void {
  send(platform, ex, status, JSON.stringify(value), { "Content-Type": "application/json; charset=utf-8", ...headers });
}

/** Spotify's regular error object: `{"error":{"status","message"[,"reason"]}}`. */
export function sendApiError(platform: Platform, ex: Exchange, status: number, message: string, reason?: string, headers: Headers = {}): void {
  const error: Record<string, unknown> = { status, message };
  if (reason) error.reason = reason;
  sendJson(platform, ex, status, { error }, headers);
}

export function sendHtml(platform: Platform, ex: Exchange, status: number, html: string, headers: Headers = {}): void {
  send(platform, ex, status, html, { "Content-Type": "text/html; charset=utf-8", ...headers });
}

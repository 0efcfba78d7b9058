/**
 * One request/response pair and the single place responses are written: CORS headers, the
 * body-mangling faults (truncated JSON, empty body) and the hand-off to a {@link Recorder} (the
 * request log) all happen here. It knows nothing of the platform beyond that recorder.
 * @module
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { CORS_HEADERS } from "./cors.js";

/** What writing a response needs besides the exchange: somewhere to record it. */
export interface Recorder {
  /**
   * Called once per exchange whose response was written (`status` as sent, `responseBody` as
   * sent) or dropped (`status` 0: a destroyed socket, a stall the client gave up on).
   */
  record(ex: Exchange, status: number, responseBody?: string | Buffer): void;
}

/** A fault that lets the request be handled, then breaks the body on the way out. */
export interface BodyMangle {
  /** `truncated-json` sends the first half of the body; `empty` sends none. */
  kind: "truncated-json" | "empty";
  /** Replaces the handler's status. */
  status?: number;
}

/** One request and its response, with what the gate learnt about it (for the log). */
export interface Exchange {
  /** The request. */
  readonly req: IncomingMessage;
  /** Its response. */
  readonly res: ServerResponse;
  /** The request method, upper-case. */
  readonly method: string;
  /** The raw (still percent-encoded) path. */
  readonly pathname: string;
  /** The query as sent, without `?`. */
  readonly rawQuery: string;
  /** The emulator clock at arrival (epoch ms). */
  readonly arrivedAt: number;
  /** `performance.now()` at arrival, for the duration. */
  readonly startedHr: number;
  /** The spec's operationId, once routed. */
  operationId?: string;
  /** The calling app, once known. */
  clientId?: string;
  /** The calling user, once known. */
  userId?: string;
  /** A body-mangling fault to apply when the response is written. */
  mangle?: BodyMangle;
  /** The kind of the injected fault that applied, for the log. */
  faultKind?: string;
  /** Why the request failed inside the emulator (never a secret), for the log. */
  error?: string;
  /** Whether to record this exchange in the request log. */
  logged: boolean;
  /** The request body as read, kept for the log only when `logBodies` is on. */
  requestBody?: Buffer;
}

/** The exchange of a request that just arrived (`now`: the emulator clock). */
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

/** Response headers, by name. */
export type Headers = Record<string, string | number>;

/** Writes the response (once). `body` undefined sends none. */
export function send(recorder: Recorder, ex: Exchange, status: number, body?: string | Buffer, headers: Headers = {}): void {
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
  recorder.record(ex, code, payload);
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
  /** The body. */
  readonly body: Buffer;
  /** Every header of the 200, CORS and Content-Length included. */
  readonly headers: Readonly<Headers>;
}

/** Builds a {@link ReadyResponse}: `headers` plus CORS and Content-Length. */
export function readyResponse(body: Buffer, headers: Headers): ReadyResponse {
  const all = withCors(headers);
  all["Content-Length"] = body.length;
  return { body, headers: all };
}

/** Sends a {@link ReadyResponse}; a body-mangling fault takes the general path. */
export function sendReady(recorder: Recorder, ex: Exchange, ready: ReadyResponse): void {
  const { res } = ex;
  if (ex.mangle) return send(recorder, ex, 200, ready.body, ready.headers as Headers);
  if (res.headersSent || res.destroyed) return;
  // writeHead only reads the object, so one shared object serves every response.
  res.writeHead(200, ready.headers as Headers);
  res.end(ready.body);
  recorder.record(ex, 200, ready.body);
}

/** Sends `value` as JSON. */
export function sendJson(recorder: Recorder, ex: Exchange, status: number, value: unknown, headers: Headers = {}): void {
  send(recorder, ex, status, JSON.stringify(value), { "Content-Type": "application/json; charset=utf-8", ...headers });
}

/** Spotify's regular error object: `{"error":{"status","message"[,"reason"]}}`. */
export function sendApiError(recorder: Recorder, ex: Exchange, status: number, message: string, reason?: string, headers: Headers = {}): void {
  const error: Record<string, unknown> = { status, message };
  if (reason) error.reason = reason;
  sendJson(recorder, ex, status, { error }, headers);
}

/** Sends an HTML page. */
export function sendHtml(recorder: Recorder, ex: Exchange, status: number, html: string, headers: Headers = {}): void {
  send(recorder, ex, status, html, { "Content-Type": "text/html; charset=utf-8", ...headers });
}

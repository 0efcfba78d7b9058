/**
 * What the request log keeps of one exchange: its line, and with `logBodies` on its bodies and
 * headers, cut at a size, with every token, code, secret and verifier masked, so the log (and the
 * dashboard reading it) can be shown on a screen or pasted into a bug report.
 * @module
 */
import type { Exchange } from "../http/exchange.js";
import { maskQuery, type LoggedBodies, type RawLogEntry, SENSITIVE_FIELDS } from "./request-log.js";

/** The most the log keeps of one body. */
export const LOGGED_BODY_LIMIT = 16 * 1024;

const TOKEN_FIELDS = new RegExp(`"(${SENSITIVE_FIELDS.join("|")})"\\s*:\\s*"[^"]*"`, "gi");
const SECRET_HEADERS = new Set(["authorization", "cookie", "proxy-authorization"]);

function cut(text: string): string {
  return text.length <= LOGGED_BODY_LIMIT ? text : `${text.slice(0, LOGGED_BODY_LIMIT)}… [${text.length - LOGGED_BODY_LIMIT} more characters]`;
}

function isText(contentType: string | undefined): boolean {
  return !contentType || /json|text|x-www-form-urlencoded|javascript|xml/i.test(contentType);
}

function maskHeaders(ex: Exchange): Record<string, string> {
  const out: Record<string, string> = {};
  const raw = ex.req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const value = raw[i + 1]!;
    // The scheme stays visible (Bearer or Basic tells which grant the app used); the credential does not.
    out[name] = SECRET_HEADERS.has(name) ? `${value.split(" ")[0]} ***` : value;
  }
  return out;
}

function maskBody(data: Buffer | string, contentType: string | undefined): string {
  if (!isText(contentType)) return `[${data.length} bytes of ${contentType}]`;
  const text = data.toString();
  if (/x-www-form-urlencoded/i.test(contentType ?? "")) return cut(maskQuery(text) ?? "");
  return cut(text.replace(TOKEN_FIELDS, (_all, name: string) => `"${name}":"***"`));
}

/** The masked, size-capped bodies and request headers of one exchange. */
export function captureBodies(ex: Exchange, responseBody: string | Buffer | undefined): LoggedBodies {
  const out: LoggedBodies = { requestHeaders: maskHeaders(ex) };
  if (ex.requestBody && ex.requestBody.length > 0) out.requestBody = maskBody(ex.requestBody, ex.req.headers["content-type"]);
  if (responseBody !== undefined && responseBody.length > 0) {
    const type = ex.res.getHeader("content-type");
    out.responseBody = maskBody(responseBody, typeof type === "string" ? type : undefined);
  }
  return out;
}

/**
 * The log line of an answered (or dropped: `status` 0) exchange.
 * @param withBodies keep the masked bodies and request headers (`logBodies`)
 */
export function exchangeEntry(ex: Exchange, status: number, responseBody: string | Buffer | undefined, withBodies: boolean): RawLogEntry {
  return {
    bodies: withBodies ? captureBodies(ex, responseBody) : undefined,
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
  };
}

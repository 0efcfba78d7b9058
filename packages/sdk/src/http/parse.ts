/**
 * Reading responses: a success body by the operation's declared kind, an error body into the
 * matching typed error. Never a silent `null`, `{}` or `""` where a body was required.
 * @module
 */
import { AuthError, redactUrl, ResponseTooLargeError, UnexpectedResponseError, createApiError, type SpotifyError } from "../errors.js";
import type { ResponseKind, ServiceBase, TransportResponse } from "./types.js";

/**
 * The largest response body read when the client sets no `maxResponseBytes`: 16 MiB, after
 * decompression. Spotify's largest answers (a 100-item playlist page, 20 full albums with their
 * tracks) are at most a few MB; a body past this is a broken or hostile server, not data.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/**
 * The error for a body that passed `limit` bytes. `tooLongForString`: the body fit the limit but
 * not in a JavaScript string (a limit set above the engine's).
 */
export function responseTooLarge(method: string, url: string, status: number, limit: number, tooLongForString = false): ResponseTooLargeError {
  const why = tooLongForString
    ? "is longer than the longest string this JavaScript engine can hold"
    : `passed maxResponseBytes (${limit} bytes)`;
  return new ResponseTooLargeError(`The ${status} response body of ${method} ${redactUrl(url)} ${why}: it was dropped`, {
    method, url, status, maxResponseBytes: limit,
  });
}

function looksLikeJson(body: string, contentType: string): boolean {
  if (contentType.includes("json")) return true;
  const first = body.trimStart()[0];
  return first === "{" || first === "[";
}

function describe(body: string, contentType: string): string {
  if (body.trim() === "") return "an empty body";
  if (contentType.includes("html") || /^\s*<(!doctype|html)/i.test(body)) return "an HTML page";
  return `a ${contentType || "body without Content-Type"}`;
}

/** Parses a 2xx response according to what the operation declared it returns. */
export function parseSuccess(
  response: TransportResponse,
  kind: ResponseKind,
  method: string,
  url: string,
): unknown {
  if (kind === "void") return undefined;
  const { body, status } = response;
  // The common answer, a JSON object or array, is parsed without looking at the headers.
  const first = body.charCodeAt(0);
  if ((first === 123 || first === 91) && status !== 204) return parseJson(body, response, method, url);
  const contentType = response.headers["content-type"] ?? "";
  const empty = status === 204 || body.trim() === "";
  if (empty) {
    if (kind === "json-or-null") return null;
    if (kind === "auto") return undefined;
  } else if (looksLikeJson(body, contentType)) {
    return parseJson(body, response, method, url);
  } else if (kind === "auto" && !/html/i.test(contentType)) {
    return body;
  }
  throw new UnexpectedResponseError(`${status} with ${describe(body, contentType)} where JSON was expected from ${method} ${url}`, {
    method, url, status, contentType, body,
  });
}

function parseJson(body: string, response: TransportResponse, method: string, url: string): unknown {
  try {
    return JSON.parse(body);
  } catch (cause) {
    const { status } = response;
    throw new UnexpectedResponseError(`${status} with unreadable JSON (truncated or malformed) from ${method} ${url}`, {
      cause, method, url, status, contentType: response.headers["content-type"] ?? "", body,
    });
  }
}

function parseErrorBody(body: string): unknown {
  if (body.trim() === "") return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return body.slice(0, 500);
  }
}

/** Turns a non-2xx response into the typed error for the service it came from. */
export function errorFromResponse(
  response: TransportResponse,
  base: ServiceBase,
  method: string,
  url: string,
  retryAfter: number | undefined,
): SpotifyError {
  const body = parseErrorBody(response.body);
  if (base === "accounts") {
    const oauth = body && typeof body === "object" ? (body as { error?: unknown; error_description?: unknown }) : {};
    const error = typeof oauth.error === "string" ? oauth.error : response.status >= 500 ? "server_error" : `http_${response.status}`;
    const description = typeof oauth.error_description === "string"
      ? oauth.error_description
      : `the Accounts service answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    return new AuthError({ error, errorDescription: description, status: response.status, method, url, ...(retryAfter !== undefined ? { retryAfter } : {}) });
  }
  return createApiError({
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    body,
    method,
    url,
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  });
}

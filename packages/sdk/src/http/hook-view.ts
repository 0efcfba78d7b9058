/**
 * What hooks see of a request and a response: a token request without its credentials, a token
 * response without its tokens; and what a `beforeRequest` hook changed, carried over to the
 * headers sent.
 * @module
 */
import type { ApiRequest, TransportResponse } from "./types.js";

/** A token response as hooks see it: its body is the tokens themselves. */
export function withheldBody(response: TransportResponse): TransportResponse {
  return { status: response.status, statusText: response.statusText, headers: response.headers, body: "[token response withheld]" };
}

/** A token request as hooks see it: no body, no headers (they carry the client secret or a code). */
export function withoutCredentials(req: ApiRequest): ApiRequest {
  const { rawBody: _rawBody, body: _body, headers: _headers, ...rest } = req;
  return rest;
}

/** Carries what `beforeRequest` hooks changed in the (redacted) headers they saw over to the real ones. */
export function applyHookChanges(headers: Record<string, string>, shown: Record<string, string>, after: Record<string, string>): void {
  for (const name of new Set([...Object.keys(shown), ...Object.keys(after)])) {
    if (after[name] === shown[name]) continue;
    const real = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
    if (real !== undefined) delete headers[real];
    if (after[name] !== undefined) headers[name] = after[name]!;
  }
}

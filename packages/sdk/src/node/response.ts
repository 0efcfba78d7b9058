/**
 * A response read off the wire, turned into the transport's answer the same way on both of the
 * Node transport's paths: redirects refused, the body decoded from its content coding.
 * @module
 */
import { redactUrl, UnexpectedResponseError } from "../errors.js";
import type { TransportRequest, TransportResponse } from "../http/types.js";
import { decodeBody } from "./decode.js";

/** A 3xx other than 304: the Spotify APIs never redirect, so it is refused, never followed. */
export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

/**
 * The answer to `request`, from its body as it arrived (`chunks`): a refused redirect throws, a
 * compressed body is decoded (on the thread pool when large, hence the promise).
 */
export function transportResponse(
  request: TransportRequest,
  status: number,
  statusText: string,
  headers: Record<string, string>,
  chunks: Buffer[],
): TransportResponse | Promise<TransportResponse> {
  if (isRedirect(status)) throw redirectRefused(request, status, headers);
  const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  const decoded = decodeBody(body, headers["content-encoding"]);
  if (Buffer.isBuffer(decoded)) return { status, statusText, headers, body: decoded.toString("utf8") };
  return decoded.then((bytes) => ({ status, statusText, headers, body: bytes.toString("utf8") }));
}

export function redirectRefused(
  request: TransportRequest,
  status: number,
  headers: Record<string, string | string[] | undefined>,
): UnexpectedResponseError {
  const location = headers.location;
  const to = typeof location === "string" && location ? ` to ${redactUrl(location)}` : "";
  const contentType = headers["content-type"];
  return new UnexpectedResponseError(
    `${status} redirect${to} refused for ${request.method} ${request.url}: the Spotify APIs never redirect a call, check the base URL`,
    { method: request.method, url: request.url, status, contentType: typeof contentType === "string" ? contentType : "", body: "" },
  );
}

export function abortError(): Error {
  return Object.assign(new Error("The request was aborted"), { name: "AbortError" });
}

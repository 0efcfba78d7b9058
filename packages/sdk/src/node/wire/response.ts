/**
 * A response read off the wire, turned into the transport's answer the same way on both of the
 * Node transport's paths: redirects refused, the body decoded from its content coding.
 * @module
 */
import { redactUrl, UnexpectedResponseError } from "../../errors.js";
import { DEFAULT_MAX_RESPONSE_BYTES, responseTooLarge } from "../../http/parse.js";
import type { TransportRequest, TransportResponse } from "../../http/types.js";
import { decodeBody, DecodedTooLarge } from "./decode.js";

/** A 3xx other than 304: the Spotify APIs never redirect, so it is refused, never followed. */
export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

/** The longest body `request` may have, in bytes after decoding. */
export function bodyLimit(request: TransportRequest): number {
  return request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
}

/**
 * The answer to `request`, from its body as it arrived (`chunks`, within the body limit): a
 * refused redirect throws, a compressed body is decoded on the thread pool (hence the promise),
 * and a decoded body past the limit, or too long for a string, is a `ResponseTooLargeError`.
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
  const limit = bodyLimit(request);
  const decoded = decodeBody(body, headers["content-encoding"], limit);
  if (Buffer.isBuffer(decoded)) return answer(request, status, statusText, headers, decoded, limit);
  return decoded.then(
    (bytes) => answer(request, status, statusText, headers, bytes, limit),
    (error: unknown) => {
      throw error instanceof DecodedTooLarge ? responseTooLarge(request.method, request.url, status, limit) : error;
    },
  );
}

function answer(
  request: TransportRequest,
  status: number,
  statusText: string,
  headers: Record<string, string>,
  bytes: Buffer,
  limit: number,
): TransportResponse {
  let body: string;
  try {
    body = bytes.toString("utf8");
  } catch (error) {
    // Past V8's longest string (a limit set above half a gigabyte): the same answer would come
    // again, so it must not read as a network failure the pipeline retries.
    if ((error as { code?: unknown }).code === "ERR_STRING_TOO_LONG" || error instanceof RangeError) {
      throw responseTooLarge(request.method, request.url, status, limit, true);
    }
    throw error;
  }
  return { status, statusText, headers, body };
}

/** The error for a redirect: refused, never followed (the Spotify APIs never redirect a call). */
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

/** An abort the caller or the timeout asked for, as transports signal it (`name` "AbortError"). */
export function abortError(): Error {
  return Object.assign(new Error("The request was aborted"), { name: "AbortError" });
}

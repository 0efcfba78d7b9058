/**
 * The default transport: `fetch`, the injected one when given. It reads the whole body as text
 * (counting bytes as they arrive, up to the request's `maxResponseBytes`) so the pipeline can
 * decide how to parse it, and turns headers into a plain object.
 * @module
 */
import { redactUrl, SpotifyError, UnexpectedResponseError } from "../errors.js";
import type { RequestImplementation } from "./config.js";
import { DEFAULT_MAX_RESPONSE_BYTES, responseTooLarge } from "./parse.js";
import type { Transport, TransportRequest, TransportResponse } from "./types.js";

/**
 * Creates a transport on `fetch`. `fetchImpl` is looked up at call time when omitted, so a
 * polyfill installed after the client was built is still used.
 *
 * A `fetch` may answer with a plain object instead of a `Response` (a test double written for
 * `@spotify/web-api-ts-sdk` 1.2.0: `{ status, text() }`, `{ status, json() }`): parts it lacks
 * (headers, a body stream, `statusText`) read as absent.
 */
export function createFetchTransport(fetchImpl?: RequestImplementation): Transport {
  return {
    async send(request: TransportRequest): Promise<TransportResponse> {
      const doFetch = fetchImpl ?? (globalThis.fetch as RequestImplementation | undefined);
      if (typeof doFetch !== "function") {
        // A setup problem, not a network failure: thrown as is, never retried.
        throw new SpotifyError(
          "No fetch available: this runtime has no global fetch. Pass one with the `fetch` option (e.g. from undici or node-fetch).",
        );
      }
      const response = await doFetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body as BodyInit | undefined,
        signal: request.signal,
        // The Spotify APIs never redirect a call; following one could carry a token elsewhere.
        redirect: "manual",
      });
      const status = statusOf(response, request);
      if (response.type === "opaqueredirect" || (status >= 300 && status < 400 && status !== 304)) {
        const location = header(response, "location");
        throw new UnexpectedResponseError(
          `${status || "a"} redirect${location ? ` to ${redactUrl(location)}` : ""} refused for ${request.method} ${request.url}: the Spotify APIs never redirect a call, check the base URL`,
          { method: request.method, url: request.url, status, contentType: header(response, "content-type") ?? "", body: "" },
        );
      }
      const body = await readBody(response, request, status, request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
      return new FetchTransportResponse(response, status, body);
    },
  };
}

/** A response's status; a test double may give only `ok`. */
function statusOf(response: Response, request: TransportRequest): number {
  const { status } = response;
  if (typeof status === "number") return status;
  if (response.ok === true) return 200;
  throw new SpotifyError(`The fetch given answered ${request.method} ${request.url} with a response that has no status`, {
    method: request.method, url: request.url,
  });
}

/** One header of a `Headers`, a `Map` or a plain object; `undefined` when there are none. */
function header(response: Response, name: string): string | undefined {
  const headers = response.headers as Headers | Record<string, string> | undefined;
  if (!headers || typeof headers !== "object") return undefined;
  if (typeof headers.get === "function") return (headers as Headers).get(name) ?? undefined;
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) return String((headers as Record<string, string>)[key]);
  return undefined;
}

let utf8: TextDecoder | undefined;

/**
 * The body as text, read chunk by chunk: past `limit` bytes (after decompression: `fetch` has
 * undone the content coding) the stream is cancelled, which makes `fetch` close the connection,
 * and the call fails with a `ResponseTooLargeError`.
 */
async function readBody(response: Response, request: TransportRequest, status: number, limit: number): Promise<string> {
  const tooLarge = () => responseTooLarge(request.method, request.url, status, limit);
  const stream = response.body as ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string> | null | undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (stream && typeof (stream as ReadableStream).getReader === "function") {
    const reader = (stream as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        // Nothing more is read; a failed cancel (the stream already errored) changes nothing.
        reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  } else if (stream && typeof (stream as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
    // A Node stream (node-fetch 2, which 1.2.0-era apps pass as `fetch`): leaving the loop early
    // destroys it.
    for await (const piece of stream as AsyncIterable<Uint8Array | string>) {
      const chunk = typeof piece === "string" ? new TextEncoder().encode(piece) : piece;
      size += chunk.byteLength;
      if (size > limit) throw tooLarge();
      chunks.push(chunk);
    }
  } else {
    // No stream: a null body (a 204) or a test double, whose text is already in memory.
    const text = typeof response.text === "function"
      ? await response.text()
      : typeof response.json === "function" ? JSON.stringify(await response.json()) ?? "" : "";
    if (typeof text !== "string") return "";
    if (text.length > limit) throw tooLarge();
    return text;
  }
  let bytes: Uint8Array;
  if (chunks.length === 1) bytes = chunks[0]!;
  else {
    bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
  }
  try {
    return (utf8 ??= new TextDecoder()).decode(bytes);
  } catch (error) {
    // Past the engine's longest string (a limit set above half a gigabyte): the same answer
    // would come again, so it must not read as a network failure the pipeline retries.
    if (error instanceof RangeError || (error as { code?: unknown }).code === "ERR_STRING_TOO_LONG") {
      throw responseTooLarge(request.method, request.url, status, limit, true);
    }
    throw error;
  }
}

/**
 * A fetch response as the pipeline reads it. `headers` is copied into a plain object on first
 * read: a successful JSON answer is parsed without it, and copying a `Headers` (which sorts its
 * names) costs more than the rest of the transport.
 *
 * The getter lives on the prototype, not on each response: V8 keeps an own accessor's functions
 * alive until a full collection, so a per-response getter closing over the `Response` dragged
 * every response into the old generation (measured: 2.1 KB promoted per call, a fifth more
 * instructions per call). The cost is that a spread (`{ ...response }`) does not copy `headers`:
 * a wrapping transport names it (`{ ...response, headers: response.headers }`). `toJSON` keeps it
 * in `JSON.stringify`.
 */
class FetchTransportResponse implements TransportResponse {
  readonly status: number;
  readonly statusText: string;
  readonly body: string;
  #response: Response;
  #headers: Record<string, string> | undefined;

  constructor(response: Response, status: number, body: string) {
    this.status = status;
    this.statusText = typeof response.statusText === "string" ? response.statusText : "";
    this.body = body;
    this.#response = response;
  }

  get headers(): Record<string, string> {
    if (!this.#headers) {
      const headers: Record<string, string> = {};
      const given = this.#response.headers as Headers | Record<string, string> | undefined;
      if (given && typeof given.forEach === "function") {
        // A `Headers` (or a `Map`): names already lower-cased by `Headers`.
        (given as Headers).forEach((value, name) => {
          headers[name.toLowerCase()] = String(value);
        });
      } else if (given && typeof given === "object") {
        // A test double's plain object.
        for (const name of Object.keys(given)) headers[name.toLowerCase()] = String((given as Record<string, string>)[name]);
      }
      this.#headers = headers;
    }
    return this.#headers;
  }

  toJSON(): TransportResponse {
    return { status: this.status, statusText: this.statusText, headers: this.headers, body: this.body };
  }
}

/**
 * The default transport: `fetch`, the injected one when given. It reads the whole body as text
 * so the pipeline can decide how to parse it, and turns headers into a plain object.
 * @module
 */
import { redactUrl, SpotifyError, UnexpectedResponseError } from "../errors.js";
import type { RequestImplementation } from "../options.js";
import type { Transport, TransportRequest, TransportResponse } from "./types.js";

/**
 * Creates a transport on `fetch`. `fetchImpl` is looked up at call time when omitted, so a
 * polyfill installed after the client was built is still used.
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
      const { status } = response;
      if (response.type === "opaqueredirect" || (status >= 300 && status < 400 && status !== 304)) {
        const location = response.headers.get("location");
        throw new UnexpectedResponseError(
          `${status || "a"} redirect${location ? ` to ${redactUrl(location)}` : ""} refused for ${request.method} ${request.url}: the Spotify APIs never redirect a call, check the base URL`,
          { method: request.method, url: request.url, status, contentType: response.headers.get("content-type") ?? "", body: "" },
        );
      }
      return new FetchTransportResponse(response, await response.text());
    },
  };
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

  constructor(response: Response, body: string) {
    this.status = response.status;
    this.statusText = response.statusText;
    this.body = body;
    this.#response = response;
  }

  get headers(): Record<string, string> {
    if (!this.#headers) {
      const headers: Record<string, string> = {};
      this.#response.headers.forEach((value, name) => {
        headers[name] = value;
      });
      this.#headers = headers;
    }
    return this.#headers;
  }

  toJSON(): TransportResponse {
    return { status: this.status, statusText: this.statusText, headers: this.headers, body: this.body };
  }
}

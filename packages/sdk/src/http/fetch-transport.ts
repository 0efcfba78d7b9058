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
      return transportResponse(response, await response.text());
    },
  };
}

/**
 * A fetch response as the pipeline reads it. `headers` is copied into a plain object on first
 * read: a successful JSON answer is parsed without it, and copying a `Headers` (which sorts its
 * names) costs more than the rest of the transport. It is an own, enumerable getter, so a spread
 * (`{ ...response }` in a wrapping transport) or `JSON.stringify` still sees the headers.
 */
function transportResponse(response: Response, body: string): TransportResponse {
  let headers: Record<string, string> | undefined;
  return {
    status: response.status,
    statusText: response.statusText,
    body,
    get headers(): Record<string, string> {
      if (!headers) {
        headers = {};
        response.headers.forEach((value, name) => {
          headers![name] = value;
        });
      }
      return headers;
    },
  };
}

/**
 * The shapes that travel through the request pipeline. Types only: no code, no imports.
 * @module
 */

/** HTTP methods the Web API and the Accounts service use. */
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** A query parameter value: `undefined` is dropped, arrays are joined with commas. */
export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];

/**
 * How the pipeline reads a successful response.
 * - `json`: a JSON body is required; an empty, HTML or truncated body is an `UnexpectedResponseError`.
 * - `json-or-null`: JSON, or `null` for a 204 / empty body (`GET /me/player` when nothing plays).
 * - `void`: the body is ignored and the call resolves `undefined` (player commands, follows, saves).
 * - `auto`: JSON when the body is JSON, text when it is text, `undefined` when empty (`makeRequest`).
 */
export type ResponseKind = "json" | "json-or-null" | "void" | "auto";

/** Which service a request goes to. */
export type ServiceBase = "api" | "accounts";

/**
 * One request as an endpoint declares it. The pipeline turns it into a URL, headers and a body,
 * adds the bearer token, sends it, retries it when that is safe, and parses the answer.
 */
export interface ApiRequest {
  /** The HTTP method. */
  method: HttpMethod;
  /**
   * Path template relative to the service base, e.g. `/albums/{id}/tracks`. Each `{name}` is
   * replaced by `pathParams[name]`, percent-encoded; `.`, `..` and empty segments are refused.
   */
  path: string;
  /** Values of the path's `{name}` placeholders. */
  pathParams?: Record<string, string>;
  /** Query parameters; see {@link QueryValue} for how values are written. */
  query?: Record<string, QueryValue>;
  /** A JSON body (serialised with `JSON.stringify`). Mutually exclusive with `rawBody`. */
  body?: unknown;
  /** A body sent as is, with its content type (a base64 JPEG, a form-encoded token request). */
  rawBody?: {
    /** The bytes or text to send. */
    data: string | Uint8Array;
    /** The `Content-Type` header sent with it. */
    contentType: string;
  };
  /** Extra headers (e.g. a Basic `Authorization` for token requests). */
  headers?: Record<string, string>;
  /**
   * Safe to send again after a 5xx or a dropped connection. GETs are; POSTs never are; a playlist
   * reorder `PUT` is not. Defaults to `true` for GET and `false` otherwise.
   */
  idempotent?: boolean;
  /** @default "json" */
  response?: ResponseKind;
  /**
   * Each service has its own 429 pause: a token request (`accounts`) never waits behind the Web
   * API's, whose end may be waiting for that very token.
   * @default "api"
   */
  base?: ServiceBase;
  /**
   * `bearer` asks the auth strategy for a token; `none` sends no token (token requests).
   * @default "bearer"
   */
  auth?: "bearer" | "none";
  /** Cancels the request, and any wait between its retries. */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt timeout, in ms. */
  timeoutMs?: number;
  /** A stable name of the operation (the spec's operationId), for logs and hooks. */
  operationId?: string;
}

/** What the pipeline hands to a transport: everything is resolved, nothing left to decide. */
export interface TransportRequest {
  /** The HTTP method. */
  method: HttpMethod;
  /** The absolute URL, query included. */
  url: string;
  /** Every header to send, the bearer token included: never log them unredacted. */
  headers: Record<string, string>;
  /** The serialised body, if any. */
  body?: string | Uint8Array;
  /** Aborts the attempt: fired by the caller's signal or by the per-attempt timeout. */
  signal: AbortSignal;
  /**
   * The longest body to read, in bytes after decompression (the client's `maxResponseBytes`). A
   * transport that honours it stops reading past it and throws a `ResponseTooLargeError`.
   */
  maxResponseBytes?: number;
  /**
   * The same cancellation without an `AbortSignal` (which costs a tenth of a loopback call in
   * Node): registers the one function called when the attempt is aborted, at once if it already
   * was. Given by the pipeline to transports that set {@link Transport.abortsThroughOnAbort}.
   */
  onAbort?(listener: (reason: unknown) => void): void;
}

/** What a transport returns: the whole response, its body already read. */
export interface TransportResponse {
  /** The HTTP status code. */
  status: number;
  /** The HTTP status text; `""` when the server sent none (HTTP/2). */
  statusText: string;
  /**
   * Header names lower-cased. May be a getter (the fetch transport's copies them on first read),
   * so a transport that wraps another and rebuilds the response names it:
   * `{ ...response, headers: response.headers }`.
   */
  headers: Record<string, string>;
  /** The whole body as text, decompressed; `""` when empty. */
  body: string;
}

/**
 * Sends one HTTP request. The default transport wraps `fetch`; a Node transport on `node:http` can
 * replace it. A transport throws only for network failures and aborts; every HTTP status is a
 * response.
 */
export interface Transport {
  /** Sends `request` once and resolves the response, whatever its status. */
  send(request: TransportRequest): Promise<TransportResponse>;
  /**
   * The transport aborts through `request.onAbort` and does not read `request.signal` (it may,
   * at a cost), so the pipeline builds no `AbortSignal` for it. Leave unset in a transport that
   * wraps another and copies the request.
   */
  readonly abortsThroughOnAbort?: boolean;
}

/** The one request pipeline, as other layers see it. */
export interface RequestPipeline {
  /** Sends `request` with auth, retries and timeouts, and resolves its parsed result. */
  request<T>(request: ApiRequest): Promise<T>;
}

/**
 * What a layer above the pipeline may add around each Web API exchange (token requests never
 * pass through it): the `SpotifyApi` facade installs 1.2.0's `beforeRequest`, `afterRequest`,
 * `responseValidator` and `deserializer` here. Each member is optional; the pipeline calls only
 * those present, and builds nothing for them otherwise.
 */
export interface ExchangeHooks {
  /** The request is about to be sent with these headers (credentials in them: redact before showing). */
  sending?(url: string, method: HttpMethod, headers: Record<string, string>, body: string | Uint8Array | undefined): void;
  /** The response arrived, before it is read. */
  received?(url: string, method: HttpMethod, headers: Record<string, string>, body: string | Uint8Array | undefined, response: TransportResponse): void;
  /** Reads a successful response instead of the pipeline; `parse` is the pipeline's own reading. */
  readSuccess?(response: TransportResponse, url: string, parse: () => unknown): Promise<unknown>;
  /**
   * An error response, retries spent: resolves the call's result instead of `error` being thrown
   * (1.2.0's validator saw error responses too), or rejects. `parse` reads the body as it comes.
   */
  readFailure?(response: TransportResponse, url: string, error: Error, parse: () => unknown): Promise<unknown>;
}

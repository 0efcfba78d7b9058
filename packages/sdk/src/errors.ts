/**
 * The SDK's errors. This is the ground floor: it imports nothing, everything may import it.
 *
 * Every error the SDK throws is a {@link SpotifyError}. Catch the subclass you care about:
 *
 * @example
 * ```ts
 * try {
 *   await sdk.tracks.get(id);
 * } catch (e) {
 *   if (e instanceof RateLimitError) console.log(`retry in ${e.retryAfter} s`);
 *   else if (e instanceof NotFoundError) console.log(e.spotifyMessage);
 *   else throw e;
 * }
 * ```
 *
 * Secrets never appear in an error: headers are redacted, URLs carry no tokens (the Web API takes
 * them in a header) and token-request bodies are never kept.
 * @module
 */

/** Header names whose values are replaced by `[redacted]` wherever headers are kept or logged. */
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie"]);

/** Returns a copy of `headers` with credentials replaced by `[redacted]`; names are lower-cased. */
export function redactHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    out[lower] = SECRET_HEADERS.has(lower) ? "[redacted]" : value;
  }
  return out;
}

const SECRET_QUERY_KEYS = /^(access_token|refresh_token|code|code_verifier|client_secret|token)$/i;

/** Removes credentials from a URL's query string before it is put in a message or a log line. */
export function redactUrl(url: string): string {
  const q = url.indexOf("?");
  if (q < 0) return url;
  const params = url.slice(q + 1).split("&").map((pair) => {
    const eq = pair.indexOf("=");
    const key = eq < 0 ? pair : pair.slice(0, eq);
    return SECRET_QUERY_KEYS.test(decodeSafe(key)) ? `${key}=[redacted]` : pair;
  });
  return `${url.slice(0, q)}?${params.join("&")}`;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Options shared by every SDK error. */
export interface SpotifyErrorOptions {
  /** The underlying error, if any (a network error, a JSON parse error, ...). */
  cause?: unknown;
  /** HTTP method of the request that failed. */
  method?: string;
  /** URL of the request that failed (credentials removed). */
  url?: string;
}

/** The base of every error the SDK throws. */
export class SpotifyError extends Error {
  /** The class's name (`"RateLimitError"`, ...), fixed so it survives bundlers that rename classes. */
  override name = "SpotifyError";
  /** HTTP method of the request this error belongs to, when there was one. */
  declare readonly method?: string;
  /** URL of the request this error belongs to, with any credential removed. */
  declare readonly url?: string;

  /**
   * Apps throw their own subclasses with it; the SDK's errors are built by the SDK.
   * @param message What went wrong, secret-free.
   * @param options The cause and the request it belongs to (its URL is redacted here).
   */
  constructor(message: string, options: SpotifyErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // A subclass of the SDK's sets its fixed name in a field; the bundled build may rename the
    // class itself (`SpotifyError2`). An app's own subclass keeps its class name.
    this.name = new.target === SpotifyError ? "SpotifyError" : new.target.name;
    if (options.method) this.method = options.method;
    if (options.url) this.url = redactUrl(options.url);
  }

  /** A plain, secret-free view, so `JSON.stringify(error)` is useful in logs. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key === "cause" || key === "body") continue;
      out[key] = value;
    }
    return out;
  }
}

/** Thrown before any network call when an argument is wrong (a malformed ID, a limit out of range, ...). */
export class ValidationError extends SpotifyError {
  override name = "ValidationError";
  /** The name of the argument that was refused, when it has one. */
  declare readonly parameter?: string;

  /** `options.parameter` names the refused argument. */
  constructor(message: string, options: SpotifyErrorOptions & { parameter?: string } = {}) {
    super(message, options);
    if (options.parameter) this.parameter = options.parameter;
  }
}

/** What an {@link ApiError} is built from. */
export interface ApiErrorInit extends SpotifyErrorOptions {
  /** The HTTP status code of the response. */
  status: number;
  /** The HTTP status text, when the server sent one. */
  statusText?: string;
  /** The response headers; credentials are redacted by the error. */
  headers?: Record<string, string>;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body?: unknown;
  /** The number of seconds a 429 asked to wait, if it said. */
  retryAfter?: number;
}

/**
 * An HTTP error answered by the Web API. Spotify's body is
 * `{"error":{"status":404,"message":"Non existing id","reason"?:"..."}}`.
 */
export class ApiError extends SpotifyError {
  override name = "ApiError";
  /** The HTTP status code. */
  declare readonly status: number;
  /** The HTTP status text, when the server sent one. */
  declare readonly statusText: string;
  /** Response headers, names lower-cased, credentials redacted. */
  declare readonly headers: Record<string, string>;
  /** Spotify's `error.message`, when the body had one. */
  declare readonly spotifyMessage?: string;
  /** Spotify's `error.reason` (player errors: `NO_ACTIVE_DEVICE`, `PREMIUM_REQUIRED`, ...; quotas: `QUOTA_EXCEEDED`). */
  declare readonly reason?: string;
  /** The response body: parsed JSON, or the text when it was not JSON. Not included in `toJSON()`. */
  declare readonly body: unknown;

  /** Builds the message from the status, Spotify's `error.message` and `reason`, and the request. Prefer {@link createApiError}. */
  constructor(init: ApiErrorInit) {
    const { spotifyMessage, reason } = readSpotifyError(init.body);
    const where = init.method && init.url ? ` (${init.method} ${redactUrl(init.url)})` : "";
    const what = spotifyMessage ?? init.statusText ?? "";
    super(`${init.status}${what ? ` ${what}` : ""}${reason ? ` [${reason}]` : ""}${where}`, init);
    this.status = init.status;
    this.statusText = init.statusText ?? "";
    this.headers = redactHeaders(init.headers);
    if (spotifyMessage !== undefined) this.spotifyMessage = spotifyMessage;
    if (reason !== undefined) this.reason = reason;
    // Writable, still not enumerable: a redactor may have to remove a secret a server echoed.
    Object.defineProperty(this, "body", { value: init.body, enumerable: false, writable: true });
  }
}

function readSpotifyError(body: unknown): { spotifyMessage?: string; reason?: string } {
  if (!body || typeof body !== "object") return {};
  const error = (body as { error?: unknown }).error;
  if (error && typeof error === "object") {
    const { message, reason } = error as { message?: unknown; reason?: unknown };
    return {
      ...(typeof message === "string" ? { spotifyMessage: message } : {}),
      ...(typeof reason === "string" ? { reason } : {}),
    };
  }
  return {};
}

/** 400: the request was malformed (bad parameter, bad body). */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
/** 401: no token, an expired token or an invalid one. The SDK renews and retries once before throwing this. */
export class UnauthorizedError extends ApiError {
  override name = "UnauthorizedError";
}
/** 403: a missing scope, Premium required, or an endpoint closed to the app's mode. */
export class ForbiddenError extends ApiError {
  override name = "ForbiddenError";
}
/** 404: no such resource (or, for player commands, `NO_ACTIVE_DEVICE`). */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
/** 5xx: Spotify failed. Idempotent requests were already retried. */
export class ServerError extends ApiError {
  override name = "ServerError";
}

/** 429: the app sent too many requests in Spotify's rolling 30-second window, or ran out of quota. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  /** Seconds Spotify asked to wait (`Retry-After`), or `undefined` when it did not say. */
  declare readonly retryAfter?: number;

  /** Keeps `init.retryAfter` as {@link RateLimitError.retryAfter}. */
  constructor(init: ApiErrorInit) {
    super(init);
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter;
  }
}

/** Builds the {@link ApiError} subclass that matches `init.status`. */
export function createApiError(init: ApiErrorInit): ApiError {
  const s = init.status;
  if (s === 400) return new BadRequestError(init);
  if (s === 401) return new UnauthorizedError(init);
  if (s === 403) return new ForbiddenError(init);
  if (s === 404) return new NotFoundError(init);
  if (s === 429) return new RateLimitError(init);
  if (s >= 500) return new ServerError(init);
  return new ApiError(init);
}

/** What an {@link AuthError} is built from. */
export interface AuthErrorInit extends SpotifyErrorOptions {
  /** The OAuth error code (`invalid_grant`, `invalid_client`, ...), or an SDK code such as `state_mismatch`. */
  error: string;
  /** Spotify's `error_description`, or the SDK's explanation. */
  errorDescription?: string;
  /** HTTP status of the token response, when the error came from one. */
  status?: number;
  /** Seconds the Accounts service asked to wait (its 429's `Retry-After`), when it said. */
  retryAfter?: number;
}

/**
 * An authentication failure: the Accounts service answered `{error, error_description}`, a token
 * response was unusable, the user denied consent, or a `state` did not match.
 */
export class AuthError extends SpotifyError {
  override name = "AuthError";
  /** The OAuth error code, e.g. `invalid_grant`. */
  declare readonly error: string;
  /** Spotify's `error_description`, e.g. `Refresh token revoked`. */
  declare readonly errorDescription?: string;
  /** The HTTP status of the token response, when there was one. */
  declare readonly status?: number;
  /** Seconds the Accounts service asked to wait before the next token request (a 429's `Retry-After`). */
  declare readonly retryAfter?: number;

  /** Builds the message from the OAuth error code, its description and the request. */
  constructor(init: AuthErrorInit) {
    const where = init.method && init.url ? ` (${init.method} ${redactUrl(init.url)})` : "";
    super(`${init.error}${init.errorDescription ? `: ${init.errorDescription}` : ""}${where}`, init);
    this.error = init.error;
    if (init.errorDescription !== undefined) this.errorDescription = init.errorDescription;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter;
  }
}

/** The connection failed or dropped before a full response arrived (refused, reset, DNS, TLS). */
export class ConnectionError extends SpotifyError {
  override name = "ConnectionError";
}

/** An attempt took longer than the configured `timeout` (per attempt, in ms). */
export class TimeoutError extends SpotifyError {
  override name = "TimeoutError";
  /** The timeout that elapsed, in milliseconds. */
  declare readonly timeoutMs: number;

  /** `options.timeoutMs` is the timeout that elapsed. */
  constructor(message: string, options: SpotifyErrorOptions & { timeoutMs: number }) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
  }
}

/** The caller aborted the request through its `AbortSignal`. */
export class AbortError extends SpotifyError {
  override name = "AbortError";
}

/**
 * A response body passed the client's `maxResponseBytes` (counted after decompression). The
 * response was dropped as soon as it did, and the request is not sent again: the same server
 * would send the same body. Also thrown for a body too long for a JavaScript string.
 */
export class ResponseTooLargeError extends SpotifyError {
  override name = "ResponseTooLargeError";
  /** The limit the body passed, in bytes. */
  declare readonly maxResponseBytes: number;
  /** HTTP status of the response. */
  declare readonly status?: number;

  /** `options` also carries the limit passed (`maxResponseBytes`) and the response's `status`. */
  constructor(message: string, options: SpotifyErrorOptions & { maxResponseBytes: number; status?: number }) {
    super(message, options);
    this.maxResponseBytes = options.maxResponseBytes;
    if (options.status !== undefined) this.status = options.status;
  }
}

/**
 * A 2xx response that cannot be read: a required body was empty, HTML or truncated JSON.
 * `body` holds the first characters received.
 */
export class UnexpectedResponseError extends SpotifyError {
  override name = "UnexpectedResponseError";
  /** HTTP status of the response. */
  declare readonly status: number;
  /** The `Content-Type` the server sent. */
  declare readonly contentType: string;
  /** The first 500 characters of the body (not included in `toJSON()`). */
  declare readonly body: string;

  /** `options` also carries the response's `status`, `contentType` and `body` (its first 500 characters are kept). */
  constructor(message: string, options: SpotifyErrorOptions & { status: number; contentType: string; body: string }) {
    super(message, options);
    this.status = options.status;
    this.contentType = options.contentType;
    Object.defineProperty(this, "body", { value: options.body.slice(0, 500), enumerable: false, writable: true });
  }
}

/**
 * Thrown when a write was split into several requests (chunks) and one failed after earlier ones
 * had landed. Nothing is silently half-done: `completed` holds what the landed chunks returned.
 */
export class PartialWriteError extends SpotifyError {
  override name = "PartialWriteError";
  /** Zero-based index of the chunk that failed. */
  declare readonly failedChunk: number;
  /** How many chunks the write was split into. */
  declare readonly totalChunks: number;
  /** The results of the chunks that landed before the failure, in order (e.g. `{snapshot_id}` objects). */
  declare readonly completed: unknown[];

  /** `options` also says which chunk failed, how many there were, and what the landed ones returned. */
  constructor(message: string, options: SpotifyErrorOptions & { failedChunk: number; totalChunks: number; completed: unknown[] }) {
    super(message, options);
    this.failedChunk = options.failedChunk;
    this.totalChunks = options.totalChunks;
    this.completed = options.completed;
  }
}

/**
 * A token store shared by several instances (Redis, PostgreSQL) failed, or did not answer within
 * its `timeoutMs`. The store's own error, with anything it echoed of the stored token removed, is
 * the `cause`.
 */
export class TokenStoreError extends SpotifyError {
  override name = "TokenStoreError";
  /** The store call that failed: `"get"`, `"set"`, `"delete"`, `"compareAndSet"` or `"lock"`. */
  declare readonly operation: string;
  /** The time limit that elapsed, in ms, when the call timed out rather than failed. */
  declare readonly timeoutMs?: number;

  /** `options` also names the store `operation` that failed and, for a timeout, its `timeoutMs`. */
  constructor(message: string, options: SpotifyErrorOptions & { operation: string; timeoutMs?: number }) {
    super(message, options);
    this.operation = options.operation;
    if (options.timeoutMs !== undefined) this.timeoutMs = options.timeoutMs;
  }
}

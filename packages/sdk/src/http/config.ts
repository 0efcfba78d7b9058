/**
 * The request settings of a client, declared and documented once: what the pipeline is built
 * from. `createClient` takes them (with `auth`), the `SpotifyApi` facade takes them plus 1.2.0's
 * options (`SdkOptions` in `options.ts`), a strategy takes the few that apply to its token requests.
 * Types only.
 * @module
 */
import type { RateLimitStore } from "./rate-limit-store.js";
import type { ApiRequest, Transport, TransportResponse } from "./types.js";

/** A `fetch`-compatible function. */
export type RequestImplementation = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Receives the SDK's log lines. Headers in them are redacted; no secret is ever passed. */
export interface Logger {
  /** Each request and response: method, URL, status, attempt; headers redacted. */
  debug?(message: string, data?: Record<string, unknown>): void;
  /** A retry, with its reason and wait. */
  info?(message: string, data?: Record<string, unknown>): void;
  /** A problem the SDK worked around (a shared store call that failed). */
  warn?(message: string, data?: Record<string, unknown>): void;
  /** A failure the SDK handled without failing a call (an `onTokenRefreshed` that threw). */
  error?(message: string, data?: Record<string, unknown>): void;
}

/** Retry policy. */
export interface RetryOptions {
  /**
   * How many times a request may be sent again after a 429, a 5xx or a network error
   * (5xx and network errors only for idempotent operations). An integer from 0 to 100.
   * @default 3
   */
  maxRetries?: number;
  /**
   * The longest `Retry-After` (seconds) the SDK waits by itself. A 429 asking for longer is thrown
   * at once as a `RateLimitError` carrying `retryAfter`.
   * @default 30
   */
  maxRetryAfterSeconds?: number;
  /**
   * The longest the whole client pauses after a 429, in seconds. A 429 holds back the client's
   * new Web API calls for its `Retry-After` (calls that would wait longer than
   * `maxRetryAfterSeconds` are refused unsent with a `RateLimitError`), but never longer than
   * this: one absurd `Retry-After` cannot disable a client for good. Past it, one call goes first
   * (the probe) and the client is usable again if it succeeds. The call that got the 429 still
   * waits (or is told, in `RateLimitError.retryAfter`) the whole `Retry-After` Spotify sent.
   * Token requests never wait behind this pause: the Accounts service has its own limits.
   * @default 600
   *
   * @example
   * ```ts
   * SpotifyApi.withClientCredentials(id, secret, [], { retry: { maxPauseSeconds: 120 } });
   * ```
   */
  maxPauseSeconds?: number;
  /**
   * First backoff delay for 5xx and network errors, in ms (a finite number >= 0); doubled each
   * attempt, with full jitter.
   * @default 250
   */
  backoffBaseMs?: number;
  /**
   * Longest backoff delay, in ms.
   * @default 8000
   */
  backoffMaxMs?: number;
  /**
   * Wait used for a 429 with no `Retry-After` or `Retry-After: 0`, in seconds (a finite number >= 0).
   * @default 1
   */
  defaultRetryAfterSeconds?: number;
}

/** The request as hooks see it (headers may be changed by `beforeRequest`). */
export interface HookRequest {
  /** The request as the endpoint declared it. */
  readonly request: ApiRequest;
  /** The HTTP method sent. */
  readonly method: string;
  /** The full URL sent (it carries no credential). */
  readonly url: string;
  /** Credentials redacted. Mutable: what a `beforeRequest` hook adds, changes or removes is sent. */
  headers: Record<string, string>;
  /** 0 for the first attempt, 1 for the first retry, ... */
  readonly attempt: number;
}

/**
 * Small hooks in the style of ky. Each runs in order; a hook that throws fails the call.
 * Hooks see headers with credentials redacted (`authorization: "[redacted]"`), so a payload may be
 * logged as it is; what a `beforeRequest` hook adds, changes or removes is sent.
 */
export interface Hooks {
  /** Before each attempt is sent. */
  beforeRequest?: Array<(request: HookRequest) => void | Promise<void>>;
  /** Before a retry waits: why it retries and how long it will wait. */
  beforeRetry?: Array<(info: { request: HookRequest; error: unknown; delayMs: number; attempt: number }) => void | Promise<void>>;
  /** After each response arrives, before it is read. */
  afterResponse?: Array<(info: { request: HookRequest; response: TransportResponse }) => void | Promise<void>>;
  /** Before an error is thrown to the caller; may return a different error. */
  beforeError?: Array<(error: Error) => Error | Promise<Error>>;
}

/**
 * A client's request settings, every one optional: where requests go, how they are sent, timed,
 * retried, paused, observed. `SdkOptions`, `ClientOptions` and `PipelineOptions` extend it.
 */
export interface RequestConfig {
  /**
   * The `fetch` used for every request, token requests included. Default: the global `fetch`, or in
   * Node the package's Node transport (see `transport`).
   */
  fetch?: RequestImplementation;
  /**
   * Base URL of the Web API, e.g. an emulator's `http://127.0.0.1:8080/v1`.
   * @default "https://api.spotify.com/v1"
   */
  baseUrl?: string;
  /**
   * Base URL of the Accounts service (`/authorize`, `/api/token`).
   * @default "https://accounts.spotify.com"
   */
  accountsBaseUrl?: string;
  /**
   * Per-attempt timeout in ms (covering the response's head and body): a finite number >= 0, `0`
   * turns it off. Anything else (`"1000"`, `NaN`, `-1`, `Infinity`) is a `ValidationError` when
   * the client is built.
   * @default 30000
   */
  timeout?: number;
  /**
   * The longest response body the client reads, in bytes, counted after decompression (the Node
   * transport also refuses a compressed body whose wire size alone passes it). Past it the
   * response is dropped at once (its connection closed) and the call fails with a
   * `ResponseTooLargeError`, never retried. The default is far above Spotify's largest answers
   * (a 100-item playlist page, 20 full albums with their tracks: at most a few MB) and far below
   * what would hurt a process: a broken or hostile server cannot make a call hold hundreds of MB,
   * or inflate a 1 MB gzip body to 1 GB. A positive integer.
   * @default 16777216 (16 MiB)
   *
   * @example
   * ```ts
   * SpotifyApi.withClientCredentials(id, secret, [], { maxResponseBytes: 4 * 1024 * 1024 });
   * ```
   */
  maxResponseBytes?: number;
  /** Retry policy, or `false` to never retry. */
  retry?: RetryOptions | false;
  /** Hooks around each attempt. Read when the client is built: arrays changed later are not seen. */
  hooks?: Hooks;
  /** Receives the SDK's log lines. Default: none (the SDK never prints). */
  logger?: Logger;
  /**
   * Replaces the transport entirely (advanced; `fetch` is simpler). In Node the package's Node
   * build sends through its own keep-alive HTTP/1.1 client (`node:net` / `node:tls`) unless `fetch`
   * or `transport` is given (or the app has replaced `globalThis.fetch`); `"fetch"` turns that off
   * and uses the global `fetch`.
   *
   * @example
   * ```ts
   * SpotifyApi.withClientCredentials(id, secret, [], { transport: "fetch" });
   * ```
   */
  transport?: Transport | "fetch";
  /**
   * Shares the app's rate budget with its other instances: a 429 any instance gets pauses the
   * Web API calls of all of them until it has passed (Spotify counts an app's calls, whatever
   * instance sends them), and one probe, elected fleet-wide, goes first after it. Token requests
   * never wait behind it. `RedisTokenStore` (pushed within milliseconds) and `PostgresTokenStore`
   * (polled every 100 ms while the client is in use) implement it; calls with a valid token cost
   * no store command. Outside the Node build a store of your own needs `sharePause` (implement
   * it with `sharePauseThrough`), so clients without a store carry none of the shared pause.
   *
   * @example
   * ```ts
   * const store = new RedisTokenStore({ client: redis });
   * const sdk = SpotifyApi.withClientCredentials(clientId, clientSecret, [], { rateLimitStore: store });
   * ```
   * @default none: the pause is this client's own
   */
  rateLimitStore?: RateLimitStore;
  /** The app's key in `rateLimitStore`. @default the auth strategy's `clientId` */
  rateLimitKey?: string;
}

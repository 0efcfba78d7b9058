/**
 * The one request pipeline. Every call goes through {@link Pipeline.request}: Web API calls,
 * token requests and `makeRequest` alike. In order: build the URL (refusing bad path segments
 * before any network call) → wait out its service's rate-limit pause (token requests never wait
 * behind the Web API's) → ask the auth strategy for a token →
 * send through the transport with a per-attempt timeout and the caller's signal → on 401 renew
 * once and retry once → on 429 wait `Retry-After` (and pause the whole client) → on 5xx or a
 * network failure back off and retry, idempotent requests only → parse by the declared kind.
 * @module
 */
import { AbortError, ConnectionError, SpotifyError, TimeoutError, redactHeaders } from "../errors.js";
import type { AccessToken, IAuthStrategy } from "../auth/types.js";
import type { HookRequest, Hooks, Logger, RequestImplementation, RequestPipeline, RetryOptions } from "../options.js";
import { Attempt, SignalPool } from "./attempt.js";
import { Deadlines } from "./deadlines.js";
import { createCompatLayer, type CompatHooks } from "./compat.js";
import { createFetchTransport } from "./fetch-transport.js";
import { DEFAULT_MAX_RESPONSE_BYTES, errorFromResponse, parseSuccess } from "./parse.js";
import { RateLimitPause } from "./pause.js";
import { sharedPause, type FleetPause, type RateLimitStore } from "./fleet-pause.js";
import { onAbort } from "./abort-listeners.js";
import { checkOptions } from "./options-check.js";
import { checkHeader, checkHeaders, checkRequest, jsonBody } from "./request-check.js";
import { strategyTokenSource, type TokenSource } from "./token-source.js";
import { abortedByCaller, backoffDelayMs, parseRetryAfter, resolveRetryPolicy, sleep, untilAborted, type RetryPolicy } from "./retry.js";
import type { ApiRequest, ServiceBase, Transport, TransportResponse } from "./types.js";
import { buildUrl, compilePath, type CompiledPath } from "./url.js";
import { Redactor } from "../redaction.js";

/** The Web API's production base URL. */
export const DEFAULT_BASE_URL = "https://api.spotify.com/v1";
/** The Accounts service's production base URL. */
export const DEFAULT_ACCOUNTS_BASE_URL = "https://accounts.spotify.com";
/** Per-attempt timeout when none is configured, in ms. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** How a pipeline is built. */
export interface PipelineOptions extends CompatHooks {
  /** @default "https://api.spotify.com/v1" */
  baseUrl?: string;
  /** @default "https://accounts.spotify.com" */
  accountsBaseUrl?: string;
  /** The `fetch` used for every request. Ignored when `transport` is given. */
  fetch?: RequestImplementation;
  /**
   * Replaces the transport (default: `fetch`). `"fetch"` asks for the fetch transport by name: in
   * Node, where the package's Node build defaults to `node:http`, it turns that off.
   */
  transport?: Transport | "fetch";
  /** Per-attempt timeout in ms; `0` turns it off. @default 30000 */
  timeout?: number;
  /** The longest response body read, in bytes after decompression. @default 16777216 (16 MiB) */
  maxResponseBytes?: number;
  /** Retry policy, or `false` to never retry. */
  retry?: RetryOptions | false;
  /** Functions run before each attempt, after each response, before a retry and on an error. */
  hooks?: Hooks;
  /** Receives the pipeline's log lines (requests, retries, problems worked around), secrets redacted; silent when absent. */
  logger?: Logger;
  /** The token provider, or a getter (so a client can switch strategies). */
  auth?: IAuthStrategy | (() => IAuthStrategy | undefined);
  /** Shares the Web API's 429 pause with the app's other instances (see `SdkOptions.rateLimitStore`). */
  rateLimitStore?: RateLimitStore;
  /** The app's key in `rateLimitStore`. @default the auth strategy's `clientId` */
  rateLimitKey?: string;
}

/**
 * A {@link Pipeline} seen with another auth strategy's tokens: {@link Pipeline.withAuth}.
 * @example
 * ```ts
 * const view: PipelineView = createPipeline().withAuth(session);
 * const profile = await view.request<{ id: string }>({ method: "GET", path: "/me" });
 * ```
 */
export interface PipelineView extends RequestPipeline {
  /** The Web API base, without a trailing slash. */
  readonly baseUrl: string;
  /** The Accounts service base, without a trailing slash. */
  readonly accountsBaseUrl: string;
}

/** Why an attempt's signal fired. */
type AbortCause = "caller" | "timeout";

const AUTH_HEADER = "Authorization";
/** `makeRequest` paths are free-form: cache only so many (the endpoints use about a hundred). */
const MAX_CACHED_PATHS = 512;
/** 5xx answers worth another try; 501 (not implemented) and 505 will not change. */
const RETRYABLE_STATUS: ReadonlySet<number> = new Set([500, 502, 503, 504]);

/** The request pipeline. Create one with {@link createPipeline}. */
export class Pipeline implements RequestPipeline {
  /** The Web API base, without a trailing slash. */
  readonly baseUrl: string;
  /** The Accounts service base, without a trailing slash. */
  readonly accountsBaseUrl: string;
  readonly #transport: Transport;
  readonly #timeoutMs: number;
  readonly #maxResponseBytes: number;
  readonly #retry: RetryPolicy;
  readonly #hooks: Hooks;
  /** Some hook receives the request: only then is its description built. */
  readonly #hasRequestHooks: boolean;
  readonly #logger: Logger | undefined;
  /** All the pipeline knows of tokens. */
  readonly #tokens: TokenSource;
  readonly #compat: ReturnType<typeof createCompatLayer>;
  /** Per-attempt timeouts, on one timer. */
  readonly #deadlines = new Deadlines();
  /** Signals for transports that need one; `undefined` for those that abort through `onAbort`. */
  readonly #signals: SignalPool | undefined;
  /**
   * The client-wide pause after a 429 (Spotify counts calls over a rolling window), one per
   * service: a token request waiting behind the Web API's pause could be what the pause waits for.
   */
  readonly #pauses: Readonly<Record<ServiceBase, RateLimitPause>>;
  readonly #paths = new Map<string, CompiledPath>();
  /** The last access token found fit for a header: a token is checked once, not on every call. */
  #checkedToken: string | undefined;
  /** The Web API pause shared with the app's other instances, when a `rateLimitStore` was given. */
  readonly #fleet: FleetPause | undefined;

  /** @throws ValidationError when an option is of the wrong type or out of its range */
  constructor(options: PipelineOptions = {}) {
    checkOptions(options);
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.accountsBaseUrl = (options.accountsBaseUrl ?? DEFAULT_ACCOUNTS_BASE_URL).replace(/\/+$/, "");
    this.#transport = typeof options.transport === "object" && options.transport !== null ? options.transport : createFetchTransport(options.fetch);
    this.#timeoutMs = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.#maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.#retry = resolveRetryPolicy(options.retry);
    this.#fleet = sharedPause(options);
    this.#pauses = { api: new RateLimitPause(this.#retry.maxPauseSeconds, this.#fleet), accounts: new RateLimitPause(this.#retry.maxPauseSeconds) };
    this.#hooks = options.hooks ?? {};
    this.#hasRequestHooks = !!(this.#hooks.beforeRequest?.length || this.#hooks.afterResponse?.length || this.#hooks.beforeRetry?.length);
    this.#logger = options.logger;
    this.#tokens = strategyTokenSource(options.auth);
    this.#compat = createCompatLayer(options);
    this.#signals = this.#transport.abortsThroughOnAbort === true ? undefined : new SignalPool();
  }

  /** Sends `req` and resolves to its parsed result; rejects with a {@link SpotifyError}. */
  request<T>(req: ApiRequest): Promise<T> {
    return this.#request(req, this.#tokens);
  }

  /**
   * This pipeline (its transport, timers, retry policy, hooks and rate-limit pauses) with the
   * tokens of another auth strategy: one user's client among many, e.g. a `SessionPool`'s. Its
   * 429 pauses are this pipeline's: Spotify counts the app's calls, whoever's token they carry.
   * @example
   * ```ts
   * const shared = createPipeline({ baseUrl });
   * const alice = shared.withAuth(aliceSession);
   * const me = await alice.request({ method: "GET", path: "/me" });
   * ```
   */
  withAuth(auth: IAuthStrategy | (() => IAuthStrategy | undefined)): PipelineView {
    const tokens = strategyTokenSource(auth);
    const { baseUrl, accountsBaseUrl } = this;
    return { baseUrl, accountsBaseUrl, request: <T>(req: ApiRequest) => this.#request<T>(req, tokens) };
  }

  #request<T>(req: ApiRequest, tokens: TokenSource): Promise<T> {
    // Whatever this request throws loses every secret it sent: a server may echo them anywhere.
    const redactor = Redactor.forRequest(req);
    const run = (this.#run(req, redactor, tokens) as Promise<T>).catch((error: unknown) => {
      throw redactor.error(error);
    });
    // Without beforeError hooks, no extra async layer on every call.
    return this.#hooks.beforeError?.length ? run.catch((error: unknown) => this.#beforeError(error)) : run;
  }

  async #beforeError(error: unknown): Promise<never> {
    let thrown = error instanceof Error ? error : new SpotifyError(String(error));
    for (const hook of this.#hooks.beforeError ?? []) thrown = await hook(thrown);
    throw thrown;
  }

  /** Path templates split once per pipeline: endpoints reuse a handful of them. */
  #compiledPath(path: string): CompiledPath {
    let compiled = this.#paths.get(path);
    if (!compiled) {
      compiled = compilePath(path);
      if (this.#paths.size < MAX_CACHED_PATHS) this.#paths.set(path, compiled);
    }
    return compiled;
  }

  async #run(req: ApiRequest, redactor: Redactor, tokens: TokenSource): Promise<unknown> {
    const base = req.base ?? "api";
    const url = buildUrl(base === "api" ? this.baseUrl : this.accountsBaseUrl, this.#compiledPath(req.path), req.pathParams, req.query);
    const { method, signal } = req;
    const idempotent = req.idempotent ?? method === "GET";
    const useBearer = req.auth !== "none";
    let body: string | Uint8Array | undefined;
    let contentType: string | undefined;
    if (req.rawBody) {
      body = req.rawBody.data;
      contentType = req.rawBody.contentType;
    } else if (req.body !== undefined) {
      body = jsonBody(req.body, method, url);
      contentType = "application/json";
    }
    checkRequest(method, body, url);
    // Headers the caller gave: a bad one is a set-up error, never a network one (checked once here,
    // the token when it changes, all of them again only after hooks that may have changed them).
    if (req.headers) checkHeaders(req.headers, method, url);
    if (contentType) checkHeader("Content-Type", contentType, method, url);
    let attempt = 0;
    let renewedAfter401 = false;
    const pause = this.#pauses[base];
    // A client's first call (or the first after a while idle) learns of a pause the fleet is in.
    const watching = base === "api" ? this.#fleet?.touch() : undefined;
    if (watching) await watching;

    // Set while this request is the first to go after a 429 pause: its answer ends the pause.
    let probing = false;
    for (;;) {
      if (signal?.aborted) throw abortedByCaller(method, url, signal.reason);
      if (pause.active) probing = await pause.wait(method, url, signal, this.#retry.maxRetryAfterSeconds);
      try {

        const headers: Record<string, string> = req.headers ? { Accept: "application/json", ...req.headers } : { Accept: "application/json" };
        if (contentType) headers["Content-Type"] = contentType;
        let token: AccessToken | undefined;
        if (useBearer) {
          // A valid held token needs no promise at all; otherwise ask the strategy (and wait).
          // A renewal can take a while: the caller's abort ends the wait (the renewal goes on for others).
          token = tokens.usableNow() ?? (await untilAborted(tokens.get(), signal).catch((error: unknown) => {
            throw signal?.aborted ? abortedByCaller(method, url, signal.reason) : error;
          }));
          if (token.access_token !== this.#checkedToken) {
            checkHeader(AUTH_HEADER, token.access_token, method, url, " (the access token the auth strategy gave)");
            this.#checkedToken = token.access_token;
          }
          headers[AUTH_HEADER] = `Bearer ${token.access_token}`;
          redactor.add(token.access_token);
        }
        // Hooks see the headers with credentials redacted (a hook payload is often logged); what a
        // beforeRequest hook adds, changes or removes is carried over to the request sent.
        const hookRequest: HookRequest | undefined = !this.#hasRequestHooks
          ? undefined
          : { request: base === "accounts" ? withoutCredentials(req) : req, method, url, headers: redactHeaders(headers), attempt };
        if (hookRequest && this.#hooks.beforeRequest?.length) {
          const shown = { ...hookRequest.headers };
          for (const hook of this.#hooks.beforeRequest) await hook(hookRequest);
          applyHookChanges(headers, shown, hookRequest.headers);
          checkHeaders(headers, method, url);
        }
        // 1.2.0's hooks never saw token requests (it sent them with plain fetch): neither do they here.
        if (base === "api") this.#compat.beforeRequest(url, method, headers, body);
        this.#logger?.debug?.("spotify-web-api-sdk request", { method, url, attempt, headers: redactHeaders(headers) });

        let response: TransportResponse;
        try {
          response = await this.#send(method, url, headers, body, signal, req.timeoutMs ?? this.#timeoutMs);
        } catch (error) {
          // Only a failed connection or a stall may succeed on another try; aborts, setup errors and
          // unreadable answers (a transport's refused redirect) will not.
          const transient = error instanceof ConnectionError || error instanceof TimeoutError;
          if (!transient || !idempotent || attempt >= this.#retry.maxRetries) throw error;
          await this.#beforeRetry(hookRequest, attempt, redactor.error(error), backoffDelayMs(attempt, this.#retry), signal, method, url);
          attempt++;
          continue;
        }
        const { status } = response;
        if (hookRequest) {
          // A token response's body is the tokens themselves: hooks get it withheld.
          const seen = base === "accounts" && status < 400 ? withheldBody(response) : redactor.response(response);
          for (const hook of this.#hooks.afterResponse ?? []) await hook({ request: hookRequest, response: seen });
        }
        if (base === "api") this.#compat.afterRequest(url, method, headers, body, response);
        this.#logger?.debug?.("spotify-web-api-sdk response", { method, url, status, attempt });

        if (status < 400) {
          return this.#compat.hasResponseHooks && base === "api"
            ? this.#compat.readSuccess(response, url, () => parseSuccess(response, req.response ?? "json", method, url))
            : parseSuccess(response, req.response ?? "json", method, url);
        }
        if (status === 401 && token && !renewedAfter401 && base === "api") {
          renewedAfter401 = true;
          if (await this.#renewAfter401(tokens, token, signal, method, url)) continue;
        }
        if (status === 429) {
          const retryAfter = parseRetryAfter(response.headers["retry-after"], Date.now());
          const wait = retryAfter === undefined || retryAfter === 0 ? this.#retry.defaultRetryAfterSeconds : retryAfter;
          const paused = pause.pause(wait);
          if (wait <= this.#retry.maxRetryAfterSeconds && attempt < this.#retry.maxRetries) {
            const error = errorFromResponse(response, base, method, url, retryAfter);
            // The pause waits for this request too, unless its cap cut it short of Retry-After:
            // then this request waits the rest by itself (the cap releases the others only).
            await this.#beforeRetry(hookRequest, attempt, redactor.error(error), paused < wait ? wait * 1000 : 0, signal, method, url);
            attempt++;
            continue;
          }
          return this.#failed(response, base, method, url, retryAfter);
        }
        if (RETRYABLE_STATUS.has(status) && idempotent && attempt < this.#retry.maxRetries) {
          const error = errorFromResponse(response, base, method, url, undefined);
          await this.#beforeRetry(hookRequest, attempt, redactor.error(error), backoffDelayMs(attempt, this.#retry), signal, method, url);
          attempt++;
          continue;
        }
        return this.#failed(response, base, method, url, undefined);
      } finally {
        if (probing) {
          probing = false;
          pause.probeAnswered();
        }
      }
    }
  }

  /**
   * An error status, retries spent: the typed error, unless the app gave 1.2.0's
   * `responseValidator`, which saw every response and may let one through.
   */
  async #failed(response: TransportResponse, base: ServiceBase, method: string, url: string, retryAfter: number | undefined): Promise<unknown> {
    const error = errorFromResponse(response, base, method, url, retryAfter);
    if (base !== "api" || !this.#compat.validatesErrors) throw error;
    return this.#compat.readSuccess(response, url, () => parseSuccess(response, "auto", method, url));
  }

  /**
   * The access token was rejected: renew it; the request is retried once if a different token
   * comes back. The caller's abort ends the wait at once (the renewal goes on for other callers).
   */
  async #renewAfter401(tokens: TokenSource, rejected: AccessToken, signal: AbortSignal | undefined, method: string, url: string): Promise<boolean> {
    if (signal?.aborted) throw abortedByCaller(method, url, signal.reason);
    try {
      return (await untilAborted(tokens.renew(rejected), signal)) !== undefined;
    } catch (error) {
      throw signal?.aborted ? abortedByCaller(method, url, signal.reason) : error;
    }
  }

  async #send(
    method: ApiRequest["method"],
    url: string,
    headers: Record<string, string>,
    body: string | Uint8Array | undefined,
    callerSignal: AbortSignal | undefined,
    timeoutMs: number,
  ): Promise<TransportResponse> {
    // Aborted while the token or a hook was awaited: nothing may be sent.
    if (callerSignal?.aborted) throw abortedByCaller(method, url, callerSignal.reason);
    const attempt = new Attempt(method, url, headers, body, this.#signals, this.#maxResponseBytes);
    let cause: AbortCause | undefined;
    // Through the signal's one shared listener: many calls may share one signal.
    const stopListening = callerSignal
      ? onAbort(callerSignal, () => {
          cause ??= "caller";
          attempt.abort(callerSignal.reason);
        })
      : undefined;
    const timer = timeoutMs > 0
      ? this.#deadlines.add(timeoutMs, () => {
          cause ??= "timeout";
          attempt.abort();
        })
      : undefined;
    let answered = false;
    try {
      const response = await this.#transport.send(attempt.request);
      answered = true;
      return response;
    } catch (error) {
      if (cause === "caller") throw abortedByCaller(method, url, callerSignal?.reason);
      if (cause === "timeout") {
        throw new TimeoutError(`No complete response within ${timeoutMs} ms from ${method} ${url}`, {
          method, url, timeoutMs, cause: error,
        });
      }
      if (error instanceof SpotifyError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      // An abort none of our signals caused (a closed transport; a second copy of this package
      // whose errors fail `instanceof`) is no network failure: another try must not follow.
      if (error instanceof Error && error.name === "AbortError") {
        throw new AbortError(`${method} ${url} was aborted by the transport: ${message}`, { method, url, cause: error });
      }
      throw new ConnectionError(`Connection failed for ${method} ${url}: ${message}`, { method, url, cause: error });
    } finally {
      if (timer !== undefined) this.#deadlines.clear(timer);
      stopListening?.();
      if (answered) attempt.answered();
    }
  }

  async #beforeRetry(
    request: HookRequest | undefined,
    attempt: number,
    error: unknown,
    delayMs: number,
    signal: AbortSignal | undefined,
    method: string,
    url: string,
  ): Promise<void> {
    if (request) for (const hook of this.#hooks.beforeRetry ?? []) await hook({ request, error, delayMs, attempt: attempt + 1 });
    this.#logger?.info?.("spotify-web-api-sdk retry", {
      method, url, attempt: attempt + 1, delayMs, reason: error instanceof Error ? error.message : String(error),
    });
    try {
      await sleep(delayMs, signal);
    } catch (reason) {
      throw abortedByCaller(method, url, reason);
    }
  }

}

function withheldBody(response: TransportResponse): TransportResponse {
  return { status: response.status, statusText: response.statusText, headers: response.headers, body: "[token response withheld]" };
}

function withoutCredentials(req: ApiRequest): ApiRequest {
  const { rawBody: _rawBody, body: _body, headers: _headers, ...rest } = req;
  return rest;
}

/** Creates the request pipeline. */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  return new Pipeline(options);
}

/** Carries what `beforeRequest` hooks changed in the (redacted) headers they saw over to the real ones. */
function applyHookChanges(headers: Record<string, string>, shown: Record<string, string>, after: Record<string, string>): void {
  for (const name of new Set([...Object.keys(shown), ...Object.keys(after)])) {
    if (after[name] === shown[name]) continue;
    const real = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
    if (real !== undefined) delete headers[real];
    if (after[name] !== undefined) headers[name] = after[name]!;
  }
}

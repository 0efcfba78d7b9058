/**
 * The one request pipeline, knowing tokens only as a {@link TokenSource}. Every call goes through
 * {@link CorePipeline.request}: Web API calls, token requests and `makeRequest` alike. In order:
 * build the URL (refusing bad path segments before any network call) → wait out its service's
 * rate-limit pause (token requests never wait behind the Web API's) → take a token → send through
 * the transport with a per-attempt timeout and the caller's signal → on 401 renew once and retry
 * once → on 429 wait `Retry-After` (and pause the whole client) → on 5xx or a network failure back
 * off and retry, idempotent requests only → parse by the declared kind.
 * @module
 */
import { ConnectionError, SpotifyError, TimeoutError, redactHeaders } from "../errors.js";
import { Redactor } from "../redaction.js";
import type { HookRequest, Hooks, Logger, RequestConfig } from "./config.js";
import { createFetchTransport } from "./fetch-transport.js";
import { DEFAULT_MAX_RESPONSE_BYTES, errorFromResponse, parseSuccess } from "./parse.js";
import { RateLimitPause } from "./pause.js";
import { checkOptions } from "./options-check.js";
import type { SharedPause } from "./rate-limit-store.js";
import { sharedPauseOf } from "./shared-pause.js";
import { AttemptSender, RUNTIME_PARTS, type RuntimeParts } from "./send.js";
import { checkHeader, checkHeaders, checkRequest, jsonBody } from "./request-check.js";
import { abortedByCaller, backoffDelayMs, parseRetryAfter, resolveRetryPolicy, sleep, untilAborted, type RetryPolicy } from "./retry.js";
import type { BearerToken, TokenSource } from "./token-source.js";
import type { ApiRequest, ExchangeHooks, HttpMethod, RequestPipeline, ServiceBase, TransportResponse } from "./types.js";
import { buildUrl, compilePath, type CompiledPath } from "./url.js";
import { applyHookChanges, withheldBody, withoutCredentials } from "./hook-view.js";

/** The Web API's production base URL. */
export const DEFAULT_BASE_URL = "https://api.spotify.com/v1";
/** The Accounts service's production base URL. */
export const DEFAULT_ACCOUNTS_BASE_URL = "https://accounts.spotify.com";
/** Per-attempt timeout when none is configured, in ms. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** How the core pipeline is built: the request settings, where tokens come from, what a layer above adds. */
export interface CorePipelineOptions extends RequestConfig {
  /** Where bearer tokens come from; without it only requests with `auth: "none"` can be sent. */
  tokens?: TokenSource;
  /** What a layer above adds around each Web API exchange (the `SpotifyApi` facade: 1.2.0's hooks). */
  exchange?: ExchangeHooks;
}

/**
 * A pipeline seen with another token source: {@link CorePipeline.withTokens}.
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

/** One request on its way through its attempts: what every step reads, and what they change. */
interface Call {
  readonly req: ApiRequest;
  readonly base: ServiceBase;
  readonly method: HttpMethod;
  readonly url: string;
  readonly signal: AbortSignal | undefined;
  readonly idempotent: boolean;
  readonly body: string | Uint8Array | undefined;
  readonly contentType: string | undefined;
  readonly redactor: Redactor;
  readonly tokens: TokenSource;
  /** 1.2.0's hooks, for Web API requests only: 1.2.0 sent token requests with plain fetch. */
  readonly exchange: ExchangeHooks | undefined;
  attempt: number;
  renewedAfter401: boolean;
  /** What hooks see of this attempt; `undefined` when no hook wants it. */
  hookRequest: HookRequest | undefined;
  /** The 429's `Retry-After`, for the error thrown once retries are spent. */
  retryAfter: number | undefined;
}

const AUTH_HEADER = "Authorization";
/** `makeRequest` paths are free-form: cache only so many (the endpoints use about a hundred). */
const MAX_CACHED_PATHS = 512;
/** 5xx answers worth another try; 501 (not implemented) and 505 will not change. */
const RETRYABLE_STATUS: ReadonlySet<number> = new Set([500, 502, 503, 504]);
/** The token source of a pipeline given none: token requests (`auth: "none"`) need nothing. */
const NO_TOKENS: TokenSource = {
  usableNow: () => undefined,
  get: () => Promise.reject(new SpotifyError("This request needs an access token, but the client has no auth strategy")),
  renew: () => Promise.resolve(undefined),
};
/** The request pipeline over a {@link TokenSource}. The public `Pipeline` adds auth strategies. */
export class CorePipeline implements RequestPipeline {
  /** The Web API base, without a trailing slash. */
  declare readonly baseUrl: string;
  /** The Accounts service base, without a trailing slash. */
  declare readonly accountsBaseUrl: string;
  readonly #sender: AttemptSender;
  readonly #timeoutMs: number;
  readonly #retry: RetryPolicy;
  readonly #hooks: Hooks;
  /** Some hook receives the request: only then is its description built. */
  readonly #hasRequestHooks: boolean;
  readonly #logger: Logger | undefined;
  readonly #tokens: TokenSource;
  readonly #exchange: ExchangeHooks | undefined;
  /**
   * The client-wide pause after a 429 (Spotify counts calls over a rolling window), one per
   * service: a token request waiting behind the Web API's pause could be what the pause waits for.
   */
  readonly #pauses: Readonly<Record<ServiceBase, RateLimitPause>>;
  readonly #paths = new Map<string, CompiledPath>();
  /** The last access token found fit for a header: a token is checked once, not on every call. */
  #checkedToken: string | undefined;
  /** The Web API pause shared with the app's other instances, when a `rateLimitStore` was given. */
  readonly #fleet: SharedPause | undefined;

  /** @throws ValidationError when an option is of the wrong type or out of its range */
  constructor(options: CorePipelineOptions = {}) {
    checkOptions(options);
    const parts = (options as { [RUNTIME_PARTS]?: RuntimeParts })[RUNTIME_PARTS];
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.accountsBaseUrl = (options.accountsBaseUrl ?? DEFAULT_ACCOUNTS_BASE_URL).replace(/\/+$/, "");
    const transport = typeof options.transport === "object" && options.transport !== null ? options.transport : createFetchTransport(options.fetch);
    this.#timeoutMs = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.#sender = new AttemptSender(transport, options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, parts);
    this.#retry = resolveRetryPolicy(options.retry);
    this.#fleet = sharedPauseOf(options, parts);
    this.#pauses = { api: new RateLimitPause(this.#retry.maxPauseSeconds, this.#fleet), accounts: new RateLimitPause(this.#retry.maxPauseSeconds) };
    this.#hooks = options.hooks ?? {};
    this.#hasRequestHooks = !!(this.#hooks.beforeRequest?.length || this.#hooks.afterResponse?.length || this.#hooks.beforeRetry?.length);
    this.#logger = options.logger;
    this.#tokens = options.tokens ?? NO_TOKENS;
    this.#exchange = options.exchange;
  }

  /** Sends `req` and resolves to its parsed result; rejects with a {@link SpotifyError}. */
  request<T>(req: ApiRequest): Promise<T> {
    return this.#request(req, this.#tokens);
  }

  /**
   * This pipeline (its transport, timers, retry policy, hooks and rate-limit pauses) with another
   * token source. Its 429 pauses are this pipeline's: Spotify counts the app's calls, whoever's
   * token they carry.
   */
  withTokens(tokens: TokenSource): PipelineView {
    const { baseUrl, accountsBaseUrl } = this;
    return { baseUrl, accountsBaseUrl, request: <T>(req: ApiRequest) => this.#request<T>(req, tokens) };
  }

  #request<T>(req: ApiRequest, tokens: TokenSource): Promise<T> {
    const run = this.#run(req, tokens) as Promise<T>;
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

  async #run(req: ApiRequest, tokens: TokenSource): Promise<unknown> {
    // Whatever this request throws loses every secret it sent: a server may echo them anywhere.
    const redactor = Redactor.forRequest(req);
    try {
      const call = this.#prepare(req, redactor, tokens);
      const pause = this.#pauses[call.base];
      // A client's first call (or the first after a while idle) learns of a pause the fleet is in.
      const watching = call.base === "api" ? this.#fleet?.touch() : undefined;
      if (watching) await watching;
      for (;;) {
        if (call.signal?.aborted) throw abortedByCaller(call.method, call.url, call.signal.reason);
        const result = pause.active ? await this.#attemptAfterPause(call, pause) : await this.#attempt(call);
        if (result !== AGAIN) return result;
      }
    } catch (error) {
      throw redactor.error(error);
    }
  }

  /** Waits out the service's 429 pause, then attempts; the first to go after it (the probe) ends it. */
  async #attemptAfterPause(call: Call, pause: RateLimitPause): Promise<unknown> {
    const probing = await pause.wait(call.method, call.url, call.signal, this.#retry.maxRetryAfterSeconds);
    try {
      return await this.#attempt(call);
    } finally {
      if (probing) pause.probeAnswered();
    }
  }

  /** The request's URL, body and headers, checked once: a bad one is a set-up error, never a network one. */
  #prepare(req: ApiRequest, redactor: Redactor, tokens: TokenSource): Call {
    const base = req.base ?? "api";
    const { method } = req;
    const url = buildUrl(base === "api" ? this.baseUrl : this.accountsBaseUrl, this.#compiledPath(req.path), req.pathParams, req.query);
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
    // The token is checked when it changes, all headers again only after hooks that may change them.
    if (req.headers) checkHeaders(req.headers, method, url);
    if (contentType) checkHeader("Content-Type", contentType, method, url);
    return {
      req, base, method, url, signal: req.signal, idempotent: req.idempotent ?? method === "GET", body, contentType, redactor, tokens,
      exchange: base === "api" ? this.#exchange : undefined,
      attempt: 0, renewedAfter401: false, hookRequest: undefined, retryAfter: undefined,
    };
  }

  /** One attempt: the parsed result, or {@link AGAIN} when a retry rule sends the request again. */
  async #attempt(call: Call): Promise<unknown> {
    const { method, url } = call;
    const token = call.req.auth === "none" ? undefined : call.tokens.usableNow() ?? (await this.#awaitToken(call));
    const headers = this.#headers(call, token);
    if (this.#hasRequestHooks) await this.#beforeRequest(call, headers);
    call.exchange?.sending?.(url, method, headers, call.body);
    this.#logger?.debug?.("spotify-web-api-sdk request", { method, url, attempt: call.attempt, headers: redactHeaders(headers) });
    let response: TransportResponse;
    try {
      response = await this.#sender.send(method, url, headers, call.body, call.signal, call.req.timeoutMs ?? this.#timeoutMs);
    } catch (error) {
      return this.#retryAfterFailure(call, error);
    }
    const { status } = response;
    if (call.hookRequest) await this.#afterResponse(call, response);
    call.exchange?.received?.(url, method, headers, call.body, response);
    this.#logger?.debug?.("spotify-web-api-sdk response", { method, url, status, attempt: call.attempt });
    if (status < 400) return this.#success(call, response);
    if (status === 401 && token && call.base === "api" && !call.renewedAfter401) {
      call.renewedAfter401 = true;
      if (await this.#renewAfter401(call, token)) return AGAIN;
    }
    const delayMs = this.#retryDelay(call, response);
    if (delayMs === undefined) return this.#failed(call, response);
    await this.#beforeRetry(call, errorFromResponse(response, call.base, method, url, call.retryAfter), delayMs);
    return AGAIN;
  }

  /**
   * A token the strategy has to work for (a renewal can take a while): the caller's abort ends
   * the wait, while the renewal goes on for others.
   */
  async #awaitToken(call: Call): Promise<BearerToken> {
    const { signal } = call;
    try {
      return await untilAborted(call.tokens.get(), signal);
    } catch (error) {
      throw signal?.aborted ? abortedByCaller(call.method, call.url, signal.reason) : error;
    }
  }

  /** The headers of this attempt, the bearer token included (and added to what is redacted). */
  #headers(call: Call, token: BearerToken | undefined): Record<string, string> {
    const headers: Record<string, string> = call.req.headers ? { Accept: "application/json", ...call.req.headers } : { Accept: "application/json" };
    if (call.contentType) headers["Content-Type"] = call.contentType;
    if (token) {
      const value = token.access_token;
      if (value !== this.#checkedToken) {
        checkHeader(AUTH_HEADER, value, call.method, call.url, " (the access token the auth strategy gave)");
        this.#checkedToken = value;
      }
      headers[AUTH_HEADER] = `Bearer ${value}`;
      call.redactor.add(value);
    }
    return headers;
  }

  /**
   * Hooks see the headers with credentials redacted (a hook payload is often logged); what a
   * `beforeRequest` hook adds, changes or removes is carried over to the request sent.
   */
  async #beforeRequest(call: Call, headers: Record<string, string>): Promise<void> {
    const { base, method, url, attempt } = call;
    const hookRequest: HookRequest = { request: base === "accounts" ? withoutCredentials(call.req) : call.req, method, url, headers: redactHeaders(headers), attempt };
    call.hookRequest = hookRequest;
    const hooks = this.#hooks.beforeRequest;
    if (!hooks?.length) return;
    const shown = { ...hookRequest.headers };
    for (const hook of hooks) await hook(hookRequest);
    applyHookChanges(headers, shown, hookRequest.headers);
    checkHeaders(headers, method, url);
  }

  async #afterResponse(call: Call, response: TransportResponse): Promise<void> {
    // A token response's body is the tokens themselves: hooks get it withheld.
    const seen = call.base === "accounts" && response.status < 400 ? withheldBody(response) : call.redactor.response(response);
    for (const hook of this.#hooks.afterResponse ?? []) await hook({ request: call.hookRequest!, response: seen });
  }

  #success(call: Call, response: TransportResponse): unknown {
    const read = call.exchange?.readSuccess;
    const kind = call.req.response ?? "json";
    if (!read) return parseSuccess(response, kind, call.method, call.url);
    return read.call(call.exchange, response, call.url, () => parseSuccess(response, kind, call.method, call.url));
  }

  /**
   * An error status, retries spent: the typed error, unless a layer above (1.2.0's
   * `responseValidator`, which saw every response) lets the response through.
   */
  #failed(call: Call, response: TransportResponse): Promise<unknown> {
    const error = errorFromResponse(response, call.base, call.method, call.url, call.retryAfter);
    const read = call.exchange?.readFailure;
    if (!read) throw error;
    return read.call(call.exchange, response, call.url, error, () => parseSuccess(response, "auto", call.method, call.url));
  }

  /**
   * The transport failed. Only a failed connection or a stall may succeed on another try (of an
   * idempotent request); aborts, setup errors and unreadable answers (a refused redirect) will not.
   */
  async #retryAfterFailure(call: Call, error: unknown): Promise<typeof AGAIN> {
    const transient = error instanceof ConnectionError || error instanceof TimeoutError;
    if (!transient || !call.idempotent || call.attempt >= this.#retry.maxRetries) throw error;
    await this.#beforeRetry(call, error, backoffDelayMs(call.attempt, this.#retry));
    return AGAIN;
  }

  /**
   * The wait before retrying an error response, or `undefined` when it is not retried: a 429
   * waits its `Retry-After` (and pauses the client) when that is within the cap; a 5xx of an
   * idempotent request backs off.
   */
  #retryDelay(call: Call, response: TransportResponse): number | undefined {
    const { status } = response;
    const policy = this.#retry;
    call.retryAfter = undefined;
    if (status === 429) {
      const retryAfter = parseRetryAfter(response.headers["retry-after"], Date.now());
      call.retryAfter = retryAfter;
      const wait = retryAfter === undefined || retryAfter === 0 ? policy.defaultRetryAfterSeconds : retryAfter;
      const paused = this.#pauses[call.base].pause(wait);
      if (wait > policy.maxRetryAfterSeconds || call.attempt >= policy.maxRetries) return undefined;
      // The pause waits for this request too, unless its cap cut it short of Retry-After: then
      // this request waits the rest by itself (the cap releases the others only).
      return paused < wait ? wait * 1000 : 0;
    }
    if (!RETRYABLE_STATUS.has(status) || !call.idempotent || call.attempt >= policy.maxRetries) return undefined;
    return backoffDelayMs(call.attempt, policy);
  }

  /**
   * The access token was rejected: renew it; the request is retried once if a different token
   * comes back. The caller's abort ends the wait at once (the renewal goes on for other callers).
   */
  async #renewAfter401(call: Call, rejected: BearerToken): Promise<boolean> {
    const { signal, method, url } = call;
    if (signal?.aborted) throw abortedByCaller(method, url, signal.reason);
    try {
      return (await untilAborted(call.tokens.renew(rejected), signal)) !== undefined;
    } catch (error) {
      throw signal?.aborted ? abortedByCaller(method, url, signal.reason) : error;
    }
  }

  /** Runs `beforeRetry` hooks, logs, waits `delayMs` (the caller's abort ends it), counts the attempt. */
  async #beforeRetry(call: Call, error: unknown, delayMs: number): Promise<void> {
    const { method, url, signal } = call;
    const shown = call.redactor.error(error);
    const attempt = call.attempt + 1;
    const request = call.hookRequest;
    if (request) for (const hook of this.#hooks.beforeRetry ?? []) await hook({ request, error: shown, delayMs, attempt });
    this.#logger?.info?.("spotify-web-api-sdk retry", {
      method, url, attempt, delayMs, reason: shown instanceof Error ? shown.message : String(shown),
    });
    try {
      await sleep(delayMs, signal);
    } catch (reason) {
      throw abortedByCaller(method, url, reason);
    }
    call.attempt = attempt;
  }
}

/** What {@link CorePipeline}'s attempt step returns when a retry rule sends the request again. */
const AGAIN: unique symbol = Symbol("again");

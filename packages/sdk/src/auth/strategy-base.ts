/**
 * What every built-in strategy shares: where its token requests go, its logger, and redaction
 * (secrets live in `#` fields; `toJSON` and Node's inspect show only what is safe).
 *
 * Where token requests go: a setting given to the strategy applies to the requests it sends,
 * attached to a client or not; the client's setting applies where the strategy has none; the
 * default where neither has one. A default never overrides a setting someone gave.
 * @module
 */
import { SpotifyError, ValidationError } from "../errors.js";
import { DEFAULT_ACCOUNTS_BASE_URL } from "../http/core-pipeline.js";
import { createPipeline } from "./pipeline.js";
import { checkOptions } from "../http/options-check.js";
import type { Transport } from "../http/types.js";
import type { Logger, RequestImplementation, RequestPipeline, RetryOptions, SdkConfiguration } from "../options.js";
import type { LifecycleOptions, TokenLifecycle } from "./lifecycle.js";
import { USABLE_TOKEN_NOW, type AccessToken } from "./types.js";
import type { ScopeCheckOptions } from "./validation.js";
import { inspectAs } from "../inspect-as.js";

/**
 * Options of every built-in strategy (all optional). The request settings (`fetch`,
 * `accountsBaseUrl`, `timeout`, `retry`, `transport`, `logger`) apply to the token requests the
 * strategy sends, on its own and once a client is attached; each one not given here is the
 * client's (once attached), else the default.
 */
export interface AuthOptions extends LifecycleOptions, ScopeCheckOptions {
  /**
   * The `fetch` for token requests.
   * @default the client's `fetch` or transport once attached, else the global `fetch` (the Node transport in Node)
   */
  fetch?: RequestImplementation;
  /**
   * Base URL of the Accounts service: authorize URLs and token requests (an emulator's URL in tests).
   * @default the client's `accountsBaseUrl` once attached, else "https://accounts.spotify.com"
   */
  accountsBaseUrl?: string;
  /** Per-attempt timeout of token requests, ms. @default the client's, else 30000 */
  timeout?: number;
  /** Retry policy of token requests. @default the client's, else the SDK's retry policy */
  retry?: RetryOptions | false;
  /** Replaces the transport of token requests. @default the client's, else as for `fetch` */
  transport?: Transport;
  /** Receives the strategy's log lines and those of its token requests (never a secret). @default the client's */
  logger?: Logger;
}

/**
 * The transport a build gives strategies by default (the Node build's), under a key of its own so
 * it is not mistaken for one the app chose: the client's `fetch` or transport comes before it.
 * @internal
 */
export const DEFAULT_TRANSPORT: unique symbol = Symbol("spotify-web-api-sdk.defaultTransport");

/** The request settings a strategy may be given, all of which a client has too. */
const REQUEST_SETTINGS = ["fetch", "accountsBaseUrl", "timeout", "retry", "transport", "logger"] as const;

/**
 * The client's settings its pipeline was built from (hooks, limits, ...), as it resolved them.
 * What only the client uses stays with it: its pipeline and Web API base, and the 1.2.0 objects
 * (validator, deserializer, ...) it fills with defaults, which would pass for the app's own.
 */
function pipelineSettingsOf(configuration: SdkConfiguration | null): Partial<SdkConfiguration> {
  if (!configuration) return {};
  const settings: Partial<SdkConfiguration> = { ...configuration };
  // The shared 429 pause is the Web API's: token requests never wait behind it.
  for (const name of ["pipeline", "baseUrl", "deserializer", "responseValidator", "errorHandler", "redirectionStrategy", "cachingStrategy", "rateLimitStore", "rateLimitKey"] as const) {
    delete settings[name];
  }
  return settings;
}

/** The shared plumbing of the built-in strategies. */
export abstract class StrategyBase {
  readonly #options: AuthOptions;
  #configuration: SdkConfiguration | null = null;
  #ownPipeline: RequestPipeline | null = null;
  #lifecycle: TokenLifecycle | null = null;

  protected constructor(options: AuthOptions) {
    if (typeof options !== "object" || options === null || Array.isArray(options)) {
      throw new ValidationError(`a strategy's options must be an object, got ${options === null ? "null" : Array.isArray(options) ? "an array" : typeof options}`, { parameter: "options" });
    }
    // Its request settings are a client's options: checked now, not at the first token request.
    checkOptions(Object.fromEntries(REQUEST_SETTINGS.map((name) => [name, options[name]])));
    this.#options = options;
    // Node's `util.inspect` / `console.log` show the same secret-free view as toJSON.
    inspectAs(this, () => `${this.typeName} ${JSON.stringify(this.describe())}`);
    Object.defineProperty(this, USABLE_TOKEN_NOW, { value: () => this.#usableTokenNow() });
  }

  /** The token lifecycle; each strategy creates its own in its constructor. */
  protected get lifecycle(): TokenLifecycle {
    if (!this.#lifecycle) throw new SpotifyError("a strategy must set its lifecycle in its constructor");
    return this.#lifecycle;
  }

  protected set lifecycle(lifecycle: TokenLifecycle) {
    this.#lifecycle = lifecycle;
  }

  /** A valid token: the held one, or a renewed one (one token request, shared by every caller). */
  getOrCreateAccessToken(): Promise<AccessToken> {
    return this.lifecycle.get();
  }

  /**
   * The token `getOrCreateAccessToken()` would resolve to at once, or `undefined` when it would
   * have to wait (store read, renewal) or a subclass replaced `getOrCreateAccessToken`. Set per
   * instance (see the constructor): a method under a computed key keeps the class in every bundle.
   * @internal
   */
  declare readonly [USABLE_TOKEN_NOW]: () => AccessToken | undefined;

  #usableTokenNow(): AccessToken | undefined {
    if (this.getOrCreateAccessToken !== StrategyBase.prototype.getOrCreateAccessToken) return undefined;
    return this.#lifecycle?.usableNow() ?? undefined;
  }

  /** The token held now, or `null`; never starts a token request. */
  getAccessToken(): Promise<AccessToken | null> {
    return this.lifecycle.peek();
  }

  /** Logs out: forgets the access and refresh tokens, in memory and in the store. */
  removeAccessToken(): void {
    this.lifecycle.clear().catch((error: unknown) => this.report("spotify-web-api-sdk could not store the log-out", error));
  }

  /** The Web API rejected `rejected` (a 401): forget it if it is still current, keep the refresh token. */
  invalidateAccessToken(rejected: AccessToken): void {
    this.lifecycle.invalidate(rejected);
  }

  /** Receives the client's configuration; token requests then use the client's pipeline. */
  setConfiguration(configuration: SdkConfiguration): void {
    this.#configuration = configuration;
    this.#ownPipeline = null;
  }

  /** The client's configuration, once a client gave it. */
  protected get configuration(): SdkConfiguration | null {
    return this.#configuration;
  }

  /**
   * Where token requests go: the client's pipeline when the strategy was given no request setting
   * of its own, else a pipeline of the strategy's settings over the client's (hooks included).
   */
  protected get pipeline(): RequestPipeline {
    const o = this.#options;
    const c = this.#configuration;
    const own = REQUEST_SETTINGS.some((name) => o[name] !== undefined);
    if (c?.pipeline && !own) return c.pipeline;
    if (!this.#ownPipeline) {
      const { fetch: clientFetch, transport: clientTransport, ...client } = pipelineSettingsOf(c);
      const chosen = o.fetch !== undefined || o.transport !== undefined;
      const defaultTransport = (o as { [DEFAULT_TRANSPORT]?: Transport })[DEFAULT_TRANSPORT];
      this.#ownPipeline = createPipeline({
        ...client,
        fetch: chosen ? o.fetch : clientFetch,
        transport: chosen ? o.transport : clientTransport ?? (clientFetch ? undefined : defaultTransport),
        accountsBaseUrl: o.accountsBaseUrl ?? c?.accountsBaseUrl,
        timeout: o.timeout ?? c?.timeout,
        retry: o.retry ?? c?.retry,
        logger: o.logger ?? c?.logger,
      });
    }
    return this.#ownPipeline;
  }

  /** The Accounts base URL, without a trailing slash (for authorize URLs). */
  protected get accountsBaseUrl(): string {
    const base = this.#options.accountsBaseUrl ?? this.#configuration?.accountsBaseUrl ?? DEFAULT_ACCOUNTS_BASE_URL;
    return base.replace(/\/+$/, "");
  }

  /** The logger given to the strategy, else the client's. */
  protected get logger(): Logger | undefined {
    return this.#options.logger ?? this.#configuration?.logger;
  }

  /** Reports a failure nobody awaits (a store delete after a synchronous log-out). */
  protected report(message: string, error: unknown): void {
    this.logger?.error?.(message, { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }

  /** The safe facts shown by `toJSON` and inspect. Never a token, secret, code or verifier. */
  protected abstract describe(): Record<string, unknown>;

  /**
   * The strategy's public class name, written out in each class: `constructor.name` is what a
   * bundler made of it (`Session2` in the ESM build, where the Node build's classes extend the
   * fetch build's of the same name).
   */
  protected abstract get typeName(): string;

  /** A secret-free view: `JSON.stringify(strategy)` never shows a token or the client secret. */
  toJSON(): Record<string, unknown> {
    return { type: this.typeName, ...this.describe() };
  }
}

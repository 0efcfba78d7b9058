/**
 * The Client Credentials flow: an app token, no user. `POST /api/token` with
 * `grant_type=client_credentials` and a Basic header; renewed by the shared lifecycle.
 * @module
 */
import { basicAuthorization } from "./crypto.js";
import { TokenLifecycle } from "./lifecycle.js";
import { StrategyBase, type AuthOptions } from "./strategy-base.js";
import { postTokenRequest } from "./token-response.js";
import { STORE_KEY_NAMESPACE, type AccessToken, type IAuthStrategy } from "./types.js";
import { normalizeScopes, requireClientId, requireNonEmpty } from "./validation.js";

/**
 * Authenticates the app itself (no user data). Concurrent callers share one token request; the
 * token is renewed shortly before it expires and after a 401.
 *
 * @example
 * ```ts
 * const sdk = new SpotifyApi(new ClientCredentialsStrategy(clientId, clientSecret));
 * ```
 */
export class ClientCredentialsStrategy extends StrategyBase implements IAuthStrategy {
  /** 1.2.0's cache key, kept for reference. */
  static readonly cacheKey = "spotify-sdk:ClientCredentialsStrategy:token";

  readonly #clientId: string;
  readonly #clientSecret: string;
  readonly #scopes: string[];

  /**
   * @param clientId - the app's client id
   * @param clientSecret - the app's client secret (kept private; never logged or serialised)
   * @param scopes - sent as `scope`; Spotify ignores scopes for app tokens. @default []
   * @param options - skew, store, `onTokenRefreshed`, and the token requests' own `fetch` / `accountsBaseUrl` / `timeout` (over the client's)
   * @throws ValidationError when the id or secret is empty, the id holds `:`, a scope is unknown or a lifecycle option is wrong (`storeKey: null` included)
   */
  constructor(clientId: string, clientSecret: string, scopes: string[] = [], options: AuthOptions = {}) {
    super(options);
    this.#clientId = requireClientId(clientId);
    this.#clientSecret = requireNonEmpty(clientSecret, "clientSecret");
    this.#scopes = normalizeScopes(scopes, options.validateScopes !== false);
    this.lifecycle = new TokenLifecycle({
      ...options,
      // Only a missing key takes the default: a null one is refused with the other options.
      storeKey: options.storeKey === undefined ? `${STORE_KEY_NAMESPACE}:client-credentials:${this.#clientId}` : options.storeKey,
      obtain: (_base, signal) => this.#requestToken(signal),
      logger: () => this.logger,
    });
  }

  /** The app's client id. */
  get clientId(): string {
    return this.#clientId;
  }

  #requestToken(signal?: AbortSignal): Promise<unknown> {
    const form: Record<string, string> = { grant_type: "client_credentials" };
    if (this.#scopes.length) form.scope = this.#scopes.join(" ");
    return postTokenRequest(this.pipeline, form, {
      authorization: basicAuthorization(this.#clientId, this.#clientSecret),
      // Nothing is spent by asking again, so a 5xx or a dropped connection may be retried.
      idempotent: true,
      signal,
    });
  }

  /** Fixed, for `toJSON` and inspect: a bundler may rename the class (`ClientCredentialsStrategy2`). */
  protected get typeName(): string {
    return "ClientCredentialsStrategy";
  }

  protected describe(): Record<string, unknown> {
    return { clientId: this.#clientId, scopes: this.#scopes, hasToken: this.lifecycle.current !== null };
  }
}

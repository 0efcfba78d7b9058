/**
 * A token obtained elsewhere (a browser that did PKCE posted it to a server), used and renewed here.
 * @module
 */
import { AuthError, SpotifyError } from "../errors.js";
import { TokenLifecycle } from "./lifecycle.js";
import { refreshPublic } from "./refresh.js";
import { StrategyBase, type AuthOptions } from "./strategy-base.js";
import { adoptProvidedToken } from "./token-response.js";
import { STORE_KEY_NAMESPACE, type AccessToken, type IAuthStrategy } from "./types.js";
import { requireClientId } from "./validation.js";

/**
 * Renews a token. 1.2.0's signature: receives the client id and the token to renew (with its
 * refresh token) and resolves the new token response. A refresh response without a
 * `refresh_token` keeps the previous one.
 */
export type RefreshTokenAction = (clientId: string, token: AccessToken) => Promise<AccessToken>;

/**
 * Uses a token you already have and renews it before it expires and after a 401. By default it
 * renews with the PKCE refresh (`refresh_token` + `client_id`, no secret); pass
 * `refreshTokenAction` for anything else (e.g. a confidential refresh with a secret).
 *
 * @example
 * ```ts
 * app.post("/token", (req, res) => {
 *   const sdk = new SpotifyApi(new ProvidedAccessTokenStrategy(clientId, req.body, undefined, {
 *     onTokenRefreshed: (token) => saveForUser(req.user, token),
 *   }));
 * });
 * ```
 */
export class ProvidedAccessTokenStrategy extends StrategyBase implements IAuthStrategy {
  readonly #clientId: string;
  readonly #action: RefreshTokenAction | undefined;

  /**
   * @param clientId - the app's client id
   * @param accessToken - the token; `expires` (epoch ms) is computed from `expires_in` when absent
   * @param refreshTokenAction - how to renew it. @default the PKCE refresh
   * @param options - skew, store, `onTokenRefreshed`, and the token requests' own `fetch` / `accountsBaseUrl` / `timeout` (over the client's)
   * @throws ValidationError when the client id is empty or holds `:`, the token has no `access_token`, or a lifecycle option is wrong (`storeKey: null` included)
   */
  constructor(clientId: string, accessToken: AccessToken, refreshTokenAction?: RefreshTokenAction, options: AuthOptions = {}) {
    super(options);
    this.#clientId = requireClientId(clientId);
    const now = options.now ?? Date.now;
    const initial = adoptProvidedToken(accessToken, now(), "accessToken");
    this.#action = refreshTokenAction;
    this.lifecycle = new TokenLifecycle({
      ...options,
      // Only a missing key takes the default: a null one is refused with the other options.
      storeKey: options.storeKey === undefined ? `${STORE_KEY_NAMESPACE}:provided:${this.#clientId}` : options.storeKey,
      initial,
      // Without a refresh token (and without an action of the app's) a token is used until it expires.
      canRenew: (token) => this.#action !== undefined || !!token.refresh_token,
      // A token comes only from the app handing one in, never from a renewal without one: after a
      // log-out a call fails with `logged_out` in every holder, as a Session's does, not `no_refresh_token`.
      needsLogin: true,
      obtain: (base, signal) => this.#refresh(base, signal),
      logger: () => this.logger,
    });
  }

  /** The app's client id. */
  get clientId(): string {
    return this.#clientId;
  }

  async #refresh(base: AccessToken | null, signal?: AbortSignal): Promise<unknown> {
    if (!this.#action) return refreshPublic(this.pipeline, this.#clientId, base, signal);
    if (!base) throw new AuthError({ error: "no_token", errorDescription: "there is no token to renew; authorize again" });
    try {
      return await this.#action(this.#clientId, { ...base });
    } catch (error) {
      if (error instanceof SpotifyError) throw error;
      throw new AuthError({ error: "refresh_failed", errorDescription: "the refreshTokenAction failed", cause: error });
    }
  }

  /** Fixed, for `toJSON` and inspect: a bundler may rename the class (`ProvidedAccessTokenStrategy2`). */
  protected get typeName(): string {
    return "ProvidedAccessTokenStrategy";
  }

  protected describe(): Record<string, unknown> {
    const token = this.lifecycle.current;
    return { clientId: this.#clientId, hasToken: token !== null, expires: token?.expires ?? null };
  }
}

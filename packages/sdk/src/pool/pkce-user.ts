/**
 * One user of a `SessionPool` without a client secret: a token the browser obtained with PKCE and
 * posted to the server, kept in the pool's store and renewed the PKCE way (`client_id`, no secret).
 * @module
 * @internal
 */
import { TokenLifecycle } from "../auth/lifecycle.js";
import { refreshPublic } from "../auth/refresh.js";
import { StrategyBase, type AuthOptions } from "../auth/strategy-base.js";
import { adoptProvidedToken } from "../auth/token-response.js";
import type { AccessToken, IAuthStrategy } from "../auth/types.js";

/** What the pool gives each such user. */
export interface PkceUserOptions extends AuthOptions {
  storeKey: string;
}

/** A user whose token came from the browser (PKCE): read from the store, renewed without a secret. */
export class PooledPkceUser extends StrategyBase implements IAuthStrategy {
  readonly #clientId: string;
  readonly #now: () => number;

  constructor(clientId: string, options: PkceUserOptions) {
    super(options);
    this.#clientId = clientId;
    this.#now = options.now ?? Date.now;
    this.lifecycle = new TokenLifecycle({
      ...options,
      // Without a refresh token a token is used until it expires.
      canRenew: (token) => !!token.refresh_token,
      needsLogin: true,
      obtain: (base, signal) => refreshPublic(this.pipeline, this.#clientId, base, signal),
      logger: () => this.logger,
    });
  }

  /** The app's client id. */
  get clientId(): string {
    return this.#clientId;
  }

  /** Keeps a token the browser posted, over whatever the store holds (a new login). */
  async setAccessToken(token: AccessToken): Promise<void> {
    return this.lifecycle.set(adoptProvidedToken(token, this.#now(), "token"));
  }

  protected get typeName(): string {
    return "PooledPkceUser";
  }

  protected describe(): Record<string, unknown> {
    const token = this.lifecycle.current;
    return { clientId: this.#clientId, hasToken: token !== null, expires: token?.expires ?? null };
  }
}

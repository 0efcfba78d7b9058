/**
 * What the pipeline knows of tokens: a {@link TokenSource}. Strategies (the seeds' `IAuthStrategy`)
 * adapt to it here; their own token requests go through the same pipeline without a bearer, so the
 * pipeline never waits for a token to send a token request.
 * @module
 */
import { AuthError, SpotifyError } from "../errors.js";
import { isEmptyAccessToken, USABLE_TOKEN_NOW, type AccessToken, type IAuthStrategy } from "../auth/types.js";

/** The pipeline's view of an auth strategy. */
export interface TokenSource {
  /** A token usable at once without awaiting anything (the common case), else `undefined`. */
  usableNow(): AccessToken | undefined;
  /** A valid token, renewing or obtaining one when needed. */
  get(): Promise<AccessToken>;
  /**
   * The Web API rejected `rejected` (a 401): renew it (one renewal for every caller that saw it).
   * Resolves to the token to retry with, or `undefined` when no different token can be had.
   */
  renew(rejected: AccessToken): Promise<AccessToken | undefined>;
}

/** A {@link TokenSource} over `strategy`, or over the one a getter returns at each call (a client may switch strategies). */
export function strategyTokenSource(strategy: IAuthStrategy | (() => IAuthStrategy | undefined) | undefined): TokenSource {
  const auth = typeof strategy === "function" ? strategy : () => strategy;
  return {
    usableNow() {
      // Built-in strategies answer synchronously; custom ones are always awaited.
      return (auth() as { [USABLE_TOKEN_NOW]?: () => AccessToken | undefined } | undefined)?.[USABLE_TOKEN_NOW]?.();
    },
    async get() {
      const strategy = auth();
      if (!strategy) throw new SpotifyError("This request needs an access token, but the client has no auth strategy");
      const token = await strategy.getOrCreateAccessToken();
      if (isEmptyAccessToken(token)) {
        // A browser strategy is redirecting to the authorize page: 1.2.0 resolved null here.
        throw new AuthError({ error: "authorization_pending", errorDescription: "the user is being sent to authorize the app; call again after the redirect returns" });
      }
      if (!token || typeof token.access_token !== "string" || token.access_token === "") {
        throw new SpotifyError("The auth strategy returned no access token");
      }
      return token;
    },
    async renew(rejected) {
      const strategy = auth();
      if (!strategy) return undefined;
      // Strategies that can forget the token (only if still current, so 100 concurrent 401s cause
      // one renewal); the others are retried only if they come back with a different token.
      await strategy.invalidateAccessToken?.(rejected);
      const fresh = await strategy.getOrCreateAccessToken();
      return fresh && fresh.access_token !== rejected.access_token ? fresh : undefined;
    },
  };
}

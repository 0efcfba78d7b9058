/**
 * An auth strategy (1.2.0's `IAuthStrategy`, built in or the app's own) as the pipeline's
 * {@link TokenSource}: the pipeline knows nothing of strategies, of 1.2.0's `emptyAccessToken`
 * (a browser strategy redirecting) or of the built-in strategies' synchronous fast path.
 * @module
 */
import { AuthError, SpotifyError } from "../errors.js";
import type { TokenSource } from "../http/token-source.js";
import { isEmptyAccessToken, USABLE_TOKEN_NOW, type AccessToken, type IAuthStrategy } from "./types.js";

/** A strategy, or a getter of the current one (a `SpotifyApi` may switch strategies). */
export type StrategyInput = IAuthStrategy | (() => IAuthStrategy | undefined);

/** A {@link TokenSource} over `strategy`, or over the one a getter returns at each call. */
export function strategyTokenSource(strategy: StrategyInput | undefined): TokenSource<AccessToken> {
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

/** The strategy's `clientId`, when it has one (a getter is read now): the default `rateLimitKey`. */
export function clientIdOf(strategy: StrategyInput | undefined): string | undefined {
  const current = typeof strategy === "function" ? strategy() : strategy;
  const clientId = (current as { clientId?: unknown } | undefined)?.clientId;
  return typeof clientId === "string" && clientId !== "" ? clientId : undefined;
}

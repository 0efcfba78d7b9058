/**
 * The auth interface of `@spotify/web-api-ts-sdk` 1.2.0, exactly, and the access token shape.
 * The pipeline knows a token provider only through this interface.
 * @module
 */
import type { SdkConfiguration } from "../options.js";

/**
 * An OAuth access token as the Accounts service returns it, plus `expires`.
 */
export interface AccessToken {
  /** The token sent as `Authorization: Bearer ...`; never logged or put in an error. */
  access_token: string;
  /** `Bearer` (Spotify sometimes sends `bearer`: compared case-insensitively). */
  token_type: string;
  /** Lifetime in seconds when issued (3600). */
  expires_in: number;
  /**
   * Present for the authorization-code and PKCE flows; absent for client credentials. Optional
   * here (1.2.0 typed it as required).
   */
  refresh_token?: string;
  /** Absolute expiry, epoch ms; `-1` means it never expires. */
  expires?: number;
  /** Space-separated granted scopes, when the Accounts service said (added over 1.2.0). */
  scope?: string;
}

/**
 * Provides access tokens to the client. Write your own or use one of the built-in strategies.
 * Method names and signatures are those of `@spotify/web-api-ts-sdk` 1.2.0, so its custom
 * strategies work unchanged.
 */
export interface IAuthStrategy {
  /** Receives the client's configuration (fetch, base URLs, pipeline) when the client is built. */
  setConfiguration(configuration: SdkConfiguration): void;
  /** Returns a valid token, renewing or obtaining one when needed. */
  getOrCreateAccessToken(): Promise<AccessToken>;
  /** Returns the token held now, or `null`; never starts a token request. */
  getAccessToken(): Promise<AccessToken | null>;
  /** Logs out: forgets the access token and the refresh token. */
  removeAccessToken(): void;
  /**
   * Optional: the Web API rejected `rejected` with a 401. Forget that access token (only if it is
   * still the current one) so the next `getOrCreateAccessToken()` renews it. Keeps the refresh token.
   * Strategies without it are retried only if `getOrCreateAccessToken()` returns a different token.
   */
  invalidateAccessToken?(rejected: AccessToken): void | Promise<void>;
}

/**
 * Internal: a built-in strategy's synchronous "token usable right now, or `undefined`". The
 * pipeline calls it before `getOrCreateAccessToken()` so a call with a valid token awaits no
 * token promise. Not part of the public interface (a symbol: custom strategies never see it).
 * @internal
 */
export const USABLE_TOKEN_NOW: unique symbol = Symbol("spotify-web-api-sdk.usableTokenNow");

/** 1.2.0's placeholder for "no token yet". */
export const emptyAccessToken: AccessToken = {
  access_token: "emptyAccessToken",
  token_type: "",
  expires_in: 0,
  refresh_token: "",
  expires: -1,
};

/** True for {@link emptyAccessToken} (compared by value). */
export function isEmptyAccessToken(value: unknown): boolean {
  return !!value && (value as AccessToken).access_token === emptyAccessToken.access_token;
}

/**
 * The namespace of the default store keys and Web Lock names. It keeps the package's former name
 * (`spotify-web-sdk`) on purpose: logins stored before the rename to `spotify-web-api-sdk` stay
 * where the new version looks for them.
 * @internal
 */
export const STORE_KEY_NAMESPACE = "spotify-web-sdk";

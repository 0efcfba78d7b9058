/**
 * The server-side Authorization Code flow with a client secret, in the style of
 * spotify-web-api-php's `Session`, but pushing rotated tokens to the app instead of making it poll.
 * @module
 */
import { AuthError } from "../errors.js";
import { buildAuthorizeUrl, callbackError, readCallback, stateMismatch } from "./authorize-url.js";
import { basicAuthorization, randomToken, resolveCrypto, type WebCrypto } from "./crypto.js";
import { TokenLifecycle, placeholder } from "./lifecycle.js";
import { refreshConfidential } from "./refresh.js";
import { StrategyBase, type AuthOptions } from "./strategy-base.js";
import { adoptProvidedToken, postTokenRequest } from "./token-response.js";
import { STORE_KEY_NAMESPACE, type AccessToken, type IAuthStrategy } from "./types.js";
import { normalizeScopes, requireNonEmpty, validateRedirectUri } from "./validation.js";

/** How a {@link Session} is built. */
export interface SessionOptions extends AuthOptions {
  clientId: string;
  /** Kept in a private field; never logged, serialised or put in an error. */
  clientSecret: string;
  /** Must exactly equal a redirect URI registered for the app. */
  redirectUri: string;
  /** Default scopes of {@link Session.getAuthorizeUrl}. @default [] */
  scopes?: string[];
  /**
   * Renew the access token by itself (shortly before it expires and after a 401).
   * With `false`, an expired token is used as is and the Web API's 401 reaches the caller.
   * @default true
   */
  autoRefresh?: boolean;
  /** A token the app stored earlier, to start with. */
  token?: AccessToken;
  /** WebCrypto for {@link Session.generateState} (Node 18: `webcrypto` from `spotify-web-api-sdk/node`). */
  crypto?: WebCrypto;
}

/** Options of {@link Session.getAuthorizeUrl}. */
export interface AuthorizeUrlOptions {
  /** @default the session's scopes */
  scopes?: string[];
  /** An unguessable value the app keeps (e.g. in its own session) and checks on return. */
  state?: string;
  /** `true` makes a user who already approved the app approve again. */
  showDialog?: boolean;
}

/**
 * A user's authorization on a server that can keep a client secret. It is an `IAuthStrategy`,
 * so `new SpotifyApi(session)` and `SpotifyApi.withSession(session)` work.
 *
 * @example
 * ```ts
 * const session = new Session({ clientId, clientSecret, redirectUri: "https://app.example/callback",
 *   onTokenRefreshed: (token) => db.saveToken(userId, token) });
 * const state = session.generateState();            // keep it in the user's cookie session
 * res.redirect(session.getAuthorizeUrl({ scopes: ["user-read-email"], state }));
 * // in the callback route:
 * await session.handleCallback(req.url, savedState); // checks state, exchanges the code
 * const sdk = SpotifyApi.withSession(session);
 * ```
 */
export class Session extends StrategyBase implements IAuthStrategy {
  readonly #clientId: string;
  readonly #clientSecret: string;
  readonly #redirectUri: string;
  readonly #scopes: string[];
  readonly #validateScopes: boolean;
  readonly #crypto: WebCrypto | undefined;
  readonly #now: () => number;

  /** @throws ValidationError for an empty id or secret, a refused redirect URI or an unknown scope */
  constructor(options: SessionOptions) {
    super(options ?? ({} as SessionOptions));
    const o = options ?? ({} as SessionOptions);
    this.#clientId = requireNonEmpty(o.clientId, "clientId");
    this.#clientSecret = requireNonEmpty(o.clientSecret, "clientSecret");
    this.#redirectUri = validateRedirectUri(o.redirectUri);
    this.#validateScopes = o.validateScopes !== false;
    this.#scopes = normalizeScopes(o.scopes, this.#validateScopes);
    this.#crypto = o.crypto;
    this.#now = o.now ?? Date.now;
    this.lifecycle = new TokenLifecycle({
      ...o,
      storeKey: o.storeKey ?? `${STORE_KEY_NAMESPACE}:session:${this.#clientId}`,
      initial: o.token ? adoptProvidedToken(o.token, this.#now(), "token") : null,
      autoRenew: o.autoRefresh !== false,
      // Without a refresh token a token is used until it expires, not refused in the renewal margin.
      canRenew: (token) => !!token.refresh_token,
      obtain: (base) => this.#refresh(base),
      logger: () => this.logger,
    });
  }

  /** The app's client id. */
  get clientId(): string {
    return this.#clientId;
  }

  /** The redirect URI sent with every authorization. */
  get redirectUri(): string {
    return this.#redirectUri;
  }

  /** The current access token value, if any (held in memory; `load()` reads the store). */
  get accessToken(): string | undefined {
    return this.lifecycle.current?.access_token || undefined;
  }

  /** The current refresh token, if any. */
  get refreshToken(): string | undefined {
    return this.lifecycle.current?.refresh_token;
  }

  /** When the access token expires, epoch ms; `undefined` without a token. */
  get tokenExpiration(): number | undefined {
    return this.lifecycle.current?.expires;
  }

  /** The scopes Spotify granted (from the last token response). */
  get grantedScopes(): string[] {
    return this.lifecycle.current?.scope?.split(" ").filter(Boolean) ?? [];
  }

  /** A fresh unguessable `state` value (base64url of 24 random bytes). */
  generateState(): string {
    return randomToken(resolveCrypto(this.#crypto), 24);
  }

  /** The URL to send the user to. Validates extra scopes before building it. */
  getAuthorizeUrl(options: AuthorizeUrlOptions = {}): string {
    const scopes = options.scopes ? normalizeScopes(options.scopes, this.#validateScopes) : this.#scopes;
    return buildAuthorizeUrl({
      accountsBaseUrl: this.accountsBaseUrl,
      clientId: this.#clientId,
      redirectUri: this.#redirectUri,
      scopes,
      ...(options.state ? { state: options.state } : {}),
      ...(options.showDialog !== undefined ? { showDialog: options.showDialog } : {}),
    });
  }

  /** Exchanges the authorization code the redirect URI received for a token, and keeps it. */
  async requestAccessToken(code: string): Promise<AccessToken> {
    requireNonEmpty(code, "code");
    const body = await postTokenRequest(
      this.pipeline,
      { grant_type: "authorization_code", code, redirect_uri: this.#redirectUri },
      { authorization: basicAuthorization(this.#clientId, this.#clientSecret) },
    );
    return this.lifecycle.accept(body);
  }

  /**
   * Handles the request Spotify redirected to the redirect URI: fails with an `AuthError` on
   * `?error=...` or when `state` differs from `expectedState` (without exchanging the code),
   * else exchanges the code.
   */
  async handleCallback(callback: string | URL | URLSearchParams | Record<string, unknown>, expectedState?: string): Promise<AccessToken> {
    const { code, state, error, errorDescription } = readCallback(callback);
    if (expectedState !== undefined || state !== undefined) {
      if (!expectedState || state !== expectedState) throw stateMismatch();
    }
    if (error) throw callbackError(error, errorDescription);
    if (!code) throw new AuthError({ error: "invalid_request", errorDescription: "the callback has neither code nor error" });
    return this.requestAccessToken(code);
  }

  /**
   * Refreshes the access token now, with the given refresh token or the current one. Concurrent
   * calls share one request. The new token reaches `onTokenRefreshed` and the store.
   */
  refreshAccessToken(refreshToken?: string): Promise<AccessToken> {
    if (refreshToken !== undefined) requireNonEmpty(refreshToken, "refreshToken");
    return this.lifecycle.renew(refreshToken);
  }

  /** Restores a token the app stored earlier (and writes it to the store). */
  setAccessToken(token: AccessToken): Promise<void> {
    return this.lifecycle.set(adoptProvidedToken(token, this.#now(), "token"));
  }

  /** Restores a refresh token alone; the access token is obtained with it on first use. */
  setRefreshToken(refreshToken: string): Promise<void> {
    requireNonEmpty(refreshToken, "refreshToken");
    const current = this.lifecycle.current;
    return this.lifecycle.set(current ? { ...current, refresh_token: refreshToken } : placeholder(refreshToken));
  }

  /** Reads the store (once) and returns the token held. */
  load(): Promise<AccessToken | null> {
    return this.lifecycle.peek();
  }

  #refresh(base: AccessToken | null): Promise<unknown> {
    if (!base) {
      return Promise.reject(new AuthError({
        error: "not_authorized",
        errorDescription: "this session has no token yet: send the user to getAuthorizeUrl() and call requestAccessToken(code)",
      }));
    }
    return refreshConfidential(this.pipeline, this.#clientId, this.#clientSecret, base);
  }

  protected describe(): Record<string, unknown> {
    const token = this.lifecycle.current;
    return {
      clientId: this.#clientId,
      redirectUri: this.#redirectUri,
      hasAccessToken: !!token?.access_token,
      hasRefreshToken: !!token?.refresh_token,
      expires: token?.expires ?? null,
    };
  }
}

/**
 * The server-side Authorization Code flow with a client secret, in the style of
 * spotify-web-api-php's `Session`, but pushing rotated tokens to the app instead of making it poll.
 * @module
 */
import { AuthError, ValidationError } from "../errors.js";
import { buildAuthorizeUrl, callbackError, readCallback, stateMismatch } from "./authorize-url.js";
import { basicAuthorization, randomToken, resolveCrypto, type WebCrypto } from "./crypto.js";
import { TokenLifecycle, placeholder } from "./lifecycle.js";
import { refreshConfidential } from "./refresh.js";
import { StrategyBase, type AuthOptions } from "./strategy-base.js";
import { adoptProvidedToken, checkHeaderSafe, postTokenRequest } from "./token-response.js";
import { STORE_KEY_NAMESPACE, type AccessToken, type IAuthStrategy } from "./types.js";
import { normalizeScopes, requireClientId, requireNonEmpty, validateRedirectUri } from "./validation.js";

/** How a {@link Session} is built. */
export interface SessionOptions extends AuthOptions {
  /** The app's client ID, from the Spotify developer dashboard; part of the store key, so it may not hold `:`. */
  clientId: string;
  /** Kept in a private field; never logged, serialised or put in an error. */
  clientSecret: string;
  /**
   * Must exactly equal a redirect URI registered for the app. Needed to start a login
   * ({@link Session.getAuthorizeUrl}) and exchange its code; a worker that only refreshes stored
   * tokens can leave it out.
   */
  redirectUri?: string;
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

/** The options of a {@link Session} built with positional arguments (`new Session(id, secret, redirectUri, options)`). */
export type SessionSettings = Omit<SessionOptions, "clientId" | "clientSecret" | "redirectUri">;

/** What `new Session(...)` takes: an options object, or spotify-web-api-php's positional form. */
export type SessionArguments =
  | [clientId: string, clientSecret: string, redirectUri?: string, options?: SessionSettings]
  | [options: SessionOptions];

/**
 * The options object of either form; anything else goes through as is, for the constructor's
 * `ValidationError`.
 * @internal
 */
export function sessionOptions(args: SessionArguments | unknown[]): SessionOptions {
  const [first, clientSecret, redirectUri, settings] = args as unknown[];
  if (typeof first !== "string") return first as SessionOptions;
  if (settings !== undefined && (typeof settings !== "object" || settings === null || Array.isArray(settings))) {
    throw new ValidationError("a Session's options (the fourth argument) must be an object", { parameter: "options" });
  }
  const options = { ...(settings as SessionSettings | undefined), clientId: first, clientSecret } as SessionOptions;
  if (redirectUri !== undefined && redirectUri !== null) options.redirectUri = redirectUri as string;
  return options;
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
 * @example
 * ```ts
 * // spotify-web-api-php's positional form; a worker that only refreshes needs no redirect URI:
 * const login = new Session(CLIENT_ID, CLIENT_SECRET, REDIRECT_URI);
 * const worker = new Session(CLIENT_ID, CLIENT_SECRET);
 * await worker.setRefreshToken(await db.refreshTokenOf(userId));
 * const sdk = SpotifyApi.withSession(worker);
 * ```
 */
export class Session extends StrategyBase implements IAuthStrategy {
  readonly #clientId: string;
  readonly #clientSecret: string;
  readonly #redirectUri: string | undefined;
  readonly #scopes: string[];
  readonly #validateScopes: boolean;
  readonly #crypto: WebCrypto | undefined;
  readonly #now: () => number;

  /**
   * spotify-web-api-php's form: `new Session(clientId, clientSecret, redirectUri?, options?)`.
   * @param redirectUri - as registered; leave it out in a worker that only refreshes stored tokens
   * @throws ValidationError for an empty id or secret, an id holding `:`, a refused redirect URI or an unknown scope
   */
  constructor(clientId: string, clientSecret: string, redirectUri?: string, options?: SessionSettings);
  /** @throws ValidationError for an empty id or secret, an id holding `:`, a refused redirect URI or an unknown scope */
  constructor(options: SessionOptions);
  constructor(...args: SessionArguments) {
    const options = sessionOptions(args);
    super(options ?? ({} as SessionOptions));
    const o = options ?? ({} as SessionOptions);
    this.#clientId = requireClientId(o.clientId);
    this.#clientSecret = requireNonEmpty(o.clientSecret, "clientSecret");
    this.#redirectUri = o.redirectUri === undefined ? undefined : validateRedirectUri(o.redirectUri);
    this.#validateScopes = o.validateScopes !== false;
    this.#scopes = normalizeScopes(o.scopes, this.#validateScopes);
    if (o.autoRefresh !== undefined && typeof o.autoRefresh !== "boolean") {
      throw new ValidationError("autoRefresh must be a boolean", { parameter: "autoRefresh" });
    }
    this.#crypto = o.crypto;
    this.#now = o.now ?? Date.now;
    this.lifecycle = new TokenLifecycle({
      ...o,
      // Only a missing key takes the default: a null one is refused with the other options.
      storeKey: o.storeKey === undefined ? `${STORE_KEY_NAMESPACE}:session:${this.#clientId}` : o.storeKey,
      initial: o.token ? adoptProvidedToken(o.token, this.#now(), "token") : null,
      autoRenew: o.autoRefresh !== false,
      // Without a refresh token a token is used until it expires, not refused in the renewal margin.
      canRenew: (token) => !!token.refresh_token,
      needsLogin: true,
      obtain: (base, signal) => this.#refresh(base, signal),
      logger: () => this.logger,
    });
  }

  /** The app's client id. */
  get clientId(): string {
    return this.#clientId;
  }

  /** The redirect URI sent with every authorization; `undefined` when the session was built without one. */
  get redirectUri(): string | undefined {
    return this.#redirectUri;
  }

  /** The redirect URI, or a `ValidationError` naming it (before any request). */
  #requireRedirectUri(operation: string): string {
    if (this.#redirectUri !== undefined) return this.#redirectUri;
    throw new ValidationError(
      `this Session has no redirectUri, which ${operation} needs: pass it to the constructor (new Session({ ..., redirectUri }) or new Session(clientId, clientSecret, redirectUri))`,
      { parameter: "redirectUri" },
    );
  }

  /** The current access token value, if any (held in memory; `load()` reads the store). */
  get accessToken(): string | undefined {
    return this.lifecycle.current?.access_token || undefined;
  }

  /** The current refresh token, if any. */
  get refreshToken(): string | undefined {
    return this.lifecycle.current?.refresh_token;
  }

  /** When the access token expires, epoch ms; `-1` when unknown (set as a string); `undefined` without a token. */
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

  /**
   * The URL to send the user to. Validates extra scopes before building it.
   * @throws ValidationError when the session has no redirect URI, or for an unknown scope
   */
  getAuthorizeUrl(options: AuthorizeUrlOptions = {}): string {
    const redirectUri = this.#requireRedirectUri("getAuthorizeUrl()");
    const scopes = options.scopes ? normalizeScopes(options.scopes, this.#validateScopes) : this.#scopes;
    return buildAuthorizeUrl({
      accountsBaseUrl: this.accountsBaseUrl,
      clientId: this.#clientId,
      redirectUri,
      scopes,
      ...(options.state ? { state: options.state } : {}),
      ...(options.showDialog !== undefined ? { showDialog: options.showDialog } : {}),
    });
  }

  /**
   * Exchanges the authorization code the redirect URI received for a token, and keeps it.
   * @throws ValidationError (nothing sent) when the session has no redirect URI or `code` is empty
   */
  async requestAccessToken(code: string): Promise<AccessToken> {
    const redirectUri = this.#requireRedirectUri("requestAccessToken()");
    requireNonEmpty(code, "code");
    const body = await postTokenRequest(
      this.pipeline,
      { grant_type: "authorization_code", code, redirect_uri: redirectUri },
      { authorization: basicAuthorization(this.#clientId, this.#clientSecret) },
    );
    return this.lifecycle.accept(body);
  }

  /**
   * Handles the request Spotify redirected to the redirect URI: fails with an `AuthError` on
   * `?error=...` or when `state` differs from `expectedState` (without exchanging the code),
   * else exchanges the code.
   * @throws ValidationError (nothing sent) when the session has no redirect URI
   */
  async handleCallback(callback: string | URL | URLSearchParams | Record<string, unknown>, expectedState?: string): Promise<AccessToken> {
    this.#requireRedirectUri("handleCallback()");
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

  /**
   * Restores a token the app stored earlier (and writes it to the store). Given the access token
   * string alone (spotify-web-api-php's `setAccessToken`), its expiry is unknown: it is used until
   * the Web API rejects it (a 401), then renewed with the refresh token the session holds.
   *
   * @example
   * ```ts
   * await session.setAccessToken(await db.tokenOf(userId));   // the whole token object
   * ```
   * @example
   * ```ts
   * await session.setRefreshToken(row.refresh_token);
   * await session.setAccessToken(row.access_token);            // the string alone
   * ```
   * @throws ValidationError for an empty string or a token object without `access_token`
   */
  async setAccessToken(token: AccessToken | string): Promise<void> {
    if (typeof token === "string") {
      const accessToken = requireNonEmpty(token, "accessToken");
      checkHeaderSafe(accessToken, "accessToken");
      const current = this.lifecycle.current;
      // `expires: -1`: no expiry known, so none is assumed; the Web API's 401 starts the renewal.
      const next: AccessToken = { access_token: accessToken, token_type: "Bearer", expires_in: 0, expires: -1 };
      if (current?.refresh_token) next.refresh_token = current.refresh_token;
      if (current?.scope !== undefined) next.scope = current.scope;
      return this.lifecycle.set(next);
    }
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

  #refresh(base: AccessToken | null, signal?: AbortSignal): Promise<unknown> {
    if (!base) {
      return Promise.reject(new AuthError({
        error: "not_authorized",
        errorDescription: "this session has no token yet: send the user to getAuthorizeUrl() and call requestAccessToken(code)",
      }));
    }
    return refreshConfidential(this.pipeline, this.#clientId, this.#clientSecret, base, signal);
  }

  /** Fixed, for `toJSON` and inspect: a bundler may rename the class (`Session2`). */
  protected get typeName(): string {
    return "Session";
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

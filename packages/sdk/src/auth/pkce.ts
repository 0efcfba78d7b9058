/**
 * Authorization Code with PKCE: for browsers (redirect and return) and for Node apps that receive
 * the code on a loopback redirect. No client secret; refresh tokens are single-use and rotate.
 * @module
 */
import { AuthError, SpotifyError, ValidationError } from "../errors.js";
import { buildAuthorizeUrl, callbackError, readCallback, stateMismatch } from "./authorize-url.js";
import { browserPage, removeCallbackParams } from "./browser.js";
import { codeChallengeS256, createCodeVerifier, randomToken, resolveCrypto, type WebCrypto } from "./crypto.js";
import { TokenLifecycle } from "./lifecycle.js";
import { refreshPublic } from "./refresh.js";
import { LocalStorageTokenStore, MemoryTokenStore, type TokenStore } from "./stores.js";
import { StrategyBase, type AuthOptions } from "./strategy-base.js";
import { adoptProvidedToken, postTokenRequest } from "./token-response.js";
import { emptyAccessToken, STORE_KEY_NAMESPACE, type AccessToken, type IAuthStrategy } from "./types.js";
import { normalizeScopes, requireClientId, requireNonEmpty, validateRedirectUri } from "./validation.js";

/** 1.2.0's cache keys, read once so users upgrading keep their login. */
const LEGACY_TOKEN_KEY = "spotify-sdk:AuthorizationCodeWithPKCEStrategy:token";
const LEGACY_VERIFIER_KEY = "spotify-sdk:verifier";

/** Options of {@link AuthorizationCodeWithPKCEStrategy}. */
export interface PkceOptions extends AuthOptions {
  /**
   * Where the token and the pending verifier are kept.
   * @default a LocalStorageTokenStore in browsers, else a MemoryTokenStore
   */
  store?: TokenStore;
  /** WebCrypto (Node 18: `webcrypto` from `spotify-web-api-sdk/node`). @default globalThis.crypto */
  crypto?: WebCrypto;
  /** Sent as `show_dialog`. */
  showDialog?: boolean;
  /** Read the token and verifier 1.2.0 cached (`spotify-sdk:*`) through `cachingStrategy`. @default true */
  migrateLegacyCache?: boolean;
  /**
   * Pending authorizations (a verifier kept between {@link AuthorizationCodeWithPKCEStrategy.getAuthorizeUrl}
   * and the return) kept at most; past it the oldest is dropped. A pending authorization is also
   * dropped an hour after it started, returned or not, so abandoned logins do not pile up.
   * @default 8 in a browser page (tabs logging in at once), 1000 elsewhere (a server's users)
   */
  maxPendingAuthorizations?: number;
}

interface Pending {
  verifier: string;
  state: string;
  createdAt: number;
}

/** A pending authorization older than this is past use (Spotify's consent and code do not wait that long). */
const PENDING_TTL_MS = 60 * 60 * 1000;
/** Pending authorizations kept at most by default: per origin in a page (tabs), else per store key (a server's users). */
const MAX_PENDING_IN_PAGE = 8;
const MAX_PENDING_ELSEWHERE = 1000;
/** How long a denied callback answers the page's other clients instead of a new redirect. */
const DENIAL_ECHO_MS = 5_000;
/** The last denied callback per client id, per page (its `document`). */
const recentDenials = new WeakMap<object, Map<string, { error: AuthError; at: number }>>();

function denialsOfThisPage(): Map<string, { error: AuthError; at: number }> | undefined {
  const page = (globalThis as { document?: object }).document;
  if (!page) return undefined;
  let denials = recentDenials.get(page);
  if (!denials) recentDenials.set(page, (denials = new Map()));
  return denials;
}

function maxPendingOption(value: unknown): number {
  if (value === undefined) return browserPage() ? MAX_PENDING_IN_PAGE : MAX_PENDING_ELSEWHERE;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new ValidationError("maxPendingAuthorizations must be an integer >= 1", { parameter: "maxPendingAuthorizations" });
  }
  return value;
}

/** The default store: the page's `localStorage`, memory elsewhere. */
function defaultStore(): TokenStore {
  let inPage: boolean;
  try {
    // A page, not merely a `localStorage` global (recent Node versions have one of their own). Reading
    // `localStorage` throws where the browser blocks site data.
    const g = globalThis as { localStorage?: unknown; document?: unknown };
    inPage = !!g.document && !!g.localStorage;
  } catch (cause) {
    throw new SpotifyError("localStorage is blocked in this page (site data disabled?): pass a `store` to keep the login across the redirect", { cause });
  }
  return inPage ? new LocalStorageTokenStore() : new MemoryTokenStore();
}

/**
 * The user authorizes in the browser; the token is renewed with the PKCE refresh. In a browser,
 * `getOrCreateAccessToken()` redirects to Spotify (resolving `emptyAccessToken`), and on return
 * checks `state`, exchanges `?code=` and cleans the address bar. Concurrent calls (React
 * StrictMode's double effect, several instances, several tabs) share one exchange.
 * In Node, use {@link getAuthorizeUrl} and {@link handleCallback} / {@link exchangeCode}.
 *
 * @example
 * ```ts
 * const strategy = new AuthorizationCodeWithPKCEStrategy(clientId, "http://127.0.0.1:8888/callback", ["user-read-email"]);
 * const { url } = await strategy.getAuthorizeUrl();   // open it in the user's browser
 * await strategy.handleCallback(requestUrl);          // in the loopback server's handler
 * const sdk = new SpotifyApi(strategy);
 * ```
 */
export class AuthorizationCodeWithPKCEStrategy extends StrategyBase implements IAuthStrategy {
  /** 1.2.0's cache key of the token (read once for migration). */
  static readonly cacheKey = LEGACY_TOKEN_KEY;

  readonly #clientId: string;
  readonly #redirectUri: string;
  readonly #scopes: string[];
  readonly #options: PkceOptions;
  readonly #store: TokenStore;
  readonly #storeKey: string;
  readonly #now: () => number;
  readonly #maxPending: number;
  #listing: Promise<void> = Promise.resolve();
  #redirecting = false;

  /**
   * @param clientId - the app's client id
   * @param redirectUri - exactly as registered: https, a custom scheme, or http on 127.0.0.1 / [::1]
   * @param scopes - requested scopes. @default []
   * @throws ValidationError for an empty client id or one holding `:`, a refused redirect URI, an unknown scope or a wrong lifecycle option (`store: null`, `storeKey: null` included)
   */
  constructor(clientId: string, redirectUri: string, scopes: string[] = [], options: PkceOptions = {}) {
    super(options);
    this.#clientId = requireClientId(clientId);
    this.#redirectUri = validateRedirectUri(redirectUri);
    this.#scopes = normalizeScopes(scopes, options.validateScopes !== false);
    this.#options = options;
    this.#maxPending = maxPendingOption(options.maxPendingAuthorizations);
    this.#now = options.now ?? Date.now;
    // Only a missing store or key takes the default: a null one is refused with the other options.
    this.#store = options.store === undefined ? defaultStore() : options.store;
    this.#storeKey = options.storeKey === undefined ? `${STORE_KEY_NAMESPACE}:pkce:${this.#clientId}` : options.storeKey;
    this.lifecycle = new TokenLifecycle({
      ...options,
      store: this.#store,
      storeKey: this.#storeKey,
      // Without a refresh token renewing means a new login (a redirect): the token is used until it expires.
      canRenew: (token) => !!token.refresh_token,
      obtain: (base, signal) => (base?.refresh_token ? refreshPublic(this.pipeline, this.#clientId, base, signal) : this.#acquire()),
      migrate: () => this.#migrate(),
      logger: () => this.logger,
    });
  }

  /** The app's client id. */
  get clientId(): string {
    return this.#clientId;
  }

  /**
   * Starts an authorization: a fresh verifier (kept in the store under the new `state`) and the
   * URL to send the user to. A pending authorization is dropped when it returns, an hour after it
   * started, or when more than `maxPendingAuthorizations` are pending (oldest first).
   */
  async getAuthorizeUrl(options: { state?: string; scopes?: string[]; showDialog?: boolean } = {}): Promise<{
    /** Spotify's authorize page, with the code challenge: send the user there. */
    url: string;
    /** The `state` the URL carries (the given one, or a random one): the callback must bring it back. */
    state: string;
  }> {
    const crypto = resolveCrypto(this.#options.crypto);
    const scopes = options.scopes ? normalizeScopes(options.scopes, this.#options.validateScopes !== false) : this.#scopes;
    const state = options.state ?? randomToken(crypto, 24);
    const verifier = createCodeVerifier(crypto);
    const pending: Pending = { verifier, state, createdAt: this.#now() };
    await this.#remember(pending);
    const showDialog = options.showDialog ?? this.#options.showDialog;
    const url = buildAuthorizeUrl({
      accountsBaseUrl: this.accountsBaseUrl,
      clientId: this.#clientId,
      redirectUri: this.#redirectUri,
      scopes,
      state,
      codeChallenge: await codeChallengeS256(crypto, verifier),
      ...(showDialog !== undefined ? { showDialog } : {}),
    });
    return { url, state };
  }

  /**
   * Handles the redirect back: `?error=` becomes an `AuthError`; a `state` with no pending
   * authorization is refused without exchanging the code; else the code is exchanged and kept.
   */
  async handleCallback(callback: string | URL | URLSearchParams | Record<string, unknown>): Promise<AccessToken> {
    return this.lifecycle.accept(await this.#exchangeFromCallback(callback));
  }

  /** Exchanges `code` with the verifier kept for `state`, and keeps the token. */
  async exchangeCode(code: string, state: string): Promise<AccessToken> {
    requireNonEmpty(code, "code");
    return this.lifecycle.accept(await this.#exchange(code, state));
  }

  #pendingKey(state: string): string {
    return `${this.#storeKey}:pending:${state}`;
  }

  /**
   * Keeps `pending` and lists it, dropping pending authorizations past their hour and, beyond the
   * cap, the oldest: the list is what bounds the keys abandoned logins leave in the store. Two
   * tabs or two users logging in at once each keep theirs (a newer one never replaces an older).
   */
  async #remember(pending: Pending): Promise<void> {
    const listKey = `${this.#storeKey}:pending-list`;
    const update = async () => {
      const listed = (await this.#store.get(listKey)) as Array<{ state?: unknown; at?: unknown }> | null;
      const kept: Array<{ state: string; at: number }> = [];
      const dropped: string[] = [];
      for (const entry of Array.isArray(listed) ? listed : []) {
        if (typeof entry?.state !== "string" || typeof entry.at !== "number") continue;
        if (entry.state === pending.state) continue;
        if (pending.createdAt - entry.at > PENDING_TTL_MS) dropped.push(entry.state);
        else kept.push({ state: entry.state, at: entry.at });
      }
      const excess = kept.length - (this.#maxPending - 1);
      if (excess > 0) dropped.push(...kept.splice(0, excess).map((entry) => entry.state));
      await this.#store.set(this.#pendingKey(pending.state), pending);
      await this.#store.set(listKey, [...kept, { state: pending.state, at: pending.createdAt }]);
      for (const state of dropped) await this.#store.delete(this.#pendingKey(state));
    };
    // Concurrent starts on this instance read and rewrite one list: serialised, none drops
    // another's entry. Not under the store's lock: a renewal holding it starts authorizations in a
    // page, and a store whose lock ignores its name would wait on itself.
    const turn = this.#listing.then(update);
    this.#listing = turn.catch(() => undefined);
    await turn;
  }

  async #exchangeFromCallback(callback: string | URL | URLSearchParams | Record<string, unknown>): Promise<unknown> {
    const { code, state, error, errorDescription } = readCallback(callback);
    if (error) {
      if (state) await this.#store.delete(this.#pendingKey(state));
      const denied = callbackError(error, errorDescription);
      denialsOfThisPage()?.set(this.#clientId, { error: denied, at: this.#now() });
      throw denied;
    }
    if (!code) throw new AuthError({ error: "invalid_request", errorDescription: "the callback has neither code nor error" });
    return this.#exchange(code, state);
  }

  async #exchange(code: string, state: string | undefined): Promise<unknown> {
    let verifier: string | undefined;
    if (state) {
      const pending = (await this.#store.get(this.#pendingKey(state))) as Pending | null;
      if (!pending || pending.state !== state || typeof pending.verifier !== "string") throw stateMismatch();
      // Single use: a replayed callback finds nothing.
      await this.#store.delete(this.#pendingKey(state));
      // Past its hour it would have been dropped by the next start: the same answer either way.
      if (typeof pending.createdAt === "number" && this.#now() - pending.createdAt > PENDING_TTL_MS) throw stateMismatch();
      verifier = pending.verifier;
    } else {
      // 1.2.0 sent no state; only its pending verifier may complete a state-less return.
      verifier = await this.#legacyVerifier();
      if (!verifier) throw stateMismatch();
    }
    return postTokenRequest(this.pipeline, {
      grant_type: "authorization_code",
      code,
      redirect_uri: this.#redirectUri,
      client_id: this.#clientId,
      code_verifier: verifier,
    });
  }

  /** No token to refresh: in a browser, complete a return or redirect; elsewhere, say what to call. */
  async #acquire(): Promise<unknown> {
    const page = browserPage();
    if (!page) {
      throw new AuthError({
        error: "authorization_required",
        errorDescription: "no token yet: send the user to getAuthorizeUrl() and pass the redirect to handleCallback()",
      });
    }
    const params = new URLSearchParams(page.location.search);
    if (params.has("code") || params.has("error")) {
      try {
        return await this.#exchangeFromCallback(params);
      } finally {
        removeCallbackParams(page);
      }
    }
    // Another client on this page just handled a denied callback (React StrictMode runs effects
    // twice): the same answer, not a new trip to the authorize page.
    const denied = denialsOfThisPage()?.get(this.#clientId);
    if (denied && this.#now() - denied.at < DENIAL_ECHO_MS) throw denied.error;
    // The page is leaving: further calls must not start a second authorization (new verifier).
    if (this.#redirecting) return emptyAccessToken;
    this.#redirecting = true;
    // Back from the authorize page through the back/forward cache, the page is the same page:
    // it may start an authorization again.
    (globalThis as { addEventListener?: (type: string, listener: (event: { persisted?: boolean }) => void, options?: object) => void })
      .addEventListener?.("pageshow", (event) => { if (event.persisted) this.#redirecting = false; }, { once: true });
    try {
      const { url } = await this.#startAuthorization();
      const redirection = this.configuration?.redirectionStrategy;
      if (redirection) await redirection.redirect(url);
      else page.location.assign(url);
    } catch (error) {
      this.#redirecting = false;
      throw error instanceof SpotifyError ? error : new SpotifyError(`could not start the authorization (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    return emptyAccessToken;
  }

  /**
   * A new pending authorization. Older ones of this origin are dropped once they are past any
   * use (an hour), never because a newer one exists: two tabs may be logging in at once.
   */
  async #startAuthorization(): Promise<{ url: string; state: string }> {
    const started = await this.getAuthorizeUrl();
    // The key of the one-pending-per-page scheme before (a page of an older version left it).
    await this.#store.delete(`${this.#storeKey}:pending-latest`);
    return started;
  }

  async #migrate(): Promise<AccessToken | null> {
    const cache = this.configuration?.cachingStrategy;
    if (!cache || this.#options.migrateLegacyCache === false) return null;
    const legacy = await cache.get<AccessToken>(LEGACY_TOKEN_KEY);
    if (!legacy || typeof legacy.access_token !== "string" || !legacy.access_token) return null;
    // Moved, not copied: after a log-out the old entry must not bring the user back.
    cache.remove(LEGACY_TOKEN_KEY);
    return adoptProvidedToken(legacy, this.#now(), "cached token");
  }

  async #legacyVerifier(): Promise<string | undefined> {
    const cache = this.configuration?.cachingStrategy;
    if (!cache || this.#options.migrateLegacyCache === false) return undefined;
    const item = await cache.get<{ verifier?: unknown }>(LEGACY_VERIFIER_KEY);
    cache.remove(LEGACY_VERIFIER_KEY);
    return typeof item?.verifier === "string" ? item.verifier : undefined;
  }

  /** Fixed, for `toJSON` and inspect: a bundler may rename the class (`AuthorizationCodeWithPKCEStrategy2`). */
  protected get typeName(): string {
    return "AuthorizationCodeWithPKCEStrategy";
  }

  protected describe(): Record<string, unknown> {
    const token = this.lifecycle.current;
    return { clientId: this.#clientId, redirectUri: this.#redirectUri, scopes: this.#scopes, hasToken: token !== null };
  }
}

/**
 * `SessionPool`: many users in one server. Each user has a `Session` (or, without a client
 * secret, a token the browser obtained with PKCE) kept in one shared store under
 * `prefix:{clientId:user}:token`, and every user's client sends through the pool's one pipeline:
 * one transport, one app-wide 429 pause (shared with the app's other instances through
 * `rateLimitStore`), not a pipeline per user.
 * @module
 */
import { Session, type SessionOptions } from "../auth/session.js";
import { MemoryTokenStore, type TokenStore } from "../auth/stores.js";
import { checkLifecycleOptions, type LifecycleOptions } from "../auth/lifecycle-options.js";
import type { WebCrypto } from "../auth/crypto.js";
import type { ScopeCheckOptions } from "../auth/validation.js";
import { STORE_KEY_NAMESPACE, type AccessToken, type IAuthStrategy } from "../auth/types.js";
import { normalizeScopes, requireClientId, requireNonEmpty, validateRedirectUri } from "../auth/validation.js";
import { SpotifyApi } from "../client.js";
import { compatExchange } from "../compat/request-hooks.js";
import { assembleClient, ON_PIPELINE } from "../create-client.js";
import { ValidationError } from "../errors.js";
import { Pipeline } from "../auth/pipeline.js";
import type { SdkOptions } from "../options.js";
import { PooledPkceUser } from "./pkce-user.js";
import { inspectAs } from "../inspect-as.js";

/** Sessions kept in memory by default; the least recently used is dropped past it (the store keeps its token). */
export const DEFAULT_MAX_SESSIONS = 1000;

/**
 * How a {@link SessionPool} is built: the app's credentials, the store, and every client option.
 * @example
 * ```ts
 * const options: SessionPoolOptions = {
 *   clientId, clientSecret, redirectUri: "https://app.example/callback",
 *   store, rateLimitStore: store, maxSessions: 5_000, timeout: 10_000,
 *   onTokenRefreshed: (userId, token) => audit.log("renewed", userId, token.expires),
 * };
 * ```
 */
export interface SessionPoolOptions extends SdkOptions, Pick<LifecycleOptions, "skewSeconds" | "invalidGrantGraceMs" | "now">, ScopeCheckOptions {
  /**
   * The app's client id: part of every key, and the app's key in `rateLimitStore`. It may not hold
   * `:` (or `{`, `}`): `<clientId>:<userId>` must name one user of one app.
   */
  clientId: string;
  /**
   * The client secret: users log in on the server ({@link SessionPool.forUser} gives their
   * `Session`) and are renewed with it. Leave it out for tokens the browser obtained with PKCE
   * and posted ({@link SessionPool.acceptToken}): they are renewed the PKCE way, without a secret.
   */
  clientSecret?: string;
  /** The redirect URI of the users' logins (`session.getAuthorizeUrl()`, `handleCallback`). */
  redirectUri?: string;
  /** Default scopes of `getAuthorizeUrl()`. @default [] */
  scopes?: string[];
  /**
   * Where the users' tokens are kept, shared by every instance of the app: a `RedisTokenStore` or
   * `PostgresTokenStore`. Pass the same object as `rateLimitStore` to share the 429 pause too.
   * @default a MemoryTokenStore (this process only)
   */
  store?: TokenStore;
  /**
   * Put before each key: a user's token is at `<prefix>:{<clientId>:<userId>}:token` (the braces
   * are a Redis Cluster hash tag: a token and its lock live on one shard).
   * @default "spotify-web-sdk"
   */
  prefix?: string;
  /**
   * Users kept in memory at most; past it the least recently used one is dropped (its token stays
   * in the store and is read again when the user comes back). @default 1000
   */
  maxSessions?: number;
  /** Receives every user's new token (issued or refreshed) after it is stored. */
  onTokenRefreshed?: (userId: string, token: AccessToken) => void | Promise<void>;
  /** WebCrypto for `generateState()` (Node 18: `webcrypto` from `spotify-web-api-sdk/node`). */
  crypto?: WebCrypto;
}

/** One user held in memory. */
interface PoolEntry {
  readonly strategy: Session | PooledPkceUser;
  client?: SpotifyApi;
}

/**
 * The classes a pool builds; the Node entry swaps in its own (the Node transport). A subclass of
 * {@link SessionPool} may swap in subclasses of its own.
 * @example
 * ```ts
 * class AuditedPool extends SessionPool {
 *   protected static override readonly classes: PoolClasses = { SpotifyApi, Session: AuditedSession, Pipeline };
 * }
 * ```
 */
export interface PoolClasses {
  /** Builds each user's client. */
  SpotifyApi: {
    /** Called with the user's session and the pool's client options (on the shared pipeline). */
    new (auth: IAuthStrategy, config?: SdkOptions): SpotifyApi;
  };
  /** Builds each user's session. */
  Session: {
    /** Called with the app's credentials, the user's store key and the pool's shared store. */
    new (options: SessionOptions): Session;
  };
  /** Builds the one pipeline the pool's clients share. */
  Pipeline: {
    /** Called once, with the pool's client options. */
    new (options: ConstructorParameters<typeof Pipeline>[0]): Pipeline;
  };
}

const USER_ID = /^[^{}\u0000-\u001f]{1,512}$/;

/**
 * The users of one app on one server: a `Session` per user, one shared store, one pipeline.
 * Sessions are created on first use and kept in a bounded LRU; each user's renewals are their own
 * (200 users expiring at once make 200 token requests at once, never a queue), and two instances
 * renewing one user spend the refresh token once (the store's lock and revisions).
 *
 * @example
 * ```ts
 * import { SessionPool } from "spotify-web-api-sdk";
 * import { RedisTokenStore } from "spotify-web-api-sdk/redis";
 *
 * const store = new RedisTokenStore({ client: redis });
 * const pool = new SessionPool({ clientId, clientSecret, redirectUri, store, rateLimitStore: store });
 *
 * app.get("/login", (req, res) => res.redirect(pool.forUser(req.user.id).getAuthorizeUrl({ state: req.session.state })));
 * app.get("/callback", async (req, res) => { await pool.forUser(req.user.id).handleCallback(req.url, req.session.state); res.redirect("/"); });
 * app.get("/me", async (req, res) => res.json(await pool.client(req.user.id).currentUser.profile()));
 * ```
 * @example
 * ```ts
 * // Seed 000's flow: the browser authorizes with PKCE and posts its token; the server keeps it per user.
 * const pool = new SessionPool({ clientId, store });            // no secret: renewed the PKCE way
 * app.post("/token", async (req, res) => { await pool.acceptToken(req.user.id, req.body); res.sendStatus(204); });
 * app.get("/playlists", async (req, res) => res.json(await pool.client(req.user.id).currentUser.playlists.playlists()));
 * ```
 */
export class SessionPool {
  /** The classes this pool builds (the Node entry's pool builds the Node ones). */
  protected static readonly classes: PoolClasses = { SpotifyApi, Session, Pipeline };

  readonly #classes: PoolClasses;
  readonly #clientId: string;
  readonly #clientSecret: string | undefined;
  readonly #redirectUri: string | undefined;
  readonly #scopes: string[];
  readonly #validateScopes: boolean;
  readonly #store: TokenStore;
  readonly #prefix: string;
  readonly #max: number;
  readonly #lifecycle: Pick<SessionPoolOptions, "skewSeconds" | "invalidGrantGraceMs" | "now" | "crypto" | "onTokenRefreshed">;
  readonly #pipeline: Pipeline;
  /** The client options of every user's client and session: the pool's, on the pool's pipeline. */
  readonly #userOptions: SdkOptions;
  readonly #entries = new Map<string, PoolEntry>();

  /** @throws ValidationError for a missing client id, a bad option, or a client option of the wrong type */
  constructor(options: SessionPoolOptions) {
    if (typeof options !== "object" || options === null || Array.isArray(options)) {
      throw new ValidationError("SessionPool needs options: new SessionPool({ clientId, clientSecret?, store })", { parameter: "options" });
    }
    const {
      clientId, clientSecret, redirectUri, scopes, store, prefix, maxSessions, onTokenRefreshed, skewSeconds, invalidGrantGraceMs, now, crypto, validateScopes,
      ...clientOptions
    } = options;
    this.#classes = (new.target as typeof SessionPool).classes;
    this.#clientId = requireClientId(clientId);
    if (/[{}]/.test(this.#clientId)) throw new ValidationError("SessionPool: clientId must not contain { or }", { parameter: "clientId" });
    this.#clientSecret = clientSecret === undefined ? undefined : requireNonEmpty(clientSecret, "clientSecret");
    this.#redirectUri = redirectUri === undefined ? undefined : validateRedirectUri(redirectUri);
    this.#scopes = normalizeScopes(scopes, validateScopes !== false);
    this.#validateScopes = validateScopes !== false;
    if (store !== undefined && !(typeof store === "object" && store !== null && ["get", "set", "delete"].every((m) => typeof (store as unknown as Record<string, unknown>)[m] === "function"))) {
      throw new ValidationError("SessionPool: store must be a TokenStore (get, set, delete)", { parameter: "store" });
    }
    this.#store = store ?? new MemoryTokenStore();
    if (prefix !== undefined && (typeof prefix !== "string" || /[{}]/.test(prefix))) {
      throw new ValidationError("SessionPool: prefix must be a string without { or }", { parameter: "prefix" });
    }
    this.#prefix = prefix ?? STORE_KEY_NAMESPACE;
    if (maxSessions !== undefined && !(typeof maxSessions === "number" && Number.isSafeInteger(maxSessions) && maxSessions >= 1)) {
      throw new ValidationError("SessionPool: maxSessions must be an integer >= 1", { parameter: "maxSessions" });
    }
    this.#max = maxSessions ?? DEFAULT_MAX_SESSIONS;
    if (onTokenRefreshed !== undefined && typeof onTokenRefreshed !== "function") {
      throw new ValidationError("SessionPool: onTokenRefreshed must be a function", { parameter: "onTokenRefreshed" });
    }
    // Each user's session is built on first use: a bad time option must fail here, not at that user's first call.
    checkLifecycleOptions({ skewSeconds, invalidGrantGraceMs, now });
    this.#lifecycle = { skewSeconds, invalidGrantGraceMs, now, crypto, onTokenRefreshed };
    // Its users' clients are SpotifyApi facades on this one pipeline: it installs for them what the
    // facade does (1.2.0's request hooks). A rate-limit store shares itself (sharePause), or the
    // Node build's Pipeline shares it.
    this.#pipeline = new this.#classes.Pipeline({
      ...clientOptions, rateLimitKey: clientOptions.rateLimitKey ?? this.#clientId, exchange: compatExchange(clientOptions),
    });
    this.#userOptions = { ...clientOptions, [ON_PIPELINE]: this.#pipeline } as SdkOptions;
    inspectAs(this, () => `SessionPool ${JSON.stringify(this.toJSON())}`);
  }

  /** The app's client id. */
  get clientId(): string {
    return this.#clientId;
  }

  /** How many users are held in memory now (at most `maxSessions`). */
  get size(): number {
    return this.#entries.size;
  }

  /** The store key of a user's token: `<prefix>:{<clientId>:<userId>}:token`. */
  storeKey(userId: string): string {
    return `${this.#prefix}:{${this.#clientId}:${checkUserId(userId)}}:token`;
  }

  /**
   * The user's `Session` (created on first use, reading the store when it needs the token): start
   * their login with `getAuthorizeUrl()` and `handleCallback()`, restore a token with
   * `setAccessToken()` / `setRefreshToken()`.
   * @throws ValidationError for an empty user id, or in a pool without a client secret
   */
  forUser(userId: string): Session {
    if (this.#clientSecret === undefined) {
      throw new ValidationError("SessionPool.forUser gives a Session, which needs the clientSecret; a pool without one keeps tokens posted by the browser: acceptToken(userId, token), then client(userId)", { parameter: "clientSecret" });
    }
    return this.#entry(userId).strategy as Session;
  }

  /**
   * A `SpotifyApi` for the user, on the pool's one pipeline (one transport, one 429 pause for the
   * whole app): build one per request freely, it is kept with the user.
   * @throws ValidationError for an empty user id
   */
  client(userId: string): SpotifyApi {
    const entry = this.#entry(userId);
    entry.client ??= new this.#classes.SpotifyApi(entry.strategy, this.#userOptions);
    return entry.client;
  }

  /**
   * Keeps a token for the user, over whatever the store holds (a new login): the token the
   * browser obtained with PKCE and posted (seed 000's `performUserAuthorization`), in a pool
   * without a client secret; or a token the app obtained itself, in a pool with one.
   * @throws ValidationError for an empty user id or a token without `access_token` (nothing written)
   */
  async acceptToken(userId: string, token: AccessToken): Promise<void> {
    await this.#entry(userId).strategy.setAccessToken(token);
  }

  /** Drops the user from memory (not from the store: log out with `client(userId).logOut()`). */
  forget(userId: string): void {
    this.#entries.delete(checkUserId(userId));
  }

  #entry(userId: string): PoolEntry {
    const id = checkUserId(userId);
    const held = this.#entries.get(id);
    if (held) {
      // Most recently used last: the first key is the one to drop.
      this.#entries.delete(id);
      this.#entries.set(id, held);
      return held;
    }
    const entry: PoolEntry = { strategy: this.#strategyFor(id) };
    this.#entries.set(id, entry);
    if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value as string);
    return entry;
  }

  #strategyFor(userId: string): Session | PooledPkceUser {
    const { onTokenRefreshed, crypto, ...lifecycle } = this.#lifecycle;
    const common = {
      ...definedOnly(lifecycle),
      store: this.#store,
      storeKey: this.storeKey(userId),
      ...(onTokenRefreshed ? { onTokenRefreshed: (token: AccessToken) => onTokenRefreshed(userId, token) } : {}),
      ...(this.#validateScopes ? {} : { validateScopes: false }),
    };
    const strategy = this.#clientSecret === undefined
      ? new PooledPkceUser(this.#clientId, common)
      : new this.#classes.Session({
        ...common, clientId: this.#clientId, clientSecret: this.#clientSecret, scopes: this.#scopes,
        ...(this.#redirectUri === undefined ? {} : { redirectUri: this.#redirectUri }),
        ...(crypto ? { crypto } : {}),
      });
    // Its token requests go through the pool's pipeline from the start, client or not.
    strategy.setConfiguration(assembleClient(strategy, this.#userOptions).configuration);
    return strategy;
  }

  /** Never shows the client secret or a token. */
  toJSON(): Record<string, unknown> {
    return { type: "SessionPool", clientId: this.#clientId, users: this.#entries.size, maxSessions: this.#max };
  }
}

function checkUserId(userId: unknown): string {
  if (typeof userId !== "string" || !USER_ID.test(userId)) {
    throw new ValidationError("SessionPool: userId must be a string of 1 to 512 characters without { } or control characters", { parameter: "userId" });
  }
  return userId;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

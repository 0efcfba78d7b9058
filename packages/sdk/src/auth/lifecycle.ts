/**
 * The token lifecycle, written once and used by every built-in strategy: when to renew, one
 * renewal in flight shared by every caller, what a 401 invalidates, what is kept across a refresh,
 * and how several holders of one store avoid spending the same single-use refresh token.
 * @module
 */
import { AuthError, SpotifyError } from "../errors.js";
import type { Logger } from "../options.js";
import type { TokenStore } from "./stores.js";
import { readStoredToken, readTokenResponse } from "./token-response.js";
import { isEmptyAccessToken, type AccessToken } from "./types.js";

/** What a renewal returns when the app replaced the token meanwhile with one that must be renewed. */
const SUPERSEDED = Symbol("superseded");

/** Default renewal skew: renew when less than this many seconds remain. */
export const DEFAULT_SKEW_SECONDS = 60;

/** Called with every new token (issued or refreshed), after it is stored. */
export type TokenRefreshedCallback = (token: AccessToken) => void | Promise<void>;

/** Options every built-in strategy accepts for its lifecycle. */
export interface LifecycleOptions {
  /**
   * Renew when less than this many seconds of validity remain. A token issued for less than twice
   * the skew is renewed at half its lifetime instead, so a short-lived token never causes a token
   * request on every call.
   * @default 60
   */
  skewSeconds?: number;
  /** Where the token is kept; share one store between holders to share the token. */
  store?: TokenStore;
  /** The key the token is stored under (each strategy has its own default). */
  storeKey?: string;
  /**
   * Receives every new token, refreshed ones included: persist a rotated refresh token here.
   * An error it throws is reported to the logger and does not fail the request.
   */
  onTokenRefreshed?: TokenRefreshedCallback;
  /** A clock, epoch ms (tests inject a fake one). @default Date.now */
  now?: () => number;
}

/** What a strategy plugs into the lifecycle. */
export interface LifecycleConfig extends LifecycleOptions {
  storeKey: string;
  /**
   * Obtains a new token response. `base` is the newest token known (its refresh token is the one
   * to spend), or `null`. May return `emptyAccessToken` (a redirect is under way): it is not kept.
   */
  obtain(base: AccessToken | null): Promise<unknown>;
  /** A token to start with (it replaces what the store holds). */
  initial?: AccessToken | null;
  /** Looks for a token in a legacy place when the store has none (1.2.0 migration). */
  migrate?(): Promise<AccessToken | null>;
  /** `false`: never renew by itself (Session `autoRefresh: false`). */
  autoRenew?: boolean;
  /**
   * Whether `token` could be renewed now (e.g. it holds a refresh token). One that cannot is used
   * until it really expires, not refused inside the renewal margin. @default always
   */
  canRenew?(token: AccessToken): boolean;
  logger?(): Logger | undefined;
}

/** One holder's token: current value, renewal, invalidation, persistence. */
export class TokenLifecycle {
  readonly #config: LifecycleConfig;
  readonly #skewMs: number;
  readonly #now: () => number;
  #token: AccessToken | null = null;
  /** The access token value a 401 rejected; the refresh token stays usable. */
  #rejected: string | null = null;
  #loading: Promise<void> | null = null;
  #loaded = false;
  #inflight: Promise<AccessToken> | null = null;
  /** The refresh token an app handed to the renewal in flight (`renew(refreshToken)`), if any. */
  #inflightRefreshToken: string | undefined;
  /** Bumped by `set`, `clear` and `accept`: a renewal that started before must not undo them. */
  #generation = 0;
  /**
   * The held token is in the store (read from it or written to it). If the store is then found
   * empty, another holder (a tab, a process) logged out: renewing would bring the user back.
   */
  #inStore = false;

  constructor(config: LifecycleConfig) {
    this.#config = config;
    const skew = config.skewSeconds ?? DEFAULT_SKEW_SECONDS;
    if (typeof skew !== "number" || !Number.isFinite(skew) || skew < 0) {
      throw new SpotifyError("skewSeconds must be a number >= 0");
    }
    this.#skewMs = skew * 1000;
    this.#now = config.now ?? Date.now;
    if (config.initial) this.#token = config.initial;
  }

  /** The token held in memory now (no store read, no request). */
  get current(): AccessToken | null {
    return this.#token;
  }

  /** The token held now, after reading the store once; never starts a token request. */
  async peek(): Promise<AccessToken | null> {
    await this.#load();
    return this.#token;
  }

  /**
   * The held token when it can be used at once (the store was read, and the token is not within
   * the renewal window), else `null`: then {@link get} must be awaited. Lets the pipeline skip two
   * promise layers on almost every call.
   */
  usableNow(): AccessToken | null {
    const token = this.#token;
    if (!this.#loaded || !token) return null;
    return this.#config.autoRenew === false || this.#usable(token) ? token : null;
  }

  /** A usable token: the current one, or one renewal shared by every concurrent caller. */
  async get(): Promise<AccessToken> {
    await this.#load();
    const token = this.#token;
    if (token && this.#config.autoRenew === false) return token;
    if (token && this.#usable(token)) return token;
    return this.#shared(false);
  }

  /**
   * Renews now even if the token is still valid (an explicit refresh); joins one in flight.
   * `refreshToken` replaces the refresh token to spend.
   */
  async renew(refreshToken?: string): Promise<AccessToken> {
    await this.#load();
    if (!refreshToken) return this.#shared(true);
    // The app handed us a refresh token: it wins over whatever the store holds. Concurrent calls
    // with the same one share one request; a renewal with another waits for the one in flight.
    while (this.#inflight && this.#inflightRefreshToken !== refreshToken) await this.#inflight.catch(() => undefined);
    return this.#shared(true, refreshToken);
  }

  /**
   * Keeps a token response obtained outside a renewal (a code exchange), like a renewal would. It
   * is newer than any renewal still in flight, which then yields to it.
   */
  async accept(body: unknown): Promise<AccessToken> {
    await this.#load().catch(() => undefined);
    const kept = await this.#obtainAndKeep(null, ++this.#generation, body);
    // Nothing can come between taking the generation and keeping a body that is already here.
    if (kept === SUPERSEDED) throw new AuthError({ error: "token_replaced", errorDescription: "the token was replaced while it was being kept; call again" });
    return kept;
  }

  /** A 401 rejected `rejected`: forget it if it is still the current token. Keeps the refresh token. */
  invalidate(rejected: AccessToken): void {
    if (this.#config.autoRenew === false) return;
    if (rejected && this.#token && this.#token.access_token === rejected.access_token) {
      this.#rejected = rejected.access_token;
    }
  }

  /** Replaces the token (an app restoring one it stored) and persists it. */
  async set(token: AccessToken): Promise<void> {
    this.#generation++;
    this.#loaded = true;
    this.#token = token;
    this.#rejected = null;
    this.#inStore = false;
    await this.#config.store?.set(this.#config.storeKey, token);
    this.#inStore = !!this.#config.store;
  }

  /** Logs out: forgets the token (refresh token included) here and in the store. */
  async clear(): Promise<void> {
    this.#generation++;
    this.#loaded = true;
    this.#token = null;
    this.#rejected = null;
    this.#inStore = false;
    await this.#config.store?.delete(this.#config.storeKey);
  }

  /** When `token` should be renewed, epoch ms. */
  renewAt(token: AccessToken): number {
    if (token.expires === -1) return Number.POSITIVE_INFINITY;
    const expires = token.expires ?? 0;
    if (this.#config.canRenew?.(token) === false) return expires;
    const lifetimeMs = Math.max(0, (token.expires_in ?? 0) * 1000);
    return expires - Math.min(this.#skewMs, lifetimeMs / 2);
  }

  #usable(token: AccessToken): boolean {
    return token.access_token !== this.#rejected && this.#now() < this.renewAt(token);
  }

  #load(): Promise<void> {
    if (this.#loaded) return Promise.resolve();
    this.#loading ??= this.#doLoad().then(
      () => {
        this.#loaded = true;
        this.#loading = null;
      },
      (error: unknown) => {
        this.#loading = null;
        throw error;
      },
    );
    return this.#loading;
  }

  async #doLoad(): Promise<void> {
    const { store, storeKey, initial } = this.#config;
    // A `set` or `clear` while the store is read is newer than anything read here.
    const generation = this.#generation;
    if (initial) {
      await store?.set(storeKey, initial);
      this.#inStore = !!store;
      return;
    }
    const stored = store ? readStoredToken(await store.get(storeKey), storeKey) : null;
    if (generation !== this.#generation) return;
    if (stored) {
      this.#token = stored;
      this.#inStore = true;
      return;
    }
    const migrated = await this.#config.migrate?.();
    if (migrated && generation === this.#generation) {
      this.#token = migrated;
      await store?.set(storeKey, migrated);
    }
  }

  #shared(forced: boolean, refreshToken?: string): Promise<AccessToken> {
    if (!this.#inflight) {
      const { store, storeKey } = this.#config;
      // Taken now, before the lock and the store read: a log-out from here on is newer than this renewal.
      const generation = this.#generation;
      const run = () => this.#renewal(forced, generation, refreshToken);
      const flight = (store?.lock ? store.lock(storeKey, run) : run()).finally(() => {
        if (this.#inflight === flight) {
          this.#inflight = null;
          this.#inflightRefreshToken = undefined;
        }
      });
      // Every caller awaits `flight`; this handler only keeps the shared promise itself observed.
      flight.catch(() => undefined);
      this.#inflight = flight;
      this.#inflightRefreshToken = refreshToken;
    }
    return this.#inflight;
  }

  /**
   * One renewal. When the app replaced the token meanwhile (`set`, `setRefreshToken`) with one
   * that cannot be used as it is, the renewal starts over from it, once, inside the same flight.
   */
  async #renewal(forced: boolean, generation: number, refreshToken: string | undefined): Promise<AccessToken> {
    const first = await this.#renewOnce(forced, generation, refreshToken);
    if (first !== SUPERSEDED) return first;
    const again = await this.#renewOnce(false, this.#generation, undefined);
    if (again !== SUPERSEDED) return again;
    throw new AuthError({ error: "token_replaced", errorDescription: "the token was replaced twice while it was being renewed; call again" });
  }

  /** A renewal that started before `set`, `clear` or `accept` yields: the newer state wins. */
  #superseded(): AccessToken | typeof SUPERSEDED {
    const token = this.#token;
    if (!token) throw loggedOut("the token was removed (log-out) while it was being renewed");
    return this.#usable(token) ? token : SUPERSEDED;
  }

  async #readStore(): Promise<AccessToken | null> {
    const { store, storeKey } = this.#config;
    return store ? readStoredToken(await store.get(storeKey), storeKey) : null;
  }

  async #renewOnce(forced: boolean, generation: number, refreshToken: string | undefined): Promise<AccessToken | typeof SUPERSEDED> {
    if (generation !== this.#generation) return this.#superseded();
    const mine = this.#token;
    let base = refreshToken ? { ...(mine ?? placeholder()), refresh_token: refreshToken } : mine;
    if (!refreshToken) {
      // Another holder of the store (a tab, a process, a second instance) may have renewed already.
      const stored = await this.#readStore();
      if (generation !== this.#generation) return this.#superseded();
      if (!stored && mine && this.#inStore) {
        // Another holder of the store logged out (`removeAccessToken` in another tab or process).
        this.#token = null;
        this.#inStore = false;
        throw loggedOut("the token was removed from the store (a log-out elsewhere)");
      }
      if (stored) this.#inStore = true;
      // A stored token older than ours is a write this holder could not make (the store failed): not a base.
      const newer = !mine || (stored?.expires ?? 0) >= (mine.expires ?? 0);
      if (stored && newer && stored.access_token !== mine?.access_token && stored.access_token !== this.#rejected) {
        if (!forced && this.#now() < this.renewAt(stored)) {
          this.#token = stored;
          return stored;
        }
        if (stored.refresh_token || !base) base = stored;
      }
    }
    try {
      return await this.#obtainAndKeep(base, generation);
    } catch (error) {
      if (!(error instanceof AuthError) || error.error !== "invalid_grant" || !base?.refresh_token || refreshToken) throw error;
      return this.#afterInvalidGrant(base, error, generation);
    }
  }

  /**
   * `invalid_grant` on a refresh: the refresh token was revoked, expired (6 months), or already
   * spent by another holder. Adopt a newer token if another holder stored one; otherwise clear it
   * (only if the store still holds the rejected one) so the app can send the user to log in.
   */
  async #afterInvalidGrant(base: AccessToken, error: AuthError, generation: number): Promise<AccessToken | typeof SUPERSEDED> {
    const stored = await this.#readStore();
    if (generation !== this.#generation) return this.#superseded();
    if (stored && stored.refresh_token && stored.refresh_token !== base.refresh_token) {
      if (this.#now() < this.renewAt(stored)) {
        this.#token = stored;
        this.#rejected = null;
        return stored;
      }
      return this.#obtainAndKeep(stored, generation);
    }
    if (stored && stored.refresh_token === base.refresh_token) await this.#config.store?.delete(this.#config.storeKey);
    if (this.#token && this.#token.refresh_token === base.refresh_token) this.#token = null;
    throw error;
  }

  async #obtainAndKeep(base: AccessToken | null, generation: number, given?: unknown): Promise<AccessToken | typeof SUPERSEDED> {
    const body = given === undefined ? await this.#config.obtain(base) : given;
    if (isEmptyAccessToken(body)) return body as AccessToken;
    // The app logged out, set another token or exchanged a code while this request was in flight.
    if (generation !== this.#generation) return this.#superseded();
    const token = readTokenResponse(body, base, this.#now());
    this.#token = token;
    this.#rejected = null;
    this.#inStore = false;
    try {
      await this.#config.store?.set(this.#config.storeKey, token);
      this.#inStore = !!this.#config.store;
    } catch (cause) {
      // The token is valid and held here; failing the call would not bring the write back, and the
      // app still gets the token below (its own persistence). The logger says what failed.
      this.#config.logger?.()?.error?.("spotify-web-api-sdk token store write failed", { error: messageWithout(cause, token) });
    }
    const callback = this.#config.onTokenRefreshed;
    if (callback) {
      try {
        await callback(token);
      } catch (cause) {
        this.#config.logger?.()?.error?.("spotify-web-api-sdk onTokenRefreshed threw", { error: messageWithout(cause, token) });
      }
    }
    return token;
  }
}

function loggedOut(why: string): AuthError {
  return new AuthError({ error: "logged_out", errorDescription: why });
}

/** An error's message for the log, with the token's values cut out (a store may echo what it was given). */
function messageWithout(cause: unknown, token: AccessToken): string {
  let message = cause instanceof Error ? cause.message : String(cause);
  for (const secret of [token.access_token, token.refresh_token]) {
    if (secret) message = message.split(secret).join("[redacted]");
  }
  return message;
}

/** A token holding only a refresh token: it is renewed on first use. */
export function placeholder(refreshToken?: string): AccessToken {
  const token: AccessToken = { access_token: "", token_type: "Bearer", expires_in: 0, expires: 0 };
  if (refreshToken) token.refresh_token = refreshToken;
  return token;
}

/**
 * The token lifecycle, written once for every built-in strategy: when to renew, one renewal in
 * flight shared by every caller, what a 401 invalidates, and how the holders of one store keep one
 * truth, the store's (revisions, compare-and-set, the log-out marker: see `lifecycle-store.ts`).
 * @module
 */
import { AuthError, SpotifyError } from "../errors.js";
import { checkLifecycleOptions, loggedOut, messageWithout, placeholder, type LifecycleConfig } from "./lifecycle-options.js";
import { boundLifetime, nextRevision, storedWins, TokenRecords, type Versioned } from "./lifecycle-store.js";
import { readTokenResponse } from "./token-response.js";
import { isEmptyAccessToken, type AccessToken } from "./types.js";

/** The wait between reads during the `invalid_grant` grace (auth/ does not import http/'s sleep). */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** What a renewal returns when the app replaced the token meanwhile with one that must be renewed. */
const SUPERSEDED = Symbol("superseded");
/** A write of the app's own action (a login, a refresh token handed in): it goes over whatever is stored. */
const OVER = Symbol("over");

export { DEFAULT_INVALID_GRANT_GRACE_MS, DEFAULT_SKEW_SECONDS, placeholder } from "./lifecycle-options.js";
export type { LifecycleConfig, LifecycleOptions, TokenRefreshedCallback } from "./lifecycle-options.js";

/**
 * What one holder knows; the only state a renewal reads and changes.
 * - `unloaded`: the store was not read yet (the first use reads it, or writes `initial`).
 * - `none`: no token: nothing stored, never logged in.
 * - `loggedOut`: logged out here (`clear`), by another holder (the store's marker), or because the
 *   refresh token was refused and no newer one came. A new login (code exchange, `set`) may follow.
 * - `token`: a token and the store revision it was read or written at (`null`: not in the store).
 */
type HolderState =
  | { readonly kind: "unloaded" }
  | { readonly kind: "none" }
  | { readonly kind: "loggedOut" }
  | ({ readonly kind: "token" } & Versioned);

const LOGGED_OUT: HolderState = { kind: "loggedOut" };

/** One holder's token: current value, renewal, invalidation, persistence. */
export class TokenLifecycle {
  readonly #config: LifecycleConfig;
  readonly #skewMs: number;
  readonly #graceMs: number;
  readonly #now: () => number;
  readonly #records: TokenRecords;
  readonly #initial: AccessToken | null;
  #state: HolderState = { kind: "unloaded" };
  /** The access token value a 401 rejected; the refresh token stays usable. */
  #rejected: string | null = null;
  #loading: Promise<void> | null = null;
  #inflight: Promise<AccessToken> | null = null;
  /** Aborts the token request of the renewal in flight (a log-out). */
  #renewalAbort: AbortController | null = null;
  /** The refresh token an app handed to the renewal in flight (`renew(refreshToken)`), if any. */
  #inflightRefreshToken: string | undefined;
  /** Bumped by `set`, `clear` and `accept`: a renewal that started before must not undo them. */
  #generation = 0;

  /** Reads nothing yet: the store is read on first use. */
  constructor(config: LifecycleConfig) {
    this.#config = config;
    ({ skewMs: this.#skewMs, graceMs: this.#graceMs } = checkLifecycleOptions(config));
    this.#now = config.now ?? Date.now;
    this.#records = new TokenRecords(config.store, config.storeKey);
    this.#initial = config.initial ? boundLifetime(config.initial, this.#now(), false) : null;
  }

  /** The token held in memory now (no store read, no request). */
  get current(): AccessToken | null {
    const state = this.#state;
    return state.kind === "token" ? state.token : state.kind === "unloaded" ? this.#initial : null;
  }

  /** The token held now, after reading the store once; never starts a token request. */
  async peek(): Promise<AccessToken | null> {
    await this.#load();
    return this.#held()?.token ?? null;
  }

  /**
   * The held token when it can be used at once (the store was read, and the token is not within
   * the renewal window), else `null`: then {@link get} must be awaited. Lets the pipeline skip two
   * promise layers on almost every call.
   */
  usableNow(): AccessToken | null {
    const token = this.#held()?.token;
    // An empty access token (a refresh token alone) is renewed even without autoRenew: nothing to send.
    if (!token?.access_token) return null;
    return this.#config.autoRenew === false || this.#usable(token) ? token : null;
  }

  /** A usable token: the current one, or one renewal shared by every concurrent caller. */
  async get(): Promise<AccessToken> {
    await this.#load();
    const token = this.#held()?.token;
    if (token?.access_token && (this.#config.autoRenew === false || this.#usable(token))) return token;
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
   * Keeps a token response obtained outside a renewal (a code exchange: a login), like a renewal
   * would. It is newer than any renewal still in flight and than a log-out marker in the store.
   */
  async accept(body: unknown): Promise<AccessToken> {
    await this.#load().catch(() => undefined);
    const kept = await this.#obtainAndKeep(null, ++this.#generation, OVER, body);
    // Nothing can come between taking the generation and keeping a body that is already here.
    if (kept === SUPERSEDED) throw new AuthError({ error: "token_replaced", errorDescription: "the token was replaced while it was being kept; call again" });
    return kept;
  }

  /** A 401 rejected `rejected`: forget it if it is still the current token. Keeps the refresh token. */
  invalidate(rejected: AccessToken): void {
    if (this.#config.autoRenew === false) return;
    const token = this.#held()?.token;
    if (rejected && token && token.access_token === rejected.access_token) this.#rejected = rejected.access_token;
  }

  /** Replaces the token (an app restoring one it stored) and writes it over what the store holds. */
  async set(token: AccessToken): Promise<void> {
    this.#generation++;
    const bounded = boundLifetime(token, this.#now(), false);
    const guess = this.#held()?.revision ?? null;
    this.#hold({ token: bounded, revision: null });
    const revision = await this.#records.writeOver(bounded, guess);
    if (this.#held()?.token === bounded) this.#hold({ token: bounded, revision });
  }

  /**
   * Logs out: forgets the token (refresh token included) here and writes the log-out marker to the
   * store (a delete in a store without compare-and-set), over whatever it holds.
   */
  async clear(): Promise<void> {
    this.#generation++;
    this.#renewalAbort?.abort(loggedOut("logged out while the token was being renewed"));
    this.#rejected = null;
    const guess = this.#held()?.revision ?? null;
    this.#state = LOGGED_OUT;
    // Even over an empty key: that is lost data a holder would write back, unless the marker is there.
    await this.#records.writeOver("logged_out", guess, (view) => view.kind === "marker");
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

  #held(): Versioned | null {
    const state = this.#state;
    return state.kind === "token" ? state : null;
  }

  #hold(versioned: Versioned): void {
    if (this.#held()?.token.access_token !== versioned.token.access_token) this.#rejected = null;
    this.#state = { kind: "token", token: versioned.token, revision: versioned.revision };
  }

  #load(): Promise<void> {
    if (this.#state.kind !== "unloaded") return Promise.resolve();
    this.#loading ??= this.#doLoad().finally(() => {
      this.#loading = null;
    });
    return this.#loading;
  }

  /** Reads the store (or writes `initial`); a `set` or `clear` meanwhile is newer and is kept. */
  async #doLoad(): Promise<void> {
    const records = this.#records;
    const initial = this.#initial;
    if (initial) {
      const revision = await records.writeOver(initial, null);
      if (this.#state.kind === "unloaded") this.#hold({ token: initial, revision });
      return;
    }
    const view = await records.read();
    if (this.#state.kind !== "unloaded") return;
    if (view.kind === "token") return this.#hold(view);
    if (view.kind === "marker") {
      this.#state = LOGGED_OUT;
      return;
    }
    const migrated = await this.#config.migrate?.();
    if (this.#state.kind !== "unloaded") return;
    if (!migrated) {
      this.#state = { kind: "none" };
      return;
    }
    const token = boundLifetime(migrated, this.#now(), false);
    this.#hold({ token, revision: null });
    const revision = await records.writeOver(token, null);
    if (this.#held()?.token === token) this.#hold({ token, revision });
  }

  #shared(forced: boolean, refreshToken?: string): Promise<AccessToken> {
    if (!this.#inflight) {
      const { store, storeKey } = this.#config;
      // Taken now, before the lock and the store read: a log-out from here on is newer than this renewal.
      const generation = this.#generation;
      // A log-out aborts the renewal's token request: waiting behind a 429 or a retry, it must
      // not go out (and spend the refresh token) after the log-out.
      const abort = new AbortController();
      this.#renewalAbort = abort;
      const run = () => this.#renewal(forced, generation, refreshToken);
      const flight = (store?.lock ? store.lock(storeKey, run) : run()).finally(() => {
        if (this.#renewalAbort === abort) this.#renewalAbort = null;
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
    const token = this.#held()?.token;
    if (!token) throw loggedOut("the token was removed (log-out) while it was being renewed");
    return this.#usable(token) ? token : SUPERSEDED;
  }

  async #renewOnce(forced: boolean, generation: number, refreshToken: string | undefined): Promise<AccessToken | typeof SUPERSEDED> {
    if (generation !== this.#generation) return this.#superseded();
    if (refreshToken) {
      const base = { ...(this.#held()?.token ?? placeholder()), refresh_token: refreshToken };
      return this.#obtainAndKeep(base, generation, OVER);
    }
    // Under the lock (when the store has one), so the refresh token spent below is the newest.
    const synced = await this.#reconcile(generation);
    if (synced === SUPERSEDED) return this.#superseded();
    const { base, expected } = synced;
    if (!base && this.#state.kind === "loggedOut" && this.#config.needsLogin) throw loggedOut("the user logged out (here or in another holder of the token store): log in again");
    // Another holder renewed already.
    if (base && !forced && this.#usable(base.token)) return base.token;
    try {
      return await this.#obtainAndKeep(base?.token ?? null, generation, expected);
    } catch (error) {
      if (!(error instanceof AuthError) || error.error !== "invalid_grant" || !base?.token.refresh_token) throw error;
      return this.#afterInvalidGrant(base, error, generation);
    }
  }

  /**
   * Brings this holder in line with the store before a refresh token is spent: the store's token
   * when it is newer, a log-out when it holds the marker, this holder's copy written back when the
   * store lost it (an empty key) or went back to an older one. Returns the token to renew from and
   * the revision the renewal's write must find.
   */
  async #reconcile(generation: number): Promise<{ base: Versioned | null; expected: number | null } | typeof SUPERSEDED> {
    const records = this.#records;
    for (let attempt = 0; attempt < 10; attempt++) {
      const view = await records.read();
      if (generation !== this.#generation) return SUPERSEDED;
      const held = this.#held();
      if (view.kind === "marker") {
        this.#state = LOGGED_OUT;
        if (held) throw loggedOut("another holder of the token store logged out");
        return { base: null, expected: view.revision };
      }
      if (view.kind === "token" && (!held || storedWins(view, held))) {
        this.#hold(view);
        return { base: view, expected: view.revision };
      }
      if (!held || held.revision === null) return { base: held, expected: view.revision };
      if (view.kind === "absent" && !records.fenced) {
        // Without compare-and-set a log-out is a delete: the token this holder stored is gone.
        this.#state = LOGGED_OUT;
        throw loggedOut("the token was removed from the store (a log-out elsewhere)");
      }
      if (view.kind === "token" && (view.token.access_token === held.token.access_token || !records.fenced)) {
        return { base: held, expected: view.revision };
      }
      // The store lost the token (restarted without persistence) or went back to an older one.
      const revision = nextRevision(view.revision, held.revision);
      if (await records.writeToken(view.revision, held.token, revision)) {
        if (generation !== this.#generation) return SUPERSEDED;
        this.#hold({ token: held.token, revision });
        return { base: this.#held(), expected: revision };
      }
    }
    throw new SpotifyError("the token store kept changing while this holder read it (10 attempts)");
  }

  /**
   * `invalid_grant` on a refresh: the refresh token was revoked, expired (6 months), or spent by
   * another holder an instant ago. Waits up to the grace period for that holder's newer token;
   * if none comes, writes the log-out marker for every holder (never a delete of the token).
   */
  async #afterInvalidGrant(base: Versioned, error: AuthError, generation: number): Promise<AccessToken | typeof SUPERSEDED> {
    const records = this.#records;
    const deadline = Date.now() + (records.present ? this.#graceMs : 0);
    for (let attempt = 0; ; attempt++) {
      const view = await records.read();
      if (generation !== this.#generation) return this.#superseded();
      if (view.kind === "marker") {
        this.#state = LOGGED_OUT;
        throw loggedOut("another holder of the token store logged out");
      }
      const stored = view.kind === "token" ? view.token : null;
      const freshRefresh = !!stored?.refresh_token && stored.refresh_token !== base.token.refresh_token;
      // Another holder's newer token: usable as it is, or renewed once with its own refresh token.
      if (stored && (freshRefresh || stored.access_token !== base.token.access_token) && (freshRefresh || this.#usable(stored))) {
        this.#hold(view as Versioned);
        return this.#usable(stored) ? stored : this.#obtainAndKeep(stored, generation, view.revision);
      }
      const left = deadline - Date.now();
      if (left <= 0 || attempt >= 50) {
        const expected = view.revision;
        if (await records.writeMarker(expected, nextRevision(expected, base.revision)) || attempt >= 50) {
          if (generation === this.#generation) this.#state = LOGGED_OUT;
          throw error;
        }
        continue;
      }
      await sleep(Math.min(left, Math.max(10, this.#graceMs / 10)));
    }
  }

  async #obtainAndKeep(base: AccessToken | null, generation: number, expected: number | null | typeof OVER, given?: unknown): Promise<AccessToken | typeof SUPERSEDED> {
    let body: unknown = given;
    if (body === undefined) {
      try {
        body = await this.#config.obtain(base, this.#renewalAbort?.signal);
      } catch (error) {
        // A log-out aborted the request, or came while it failed: the log-out is what happened.
        if (generation !== this.#generation) return this.#superseded();
        throw error;
      }
    }
    if (isEmptyAccessToken(body)) return body as AccessToken;
    // The app logged out, set another token or exchanged a code while this request was in flight.
    if (generation !== this.#generation) return this.#superseded();
    const token = boundLifetime(readTokenResponse(body, base, this.#now()), this.#now(), true);
    const kept = await this.#keep(token, generation, expected);
    // Another holder's token won, or the app acted meanwhile: this one was not kept.
    if (kept !== token) return kept;
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

  /**
   * Stores a token just obtained, after `expected` (the revision the renewal read) or over anything
   * (`OVER`). A renewal's write that finds another revision yields to the store: the log-out marker
   * (the token is dropped: the user logged out), or a newer token another holder wrote.
   */
  async #keep(token: AccessToken, generation: number, expected: number | null | typeof OVER): Promise<AccessToken | typeof SUPERSEDED> {
    const records = this.#records;
    const wasStored = this.#held()?.revision != null;
    try {
      if (expected === OVER) {
        const guess = this.#held()?.revision ?? null;
        this.#hold({ token, revision: null });
        const revision = await records.writeOver(token, guess);
        if (this.#held()?.token === token) this.#hold({ token, revision });
        return token;
      }
      let after = expected;
      for (let attempt = 0; attempt < 10; attempt++) {
        const revision = nextRevision(after, this.#held()?.revision ?? null);
        if (await records.writeToken(after, token, revision)) {
          if (generation !== this.#generation) return this.#superseded();
          this.#hold({ token, revision: records.present ? revision : null });
          return token;
        }
        const view = await records.read();
        if (generation !== this.#generation) return this.#superseded();
        if (view.kind === "marker" || (view.kind === "absent" && !records.fenced && wasStored)) {
          this.#state = LOGGED_OUT;
          throw loggedOut("another holder of the token store logged out while this one renewed the token");
        }
        if (view.kind === "token" && storedWins(view, { token, revision: null })) {
          this.#hold(view);
          return view.token;
        }
        after = view.revision;
      }
      throw new SpotifyError("the token store kept changing while this holder wrote it (10 attempts)");
    } catch (cause) {
      if (cause instanceof AuthError) throw cause;
      // The token is valid (its refresh token may be the only one left) and held here; failing the
      // call would not bring the write back, and the app still gets it through onTokenRefreshed.
      this.#config.logger?.()?.error?.("spotify-web-api-sdk token store write failed", { error: messageWithout(cause, token) });
      if (generation !== this.#generation) return this.#superseded();
      this.#hold({ token, revision: null });
      return token;
    }
  }
}

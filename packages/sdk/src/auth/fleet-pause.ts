/**
 * The app's rate budget shared by every instance. Spotify counts an app's calls over a rolling
 * window, whatever instance sends them, so a 429 seen by one instance must pause them all. A
 * {@link RateLimitStore} keeps the pause ("paused until", on the store's own clock, so instances'
 * clocks never matter) and elects the one probe that goes first when it ends. The pipeline's
 * in-process pause (`http/pause.ts`) stays the fast path: a call costs no store command; the store is
 * written on a 429, watched (pushed, or polled) while the client is in use, and asked who probes.
 * @module
 */
import { ValidationError } from "../errors.js";
import { abortedByCaller } from "../http/retry.js";
import { onAbort } from "../http/abort-listeners.js";
import type { PauseLogger, ProbeTurn, RateLimitStore, SharedPause } from "../http/rate-limit-store.js";
import { ownerId, unref, within } from "./shared-store.js";

/** How often a store that cannot push is asked for the pause while the client is in use, ms. */
export const RATE_LIMIT_POLL_MS = 100;
/** Watching (a subscription or polling) stops after this long without a Web API call, ms. */
const IDLE_MS = 30_000;
/** How long a probe's election holds if its instance dies before it reports, ms. */
const PROBE_LEASE_MS = 10_000;
/** The time limit of a store call made here (adapters have their own too), ms. */
const STORE_CALL_MS = 2_000;
/** The first call of a client waits at most this long for the store's word on a running pause, ms. */
const FIRST_CHECK_MS = 500;

/** What the in-process pause hears from the fleet. */
export interface FleetListener {
  /** Another instance (or the store, max-merging) says the app is paused `ms` from now. */
  paused(ms: number): void;
}

/** One pipeline's link to the shared pause (the API service's pause only). */
export class FleetPause implements SharedPause {
  readonly #store: RateLimitStore;
  readonly #key: string;
  readonly #logger: PauseLogger | undefined;
  #listener: FleetListener | undefined;
  /** Stops the subscription, or the poll timer; `undefined` while not watching. */
  #stopWatching: (() => void) | undefined;
  #usedSinceTick = false;
  #idleMs = 0;
  /** The owner this pipeline was elected probe as, until it reports. */
  #probeOwner: string | undefined;
  /** Wakes the waits for another instance's probe when news comes. */
  readonly #wakers = new Set<() => void>();

  constructor(store: RateLimitStore, key: string, logger?: PauseLogger) {
    this.#store = store;
    this.#key = key;
    this.#logger = logger;
  }

  /** The in-process pause to tell. */
  attach(listener: FleetListener): void {
    this.#listener = listener;
  }

  /**
   * A Web API call is about to go: keep watching the fleet's pauses (no store command). When this
   * client starts watching (its first call, or the first after a while idle) the store is asked
   * once for a pause already running: the returned promise must be awaited before sending.
   */
  touch(): Promise<void> | undefined {
    this.#usedSinceTick = true;
    if (this.#stopWatching) return undefined;
    this.#watch();
    return this.#call("pausedFor", () => this.#store.pausedFor(this.#key), FIRST_CHECK_MS).then((ms) => {
      if (ms > 0) this.#news(ms);
    }, () => undefined);
  }

  /** This instance got a 429 asking for `ms`: every instance pauses. */
  record(ms: number): void {
    this.#call("recordPause", () => this.#store.recordPause(this.#key, ms)).then((left) => {
      if (typeof left === "number" && left > ms) this.#listener?.paused(left);
    }, () => undefined);
  }

  /**
   * The pause ran out here: may this instance's probe go? `"probe"`: yes (report with
   * {@link answered}); `"go"`: another instance's probe was answered, the pause is over;
   * `"paused"`: the app is paused again (the in-process pause was told how long). A store that
   * fails answers `"probe"`: the instance then acts alone, as it would without a store.
   */
  async turn(signal: AbortSignal | undefined, method: string, url: string): Promise<"probe" | "go" | "paused"> {
    for (;;) {
      if (signal?.aborted) throw abortedByCaller(method, url, signal.reason);
      const owner = ownerId();
      let turn: ProbeTurn;
      try {
        turn = await this.#call("electProbe", () => this.#store.electProbe(this.#key, owner, PROBE_LEASE_MS));
      } catch {
        return "probe";
      }
      if (turn.kind === "probe") {
        this.#probeOwner = owner;
        return "probe";
      }
      if (turn.kind === "go") return "go";
      if (turn.kind === "paused") {
        this.#listener?.paused(turn.ms);
        return "paused";
      }
      await this.#nap(Math.min(Math.max(turn.ms, 10), RATE_LIMIT_POLL_MS), signal, method, url);
    }
  }

  /** This instance's probe was answered and the pause is over: release the fleet. */
  answered(): void {
    const owner = this.#probeOwner;
    this.#probeOwner = undefined;
    if (owner !== undefined) this.#call("endPause", () => this.#store.endPause(this.#key, owner)).catch(() => undefined);
  }

  /** This instance's probe ended in another pause (recorded with it): nothing to release. */
  reprobe(): void {
    this.#probeOwner = undefined;
  }

  #call<T>(operation: string, call: () => Promise<T>, timeoutMs = STORE_CALL_MS): Promise<T> {
    return within({ store: "rateLimitStore", operation, timeoutMs }, call).catch((error: unknown) => {
      this.#logger?.warn?.("spotify-web-api-sdk rate-limit store call failed", { operation, error: error instanceof Error ? error.message : String(error) });
      throw error;
    });
  }

  /** Waits up to `ms`, or until news of the pause comes, or the caller aborts. */
  #nap(ms: number, signal: AbortSignal | undefined, method: string, url: string): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortedByCaller(method, url, signal.reason));
    return new Promise<void>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.#wakers.delete(done);
        stopListening?.();
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#wakers.add(done);
      // Through the signal's one shared listener: many calls may share one signal.
      const stopListening = signal ? onAbort(signal, () => {
        done();
        reject(abortedByCaller(method, url, signal.reason));
      }) : undefined;
    });
  }

  #news(pausedMs: number): void {
    if (pausedMs > 0) this.#listener?.paused(pausedMs);
    for (const wake of [...this.#wakers]) wake();
  }

  /**
   * Starts watching: the store's push when it has one, else a poll. Either stops after a while
   * without Web API calls, so a client the app dropped is not kept alive by the store.
   */
  #watch(): void {
    this.#idleMs = 0;
    const unsubscribe = this.#store.watchPauses?.(this.#key, (ms) => this.#news(ms));
    const tickMs = unsubscribe ? 5_000 : RATE_LIMIT_POLL_MS;
    let polling = false;
    const tick = () => {
      this.#idleMs = this.#usedSinceTick ? 0 : this.#idleMs + tickMs;
      this.#usedSinceTick = false;
      if (this.#idleMs >= IDLE_MS) {
        this.#stopWatching?.();
        return;
      }
      if (!unsubscribe && !polling) {
        polling = true;
        this.#call("pausedFor", () => this.#store.pausedFor(this.#key))
          .then((ms) => { if (ms > 0) this.#news(ms); }, () => undefined)
          .finally(() => { polling = false; });
      }
    };
    const timer = setInterval(tick, tickMs);
    unref(timer);
    this.#stopWatching = () => {
      clearInterval(timer);
      unsubscribe?.();
      this.#stopWatching = undefined;
    };
  }
}

/**
 * A pipeline's link to the pause shared through `store` for the app `key`: what a store's
 * `sharePause` returns (`RedisTokenStore`, `PostgresTokenStore`, and a store of your own that
 * implements it with this function), and how the Node build shares a store without one.
 * @throws ValidationError when `store` is not a RateLimitStore or `key` is missing or empty
 * @example
 * ```ts
 * import { sharePauseThrough, type RateLimitStore } from "spotify-web-api-sdk";
 * const store: RateLimitStore = {
 *   recordPause, pausedFor, electProbe, endPause,
 *   sharePause(key, logger) { return sharePauseThrough(this, key, logger); },
 * };
 * ```
 */
export function sharePauseThrough(store: RateLimitStore, key: string, logger?: PauseLogger): SharedPause {
  const methods = ["recordPause", "pausedFor", "electProbe", "endPause"] as const;
  const given = store as Partial<RateLimitStore> | null;
  if (typeof given !== "object" || given === null || methods.some((m) => typeof given[m] !== "function")) {
    throw new ValidationError("rateLimitStore must be a RateLimitStore (RedisTokenStore, PostgresTokenStore, or an object with recordPause, pausedFor, electProbe and endPause)", { parameter: "rateLimitStore" });
  }
  if (key !== undefined && (typeof key !== "string" || key === "")) {
    throw new ValidationError("rateLimitKey must be a non-empty string (the app's client id)", { parameter: "rateLimitKey" });
  }
  if (key === undefined) {
    throw new ValidationError("rateLimitStore needs the app's client id: the auth strategy has no clientId, so pass rateLimitKey", { parameter: "rateLimitKey" });
  }
  return new FleetPause(store, key, logger);
}

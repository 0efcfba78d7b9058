/**
 * The interface through which the instances of an app share its rate-limit pause (the option
 * `rateLimitStore`), and the pipeline's link to it ({@link SharedPause}, built by
 * `auth/fleet-pause.ts`, which the store brings: a client without one ships none of it).
 * @module
 */

/**
 * Who goes when a pause has run out here, as {@link RateLimitStore.electProbe} answers.
 * @example
 * ```ts
 * const turn = await store.electProbe("my-client-id", owner, 10_000);
 * if (turn.kind === "probe") { await sendOneRequest(); await store.endPause("my-client-id", owner); }
 * ```
 */
export type ProbeTurn =
  /** The app is still paused for `ms` on the store's clock (another instance's 429 extended it). */
  | {
      /** Still paused. */
      readonly kind: "paused";
      /** Milliseconds left. */
      readonly ms: number;
    }
  /** This caller is the probe: it sends first and reports with {@link RateLimitStore.endPause}. */
  | {
      /** Send the probe. */
      readonly kind: "probe";
    }
  /** Another instance's probe is in flight; ask again within `ms` (its lease). */
  | {
      /** Another probe is out. */
      readonly kind: "pending";
      /** Milliseconds until its lease ends. */
      readonly ms: number;
    }
  /** Another instance's probe was answered without a 429: the pause is over. */
  | {
      /** The pause is over. */
      readonly kind: "go";
    };

/**
 * Where the instances of an app share its rate-limit pause. `RedisTokenStore` and
 * `PostgresTokenStore` implement it (pass the same object as `store` and `rateLimitStore`); `key`
 * is the app's client id (Spotify counts per app). Times are in ms and measured by the store's
 * own clock (Redis `TIME`, PostgreSQL `clock_timestamp()`): each instance only ever learns how long
 * is left, never an absolute time from another machine's clock.
 *
 * @example
 * ```ts
 * import { SpotifyApi } from "spotify-web-api-sdk";
 * import { RedisTokenStore } from "spotify-web-api-sdk/redis";
 *
 * const shared = new RedisTokenStore({ client: redis });
 * const sdk = SpotifyApi.withClientCredentials(clientId, clientSecret, [], { rateLimitStore: shared });
 * // A 429 any instance gets now holds back every instance's Web API calls until it has passed.
 * ```
 */
export interface RateLimitStore {
  /**
   * A 429 asked the app `key` to wait `ms`: keeps "paused until" at the later of the stored one
   * and the store's now + `ms` (max-merged), forgets the last probe, and tells the other instances
   * (when the store can push). Resolves how long the app is paused from now, ms.
   */
  recordPause(key: string, ms: number): Promise<number>;
  /** How long the app `key` is still paused, ms (0 when it is not). */
  pausedFor(key: string): Promise<number>;
  /**
   * The pause ran out at this instance: elects the one probe of the whole fleet. The first caller
   * (by `owner`, for `leaseMs`: a probe whose instance died is replaced after it) is the probe;
   * the others wait for its answer.
   */
  electProbe(key: string, owner: string, leaseMs: number): Promise<ProbeTurn>;
  /** The probe `owner` was answered without a 429: the pause is over for every instance. */
  endPause(key: string, owner: string): Promise<void>;
  /**
   * Optional: calls `listener` as soon as any instance records a pause (with the ms left) or ends
   * one (with 0). Returns the function that stops it, or `undefined` when the store cannot push
   * (then it is polled with {@link pausedFor}).
   */
  watchPauses?(key: string, listener: (pausedMs: number) => void): (() => void) | undefined;
  /**
   * A pipeline's link to the pause shared through this store, for the app `key`: the code of the
   * shared pause comes with the store, so a client without a store ships none of it.
   * `RedisTokenStore` and `PostgresTokenStore` have it. A store of your own implements it with
   * `sharePauseThrough`, as below: outside the Node build (browsers, Deno, Bun, edge workers) a
   * store without it is a `ValidationError` when the client (`SpotifyApi`, `createClient`,
   * `SessionPool`) is built. Only the Node build's clients share a store without it.
   *
   * @example
   * ```ts
   * import { sharePauseThrough, type RateLimitStore } from "spotify-web-api-sdk";
   * const store: RateLimitStore = {
   *   recordPause, pausedFor, electProbe, endPause,
   *   sharePause(key, logger) { return sharePauseThrough(this, key, logger); },
   * };
   * ```
   */
  sharePause?(key: string, logger?: PauseLogger): SharedPause;
}

/** Where a {@link SharedPause} reports a store call that failed. */
export interface PauseLogger {
  /** A store call failed; the client went on with its own pause. */
  warn?(message: string, data?: Record<string, unknown>): void;
}

/**
 * A pipeline's link to the pause an app's instances share (the Web API's only): told of this
 * client's 429s, telling it the others', electing one probe for all. Built by
 * `sharePauseThrough(store, key, logger)`; the pipeline is its only caller.
 */
export interface SharedPause {
  /** The in-process pause to tell when another instance pauses the app for `ms`. */
  attach(listener: { paused(ms: number): void }): void;
  /**
   * A Web API call is about to go. When this client starts watching (its first call, or the first
   * after a while idle) the store is asked for a pause already running: await the promise then.
   */
  touch(): Promise<void> | undefined;
  /** This instance got a 429 asking for `ms`: every instance pauses. */
  record(ms: number): void;
  /** The pause ran out here: may this instance's probe go? */
  turn(signal: AbortSignal | undefined, method: string, url: string): Promise<"probe" | "go" | "paused">;
  /** This instance's probe was answered and the pause is over: release the fleet. */
  answered(): void;
  /** This instance's probe ended in another pause: nothing to release. */
  reprobe(): void;
}


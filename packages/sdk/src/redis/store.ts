/**
 * `RedisTokenStore`: users' tokens shared by every instance of an app through Redis or Valkey.
 * @module
 */
import { TokenStoreError, ValidationError } from "../errors.js";
import type { StoredRecord, TokenStore } from "../auth/stores.js";
import { KeyedMutex } from "../auth/stores.js";
import {
  DEFAULT_STORE_TIMEOUT_MS, checkKey, msOption, ownerId, parseStored, pause, toJson, unref, within,
} from "../auth/shared-store.js";
import { RATE_SCRIPTS, SCRIPTS, evalFor, isOne, type EvalFn, type RedisClientLike } from "./client.js";
import { PauseChannel, canSubscribe } from "./pause-channel.js";
import { sharePauseThrough } from "../auth/fleet-pause.js";
import type { PauseLogger, ProbeTurn, RateLimitStore, SharedPause } from "../http/rate-limit-store.js";

const NAME = "RedisTokenStore";
/** A Redis Cluster hash tag: the first `{`, then at least one character before the next `}`. */
const HASH_TAG = /^[^{]*\{[^}]+\}/;

/** Options of {@link RedisTokenStore}. */
export interface RedisTokenStoreOptions {
  /**
   * The app's connected client: `ioredis` 5/6, `redis` (node-redis) 4/5/6, or `@upstash/redis`.
   * The store never connects, quits or closes it.
   */
  client: RedisClientLike;
  /**
   * Put before every key: a value is stored at `<prefix>:{<key>}` and its lock at
   * `<prefix>:{<key>}:lock` (without a prefix, `{<key>}` and `{<key>}:lock`). The braces are a
   * Redis Cluster hash tag: a key and its lock live on the same shard. A key with a hash tag of
   * its own (`a:{b}:c`, as `SessionPool` writes) is kept as `<prefix>:a:{b}:c`.
   * @default ""
   */
  prefix?: string;
  /**
   * How long a lock stays taken if its holder stops renewing it (a crashed or frozen process), ms.
   * A live holder renews it every third of this, so a token request may take longer.
   * @default 5000
   */
  lockLeaseMs?: number;
  /**
   * How long `lock` waits for another holder before it fails with a `TokenStoreError`, ms.
   * @default 10000
   */
  lockTimeoutMs?: number;
  /**
   * The time limit of every call to Redis, ms: past it the call fails with a `TokenStoreError`.
   * @default 2000
   */
  timeoutMs?: number;
}

/** One lock this store holds now. */
interface HeldLock {
  readonly key: string;
  readonly owner: string;
  readonly controller: AbortController;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * A {@link TokenStore} over Redis (or Valkey, or Upstash over REST), for apps on several
 * instances that share users' tokens. Values are JSON strings; every write of the token lifecycle
 * goes through {@link RedisTokenStore.compareAndSet} (one Lua script), so two instances never
 * overwrite each other's newer token, and {@link RedisTokenStore.lock} (`SET NX PX` with an owner,
 * renewed while held) lets one instance spend a single-use refresh token while the others wait.
 *
 * It needs no dependency: pass the client your app already has.
 *
 * @example
 * ```ts
 * import Redis from "ioredis";
 * import { Session } from "spotify-web-api-sdk";
 * import { RedisTokenStore } from "spotify-web-api-sdk/redis";
 *
 * const store = new RedisTokenStore({ client: new Redis(process.env.REDIS_URL!), prefix: "myapp" });
 * const session = new Session({ clientId, clientSecret, redirectUri, store });
 * ```
 * @example
 * ```ts
 * // node-redis, or Upstash from an edge function:
 * import { createClient } from "redis";
 * const store = new RedisTokenStore({ client: await createClient({ url }).connect() });
 *
 * import { Redis } from "@upstash/redis";
 * const edgeStore = new RedisTokenStore({ client: Redis.fromEnv() });
 * ```
 */
export class RedisTokenStore implements TokenStore, RateLimitStore {
  readonly #eval: EvalFn;
  readonly #client: unknown;
  /** The subscriber connection for pushed rate-limit pauses, opened on the first watch. */
  #channel: PauseChannel | undefined;
  readonly #prefix: string;
  readonly #leaseMs: number;
  readonly #lockTimeoutMs: number;
  readonly #timeoutMs: number;
  /** Callers in this process queue here instead of polling Redis against each other. */
  readonly #local = new KeyedMutex();
  readonly #held = new Set<HeldLock>();
  #closed = false;

  /**
   * Checks the options and keeps the client; sends nothing to Redis until the first call.
   * @throws `ValidationError` for a missing or unsupported client, or options out of range.
   */
  constructor(options: RedisTokenStoreOptions) {
    if (!options || typeof options !== "object") throw new ValidationError(`${NAME}: options with a client are required`, { parameter: "options" });
    this.#eval = evalFor(options.client);
    this.#client = options.client;
    if (options.prefix !== undefined && typeof options.prefix !== "string") {
      throw new ValidationError(`${NAME}: prefix must be a string`, { parameter: "prefix" });
    }
    this.#prefix = options.prefix ? `${options.prefix}:` : "";
    this.#leaseMs = msOption(NAME, "lockLeaseMs", options.lockLeaseMs, 5_000);
    this.#lockTimeoutMs = msOption(NAME, "lockTimeoutMs", options.lockTimeoutMs, 10_000);
    this.#timeoutMs = msOption(NAME, "timeoutMs", options.timeoutMs, DEFAULT_STORE_TIMEOUT_MS);
  }

  /**
   * The Redis key a store key is kept at: in braces (a hash tag), unless the key has a hash tag of
   * its own (a `SessionPool`'s `spotify-web-sdk:{clientId:user}:token`), which then places it.
   */
  #redisKey(key: string): string {
    checkKey(NAME, key);
    return HASH_TAG.test(key) ? `${this.#prefix}${key}` : `${this.#prefix}{${key}}`;
  }

  #run(operation: string, script: string, key: string | string[], args: string[], secrets: string[] = [], timeoutMs = this.#timeoutMs): Promise<unknown> {
    if (this.#closed) return Promise.reject(new TokenStoreError(`${NAME}.${operation}: the store is closed`, { operation }));
    return within({ store: NAME, operation, timeoutMs, secrets }, () => this.#eval(script, typeof key === "string" ? [key] : key, args));
  }

  /** The app's rate-limit keys ("paused until", the probe) and channel, under one hash tag. */
  #rate(key: string): { keys: string[]; channel: string } {
    const tag = `${this.#prefix}{rate-limit:${checkKey(NAME, key)}}`;
    return { keys: [`${tag}:until`, `${tag}:probe`], channel: `${tag}:pauses` };
  }

  /**
   * `RateLimitStore`: the app `key` is paused `ms` more from Redis's own clock (`TIME`), max-merged
   * with the pause stored, in one script that also forgets the last probe and publishes the pause.
   */
  async recordPause(key: string, ms: number): Promise<number> {
    const { keys, channel } = this.#rate(key);
    const wait = msOption(NAME, "ms", Math.max(1, Math.ceil(ms)), 1);
    return Number(await this.#run("recordPause", RATE_SCRIPTS.record, keys, [String(wait), channel]));
  }

  /** `RateLimitStore`: how long the app `key` is still paused, ms, by Redis's clock. */
  async pausedFor(key: string): Promise<number> {
    return Number(await this.#run("pausedFor", RATE_SCRIPTS.left, this.#rate(key).keys, []));
  }

  /** `RateLimitStore`: elects the one probe after a pause (`SET NX PX` with `owner`, for `leaseMs`). */
  async electProbe(key: string, owner: string, leaseMs: number): Promise<ProbeTurn> {
    checkKey(NAME, owner);
    const reply = await this.#run("electProbe", RATE_SCRIPTS.elect, this.#rate(key).keys, [owner, String(msOption(NAME, "leaseMs", leaseMs, 1))]);
    const [kind, ms] = Array.isArray(reply) ? [String(reply[0]), Number(reply[1])] : ["probe", 0];
    if (kind === "paused" || kind === "pending") return { kind, ms: Math.max(0, ms) };
    return { kind: kind === "go" ? "go" : "probe" };
  }

  /** `RateLimitStore`: the probe `owner` was answered; every instance's pause ends (published). */
  async endPause(key: string, owner: string): Promise<void> {
    const { keys, channel } = this.#rate(key);
    await this.#run("endPause", RATE_SCRIPTS.end, keys, [checkKey(NAME, owner), channel]);
  }

  /**
   * `RateLimitStore`: pauses other instances record reach `listener` within milliseconds, through a
   * subscriber connection the store opens (a duplicate of the client) and `close()` closes.
   * `undefined` for `@upstash/redis`, which cannot subscribe over REST (it is polled instead).
   */
  watchPauses(key: string, listener: (pausedMs: number) => void): (() => void) | undefined {
    if (this.#closed || !canSubscribe(this.#client)) return undefined;
    this.#channel ??= new PauseChannel(this.#client);
    return this.#channel.watch(this.#rate(key).channel, listener);
  }

  /**
   * `RateLimitStore`: the pipeline's link to the pause shared through this store. Its code comes
   * with the store, so a client without a store ships none of it.
   */
  sharePause(key: string, logger?: PauseLogger): SharedPause {
    return sharePauseThrough(this, key, logger);
  }

  /** The value stored under `key`, or `null`. */
  async get(key: string): Promise<unknown> {
    return parseStored(NAME, key, await this.#run("get", SCRIPTS.get, this.#redisKey(key), []));
  }

  /** Stores `value` under `key` unconditionally (the lifecycle uses {@link RedisTokenStore.compareAndSet}). */
  async set(key: string, value: object): Promise<void> {
    const json = toJson(NAME, value);
    await this.#run("set", SCRIPTS.set, this.#redisKey(key), [json], [json]);
  }

  /** Removes `key`; a missing key is not an error. */
  async delete(key: string): Promise<void> {
    await this.#run("delete", SCRIPTS.delete, this.#redisKey(key), []);
  }

  /**
   * Stores `value` only if the stored value's revision is `expectedRevision` (`null`: only if
   * nothing is stored), in one Lua script; resolves whether it wrote.
   */
  async compareAndSet(key: string, expectedRevision: number | null, value: StoredRecord): Promise<boolean> {
    if (expectedRevision !== null && (typeof expectedRevision !== "number" || !Number.isFinite(expectedRevision))) {
      throw new ValidationError(`${NAME}: expectedRevision must be a number or null`, { parameter: "expectedRevision" });
    }
    const json = toJson(NAME, value);
    const expected = expectedRevision === null ? "" : String(expectedRevision);
    return isOne(await this.#run("compareAndSet", SCRIPTS.compareAndSet, this.#redisKey(key), [expected, json], [json]));
  }

  /**
   * Runs `fn` while this instance holds the lock `key` across every instance sharing the Redis:
   * `SET <key>:lock <owner> NX PX <lockLeaseMs>`, renewed every third of the lease while `fn`
   * runs, released (only if still this owner's) when it settles. If the lease is lost anyway (the
   * process froze past it, Redis lost the key), `signal` aborts with a `TokenStoreError`: another
   * instance may hold the lock now, so `fn` should not start what the lock guards. Waiting longer
   * than `lockTimeoutMs` for another holder fails with a `TokenStoreError`.
   *
   * @example
   * ```ts
   * await store.lock("job", async (signal) => {
   *   const token = await renew();
   *   if (signal.aborted) throw signal.reason; // someone else may be renewing too
   *   await save(token);
   * });
   * ```
   */
  lock<T>(key: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    let lockKey: string;
    try {
      lockKey = `${this.#redisKey(key)}:lock`;
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#local.run(lockKey, async () => {
      const held = await this.#acquire(lockKey);
      try {
        return await fn(held.controller.signal);
      } finally {
        this.#let(held);
      }
    });
  }

  async #acquire(lockKey: string): Promise<HeldLock> {
    const owner = ownerId();
    const deadline = Date.now() + this.#lockTimeoutMs;
    const lease = String(this.#leaseMs);
    for (let attempt = 0; ; attempt++) {
      const sentAt = Date.now();
      let got = false;
      try {
        got = isOne(await this.#run("lock", SCRIPTS.acquire, lockKey, [owner, lease]));
      } catch (error) {
        // The SET may still land after its time limit: take it back, or it blocks others for a lease.
        this.#releaseQuietly(lockKey, owner);
        throw error;
      }
      if (got) return this.#hold(lockKey, owner, sentAt);
      if (Date.now() >= deadline) {
        throw new TokenStoreError(`${NAME}.lock: another holder kept ${JSON.stringify(lockKey)} for over ${this.#lockTimeoutMs} ms`, {
          operation: "lock", timeoutMs: this.#lockTimeoutMs,
        });
      }
      // Short first (a token request takes ~100 ms), then at most every 100 ms, with jitter.
      await pause(Math.min(100, 5 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }

  /** Starts renewing a lock just taken; `confirmedAt` is when the SET that took it was sent. */
  #hold(key: string, owner: string, confirmedAt: number): HeldLock {
    const held: HeldLock = { key, owner, controller: new AbortController() };
    this.#held.add(held);
    const every = Math.max(1, Math.floor(this.#leaseMs / 3));
    const renew = async () => {
      if (!this.#held.has(held)) return;
      const sentAt = Date.now();
      let still: boolean | undefined;
      try {
        still = isOne(await this.#run("lock", SCRIPTS.extend, key, [owner, String(this.#leaseMs)], [], Math.min(this.#timeoutMs, every)));
      } catch {
        // Unknown: keep trying while the last confirmed lease may still run.
      }
      if (!this.#held.has(held)) return;
      if (still) confirmedAt = sentAt;
      if (still === false || Date.now() - confirmedAt >= this.#leaseMs) {
        this.#lost(held, still === false ? "another holder took it" : "it could not be renewed within its lease");
        return;
      }
      held.timer = setTimeout(renew, every);
      unref(held.timer);
    };
    held.timer = setTimeout(renew, every);
    unref(held.timer);
    return held;
  }

  #lost(held: HeldLock, why: string): void {
    clearTimeout(held.timer);
    held.controller.abort(new TokenStoreError(`${NAME}.lock: the lock ${JSON.stringify(held.key)} was lost (${why})`, { operation: "lock" }));
  }

  /** Stops renewing and releases, without making the caller wait: the lease bounds a failed release. */
  #let(held: HeldLock): void {
    clearTimeout(held.timer);
    this.#held.delete(held);
    this.#releaseQuietly(held.key, held.owner);
  }

  #releaseQuietly(key: string, owner: string): void {
    if (this.#closed) return;
    this.#run("lock", SCRIPTS.release, key, [owner]).catch(() => undefined);
  }

  /**
   * Stops renewing the locks this store holds and releases them (their callbacks' signals abort),
   * closes the subscriber connection it opened for rate-limit pauses, then refuses further calls.
   * The client is the app's: it stays open.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    const held = [...this.#held];
    this.#held.clear();
    for (const h of held) clearTimeout(h.timer);
    await Promise.all(held.map((h) => this.#run("lock", SCRIPTS.release, h.key, [h.owner]).catch(() => undefined)));
    this.#closed = true;
    await this.#channel?.close();
    for (const h of held) h.controller.abort(new TokenStoreError(`${NAME}.lock: the store was closed`, { operation: "lock" }));
  }

  /** Never shows the client (its options may hold a password) or any value. */
  toJSON(): Record<string, unknown> {
    return { type: NAME, prefix: this.#prefix.slice(0, -1) };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `${NAME} { prefix: ${JSON.stringify(this.#prefix.slice(0, -1))} }`;
  }
}

/**
 * Token stores: where a strategy keeps its token (and the PKCE flow its pending verifier) so it
 * survives a reload or a restart and can be shared by several holders (tabs, processes).
 * The file store is Node-only and lives in `spotify-web-api-sdk/node`.
 * @module
 */
import { SpotifyError, ValidationError } from "../errors.js";
import { STORE_KEY_NAMESPACE } from "./types.js";
import { inspectAs } from "../inspect-as.js";

/**
 * An async key-value store of JSON-serialisable objects.
 *
 * @example
 * ```ts
 * // A store over Redis (any async key-value store works the same way):
 * const store: TokenStore = {
 *   async get(key) { const v = await redis.get(key); return v ? JSON.parse(v) : null; },
 *   async set(key, value) { await redis.set(key, JSON.stringify(value)); },
 *   async delete(key) { await redis.del(key); },
 * };
 * ```
 */
export interface TokenStore {
  /** The value stored under `key`, or `null` (or `undefined`) when there is none. */
  get(key: string): Promise<unknown>;
  /** Stores `value` (a JSON-serialisable object) under `key`, replacing any previous one. */
  set(key: string, value: object): Promise<void>;
  /** Removes `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Optional: runs `fn` while holding an exclusive lock named `key`, shared by every holder the
   * store can reach (browser tabs through the Web Locks API, instances in one process). Token
   * refreshes run under it so two holders never spend the same single-use refresh token.
   */
  lock?<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Optional, and what makes a store shared by several holders safe (the fence): stores `value`
   * under `key` only if the value stored now has the revision `expectedRevision`, atomically
   * (no other write to `key` may come between the comparison and the write), and resolves `true`
   * if it wrote, `false` if the revision differed. See {@link storedRevision} for the revision of
   * a stored value: its numeric `revision` field, 0 when it has none (a token written by an older
   * version or by the app), `null` for a missing key.
   *
   * The store compares and writes; it never computes, checks or changes `value.revision`, which the
   * writer sets (greater than `expectedRevision`: usually the expected one + 1, more when a holder
   * writes back its newer copy after the store lost data). `value` is a token record (an
   * `AccessToken` plus `revision`) or the log-out marker `{ logged_out: true, revision }`.
   *
   * The lifecycle writes every token and every log-out through it when the store has it: a
   * log-out is the marker (never a delete), an empty key is data the store lost (the holders
   * write their copy back), and a renewal whose write fails the comparison yields to what is
   * stored. Correctness then never depends on `lock`, which only saves token requests. Stores
   * without it keep working with `set` and `delete` (one holder, or holders that share a lock).
   *
   * @example
   * ```ts
   * // The comparison and the write in one step, with a Redis script (sketch):
   * async compareAndSet(key, expectedRevision, value) {
   *   return (await redis.eval(CAS_SCRIPT, 1, key, String(expectedRevision ?? ""), JSON.stringify(value))) === 1;
   * }
   * ```
   */
  compareAndSet?(key: string, expectedRevision: number | null, value: StoredRecord): Promise<boolean>;
}

/** What the lifecycle writes with {@link TokenStore.compareAndSet}: a token, or the log-out marker. */
export type StoredRecord = {
  /** Grows by one with every write: a compare-and-set only succeeds against the revision it read. */
  readonly revision: number;
} & ({
  /** Marks a log-out, so every instance sharing the store sees it. */
  readonly logged_out: true;
} | Record<string, unknown>);

/**
 * The revision of a value read from a store, as {@link TokenStore.compareAndSet} compares it:
 * `null` for none (a missing key), the `revision` field when it is an integer >= 0, else 0 (a
 * token written by an older version of the SDK, or by the app with `set`).
 *
 * @example
 * ```ts
 * storedRevision(null);                       // null
 * storedRevision({ access_token: "..." });    // 0
 * storedRevision({ logged_out: true, revision: 7 }); // 7
 * ```
 */
export function storedRevision(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const revision = (value as { revision?: unknown }).revision;
  return typeof revision === "number" && Number.isSafeInteger(revision) && revision >= 0 ? revision : 0;
}

/**
 * Refuses a record no holder could have meant (a programming error, caught before any write).
 * @internal
 */
export function checkRecord(expectedRevision: number | null, value: StoredRecord): void {
  const expectedOk = expectedRevision === null || (Number.isSafeInteger(expectedRevision) && expectedRevision >= 0);
  const revision = (value as { revision?: unknown } | null)?.revision;
  if (!expectedOk || typeof value !== "object" || value === null || typeof revision !== "number"
    || !Number.isSafeInteger(revision) || revision <= (expectedRevision ?? 0)) {
    throw new ValidationError("compareAndSet needs an expected revision (an integer >= 0, or null) and a record whose revision is a greater integer", { parameter: "value" });
  }
}

/** Serialises async work per key inside one JavaScript realm. */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `fn` after every earlier `run` with the same key has settled. */
  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(fn, fn);
    const tail = result.then(() => undefined, () => undefined);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Keeps values in memory (copies, so a caller mutating a token cannot change the store). Share one
 * instance between strategies to share their token; its lock serialises their refreshes.
 */
export class MemoryTokenStore implements TokenStore {
  readonly #values = new Map<string, string>();
  readonly #mutex = new KeyedMutex();

  /** An empty store in this process's memory. */
  constructor() {
    inspectAs(this, () => `MemoryTokenStore { keys: ${this.#values.size} }`);
  }

  async get(key: string): Promise<unknown> {
    const text = this.#values.get(key);
    return text === undefined ? null : JSON.parse(text);
  }

  async set(key: string, value: object): Promise<void> {
    this.#values.set(key, JSON.stringify(copy(value)));
  }

  async delete(key: string): Promise<void> {
    this.#values.delete(key);
  }

  /** Atomic: the comparison and the write run in one synchronous step. */
  async compareAndSet(key: string, expectedRevision: number | null, value: StoredRecord): Promise<boolean> {
    checkRecord(expectedRevision, value);
    const text = this.#values.get(key);
    if (storedRevision(text === undefined ? null : JSON.parse(text)) !== expectedRevision) return false;
    this.#values.set(key, JSON.stringify(copy(value)));
    return true;
  }

  lock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.#mutex.run(key, fn);
  }

  /** Never shows the stored tokens. */
  toJSON(): Record<string, unknown> {
    return { type: "MemoryTokenStore", keys: this.#values.size };
  }
}

/** The part of the Web Locks API the stores use. */
interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Web Locks (`navigator.locks`) when the runtime has them. */
export function webLocks(): LockManagerLike | undefined {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks && typeof locks.request === "function" ? locks : undefined;
}

/** Options of {@link LocalStorageTokenStore}. */
export interface LocalStorageTokenStoreOptions {
  /**
   * The `Storage` to use.
   * @default globalThis.localStorage
   */
  storage?: Storage;
  /**
   * Prefix of every key written.
   * @default ""
   */
  prefix?: string;
}

/**
 * Without Web Locks, tabs cannot be serialised, but instances within this page still must be:
 * they share the page's one `localStorage`, so they share one mutex.
 */
const pageMutex = new KeyedMutex();

/**
 * Stores values as JSON in `localStorage` (browsers). Refreshes are serialised across tabs with
 * the Web Locks API where the browser has it, so tabs sharing a rotating refresh token do not
 * revoke each other's.
 */
export class LocalStorageTokenStore implements TokenStore {
  readonly #storage: Storage;
  readonly #prefix: string;

  /** Uses `options.storage`, else the page's `localStorage`; throws a {@link SpotifyError} when neither is usable (blocked site data, no DOM). */
  constructor(options: LocalStorageTokenStoreOptions = {}) {
    let storage: Storage | undefined;
    try {
      storage = options.storage ?? (globalThis as { localStorage?: Storage }).localStorage;
    } catch (cause) {
      // Reading `localStorage` throws where the browser blocks site data.
      throw new SpotifyError("LocalStorageTokenStore: localStorage is blocked in this page (site data disabled?)", { cause });
    }
    if (!storage) throw new SpotifyError("LocalStorageTokenStore needs localStorage, which this runtime does not have");
    this.#storage = storage;
    this.#prefix = options.prefix ?? "";
  }

  async get(key: string): Promise<unknown> {
    return this.#read(key);
  }

  #read(key: string): unknown {
    const text = this.#storage.getItem(this.#prefix + key);
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch (cause) {
      throw new SpotifyError(
        `localStorage item ${JSON.stringify(this.#prefix + key)} is not valid JSON; delete it to log in again`,
        { cause },
      );
    }
  }

  async set(key: string, value: object): Promise<void> {
    this.#storage.setItem(this.#prefix + key, JSON.stringify(value));
  }

  async delete(key: string): Promise<void> {
    this.#storage.removeItem(this.#prefix + key);
  }

  /**
   * The comparison and the write in one synchronous step: atomic within the page. Across tabs it
   * is as atomic as the browser's `localStorage` (browsers pass a tab's writes to the others
   * asynchronously, which no lock can change); renewals there are serialised by `lock`.
   */
  async compareAndSet(key: string, expectedRevision: number | null, value: StoredRecord): Promise<boolean> {
    checkRecord(expectedRevision, value);
    if (storedRevision(this.#read(key)) !== expectedRevision) return false;
    this.#storage.setItem(this.#prefix + key, JSON.stringify(value));
    return true;
  }

  lock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const locks = webLocks();
    const name = `${STORE_KEY_NAMESPACE}:${this.#prefix}${key}`;
    return locks ? locks.request(name, fn) : pageMutex.run(name, fn);
  }

  /** The store's type and key prefix; never the stored tokens. */
  toJSON(): Record<string, unknown> {
    return { type: "LocalStorageTokenStore", prefix: this.#prefix };
  }
}

/**
 * `PostgresTokenStore`: users' tokens shared by every instance of an app through PostgreSQL.
 * @module
 */
import { TokenStoreError, ValidationError } from "../errors.js";
import type { StoredRecord, TokenStore } from "../auth/stores.js";
import { KeyedMutex, storedRevision } from "../auth/stores.js";
import { DEFAULT_STORE_TIMEOUT_MS, checkKey, msOption, parseStored, toJson, within } from "../auth/shared-store.js";
import { sharePauseThrough } from "../auth/fleet-pause.js";
import type { PauseLogger, ProbeTurn, RateLimitStore, SharedPause } from "../http/rate-limit-store.js";
import { probeTurn, rateRowKey, rateSql } from "./rate-limit.js";

const NAME = "PostgresTokenStore";

/** A query result, as `pg` returns it. */
export interface PgQueryResultLike {
  /** The rows, each an object keyed by column name. */
  rows: unknown[];
  /** How many rows the statement returned or changed. */
  rowCount: number | null;
}

/** A client checked out of the pool (`pg.PoolClient`). */
export interface PgPoolClientLike {
  /** Runs one statement with `$1`-style parameters. */
  query(text: string, values?: unknown[]): Promise<PgQueryResultLike>;
  /** `release(error)` with an error destroys the connection instead of returning it. */
  release(error?: Error | boolean): void;
  /** Listens for the connection breaking while the client is checked out. */
  on(event: "error", listener: (error: Error) => void): unknown;
  /** Stops listening. */
  removeListener(event: "error", listener: (error: Error) => void): unknown;
}

/** A `pg` 8 `Pool` (or a compatible one): `connect()` checks a client out. */
export interface PgPoolLike {
  /** Checks a client out of the pool. */
  connect(): Promise<PgPoolClientLike>;
  /** `pg` keeps the pool's options here. */
  options?: {
    /** The pool's size: checked to be 2 or more. */
    max?: number;
  };
}

/** Options of {@link PostgresTokenStore}. */
export interface PostgresTokenStoreOptions {
  /**
   * The app's `pg.Pool`, of `max` 2 or more: `lock` keeps one connection in a transaction while
   * the callback reads and writes through another. The store never ends it.
   */
  pool: PgPoolLike;
  /**
   * The table (created if missing, see {@link PostgresTokenStore.createTableSql}); a plain
   * identifier, optionally schema-qualified (`schema.table`).
   * @default "spotify_tokens"
   */
  table?: string;
  /**
   * The time limit of every call to PostgreSQL, ms: past it the call fails with a `TokenStoreError`.
   * @default 2000
   */
  timeoutMs?: number;
  /**
   * How long `lock` waits for another holder before it fails with a `TokenStoreError`, ms.
   * @default 10000
   */
  lockTimeoutMs?: number;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** 64-bit FNV-1a of the text, as the signed bigint `pg_advisory_xact_lock` takes. */
function lockId(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return BigInt.asIntN(64, hash).toString();
}

/**
 * A {@link TokenStore} over PostgreSQL, for apps on several instances that share users' tokens.
 * Each value is a row (`key`, `value` as jsonb, its `revision`); the token lifecycle writes through
 * {@link PostgresTokenStore.compareAndSet} (one conditional `INSERT` or `UPDATE`), and
 * {@link PostgresTokenStore.lock} holds `pg_advisory_xact_lock` in a transaction, which the server
 * frees by itself when the holder's connection dies.
 *
 * It needs no dependency: pass the pool your app already has.
 *
 * @example
 * ```ts
 * import pg from "pg";
 * import { Session } from "spotify-web-api-sdk";
 * import { PostgresTokenStore } from "spotify-web-api-sdk/postgres";
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
 * // An idle connection the server or network drops is reported on the pool: without a listener,
 * // Node ends the process on that 'error' event. pg replaces the connection by itself.
 * pool.on("error", (error) => console.warn("postgres idle connection lost:", error.message));
 * const store = new PostgresTokenStore({ pool, table: "spotify_tokens" });
 * const session = new Session({ clientId, clientSecret, redirectUri, store });
 * ```
 */
export class PostgresTokenStore implements TokenStore, RateLimitStore {
  readonly #pool: PgPoolLike;
  readonly #table: string;
  readonly #tableName: string;
  readonly #timeoutMs: number;
  readonly #lockTimeoutMs: number;
  #ready: Promise<void> | undefined;
  #closed = false;
  /** Callers in this process wait here for a key another of them holds, not on a connection each. */
  readonly #local = new KeyedMutex();
  /** Locks held at once, at most: one connection of the pool stays free for their callbacks' reads and writes. */
  readonly #lockSlots: number;
  #locksHeld = 0;
  readonly #slotWaiters: Array<() => void> = [];

  /**
   * Checks the options and keeps the pool; runs no query until the first call (which creates the
   * table when it is missing).
   * @throws `ValidationError` for a missing pool, a pool `max` under 2, or a bad table name.
   */
  constructor(options: PostgresTokenStoreOptions) {
    if (!options || typeof options !== "object") throw new ValidationError(`${NAME}: options with a pool are required`, { parameter: "options" });
    const pool = options.pool as Partial<PgPoolLike> | undefined;
    if (!pool || typeof pool.connect !== "function") {
      throw new ValidationError(`${NAME}: pool must be a pg Pool (an object with a connect method)`, { parameter: "pool" });
    }
    const max = pool.options?.max;
    if (max !== undefined && !(typeof max === "number" && max >= 2)) {
      throw new ValidationError(`${NAME}: the pool's max must be 2 or more (lock holds one connection while the callback uses another); it is ${String(max)}`, { parameter: "pool" });
    }
    this.#pool = options.pool;
    this.#lockSlots = (max ?? 10) - 1;
    const table = options.table ?? "spotify_tokens";
    const parts = typeof table === "string" ? table.split(".") : [];
    if (parts.length < 1 || parts.length > 2 || !parts.every((p) => IDENTIFIER.test(p))) {
      throw new ValidationError(`${NAME}: table must be an identifier (letters, digits, _; optionally schema.table), got ${JSON.stringify(table)}`, { parameter: "table" });
    }
    this.#tableName = table;
    this.#table = parts.map((p) => `"${p}"`).join(".");
    this.#timeoutMs = msOption(NAME, "timeoutMs", options.timeoutMs, DEFAULT_STORE_TIMEOUT_MS);
    this.#lockTimeoutMs = msOption(NAME, "lockTimeoutMs", options.lockTimeoutMs, 10_000);
  }

  /**
   * The SQL the store runs once to create its table when it is missing (run it yourself in a
   * migration if the app's database user may not create tables).
   * @example
   * ```ts
   * new PostgresTokenStore({ pool, table: "spotify_tokens" }).createTableSql
   * // CREATE TABLE IF NOT EXISTS "spotify_tokens" (key text PRIMARY KEY, value jsonb NOT NULL,
   * //   revision double precision NOT NULL DEFAULT 0, updated_at timestamptz NOT NULL DEFAULT now())
   * ```
   */
  get createTableSql(): string {
    return `CREATE TABLE IF NOT EXISTS ${this.#table} (key text PRIMARY KEY, value jsonb NOT NULL, ` +
      "revision double precision NOT NULL DEFAULT 0, updated_at timestamptz NOT NULL DEFAULT now())";
  }

  /** Checks a client out, runs `work` with it and gives it back (destroyed if anything went wrong). */
  async #with<T>(operation: string, work: (client: PgPoolClientLike) => Promise<T>, secrets: string[] = []): Promise<T> {
    if (this.#closed) throw new TokenStoreError(`${NAME}.${operation}: the store is closed`, { operation });
    const limits = { store: NAME, operation, timeoutMs: this.#timeoutMs, secrets };
    const client = await within({ ...limits, onLate: (late) => void late.then((c) => (c as PgPoolClientLike).release(), () => undefined) }, () => this.#pool.connect());
    // A connection lost while checked out is reported as an 'error' event: unheard, it would crash the process.
    let broken: Error | undefined;
    const onError = (error: Error) => { broken = error; };
    client.on("error", onError);
    try {
      const result = await within(limits, () => work(client));
      client.removeListener("error", onError);
      client.release(broken);
      return result;
    } catch (error) {
      client.removeListener("error", onError);
      client.release(broken ?? new Error(`${NAME}.${operation} failed`));
      throw error;
    }
  }

  /** Creates the table once per store (again after a failure). */
  #ensureTable(): Promise<void> {
    this.#ready ??= this.#with("createTable", async (client) => {
      try {
        await client.query(this.createTableSql);
      } catch (error) {
        // Two instances creating it at once: one of them sees the other's type or table appear.
        if (!["23505", "42P07"].includes(String((error as { code?: unknown }).code))) throw error;
      }
    }).catch((error: unknown) => {
      this.#ready = undefined;
      throw error;
    });
    return this.#ready;
  }

  async #query(operation: string, text: string, values: unknown[], secrets: string[] = []): Promise<PgQueryResultLike> {
    await this.#ensureTable();
    return this.#with(operation, (client) => client.query(text, values), secrets);
  }

  /** The value stored under `key`, or `null`. */
  async get(key: string): Promise<unknown> {
    const { rows } = await this.#query("get", `SELECT value FROM ${this.#table} WHERE key = $1`, [checkKey(NAME, key)]);
    return parseStored(NAME, key, (rows[0] as { value?: unknown } | undefined)?.value ?? null);
  }

  /** Stores `value` under `key` unconditionally (the lifecycle uses {@link PostgresTokenStore.compareAndSet}). */
  async set(key: string, value: object): Promise<void> {
    const json = toJson(NAME, value);
    await this.#query("set",
      `INSERT INTO ${this.#table} (key, value, revision) VALUES ($1, $2::jsonb, $3) ` +
      "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, revision = EXCLUDED.revision, updated_at = now()",
      [checkKey(NAME, key), json, storedRevision(value) ?? 0], [json]);
  }

  /** Removes `key`; a missing key is not an error. */
  async delete(key: string): Promise<void> {
    await this.#query("delete", `DELETE FROM ${this.#table} WHERE key = $1`, [checkKey(NAME, key)]);
  }

  /**
   * Stores `value` only if the stored row's revision is `expectedRevision` (`null`: only if there
   * is no row), as one conditional `UPDATE` (or `INSERT ... ON CONFLICT DO NOTHING`); resolves
   * whether it wrote.
   */
  async compareAndSet(key: string, expectedRevision: number | null, value: StoredRecord): Promise<boolean> {
    if (expectedRevision !== null && (typeof expectedRevision !== "number" || !Number.isFinite(expectedRevision))) {
      throw new ValidationError(`${NAME}: expectedRevision must be a number or null`, { parameter: "expectedRevision" });
    }
    const json = toJson(NAME, value);
    const k = checkKey(NAME, key);
    const result = expectedRevision === null
      ? await this.#query("compareAndSet",
        `INSERT INTO ${this.#table} (key, value, revision) VALUES ($1, $2::jsonb, $3) ON CONFLICT (key) DO NOTHING`,
        [k, json, storedRevision(value) ?? 0], [json])
      : await this.#query("compareAndSet",
        `UPDATE ${this.#table} SET value = $2::jsonb, revision = $3, updated_at = now() WHERE key = $1 AND revision = $4`,
        [k, json, storedRevision(value) ?? 0, expectedRevision], [json]);
    return result.rowCount === 1;
  }

  /**
   * Runs `fn` while this instance holds the lock `key` across every instance sharing the
   * database: `pg_advisory_xact_lock` in a transaction on a connection of its own, committed when
   * `fn` settles. A holder that dies loses its connection, and the server frees the lock at once.
   * If the connection breaks while `fn` runs, `signal` aborts with a `TokenStoreError`. Waiting
   * longer than `lockTimeoutMs` for another holder fails with a `TokenStoreError`.
   */
  lock<T>(key: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    let id: string;
    try {
      id = lockId(`${this.#tableName}\u0000${checkKey(NAME, key)}`);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#local.run(id, async () => {
      if (this.#locksHeld >= this.#lockSlots) await new Promise<void>((resolve) => this.#slotWaiters.push(resolve));
      this.#locksHeld++;
      try {
        return await this.#lockOnServer(key, id, fn);
      } finally {
        this.#locksHeld--;
        this.#slotWaiters.shift()?.();
      }
    });
  }

  async #lockOnServer<T>(key: string, id: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.#closed) throw new TokenStoreError(`${NAME}.lock: the store is closed`, { operation: "lock" });
    const limits = { store: NAME, operation: "lock", timeoutMs: this.#timeoutMs };
    const client = await within({ ...limits, onLate: (late) => void late.then((c) => (c as PgPoolClientLike).release(), () => undefined) }, () => this.#pool.connect());
    const controller = new AbortController();
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
      controller.abort(new TokenStoreError(`${NAME}.lock: the connection holding ${JSON.stringify(key)} broke`, { operation: "lock", cause: new Error(error.message) }));
    };
    client.on("error", onError);
    let began = false;
    try {
      await within(limits, () => client.query("BEGIN"));
      began = true;
      await within(limits, () => client.query(`SET LOCAL lock_timeout = ${this.#lockTimeoutMs}`));
      await within({ ...limits, timeoutMs: this.#lockTimeoutMs + this.#timeoutMs }, () => client.query("SELECT pg_advisory_xact_lock($1::bigint)", [id]))
        .catch((error: unknown) => {
          const code = ((error as { cause?: { code?: unknown } }).cause)?.code;
          throw code === "55P03"
            ? new TokenStoreError(`${NAME}.lock: another holder kept ${JSON.stringify(key)} for over ${this.#lockTimeoutMs} ms`, { operation: "lock", timeoutMs: this.#lockTimeoutMs })
            : error;
        });
      return await fn(controller.signal);
    } finally {
      if (began && !broken) {
        // Nothing was written in this transaction: ending it only frees the lock.
        await within(limits, () => client.query("ROLLBACK")).catch((error: unknown) => { broken ??= error as Error; });
      }
      client.removeListener("error", onError);
      client.release(broken ?? (began ? undefined : new Error(`${NAME}.lock: BEGIN failed`)));
    }
  }

  /**
   * `RateLimitStore`: the app `key` is paused `ms` more from the server's clock, max-merged with
   * the pause stored (a row of this table, key `rate-limit:{<key>}`). Other instances poll it.
   */
  async recordPause(key: string, ms: number): Promise<number> {
    const wait = msOption(NAME, "ms", Math.max(1, Math.ceil(ms)), 1);
    const { rows } = await this.#query("recordPause", rateSql(this.#table).record, [rateRowKey(checkKey(NAME, key)), wait]);
    return Number((rows[0] as { ms?: unknown } | undefined)?.ms ?? wait);
  }

  /** `RateLimitStore`: how long the app `key` is still paused, ms, by the server's clock. */
  async pausedFor(key: string): Promise<number> {
    const { rows } = await this.#query("pausedFor", rateSql(this.#table).left, [rateRowKey(checkKey(NAME, key))]);
    return Number((rows[0] as { ms?: unknown } | undefined)?.ms ?? 0);
  }

  /** `RateLimitStore`: elects the one probe after a pause (one conditional `UPDATE`), `owner` for `leaseMs`. */
  async electProbe(key: string, owner: string, leaseMs: number): Promise<ProbeTurn> {
    const { rows } = await this.#query("electProbe", rateSql(this.#table).elect,
      [rateRowKey(checkKey(NAME, key)), checkKey(NAME, owner), msOption(NAME, "leaseMs", leaseMs, 1)]);
    return probeTurn(rows[0] as Parameters<typeof probeTurn>[0]);
  }

  /** `RateLimitStore`: the probe `owner` was answered; the pause ends for every instance. */
  async endPause(key: string, owner: string): Promise<void> {
    await this.#query("endPause", rateSql(this.#table).end, [rateRowKey(checkKey(NAME, key)), checkKey(NAME, owner)]);
  }

  /**
   * `RateLimitStore`: the pipeline's link to the pause shared through this store. Its code comes
   * with the store, so a client without a store ships none of it.
   */
  sharePause(key: string, logger?: PauseLogger): SharedPause {
    return sharePauseThrough(this, key, logger);
  }

  /** Refuses further calls. The pool is the app's: it stays open. */
  async close(): Promise<void> {
    this.#closed = true;
  }

  /** Never shows the pool (its options may hold a password) or any value. */
  toJSON(): Record<string, unknown> {
    return { type: NAME, table: this.#tableName };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `${NAME} { table: ${JSON.stringify(this.#tableName)} }`;
  }
}

/**
 * A token store in one JSON file (Node only; imported through `spotify-web-api-sdk/node`).
 * Written atomically (a temporary file renamed over the old one) with mode 0600, so a crash never
 * leaves half a file and other users of the machine cannot read the tokens. A file that is not
 * valid JSON is an error, never a silent log-out.
 * @module
 */
import { createHash, randomBytes } from "node:crypto";
import { chmod, link, mkdir, open, readFile, rename, stat, unlink, utimes, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { SpotifyError, ValidationError } from "../errors.js";
import { checkRecord, KeyedMutex, storedRevision, type StoredRecord, type TokenStore } from "../auth/stores.js";
import { sleep } from "../http/retry.js";

/** Options of {@link FileTokenStore}. */
export interface FileTokenStoreOptions {
  /** The JSON file (created with mode 0600 on first write; its directory with 0700). */
  path: string;
  /**
   * How long `lock`, `set`, `delete` and `compareAndSet` wait for another process holding a lock
   * file, ms.
   * @default 10000
   */
  lockTimeoutMs?: number;
  /**
   * A lock file not touched for this long is taken as left behind by a crashed process (`kill -9`)
   * and taken over, ms. Its holder touches it every quarter of this while it holds it, so a slow
   * holder keeps its lock. Must be shorter than `lockTimeoutMs`, or a crashed holder's lock would
   * outlast every wait. If the holder only stalled (its event loop blocked), the token store's
   * compare-and-set still keeps the two holders from undoing each other.
   * @default 2000 (or half of `lockTimeoutMs` when that is shorter)
   */
  staleLockMs?: number;
}

/** Instances on the same path in one process share these, so their writes and locks serialise. */
const writes = new KeyedMutex();
const locks = new KeyedMutex();

function checkMs(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new ValidationError(`FileTokenStore: ${name} must be a number of ms >= 0, got ${String(value)}`, { parameter: name });
  }
  return value;
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

const ignore = (): undefined => undefined;
const own = (all: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(all, key);

/** Unlinks the lock file only if it is still `owner`'s: after a takeover it is someone else's. */
async function release(lockPath: string, owner: string): Promise<void> {
  if ((await readFile(lockPath, "utf8").catch(ignore)) === owner) await unlink(lockPath).catch(ignore);
}

/**
 * Stores tokens in a JSON file, keyed like any {@link TokenStore}. Several processes may share the
 * file: `lock(key)` uses a lock file of that key next to it (see {@link FileTokenStore.lockPath}),
 * so only one of them spends a user's rotating refresh token while other users renew at the same
 * time; `set`, `delete` and `compareAndSet` re-read and rewrite the file under
 * `<file>.write.lock`, so no process loses another's write and a compare-and-set is atomic. Lock
 * files are put in place with a hard link (so one never exists without its owner's id): keep the
 * file on a file system that has them (not FAT or exFAT).
 *
 * @example
 * ```ts
 * import { FileTokenStore } from "spotify-web-api-sdk/node";
 * const session = new Session({ clientId, clientSecret, redirectUri, store: new FileTokenStore(".tokens.json") });
 * ```
 */
export class FileTokenStore implements TokenStore {
  readonly #path: string;
  readonly #lockTimeoutMs: number;
  readonly #staleLockMs: number;

  /**
   * Nothing is read or created until the first call.
   * @param options The file's path (relative to the working directory), or the path with lock timings.
   */
  constructor(options: string | FileTokenStoreOptions) {
    const o = typeof options === "string" ? { path: options } : options;
    if (!o || typeof o.path !== "string" || o.path === "") {
      throw new SpotifyError("FileTokenStore needs a file path");
    }
    this.#path = resolve(o.path);
    this.#lockTimeoutMs = checkMs(o.lockTimeoutMs ?? 10_000, "lockTimeoutMs");
    this.#staleLockMs = checkMs(o.staleLockMs ?? Math.min(2_000, this.#lockTimeoutMs / 2), "staleLockMs");
    if (this.#staleLockMs >= this.#lockTimeoutMs) {
      throw new ValidationError(
        `FileTokenStore: staleLockMs (${this.#staleLockMs}) must be shorter than lockTimeoutMs (${this.#lockTimeoutMs}), or a crashed holder's lock would outlast every wait`,
        { parameter: "staleLockMs" },
      );
    }
  }

  /** The absolute path of the file. */
  get path(): string {
    return this.#path;
  }

  async get(key: string): Promise<unknown> {
    // Behind this process's pending writes: a get right after a delete (a log-out) must not see the old token.
    const all = await writes.run(this.#path, () => this.#readAll());
    return own(all, key) ? all[key] : null;
  }

  set(key: string, value: object): Promise<void> {
    return this.#update((all) => {
      all[key] = JSON.parse(JSON.stringify(value));
      return true;
    });
  }

  delete(key: string): Promise<void> {
    return this.#update((all) => own(all, key) && delete all[key]);
  }

  /** Compares and writes in one read-modify-write under `<file>.write.lock`: atomic across processes. */
  async compareAndSet(key: string, expectedRevision: number | null, value: StoredRecord): Promise<boolean> {
    checkRecord(expectedRevision, value);
    let written = false;
    await this.#update((all) => {
      if (storedRevision(own(all, key) ? all[key] : null) !== expectedRevision) return false;
      all[key] = JSON.parse(JSON.stringify(value));
      return (written = true);
    });
    return written;
  }

  /**
   * The lock file `lock(key)` creates: `<file>.<16 hex digits of the key's SHA-256>.lock` (a key
   * may hold characters a file name cannot). Delete it by hand only if no process uses the file.
   *
   * @example
   * ```ts
   * new FileTokenStore("tokens.json").lockPath("spotify-web-sdk:session:abc"); // ".../tokens.json.<16 hex digits>.lock"
   * ```
   */
  lockPath(key: string): string {
    return `${this.#path}.${createHash("sha256").update(key).digest("hex").slice(0, 16)}.lock`;
  }

  /**
   * Exclusive per key, across instances in this process and, through {@link lockPath}, across
   * processes: holders of different keys (users) never wait for each other.
   */
  lock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const lockPath = this.lockPath(key);
    return locks.run(lockPath, async () => {
      const release = await this.#acquire(lockPath);
      try {
        return await fn();
      } finally {
        await release();
      }
    });
  }

  /**
   * Another process may rewrite the file between our read and our rename, so the read-modify-write
   * runs under a lock file. Not a key's lock file: `lock` holds that while its callback writes.
   */
  #update(change: (all: Record<string, unknown>) => boolean): Promise<void> {
    return writes.run(this.#path, async () => {
      const release = await this.#acquire(`${this.#path}.write.lock`);
      try {
        const all = await this.#readAll();
        if (change(all)) await this.#writeAll(all);
      } finally {
        await release();
      }
    });
  }

  async #readAll(): Promise<Record<string, unknown>> {
    let text: string;
    try {
      text = await readFile(this.#path, "utf8");
    } catch (error) {
      if (errorCode(error) === "ENOENT") return {};
      throw new SpotifyError(`cannot read the token file ${this.#path}`, { cause: error });
    }
    if (text.trim() === "") return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not the parse error as `cause`: V8's message quotes the text around the fault, which may be a token.
      throw new SpotifyError(
        `the token file ${this.#path} is corrupt (not valid JSON); it was left untouched: restore it or delete it to log in again`,
      );
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new SpotifyError(`the token file ${this.#path} is corrupt (not a JSON object); it was left untouched`);
    }
    return parsed as Record<string, unknown>;
  }

  async #writeAll(all: Record<string, unknown>): Promise<void> {
    // The directory exists: #update acquired its lock file beside it first.
    const tmp = `${this.#path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      const handle = await open(tmp, "wx", 0o600);
      try {
        await handle.writeFile(`${JSON.stringify(all, null, 2)}\n`, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
      // The umask may have narrowed the mode; it can never widen it, but say 0600 explicitly.
      await chmod(tmp, 0o600);
      await rename(tmp, this.#path);
    } catch (error) {
      await unlink(tmp).catch(() => undefined);
      throw new SpotifyError(`cannot write the token file ${this.#path}`, { cause: error });
    }
  }

  async #acquire(lockPath: string): Promise<() => Promise<void>> {
    // Unique per acquisition, so a release or a takeover can tell this lock from any later one.
    const owner = `${process.pid}.${randomBytes(8).toString("hex")}`;
    const deadline = Date.now() + this.#lockTimeoutMs;
    await mkdir(dirname(this.#path), { recursive: true, mode: 0o700 });
    for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
      if (await this.#create(lockPath, owner)) return this.#hold(lockPath, owner);
      if (Date.now() >= deadline) {
        throw new SpotifyError(`timed out after ${this.#lockTimeoutMs} ms waiting for the lock file ${lockPath}`);
      }
      if (await this.#breakStale(lockPath, owner)) continue;
      await sleep(delay * (0.5 + Math.random()));
    }
  }

  /**
   * Written aside then linked into place, so the lock file never exists without its owner id
   * (an empty one could not be told apart from another empty one). False if it exists already.
   */
  async #create(lockPath: string, owner: string): Promise<boolean> {
    const tmp = `${lockPath}.${owner}.tmp`;
    try {
      await writeFile(tmp, owner, { mode: 0o600 });
      await link(tmp, lockPath);
      return true;
    } catch (error) {
      if (errorCode(error) === "EEXIST") return false;
      throw new SpotifyError(`cannot create the lock file ${lockPath}`, { cause: error });
    } finally {
      await unlink(tmp).catch(ignore);
    }
  }

  #hold(lockPath: string, owner: string): () => Promise<void> {
    // A holder busy longer than staleLockMs must not look like a crashed one.
    const every = Math.min(Math.max(this.#staleLockMs / 4, 5), 2 ** 31 - 1);
    const timer = setInterval(() => {
      const now = new Date();
      utimes(lockPath, now, now).catch(ignore);
    }, every);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await release(lockPath, owner);
    };
  }

  /**
   * Removes a lock file left by a crashed process; true if the caller should retry at once. Waiters
   * take turns through `<lock>.break` (else one could remove the lock another has just created
   * after removing the stale one), and the stale file is renamed away, not unlinked, so that what
   * was removed can be checked against what was judged stale.
   */
  async #breakStale(lockPath: string, owner: string): Promise<boolean> {
    if ((await this.#staleOwner(lockPath)) === undefined) return false;
    const breaker = `${lockPath}.break`;
    if (!(await this.#create(breaker, owner))) {
      // Held only for a few system calls: a stale one is a crashed waiter's.
      const left = await this.#staleOwner(breaker);
      if (left !== undefined) await release(breaker, left);
      return false;
    }
    try {
      const judged = await this.#staleOwner(lockPath);
      if (judged === undefined) return true;
      const aside = `${lockPath}.${owner}.stale`;
      try {
        await rename(lockPath, aside);
      } catch (error) {
        if (errorCode(error) === "ENOENT") return true;
        throw new SpotifyError(`cannot remove the stale lock file ${lockPath}`, { cause: error });
      }
      // Its holder released it and a new holder took the path since we judged: put theirs back.
      if ((await readFile(aside, "utf8").catch(ignore)) !== judged) await link(aside, lockPath).catch(ignore);
      await unlink(aside).catch(ignore);
      return true;
    } finally {
      await release(breaker, owner);
    }
  }

  /** The owner id in a lock file older than staleLockMs, else undefined. */
  async #staleOwner(lockPath: string): Promise<string | undefined> {
    try {
      // Content first: if the file changes between the two calls, the new one's mtime is fresh.
      const content = await readFile(lockPath, "utf8");
      const { mtimeMs } = await stat(lockPath);
      return Date.now() - mtimeMs > this.#staleLockMs ? content : undefined;
    } catch {
      return undefined;
    }
  }

  /** The store's type and file path; never the stored tokens. */
  toJSON(): Record<string, unknown> {
    return { type: "FileTokenStore", path: this.#path };
  }
}

/**
 * A token store in one JSON file (Node only; imported through `spotify-web-sdk/node`).
 * Written atomically (a temporary file renamed over the old one) with mode 0600, so a crash never
 * leaves half a file and other users of the machine cannot read the tokens. A file that is not
 * valid JSON is an error, never a silent log-out.
 * @module
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, open, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { SpotifyError } from "../errors.js";
import { KeyedMutex, type TokenStore } from "../auth/stores.js";

/** Options of {@link FileTokenStore}. */
export interface FileTokenStoreOptions {
  /** The JSON file (created with mode 0600 on first write; its directory with 0700). */
  path: string;
  /**
   * How long `lock` waits for another process holding the lock file, ms.
   * @default 10000
   */
  lockTimeoutMs?: number;
  /**
   * A lock file older than this is considered left behind by a crashed process, ms.
   * @default 30000
   */
  staleLockMs?: number;
}

/** Instances on the same path in one process share these, so their writes and locks serialise. */
const writes = new KeyedMutex();
const locks = new KeyedMutex();

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/**
 * Stores tokens in a JSON file, keyed like any {@link TokenStore}. Several processes may share the
 * file: `lock` uses a lock file next to it, so only one of them spends a rotating refresh token.
 *
 * @example
 * ```ts
 * import { FileTokenStore } from "spotify-web-sdk/node";
 * const session = new Session({ clientId, clientSecret, redirectUri, store: new FileTokenStore(".tokens.json") });
 * ```
 */
export class FileTokenStore implements TokenStore {
  readonly #path: string;
  readonly #lockTimeoutMs: number;
  readonly #staleLockMs: number;

  constructor(options: string | FileTokenStoreOptions) {
    const o = typeof options === "string" ? { path: options } : options;
    if (!o || typeof o.path !== "string" || o.path === "") {
      throw new SpotifyError("FileTokenStore needs a file path");
    }
    this.#path = resolve(o.path);
    this.#lockTimeoutMs = o.lockTimeoutMs ?? 10_000;
    this.#staleLockMs = o.staleLockMs ?? 30_000;
  }

  /** The absolute path of the file. */
  get path(): string {
    return this.#path;
  }

  async get(key: string): Promise<unknown> {
    const all = await this.#readAll();
    return Object.prototype.hasOwnProperty.call(all, key) ? all[key] : null;
  }

  set(key: string, value: object): Promise<void> {
    return writes.run(this.#path, async () => {
      const all = await this.#readAll();
      all[key] = JSON.parse(JSON.stringify(value));
      await this.#writeAll(all);
    });
  }

  delete(key: string): Promise<void> {
    return writes.run(this.#path, async () => {
      const all = await this.#readAll();
      if (!Object.prototype.hasOwnProperty.call(all, key)) return;
      delete all[key];
      await this.#writeAll(all);
    });
  }

  /** Exclusive across instances in this process and, through `<file>.lock`, across processes. */
  lock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return locks.run(this.#path, async () => {
      const release = await this.#acquireLockFile();
      try {
        return await fn();
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
    } catch (cause) {
      throw new SpotifyError(
        `the token file ${this.#path} is corrupt (not valid JSON); it was left untouched: restore it or delete it to log in again`,
        { cause },
      );
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new SpotifyError(`the token file ${this.#path} is corrupt (not a JSON object); it was left untouched`);
    }
    return parsed as Record<string, unknown>;
  }

  async #writeAll(all: Record<string, unknown>): Promise<void> {
    await mkdir(dirname(this.#path), { recursive: true, mode: 0o700 });
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

  async #acquireLockFile(): Promise<() => Promise<void>> {
    const lockPath = `${this.#path}.lock`;
    const deadline = Date.now() + this.#lockTimeoutMs;
    await mkdir(dirname(this.#path), { recursive: true, mode: 0o700 });
    for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
      try {
        await writeFile(lockPath, String(process.pid), { flag: "wx", mode: 0o600 });
        return () => unlink(lockPath).catch(() => undefined);
      } catch (error) {
        if (errorCode(error) !== "EEXIST") throw new SpotifyError(`cannot create the lock file ${lockPath}`, { cause: error });
      }
      const age = await stat(lockPath).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > this.#staleLockMs) {
        await unlink(lockPath).catch(() => undefined);
        continue;
      }
      if (Date.now() >= deadline) {
        throw new SpotifyError(`timed out after ${this.#lockTimeoutMs} ms waiting for the lock file ${lockPath}`);
      }
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  toJSON(): Record<string, unknown> {
    return { type: "FileTokenStore", path: this.#path };
  }
}

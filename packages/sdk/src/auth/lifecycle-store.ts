/**
 * What the token lifecycle keeps in a store, and how it writes it: a token record (the token plus
 * its `revision`) or the log-out marker `{ logged_out: true, revision }`, each written by
 * compare-and-set when the store has it. Also the bounds of a token's lifetime.
 * @module
 */
import { SpotifyError } from "../errors.js";
import { storedRevision, type StoredRecord, type TokenStore } from "./stores.js";
import { readStoredToken } from "./token-response.js";
import type { AccessToken } from "./types.js";

/**
 * What a store holds under a token key, as the lifecycle reads it, with the revision it was read
 * at: {@link storedRevision}'s (`null` for an empty key).
 */
export type StoreView =
  | { readonly kind: "absent"; readonly revision: null }
  | { readonly kind: "marker"; readonly revision: number }
  | { readonly kind: "token"; readonly token: AccessToken; readonly revision: number };

const ABSENT: StoreView = { kind: "absent", revision: null };

/** A token and the store revision it was read or written at (`null`: not known to be in the store). */
export interface Versioned {
  readonly token: AccessToken;
  readonly revision: number | null;
}

/**
 * The shortest lifetime a token response is taken for, in seconds. Spotify says 3600; a server
 * saying less (`expires_in: 0` included) would otherwise make every call request a token. Such a
 * token is used for 30 s (renewed after 15, at half its lifetime); if it really expired sooner,
 * the 401 it gets renews it.
 */
export const MIN_TOKEN_LIFETIME_SECONDS = 30;

/**
 * The longest lifetime kept, in seconds (a year): a larger `expires_in` (`1e306`) is cut to it, so
 * `expires` stays a finite number that every holder of the store can read back.
 */
export const MAX_TOKEN_LIFETIME_SECONDS = 366 * 24 * 3600;

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/**
 * Keeps a token's lifetime within the bounds above. `issued`: the token was just issued (a token
 * response), so it gets at least the minimum lifetime; a token restored by the app may be expired
 * already and keeps its `expires`, cut only at the maximum. `expires: -1` (never) is kept.
 */
export function boundLifetime(token: AccessToken, now: number, issued: boolean): AccessToken {
  if (token.expires === -1) return token;
  const low = issued ? MIN_TOKEN_LIFETIME_SECONDS : 0;
  const given = typeof token.expires_in === "number" && !Number.isNaN(token.expires_in) ? token.expires_in : undefined;
  const seconds = given === undefined ? (issued ? low : token.expires_in) : clamp(given, low, MAX_TOKEN_LIFETIME_SECONDS);
  const from = typeof token.expires === "number" && !Number.isNaN(token.expires) ? token.expires : now + (given ?? 0) * 1000;
  const expires = clamp(from, issued ? now + low * 1000 : Number.NEGATIVE_INFINITY, now + MAX_TOKEN_LIFETIME_SECONDS * 1000);
  return expires === token.expires && seconds === token.expires_in ? token : { ...token, expires_in: seconds, expires };
}

/**
 * Reads what a store holds under `key`. A token without `revision` (written by an older version)
 * is revision 0; one stored with `expires: null` (an older version's overflowed `expires_in`) is
 * read as expired, so it is renewed rather than refused as a corrupt store. Anything else that is
 * not a token is an error, never a silent log-out.
 */
export function readRecord(value: unknown, key: string): StoreView {
  if (value === null || value === undefined) return ABSENT;
  const revision = storedRevision(value) ?? 0;
  const raw = value as Record<string, unknown>;
  if (typeof value === "object" && raw.logged_out === true) return { kind: "marker", revision };
  const read = typeof value === "object" && raw.expires === null && typeof raw.access_token === "string" ? { ...raw, expires: 0 } : value;
  const token = readStoredToken(read, key);
  return token ? { kind: "token", token, revision } : ABSENT;
}

/** The revision of a new write after every one given. */
export function nextRevision(...revisions: Array<number | null>): number {
  return Math.max(0, ...revisions.map((r) => r ?? 0)) + 1;
}

/**
 * Whether the stored token is the one to hold rather than `held`: the store is the truth when it
 * is ahead (a higher revision: another holder renewed or the app replaced the token); when it is
 * not ahead (a copy written back after a loss, a token written without revision by an older
 * version, or `held` never reached the store) the later-expiring token is the newer one.
 */
export function storedWins(stored: Versioned, held: Versioned): boolean {
  if (stored.token.access_token === held.token.access_token) return (stored.revision ?? 0) >= (held.revision ?? 0);
  if (held.revision !== null && (stored.revision ?? 0) > held.revision) return true;
  return (stored.token.expires ?? 0) >= (held.token.expires ?? 0);
}

/**
 * The app's own writes (log-outs, logins, restored tokens) in flight in this realm, per key.
 * `removeAccessToken()` cannot be awaited (1.2.0's signature), so a client created right after
 * would otherwise read the store before the log-out reached it: reads of the key wait for them.
 * By key, not by store object: two `LocalStorageTokenStore`s of one page are one storage.
 */
const appWrites = new Map<string, Set<Promise<unknown>>>();

/** A token record: the token's fields and its revision. */
function record(token: AccessToken, revision: number): StoredRecord {
  return { ...token, revision };
}

/**
 * One store key seen through the rules above. `fenced` stores (with `compareAndSet`) get every
 * write compared with the revision the writer read. Other stores (an app's own get/set/delete) keep
 * the earlier rules: the comparison is a read before the write (not atomic), and a log-out is a
 * delete, so there an empty key after a token was stored means a log-out elsewhere.
 */
export class TokenRecords {
  readonly #store: TokenStore | undefined;
  readonly #key: string;

  constructor(store: TokenStore | undefined, key: string) {
    this.#store = store;
    this.#key = key;
  }

  /** There is a store (else there is one holder: nothing to read or write). */
  get present(): boolean {
    return !!this.#store;
  }

  /** The store has compare-and-set: its writes are fenced. */
  get fenced(): boolean {
    return typeof this.#store?.compareAndSet === "function";
  }

  /** What the store holds, read after the app's writes to this key still in flight in this realm. */
  async read(): Promise<StoreView> {
    const pending = appWrites.get(this.#key);
    if (pending?.size) await Promise.allSettled([...pending]);
    return this.#readNow();
  }

  async #readNow(): Promise<StoreView> {
    return this.#store ? readRecord(await this.#store.get(this.#key), this.#key) : ABSENT;
  }

  /** Writes `token` at `revision` if the store is still at `expected`; true if written. */
  writeToken(expected: number | null, token: AccessToken, revision: number): Promise<boolean> {
    return this.#write(expected, record(token, revision));
  }

  /** Writes the log-out marker (a delete in an unfenced store) if the store is still at `expected`. */
  writeMarker(expected: number | null, revision: number): Promise<boolean> {
    return this.#write(expected, { logged_out: true, revision });
  }

  /**
   * Writes over whatever the store holds now: an explicit action of the app (a login, a restored
   * token, a log-out) is newer than anything stored. The first attempt compares with `guess` (the
   * revision this holder last saw) without reading first, so the write is issued at once, before
   * any later read of this store in this realm (a synchronous `removeAccessToken()` followed by a
   * new client); then it re-reads and retries while other holders write in between. A store
   * without compare-and-set gets a plain `set` (or `delete` for a log-out), as before. Resolves
   * the revision written (`null` without a store), or the one read when `skipIf` said so.
   */
  writeOver(value: AccessToken | "logged_out", guess: number | null, skipIf?: (view: StoreView) => boolean): Promise<number | null> {
    const store = this.#store;
    if (!store) return Promise.resolve(null);
    const write = this.#writeOver(store, value, guess, skipIf);
    const pending = appWrites.get(this.#key) ?? new Set();
    appWrites.set(this.#key, pending.add(write));
    void write.then(() => undefined, () => undefined).then(() => {
      pending.delete(write);
      if (!pending.size && appWrites.get(this.#key) === pending) appWrites.delete(this.#key);
    });
    return write;
  }

  async #writeOver(store: TokenStore, value: AccessToken | "logged_out", guess: number | null, skipIf?: (view: StoreView) => boolean): Promise<number | null> {
    const write = (expected: number | null, revision: number) =>
      value === "logged_out" ? this.writeMarker(expected, revision) : this.writeToken(expected, value, revision);
    if (!this.fenced) {
      const revision = nextRevision(guess);
      if (value === "logged_out") await store.delete(this.#key);
      else await store.set(this.#key, record(value, revision));
      return revision;
    }
    if (await write(guess, nextRevision(guess))) return nextRevision(guess);
    for (let attempt = 0; attempt < 20; attempt++) {
      const view = await this.#readNow();
      if (skipIf?.(view)) return view.revision;
      const revision = nextRevision(view.revision);
      if (await write(view.revision, revision)) return revision;
    }
    throw new SpotifyError(`the token store key ${JSON.stringify(this.#key)} kept changing while this holder wrote it (20 attempts)`);
  }

  async #write(expected: number | null, value: StoredRecord): Promise<boolean> {
    const store = this.#store;
    if (!store) return true;
    if (store.compareAndSet) return store.compareAndSet(this.#key, expected, value);
    if ((await this.#readNow()).revision !== expected) return false;
    if ((value as { logged_out?: true }).logged_out) await store.delete(this.#key);
    else await store.set(this.#key, value);
    return true;
  }
}

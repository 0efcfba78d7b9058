/**
 * Serialized answers of catalog GETs, with their ETag. The catalog is a pure function of the seed,
 * so rendering, JSON.stringify and hashing the same track again only costs CPU: under load that was
 * most of a request's own time. Which answers may be cached, and under which key, is the gate's
 * business (webapi/cacheable.ts); this file only keeps them.
 * @module
 */
import { createHash } from "node:crypto";
import type { ReadyResponse } from "./exchange.js";

/** Bounds: a few thousand answers, at most 32 MB of JSON (the RSS target leaves room for it). */
const MAX_ENTRIES = 4096;
const MAX_BYTES = 32 * 1024 * 1024;

/** A cached 200: its body, ETag and prepared response. */
export interface CachedAnswer {
  /** The JSON body. */
  readonly body: Buffer;
  /** The quoted ETag of `body`. */
  readonly etag: string;
  /** The 200 with every header prepared. */
  readonly ready: ReadyResponse;
}

/** The quoted ETag of a body (a SHA-1, base64url). */
export function etagOf(body: Buffer | string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** A bounded LRU (a Map in use order) tied to one catalog: a different catalog empties it. */
export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private bytes = 0;
  private owner: object | undefined;

  /** The answer for `key` when it was cached for this `catalog`. */
  get(catalog: object, key: string): CachedAnswer | undefined {
    if (catalog !== this.owner) return undefined;
    const hit = this.entries.get(key);
    if (hit !== undefined && this.entries.size > 64) {
      // Refresh recency; skipped for tiny caches where eviction order hardly matters.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Keeps `answer` for `catalog` (a different catalog empties the cache first); drops the oldest past the bounds. */
  set(catalog: object, key: string, answer: CachedAnswer): void {
    if (catalog !== this.owner) {
      this.clear();
      this.owner = catalog;
    }
    if (answer.body.length > MAX_BYTES / 16) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length;
    this.entries.delete(key);
    this.entries.set(key, answer);
    this.bytes += answer.body.length;
    while (this.entries.size > MAX_ENTRIES || this.bytes > MAX_BYTES) {
      const [oldest, value] = this.entries.entries().next().value as [string, CachedAnswer];
      this.entries.delete(oldest);
      this.bytes -= value.body.length;
    }
  }

  /** How many answers are kept. */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets every answer (reseed, reset, new fixtures). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.owner = undefined;
  }
}

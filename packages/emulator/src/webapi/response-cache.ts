// Serialized answers of catalog GETs, with their ETag. The catalog is a pure function of the seed,
// so rendering, JSON.stringify and hashing the same track again only costs CPU: under load that was
// most of a request's own time. Every request still goes through the whole gate (token, rate
// limit, profile, scopes, validation, faults); only the handler's work is skipped.
import { createHash } from "node:crypto";
import type { CallerAuth } from "../handlers/types.js";
import type { ReadyResponse } from "../http/exchange.js";

/**
 * Operations whose 200 answer depends only on the catalog (fixed by the seed), the request (path,
 * query, Host for hrefs) and the caller's view (profile, Nov 2024 switch, token kind, the user's
 * country for `market=from_token`, the resume-point scope). Nothing a user or the control plane
 * writes shows in them: playlists, profiles, libraries and the player are left out on purpose,
 * and so is a search that includes playlists.
 */
const CATALOG_READS = new Set([
  "get-track", "get-several-tracks", "get-audio-features", "get-several-audio-features", "get-audio-analysis",
  "get-an-album", "get-multiple-albums", "get-an-albums-tracks", "get-new-releases",
  "get-an-artist", "get-multiple-artists", "get-an-artists-albums", "get-an-artists-top-tracks", "get-an-artists-related-artists",
  "get-a-show", "get-multiple-shows", "get-a-shows-episodes", "get-an-episode", "get-multiple-episodes",
  "get-an-audiobook", "get-multiple-audiobooks", "get-audiobook-chapters", "get-a-chapter", "get-several-chapters",
  "get-categories", "get-a-category", "get-available-markets", "get-recommendation-genres",
  "search",
]);

/** Bounds: a few thousand answers, at most 32 MB of JSON (the RSS target leaves room for it). */
const MAX_ENTRIES = 4096;
const MAX_BYTES = 32 * 1024 * 1024;

export interface CachedAnswer {
  readonly body: Buffer;
  /** The quoted ETag of `body`. */
  readonly etag: string;
  /** The 200 with every header prepared. */
  readonly ready: ReadyResponse;
}

/** The parts of a request that shape a cacheable answer. */
export interface AnswerKeyParts {
  operationId: string;
  host: string | undefined;
  pathname: string;
  rawQuery: string;
  auth: CallerAuth & { restrictNov2024?: boolean };
  /** The store's own Nov 2024 switch (used when the per-app one is absent). */
  storeRestrictions: boolean;
  /** The calling user's country, for user tokens (`market=from_token`). */
  country: string | undefined;
}

/** @param query the validated, decoded query */
export function isCacheable(operationId: string, query: Readonly<Record<string, string>>): boolean {
  if (!CATALOG_READS.has(operationId)) return false;
  // Playlists can be edited by their owners, so searches that may list them are rendered afresh.
  return operationId !== "search" || !(query.type ?? "").includes("playlist");
}

export function answerKey(p: AnswerKeyParts): string {
  const a = p.auth;
  const resume = a.kind === "user" && a.scopes.has("user-read-playback-position");
  return `${p.operationId}\n${p.host ?? ""}\n${p.pathname}?${p.rawQuery}\n${a.profile}|${String(a.restrictNov2024)}|${p.storeRestrictions}|${a.kind}|${p.country ?? ""}|${resume}`;
}

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

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.owner = undefined;
  }
}

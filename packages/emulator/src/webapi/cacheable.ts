/**
 * Which Web API answers the gate may serve from the answer cache (http/answer-cache.ts), and the
 * key that tells two such answers apart. Every request still goes through the whole gate (token,
 * rate limit, profile, scopes, validation, faults); only the handler's work is skipped.
 * @module
 */
import type { CallerAuth } from "../handlers/types.js";

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

/** The parts of a request that shape a cacheable answer. */
export interface AnswerKeyParts {
  /** The operation. */
  operationId: string;
  /** The Host header (hrefs are built from it). */
  host: string | undefined;
  /** The raw path. */
  pathname: string;
  /** The raw query. */
  rawQuery: string;
  /** The caller (its view: profile, Nov 2024 switch, token kind, scopes). */
  auth: CallerAuth;
  /** The store's own Nov 2024 switch (used when the per-app one is absent). */
  storeRestrictions: boolean;
  /** The calling user's country, for user tokens (`market=from_token`). */
  country: string | undefined;
}

/**
 * Whether the answer of `operationId` to this query depends on the catalog and the request only.
 * @param query the validated, decoded query
 */
export function isCacheable(operationId: string, query: Readonly<Record<string, string>>): boolean {
  if (!CATALOG_READS.has(operationId)) return false;
  // Playlists can be edited by their owners, so searches that may list them are rendered afresh.
  return operationId !== "search" || !(query.type ?? "").includes("playlist");
}

/** The cache key of a cacheable answer: everything that may change its bytes. */
export function answerKey(p: AnswerKeyParts): string {
  const a = p.auth;
  const resume = a.kind === "user" && a.scopes.has("user-read-playback-position");
  return `${p.operationId}\n${p.host ?? ""}\n${p.pathname}?${p.rawQuery}\n${a.profile}|${String(a.restrictNov2024)}|${p.storeRestrictions}|${a.kind}|${p.country ?? ""}|${resume}`;
}


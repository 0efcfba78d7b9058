// Which operations an app may call, and with which token: profiles (behaviour.md §3.1, §3.3, §4.1)
// and scopes (§1.8).
import type { Profile } from "../handlers/types.js";
import type { OperationSpec } from "../spec/model.js";

/** Operations removed for Development Mode apps in February 2026 (§3.3): 403 "Forbidden". */
export const REMOVED_DEV_2026: ReadonlySet<string> = new Set([
  "get-multiple-albums", "get-several-tracks", "get-multiple-artists", "get-multiple-episodes",
  "get-multiple-shows", "get-multiple-audiobooks", "get-several-chapters",
  "get-an-artists-top-tracks", "get-available-markets", "get-new-releases", "get-categories", "get-a-category",
  "get-users-profile", "get-list-users-playlists", "create-playlist-for-user",
  "save-tracks-user", "remove-tracks-user", "check-users-saved-tracks",
  "save-albums-user", "remove-albums-user", "check-users-saved-albums",
  "save-episodes-user", "remove-episodes-user", "check-users-saved-episodes",
  "save-shows-user", "remove-shows-user", "check-users-saved-shows",
  "save-audiobooks-user", "remove-audiobooks-user", "check-users-saved-audiobooks",
  "follow-artists-users", "unfollow-artists-users", "check-current-user-follows",
  "follow-playlist", "unfollow-playlist", "check-if-user-follows-playlist",
  "get-playlists-tracks", "reorder-or-replace-playlists-tracks", "add-tracks-to-playlist", "remove-tracks-playlist",
]);

/** The 27 Nov 2024 removals (§3.1) and the status each one answers with. */
export const REMOVED_NOV_2024: ReadonlyMap<string, { status: number; message: string }> = new Map([
  ["get-recommendations", { status: 404, message: "Not found." }],
  ["get-recommendation-genres", { status: 404, message: "Not found." }],
  ["get-an-artists-related-artists", { status: 403, message: "Forbidden" }],
  ["get-several-audio-features", { status: 403, message: "Forbidden" }],
  ["get-audio-features", { status: 403, message: "Forbidden" }],
  ["get-audio-analysis", { status: 403, message: "Forbidden" }],
  ["get-featured-playlists", { status: 403, message: "Forbidden" }],
  ["get-a-categories-playlists", { status: 403, message: "Forbidden" }],
]);

export function removedFor(profile: Profile, restrictNov2024: boolean, operationId: string): { status: number; message: string } | undefined {
  if (restrictNov2024) {
    const removed = REMOVED_NOV_2024.get(operationId);
    if (removed) return removed;
  }
  if (profile === "dev-2026" && REMOVED_DEV_2026.has(operationId)) return { status: 403, message: "Forbidden" };
  return undefined;
}

/**
 * How a spec `security` list is enforced. The spec lists every scope that *may* matter, so by
 * default one of them is enough (e.g. playlist-modify-public OR -private). The exceptions:
 * scopes that only govern fields or visibility (`/me`'s email and country, shows' resume points,
 * private playlists) are not required at all, and some operations need a specific one.
 */
interface ScopeRule {
  all?: string[];
  any?: string[];
}

const SCOPE_OVERRIDES: Record<string, ScopeRule> = {
  "get-current-users-profile": {},
  // Public playlists are readable with any token (client credentials included); the
  // playlist-read-* scopes only add private and collaborative ones, which the handler decides.
  "get-playlists-items": {},
  "get-playlists-tracks": {},
  "get-list-users-playlists": {},
  "get-a-list-of-current-users-playlists": {},
  "get-a-show": {},
  "get-a-shows-episodes": {},
  "get-an-episode": {},
  "get-multiple-episodes": {},
  "get-users-saved-episodes": { all: ["user-library-read"] },
  "upload-custom-playlist-cover": { all: ["ugc-image-upload"], any: ["playlist-modify-public", "playlist-modify-private"] },
};

export interface OperationPolicy {
  /** Scopes that must all be granted. */
  all: string[];
  /** At least one of these must be granted (when non-empty). */
  any: string[];
  /** Refused for client-credentials tokens (user data). */
  userOnly: boolean;
}

export function policyFor(op: OperationSpec): OperationPolicy {
  const rule = SCOPE_OVERRIDES[op.operationId] ?? { any: op.scopes };
  const all = rule.all ?? [];
  const any = rule.any ?? [];
  return { all, any, userOnly: op.path.startsWith("/me") || all.length > 0 || any.length > 0 };
}

export function scopesSatisfied(policy: OperationPolicy, granted: ReadonlySet<string>): boolean {
  if (policy.all.some((s) => !granted.has(s))) return false;
  return policy.any.length === 0 || policy.any.some((s) => granted.has(s));
}

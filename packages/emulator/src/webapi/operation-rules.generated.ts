/**
 * GENERATED FILE: do not edit. Source: spec/openapi.yml and spec/annotations.yml.
 * What the emulator enforces per operation: the scope rule (behaviour.md §1.8), the 27 Nov 2024 removals (§3.1), the February 2026 Development Mode closures (§3.3) and the request limits.
 * Regenerate with `npm run gen:operations` (node scripts/gen-operations.mjs); test/operations.test.ts fails when it drifts.
 * @module
 */

/** How one operation is gated. */
export interface OperationRule {
  /** Scopes that must all be granted. */
  readonly all: readonly string[];
  /** At least one of these must be granted (when non-empty). */
  readonly any: readonly string[];
  /** Refused for client-credentials tokens (user data). */
  readonly userOnly: boolean;
  /** Closed to apps created on or after 27 November 2024: the status and message they get. */
  readonly removedNov2024?: { readonly status: number; readonly message: string };
  /** Closed to Development Mode apps since February 2026 (403 "Forbidden"). */
  readonly closedDev2026?: true;
  /** The most IDs or URIs one request takes. */
  readonly maxIds?: number;
  /** The largest `limit` of a paged operation. */
  readonly maxLimit?: number;
  /** The largest `offset` of an offset-paged operation, when the spec states one. */
  readonly maxOffset?: number;
}

/** Every spec operation's rule, keyed by operationId. */
export const OPERATION_RULES: Readonly<Record<string, OperationRule>> = {
  "get-an-album": { all: [], any: [], userOnly: false },
  "get-multiple-albums": { all: [], any: [], userOnly: false, closedDev2026: true, maxIds: 20 },
  "get-an-albums-tracks": { all: [], any: [], userOnly: false, maxLimit: 50 },
  "get-an-artist": { all: [], any: [], userOnly: false },
  "get-multiple-artists": { all: [], any: [], userOnly: false, closedDev2026: true, maxIds: 50 },
  "get-an-artists-albums": { all: [], any: [], userOnly: false, maxLimit: 10 },
  "get-an-artists-top-tracks": { all: [], any: [], userOnly: false, closedDev2026: true },
  "get-an-artists-related-artists": { all: [], any: [], userOnly: false, removedNov2024: { status: 403, message: "Forbidden" } },
  "get-a-show": { all: [], any: [], userOnly: false },
  "get-multiple-shows": { all: [], any: [], userOnly: false, closedDev2026: true, maxIds: 50 },
  "get-a-shows-episodes": { all: [], any: [], userOnly: false, maxLimit: 50 },
  "get-an-episode": { all: [], any: [], userOnly: false },
  "get-multiple-episodes": { all: [], any: [], userOnly: false, closedDev2026: true, maxIds: 50 },
  "get-an-audiobook": { all: [], any: [], userOnly: false },
  "get-multiple-audiobooks": { all: [], any: [], userOnly: false, closedDev2026: true, maxIds: 50 },
  "get-audiobook-chapters": { all: [], any: [], userOnly: false, maxLimit: 50 },
  "get-users-saved-audiobooks": { all: [], any: ["user-library-read"], userOnly: true, maxLimit: 50 },
  "save-audiobooks-user": { all: [], any: ["user-library-modify"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "remove-audiobooks-user": { all: [], any: ["user-library-modify"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "check-users-saved-audiobooks": { all: [], any: ["user-library-read"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "get-a-chapter": { all: [], any: [], userOnly: false },
  "get-several-chapters": { all: [], any: [], userOnly: false, closedDev2026: true, maxIds: 50 },
  "get-track": { all: [], any: [], userOnly: false },
  "get-several-tracks": { all: [], any: [], userOnly: false, closedDev2026: true, maxIds: 50 },
  "search": { all: [], any: [], userOnly: false, maxLimit: 10, maxOffset: 1000 },
  "get-current-users-profile": { all: [], any: [], userOnly: true },
  "get-playlist": { all: [], any: [], userOnly: false },
  "change-playlist-details": { all: [], any: ["playlist-modify-public", "playlist-modify-private"], userOnly: true },
  "get-playlists-tracks": { all: [], any: [], userOnly: false, closedDev2026: true, maxLimit: 100 },
  "reorder-or-replace-playlists-tracks": { all: [], any: ["playlist-modify-public", "playlist-modify-private"], userOnly: true, closedDev2026: true, maxIds: 100 },
  "add-tracks-to-playlist": { all: [], any: ["playlist-modify-public", "playlist-modify-private"], userOnly: true, closedDev2026: true, maxIds: 100 },
  "remove-tracks-playlist": { all: [], any: ["playlist-modify-public", "playlist-modify-private"], userOnly: true, closedDev2026: true, maxIds: 100 },
  "get-playlists-items": { all: [], any: [], userOnly: false, maxLimit: 50 },
  "reorder-or-replace-playlists-items": { all: [], any: ["playlist-modify-public", "playlist-modify-private"], userOnly: true, maxIds: 100 },
  "add-items-to-playlist": { all: [], any: ["playlist-modify-public", "playlist-modify-private"], userOnly: true, maxIds: 100 },
  "remove-items-playlist": { all: [], any: ["playlist-modify-public", "playlist-modify-private"], userOnly: true, maxIds: 100 },
  "get-a-list-of-current-users-playlists": { all: [], any: [], userOnly: true, maxLimit: 50, maxOffset: 100000 },
  "create-playlist": { all: [], any: ["playlist-modify-public", "playlist-modify-private"], userOnly: true },
  "save-library-items": { all: [], any: ["user-library-modify", "user-follow-modify", "playlist-modify-public"], userOnly: true, maxIds: 40 },
  "remove-library-items": { all: [], any: ["user-library-modify", "user-follow-modify", "playlist-modify-public"], userOnly: true, maxIds: 40 },
  "check-library-contains": { all: [], any: ["user-library-read", "user-follow-read", "playlist-read-private"], userOnly: true, maxIds: 40 },
  "get-users-saved-albums": { all: [], any: ["user-library-read"], userOnly: true, maxLimit: 50 },
  "save-albums-user": { all: [], any: ["user-library-modify"], userOnly: true, closedDev2026: true, maxIds: 20 },
  "remove-albums-user": { all: [], any: ["user-library-modify"], userOnly: true, closedDev2026: true, maxIds: 20 },
  "check-users-saved-albums": { all: [], any: ["user-library-read"], userOnly: true, closedDev2026: true, maxIds: 20 },
  "get-users-saved-tracks": { all: [], any: ["user-library-read"], userOnly: true, maxLimit: 50 },
  "save-tracks-user": { all: [], any: ["user-library-modify"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "remove-tracks-user": { all: [], any: ["user-library-modify"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "check-users-saved-tracks": { all: [], any: ["user-library-read"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "get-users-saved-episodes": { all: ["user-library-read"], any: [], userOnly: true, maxLimit: 50 },
  "save-episodes-user": { all: [], any: ["user-library-modify"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "remove-episodes-user": { all: [], any: ["user-library-modify"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "check-users-saved-episodes": { all: [], any: ["user-library-read"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "get-users-saved-shows": { all: [], any: ["user-library-read"], userOnly: true, maxLimit: 50 },
  "save-shows-user": { all: [], any: ["user-library-modify"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "remove-shows-user": { all: [], any: ["user-library-modify"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "check-users-saved-shows": { all: [], any: ["user-library-read"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "get-users-profile": { all: [], any: [], userOnly: false, closedDev2026: true },
  "get-list-users-playlists": { all: [], any: [], userOnly: false, closedDev2026: true, maxLimit: 50, maxOffset: 100000 },
  "create-playlist-for-user": { all: [], any: ["playlist-modify-public", "playlist-modify-private"], userOnly: true, closedDev2026: true },
  "follow-playlist": { all: [], any: ["playlist-modify-public", "playlist-modify-private"], userOnly: true, closedDev2026: true },
  "unfollow-playlist": { all: [], any: ["playlist-modify-public", "playlist-modify-private"], userOnly: true, closedDev2026: true },
  "get-featured-playlists": { all: [], any: [], userOnly: false, removedNov2024: { status: 403, message: "Forbidden" }, maxLimit: 50 },
  "get-categories": { all: [], any: [], userOnly: false, closedDev2026: true, maxLimit: 50 },
  "get-a-category": { all: [], any: [], userOnly: false, closedDev2026: true },
  "get-a-categories-playlists": { all: [], any: [], userOnly: false, removedNov2024: { status: 403, message: "Forbidden" }, maxLimit: 50 },
  "get-playlist-cover": { all: [], any: [], userOnly: false },
  "upload-custom-playlist-cover": { all: ["ugc-image-upload"], any: ["playlist-modify-public", "playlist-modify-private"], userOnly: true },
  "get-new-releases": { all: [], any: [], userOnly: false, closedDev2026: true, maxLimit: 50 },
  "get-followed": { all: [], any: ["user-follow-read"], userOnly: true, maxLimit: 50 },
  "follow-artists-users": { all: [], any: ["user-follow-modify"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "unfollow-artists-users": { all: [], any: ["user-follow-modify"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "check-current-user-follows": { all: [], any: ["user-follow-read"], userOnly: true, closedDev2026: true, maxIds: 50 },
  "check-if-user-follows-playlist": { all: [], any: [], userOnly: false, closedDev2026: true, maxIds: 1 },
  "get-several-audio-features": { all: [], any: [], userOnly: false, removedNov2024: { status: 403, message: "Forbidden" }, maxIds: 100 },
  "get-audio-features": { all: [], any: [], userOnly: false, removedNov2024: { status: 403, message: "Forbidden" } },
  "get-audio-analysis": { all: [], any: [], userOnly: false, removedNov2024: { status: 403, message: "Forbidden" } },
  "get-recommendations": { all: [], any: [], userOnly: false, removedNov2024: { status: 404, message: "Not found." } },
  "get-recommendation-genres": { all: [], any: [], userOnly: false, removedNov2024: { status: 404, message: "Not found." } },
  "get-information-about-the-users-current-playback": { all: [], any: ["user-read-playback-state"], userOnly: true },
  "transfer-a-users-playback": { all: [], any: ["user-modify-playback-state"], userOnly: true },
  "get-a-users-available-devices": { all: [], any: ["user-read-playback-state"], userOnly: true },
  "get-the-users-currently-playing-track": { all: [], any: ["user-read-currently-playing"], userOnly: true },
  "start-a-users-playback": { all: [], any: ["user-modify-playback-state"], userOnly: true },
  "pause-a-users-playback": { all: [], any: ["user-modify-playback-state"], userOnly: true },
  "skip-users-playback-to-next-track": { all: [], any: ["user-modify-playback-state"], userOnly: true },
  "skip-users-playback-to-previous-track": { all: [], any: ["user-modify-playback-state"], userOnly: true },
  "seek-to-position-in-currently-playing-track": { all: [], any: ["user-modify-playback-state"], userOnly: true },
  "set-repeat-mode-on-users-playback": { all: [], any: ["user-modify-playback-state"], userOnly: true },
  "set-volume-for-users-playback": { all: [], any: ["user-modify-playback-state"], userOnly: true },
  "toggle-shuffle-for-users-playback": { all: [], any: ["user-modify-playback-state"], userOnly: true },
  "get-recently-played": { all: [], any: ["user-read-recently-played"], userOnly: true, maxLimit: 50 },
  "get-queue": { all: [], any: ["user-read-currently-playing", "user-read-playback-state"], userOnly: true },
  "add-to-queue": { all: [], any: ["user-modify-playback-state"], userOnly: true },
  "get-available-markets": { all: [], any: [], userOnly: false, closedDev2026: true },
  "get-users-top-artists": { all: [], any: ["user-top-read"], userOnly: true, maxLimit: 50 },
  "get-users-top-tracks": { all: [], any: ["user-top-read"], userOnly: true, maxLimit: 50 },
};

/**
 * The sub-groups of `sdk.currentUser`: saved albums, audiobooks, episodes, playlists, shows and
 * tracks, and {@link CurrentUserWithLibraryEndpoints}, the current user with all of them. 1.2.0's save/remove/has methods translate to `/me/library` (`spotify:{type}:` URIs, 40
 * per request), which every app may use since February 2026; the per-type endpoints they used
 * (closed to Development Mode apps then) stay reachable as `*Legacy`.
 * @module
 */
import { ValidationError } from "../errors.js";
import { toFreeFormId, toSpotifyId } from "../ids.js";
import type { Market, MaxInt, Page, SavedAlbum, SavedAudiobook, SavedEpisode, SavedShow, SavedTrack, SimplifiedPlaylist } from "../models/index.js";
import { checkLimit, checkOffset, checkString, describeValue, type EndpointContext, type OperationDecl, type RequestOptions } from "./base.js";
import { readChunked, writeChunked } from "./chunk.js";
import { CurrentUserEndpoints } from "./current-user.js";
import { LibraryBase, LibraryEndpoints, LIBRARY_OPERATIONS as L } from "./library.js";

/** The saved-items list and follow operations of the sub-groups. */
export const CURRENT_USER_LIBRARY_OPERATIONS = {
  savedAlbums: { operationId: "get-users-saved-albums", method: "GET", path: "/me/albums" },
  savedAudiobooks: { operationId: "get-users-saved-audiobooks", method: "GET", path: "/me/audiobooks" },
  savedEpisodes: { operationId: "get-users-saved-episodes", method: "GET", path: "/me/episodes" },
  savedShows: { operationId: "get-users-saved-shows", method: "GET", path: "/me/shows" },
  savedTracks: { operationId: "get-users-saved-tracks", method: "GET", path: "/me/tracks" },
  playlists: { operationId: "get-a-list-of-current-users-playlists", method: "GET", path: "/me/playlists" },
  followPlaylist: { operationId: "follow-playlist", method: "PUT", path: "/playlists/{playlist_id}/followers", idempotent: true },
  unfollowPlaylist: { operationId: "unfollow-playlist", method: "DELETE", path: "/playlists/{playlist_id}/followers", idempotent: true },
  isFollowingPlaylist: { operationId: "check-if-user-follows-playlist", method: "GET", path: "/playlists/{playlist_id}/followers/contains", envelope: "booleans" },
} as const satisfies Record<string, OperationDecl>;
const O = CURRENT_USER_LIBRARY_OPERATIONS;

const page = (limitIndex: number, offsetIndex: number, optionsIndex: number) =>
  ({ kind: "offset", limitIndex, offsetIndex, optionsIndex, maxLimit: 50 }) as const;

abstract class LibrarySubGroup extends LibraryBase {
  protected list<T>(op: OperationDecl, limit: number | undefined, offset: number | undefined, query: Record<string, string | undefined>, options?: RequestOptions, maxOffset?: number): Promise<T> {
    checkLimit(limit, 50);
    checkOffset(offset, maxOffset);
    return this.send(op, { query: { ...query, limit, offset }, signal: options?.signal });
  }
}

/** Saved albums. */
export class CurrentUserAlbumsEndpoints extends LibrarySubGroup {
  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.registerPaged({ savedAlbums: page(0, 1, 3) });
  }
  /** The user's saved albums. */
  async savedAlbums(limit?: MaxInt<50>, offset?: number, market?: Market, options?: RequestOptions): Promise<Page<SavedAlbum>> {
    return this.list(O.savedAlbums, limit, offset, { market }, options);
  }
  /** Saves albums: `PUT /me/library` with `spotify:album:` URIs, 40 per request (1.2.0 sent a bare array to `/me/albums`, which Spotify answered 400). */
  async saveAlbums(ids: string[]): Promise<void> { return this.writeIds("album", ids, false); }
  /** Removes saved albums: `DELETE /me/library`, 40 per request. */
  async removeSavedAlbums(ids: string[]): Promise<void> { return this.writeIds("album", ids, true); }
  /** Whether each album is saved, in order: `GET /me/library/contains`. */
  async hasSavedAlbums(ids: string[]): Promise<boolean[]> { return this.containsIds("album", ids); }
  /** @deprecated `PUT /me/albums`: closed to Development Mode apps since February 2026; use `saveAlbums`. */
  async saveAlbumsLegacy(ids: string[]): Promise<void> { return this.legacyWrite(L.saveAlbums, "album", ids, 20, { query: true, body: true }); }
  /** @deprecated `DELETE /me/albums`: closed to Development Mode apps since February 2026; use `removeSavedAlbums`. */
  async removeSavedAlbumsLegacy(ids: string[]): Promise<void> { return this.legacyWrite(L.removeAlbums, "album", ids, 20, { query: true, body: true }); }
  /** @deprecated `GET /me/albums/contains`: closed to Development Mode apps since February 2026; use `hasSavedAlbums`. */
  async hasSavedAlbumsLegacy(ids: string[]): Promise<boolean[]> { return this.legacyContains(L.containsAlbums, "album", ids, 20); }
}

/** Saved audiobooks. */
export class CurrentUserAudiobooksEndpoints extends LibrarySubGroup {
  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.registerPaged({ savedAudiobooks: page(0, 1, 2) });
  }
  /** The user's saved audiobooks. */
  async savedAudiobooks(limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SavedAudiobook>> {
    return this.list(O.savedAudiobooks, limit, offset, {}, options);
  }
  /** Saves audiobooks: `PUT /me/library`, 40 per request. */
  async saveAudiobooks(ids: string[]): Promise<void> { return this.writeIds("audiobook", ids, false); }
  /** Removes saved audiobooks: `DELETE /me/library`, 40 per request. */
  async removeSavedAudiobooks(ids: string[]): Promise<void> { return this.writeIds("audiobook", ids, true); }
  /** Whether each audiobook is saved: `GET /me/library/contains`. */
  async hasSavedAudiobooks(ids: string[]): Promise<boolean[]> { return this.containsIds("audiobook", ids); }
  /** @deprecated `PUT /me/audiobooks`: closed to Development Mode apps since February 2026; use `saveAudiobooks`. */
  async saveAudiobooksLegacy(ids: string[]): Promise<void> { return this.legacyWrite(L.saveAudiobooks, "audiobook", ids, 50, { query: true, body: false }); }
  /** @deprecated `DELETE /me/audiobooks`: closed to Development Mode apps since February 2026; use `removeSavedAudiobooks`. */
  async removeSavedAudiobooksLegacy(ids: string[]): Promise<void> { return this.legacyWrite(L.removeAudiobooks, "audiobook", ids, 50, { query: true, body: false }); }
  /** @deprecated `GET /me/audiobooks/contains`: closed to Development Mode apps since February 2026; use `hasSavedAudiobooks`. */
  async hasSavedAudiobooksLegacy(ids: string[]): Promise<boolean[]> { return this.legacyContains(L.containsAudiobooks, "audiobook", ids, 50); }
}

/** Saved episodes. */
export class CurrentUserEpisodesEndpoints extends LibrarySubGroup {
  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.registerPaged({ savedEpisodes: page(1, 2, 3) });
  }
  /** The user's saved episodes. */
  async savedEpisodes(market?: Market, limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SavedEpisode>> {
    return this.list(O.savedEpisodes, limit, offset, { market }, options);
  }
  /** Saves episodes: `PUT /me/library`, 40 per request. */
  async saveEpisodes(ids: string[]): Promise<void> { return this.writeIds("episode", ids, false); }
  /** Removes saved episodes: `DELETE /me/library`, 40 per request. */
  async removeSavedEpisodes(ids: string[]): Promise<void> { return this.writeIds("episode", ids, true); }
  /** Whether each episode is saved: `GET /me/library/contains`. */
  async hasSavedEpisodes(ids: string[]): Promise<boolean[]> { return this.containsIds("episode", ids); }
  /** @deprecated `PUT /me/episodes`: closed to Development Mode apps since February 2026; use `saveEpisodes`. */
  async saveEpisodesLegacy(ids: string[]): Promise<void> { return this.legacyWrite(L.saveEpisodes, "episode", ids, 50, { query: true, body: true }); }
  /** @deprecated `DELETE /me/episodes`: closed to Development Mode apps since February 2026; use `removeSavedEpisodes`. */
  async removeSavedEpisodesLegacy(ids: string[]): Promise<void> { return this.legacyWrite(L.removeEpisodes, "episode", ids, 50, { query: true, body: true }); }
  /** @deprecated `GET /me/episodes/contains`: closed to Development Mode apps since February 2026; use `hasSavedEpisodes`. */
  async hasSavedEpisodesLegacy(ids: string[]): Promise<boolean[]> { return this.legacyContains(L.containsEpisodes, "episode", ids, 50); }
}

/** The user's playlists and playlist follows. */
export class CurrentUserPlaylistsEndpoints extends LibrarySubGroup {
  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.registerPaged({ playlists: page(0, 1, 2) });
  }
  /** The playlists the user owns or follows. */
  async playlists(limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SimplifiedPlaylist>> {
    // The spec caps this list's offset at 100,000.
    return this.list(O.playlists, limit, offset, {}, options, 100_000);
  }
  /** Follows a playlist: `PUT /me/library` with its `spotify:playlist:` URI. */
  async follow(playlist_id: string): Promise<void> { return this.writeIds("playlist", [playlist_id], false); }
  /** Unfollows a playlist (there is no delete): `DELETE /me/library`. */
  async unfollow(playlist_id: string): Promise<void> { return this.writeIds("playlist", [playlist_id], true); }
  /**
   * Whether each user follows the playlist, in order (one request per user: Spotify takes one ID).
   * @deprecated `GET /playlists/{id}/followers/contains` is closed to Development Mode apps since
   * February 2026; for the current user use `library.contains(["spotify:playlist:..."])`.
   */
  async isFollowing(playlistId: string, ids: string[]): Promise<boolean[]> {
    const id = toSpotifyId(playlistId, "playlist", "playlistId");
    const users = (Array.isArray(ids) ? ids : []).map((u, i) => toFreeFormId(u, `ids[${i}]`, "user"));
    return readChunked(users, 1, (part) => this.send<boolean[]>(O.isFollowingPlaylist, { pathParams: { playlist_id: id }, query: { ids: part } }));
  }
  /** @deprecated `PUT /playlists/{id}/followers`: closed to Development Mode apps since February 2026; use `follow`. */
  async followLegacy(playlist_id: string, isPublic?: boolean): Promise<void> {
    const id = toSpotifyId(playlist_id, "playlist", "playlist_id");
    await this.send(O.followPlaylist, { pathParams: { playlist_id: id }, body: isPublic === undefined ? {} : { public: isPublic } });
  }
  /** @deprecated `DELETE /playlists/{id}/followers`: closed to Development Mode apps since February 2026; use `unfollow`. */
  async unfollowLegacy(playlist_id: string): Promise<void> {
    await this.send(O.unfollowPlaylist, { pathParams: { playlist_id: toSpotifyId(playlist_id, "playlist", "playlist_id") } });
  }
}

/** Saved shows. */
export class CurrentUserShowsEndpoints extends LibrarySubGroup {
  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.registerPaged({ savedShows: page(0, 1, 2) });
  }
  /** The user's saved shows. */
  async savedShows(limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SavedShow>> {
    return this.list(O.savedShows, limit, offset, {}, options);
  }
  /** Saves shows: `PUT /me/library`, 40 per request. */
  async saveShows(ids: string[]): Promise<void> { return this.writeIds("show", ids, false); }
  /** Removes saved shows: `DELETE /me/library`, 40 per request (`market` is no longer used). */
  async removeSavedShows(ids: string[], market?: Market): Promise<void> { void market; return this.writeIds("show", ids, true); }
  /** Whether each show is saved: `GET /me/library/contains`. */
  async hasSavedShow(ids: string[]): Promise<boolean[]> { return this.containsIds("show", ids); }
  /** @deprecated `PUT /me/shows`: closed to Development Mode apps since February 2026; use `saveShows`. */
  async saveShowsLegacy(ids: string[]): Promise<void> { return this.legacyWrite(L.saveShows, "show", ids, 50, { query: true, body: true }); }
  /** @deprecated `DELETE /me/shows`: closed to Development Mode apps since February 2026; use `removeSavedShows`. */
  async removeSavedShowsLegacy(ids: string[], market?: Market): Promise<void> {
    return this.legacyWrite(L.removeShows, "show", ids, 50, { query: true, body: true, extraQuery: { market } });
  }
  /** @deprecated `GET /me/shows/contains`: closed to Development Mode apps since February 2026; use `hasSavedShow`. */
  async hasSavedShowLegacy(ids: string[]): Promise<boolean[]> { return this.legacyContains(L.containsShows, "show", ids, 50); }
}

/** Saved tracks ("Liked Songs"). */
export class CurrentUserTracksEndpoints extends LibrarySubGroup {
  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.registerPaged({ savedTracks: page(0, 1, 3) });
  }
  /** The user's saved tracks. */
  async savedTracks(limit?: MaxInt<50>, offset?: number, market?: Market, options?: RequestOptions): Promise<Page<SavedTrack>> {
    return this.list(O.savedTracks, limit, offset, { market }, options);
  }
  /**
   * Saves tracks: `PUT /me/library` with `spotify:track:` URIs, 40 per request (1.2.0 sent a bare
   * array to `/me/tracks`, which Spotify answered 400).
   */
  async saveTracks(ids: string[]): Promise<void> { return this.writeIds("track", ids, false); }
  /** Removes saved tracks: `DELETE /me/library`, 40 per request. */
  async removeSavedTracks(ids: string[]): Promise<void> { return this.writeIds("track", ids, true); }
  /** Whether each track is saved: `GET /me/library/contains`. */
  async hasSavedTracks(ids: string[]): Promise<boolean[]> { return this.containsIds("track", ids); }
  /**
   * `PUT /me/tracks` with an `{ids}` body, or `timestamped_ids` to set when each was added.
   * @deprecated Closed to Development Mode apps since February 2026; use `saveTracks`.
   */
  async saveTracksLegacy(ids: string[], timestampedIds?: Array<{ id: string; added_at: string }>): Promise<void> {
    // An empty list of timestamps is no timestamps: the ids are then what is saved (never nothing).
    if (timestampedIds === undefined || (Array.isArray(timestampedIds) && timestampedIds.length === 0)) {
      return this.legacyWrite(L.saveTracks, "track", ids, 50, { query: false, body: true });
    }
    if (!Array.isArray(timestampedIds)) {
      throw new ValidationError(`timestampedIds must be an array of {id, added_at}, got ${describeValue(timestampedIds)}`, { parameter: "timestampedIds" });
    }
    const checked = timestampedIds.map((t, i) => {
      const id = toSpotifyId(t?.id, "track", `timestampedIds[${i}].id`);
      checkString(t.added_at, `timestampedIds[${i}].added_at`);
      return { id, added_at: t.added_at };
    });
    const plain = ids.map((id, i) => toSpotifyId(id, "track", `ids[${i}]`));
    await writeChunked(checked, 50, (part, i) => this.send(L.saveTracks, { body: { ids: plain.slice(i * 50, i * 50 + 50), timestamped_ids: part } }), "saveTracksLegacy");
  }
  /** @deprecated `DELETE /me/tracks`: closed to Development Mode apps since February 2026; use `removeSavedTracks`. */
  removeSavedTracksLegacy(ids: string[]): Promise<void> { return this.legacyWrite(L.removeTracks, "track", ids, 50, { query: true, body: true }); }
  /** @deprecated `GET /me/tracks/contains`: closed to Development Mode apps since February 2026; use `hasSavedTracks`. */
  hasSavedTracksLegacy(ids: string[]): Promise<boolean[]> { return this.legacyContains(L.containsTracks, "track", ids, 50); }
}

/**
 * `sdk.currentUser`, shaped as 1.2.0's: {@link CurrentUserEndpoints} (profile, top items,
 * follows) plus the saved-item sub-groups and `library`. On `createClient`, prefer
 * `CurrentUserEndpoints` and the one sub-group you use: this class ships all of them.
 * @example
 * ```ts
 * import { createClient, CurrentUserWithLibraryEndpoints } from "spotify-web-api-sdk";
 * const me = new CurrentUserWithLibraryEndpoints(createClient({ auth: strategy }));
 * const liked = await me.tracks.savedTracks(50);
 * ```
 */
export class CurrentUserWithLibraryEndpoints extends CurrentUserEndpoints {
  /** Saved albums. */
  albums: CurrentUserAlbumsEndpoints;
  /** Saved audiobooks. */
  audiobooks: CurrentUserAudiobooksEndpoints;
  /** Saved episodes. */
  episodes: CurrentUserEpisodesEndpoints;
  /** The user's playlists, and following or unfollowing one. */
  playlists: CurrentUserPlaylistsEndpoints;
  /** Saved shows. */
  shows: CurrentUserShowsEndpoints;
  /** Saved tracks ("Liked Songs"). */
  tracks: CurrentUserTracksEndpoints;
  /** Save, remove and check any item by URI (`/me/library`, February 2026). */
  library: LibraryEndpoints;

  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.library = new LibraryEndpoints(ctx);
    this.albums = new CurrentUserAlbumsEndpoints(ctx);
    this.audiobooks = new CurrentUserAudiobooksEndpoints(ctx);
    this.episodes = new CurrentUserEpisodesEndpoints(ctx);
    this.playlists = new CurrentUserPlaylistsEndpoints(ctx);
    this.shows = new CurrentUserShowsEndpoints(ctx);
    this.tracks = new CurrentUserTracksEndpoints(ctx);
  }
}

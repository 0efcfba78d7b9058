/**
 * The sub-groups of `sdk.currentUser` (saved albums, audiobooks, episodes, playlists, shows and
 * tracks) and {@link CurrentUserWithLibraryEndpoints}, the current user with all of them and
 * 1.2.0's follow methods. 1.2.0's save/remove/has methods translate to `/me/library`
 * (`spotify:{type}:` URIs, 40 per request), which every app may use since February 2026; the
 * per-type endpoints they used (closed to Development Mode apps then) stay reachable as `*Legacy`.
 * @module
 */
import { describeArgument } from "../describe.js";
import { ValidationError } from "../errors.js";
import { toFreeFormId, toSpotifyId, toSpotifyIds } from "../ids.js";
import type { Market, MaxInt, Page, SavedAlbum, SavedAudiobook, SavedEpisode, SavedShow, SavedTrack, SimplifiedPlaylist } from "../models/index.js";
import {
  checkCurrentUserFollows, checkIfUserFollowsPlaylist, followArtistsUsers, unfollowArtistsUsers, checkUsersSavedAlbums, checkUsersSavedAudiobooks, checkUsersSavedEpisodes, checkUsersSavedShows,
  checkUsersSavedTracks, followPlaylist, getAListOfCurrentUsersPlaylists, getUsersSavedAlbums, getUsersSavedAudiobooks, getUsersSavedEpisodes,
  getUsersSavedShows, getUsersSavedTracks, removeAlbumsUser, removeAudiobooksUser, removeEpisodesUser, removeShowsUser, removeTracksUser,
  saveAlbumsUser, saveAudiobooksUser, saveEpisodesUser, saveShowsUser, saveTracksUser, unfollowPlaylist,
} from "../operations/generated.js";
import { checkOneOf, checkPaging, checkString, type EndpointContext, type OperationDecl, type RequestOptions } from "./base.js";
import { readChunked, writeChunked } from "./chunk.js";
import { CurrentUserEndpoints } from "./current-user.js";
import { LibraryBase, LibraryEndpoints } from "./library.js";

/** `PUT` or `DELETE /me/following`. */
type FollowOperation = typeof followArtistsUsers | typeof unfollowArtistsUsers;

abstract class LibrarySubGroup extends LibraryBase {
  /** A page of saved items, `limit` and `offset` checked against the operation's paging. */
  protected list<T>(op: OperationDecl, limit: number | undefined, offset: number | undefined, query: Record<string, string | undefined>, options?: RequestOptions): Promise<T> {
    checkPaging(op, limit, offset);
    return this.send(op, { query: { ...query, limit, offset }, signal: options?.signal });
  }
}

/** Saved albums. */
export class CurrentUserAlbumsEndpoints extends LibrarySubGroup {
  /** The user's saved albums. */
  async savedAlbums(limit?: MaxInt<50>, offset?: number, market?: Market, options?: RequestOptions): Promise<Page<SavedAlbum>> {
    return this.list(getUsersSavedAlbums, limit, offset, { market }, options);
  }
  /** Saves albums: `PUT /me/library` with `spotify:album:` URIs, 40 per request (1.2.0 sent a bare array to `/me/albums`, which Spotify answered 400). */
  async saveAlbums(ids: string[]): Promise<void> { return this.writeIds("album", ids, false); }
  /** Removes saved albums: `DELETE /me/library`, 40 per request. */
  async removeSavedAlbums(ids: string[]): Promise<void> { return this.writeIds("album", ids, true); }
  /** Whether each album is saved, in order: `GET /me/library/contains`. */
  async hasSavedAlbums(ids: string[]): Promise<boolean[]> { return this.containsIds("album", ids); }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `saveAlbums` (this sends `PUT /me/albums`). */
  async saveAlbumsLegacy(ids: string[]): Promise<void> { return this.legacyWrite(saveAlbumsUser, "album", ids, { query: true, body: true }); }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `removeSavedAlbums` (this sends `DELETE /me/albums`). */
  async removeSavedAlbumsLegacy(ids: string[]): Promise<void> { return this.legacyWrite(removeAlbumsUser, "album", ids, { query: true, body: true }); }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `hasSavedAlbums` (this sends `GET /me/albums/contains`). */
  async hasSavedAlbumsLegacy(ids: string[]): Promise<boolean[]> { return this.legacyContains(checkUsersSavedAlbums, "album", ids); }
}

/** Saved audiobooks. */
export class CurrentUserAudiobooksEndpoints extends LibrarySubGroup {
  /** The user's saved audiobooks. */
  async savedAudiobooks(limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SavedAudiobook>> {
    return this.list(getUsersSavedAudiobooks, limit, offset, {}, options);
  }
  /** Saves audiobooks: `PUT /me/library`, 40 per request. */
  async saveAudiobooks(ids: string[]): Promise<void> { return this.writeIds("audiobook", ids, false); }
  /** Removes saved audiobooks: `DELETE /me/library`, 40 per request. */
  async removeSavedAudiobooks(ids: string[]): Promise<void> { return this.writeIds("audiobook", ids, true); }
  /** Whether each audiobook is saved: `GET /me/library/contains`. */
  async hasSavedAudiobooks(ids: string[]): Promise<boolean[]> { return this.containsIds("audiobook", ids); }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `saveAudiobooks` (this sends `PUT /me/audiobooks`). */
  async saveAudiobooksLegacy(ids: string[]): Promise<void> { return this.legacyWrite(saveAudiobooksUser, "audiobook", ids, { query: true, body: false }); }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `removeSavedAudiobooks` (this sends `DELETE /me/audiobooks`). */
  async removeSavedAudiobooksLegacy(ids: string[]): Promise<void> { return this.legacyWrite(removeAudiobooksUser, "audiobook", ids, { query: true, body: false }); }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `hasSavedAudiobooks` (this sends `GET /me/audiobooks/contains`). */
  async hasSavedAudiobooksLegacy(ids: string[]): Promise<boolean[]> { return this.legacyContains(checkUsersSavedAudiobooks, "audiobook", ids); }
}

/** Saved episodes. */
export class CurrentUserEpisodesEndpoints extends LibrarySubGroup {
  /** The user's saved episodes. */
  async savedEpisodes(market?: Market, limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SavedEpisode>> {
    return this.list(getUsersSavedEpisodes, limit, offset, { market }, options);
  }
  /** Saves episodes: `PUT /me/library`, 40 per request. */
  async saveEpisodes(ids: string[]): Promise<void> { return this.writeIds("episode", ids, false); }
  /** Removes saved episodes: `DELETE /me/library`, 40 per request. */
  async removeSavedEpisodes(ids: string[]): Promise<void> { return this.writeIds("episode", ids, true); }
  /** Whether each episode is saved: `GET /me/library/contains`. */
  async hasSavedEpisodes(ids: string[]): Promise<boolean[]> { return this.containsIds("episode", ids); }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `saveEpisodes` (this sends `PUT /me/episodes`). */
  async saveEpisodesLegacy(ids: string[]): Promise<void> { return this.legacyWrite(saveEpisodesUser, "episode", ids, { query: true, body: true }); }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `removeSavedEpisodes` (this sends `DELETE /me/episodes`). */
  async removeSavedEpisodesLegacy(ids: string[]): Promise<void> { return this.legacyWrite(removeEpisodesUser, "episode", ids, { query: true, body: true }); }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `hasSavedEpisodes` (this sends `GET /me/episodes/contains`). */
  async hasSavedEpisodesLegacy(ids: string[]): Promise<boolean[]> { return this.legacyContains(checkUsersSavedEpisodes, "episode", ids); }
}

/** The user's playlists and playlist follows. */
export class CurrentUserPlaylistsEndpoints extends LibrarySubGroup {
  /** The playlists the user owns or follows. */
  async playlists(limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SimplifiedPlaylist>> {
    return this.list(getAListOfCurrentUsersPlaylists, limit, offset, {}, options);
  }
  /** Follows a playlist: `PUT /me/library` with its `spotify:playlist:` URI. */
  async follow(playlist_id: string): Promise<void> { return this.writeIds("playlist", [playlist_id], false); }
  /** Unfollows a playlist (there is no delete): `DELETE /me/library`. */
  async unfollow(playlist_id: string): Promise<void> { return this.writeIds("playlist", [playlist_id], true); }
  /**
   * Whether each user follows the playlist, in order (one request per user: Spotify takes one ID).
   * @deprecated Closed to Development Mode apps since February 2026. Use `library.contains`
   * (`["spotify:playlist:..."]`) for the current user.
   */
  async isFollowing(playlistId: string, ids: string[]): Promise<boolean[]> {
    const id = toSpotifyId(playlistId, "playlist", "playlistId");
    const users = (Array.isArray(ids) ? ids : []).map((u, i) => toFreeFormId(u, `ids[${i}]`, "user"));
    return readChunked(users, checkIfUserFollowsPlaylist.maxIds, (part) => this.send<boolean[]>(checkIfUserFollowsPlaylist, { pathParams: { playlist_id: id }, query: { ids: part } }));
  }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `follow` (this sends `PUT /playlists/{id}/followers`). */
  async followLegacy(playlist_id: string, isPublic?: boolean): Promise<void> {
    const id = toSpotifyId(playlist_id, "playlist", "playlist_id");
    await this.send(followPlaylist, { pathParams: { playlist_id: id }, body: isPublic === undefined ? {} : { public: isPublic } });
  }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `unfollow` (this sends `DELETE /playlists/{id}/followers`). */
  async unfollowLegacy(playlist_id: string): Promise<void> {
    await this.send(unfollowPlaylist, { pathParams: { playlist_id: toSpotifyId(playlist_id, "playlist", "playlist_id") } });
  }
}

/** Saved shows. */
export class CurrentUserShowsEndpoints extends LibrarySubGroup {
  /** The user's saved shows. */
  async savedShows(limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SavedShow>> {
    return this.list(getUsersSavedShows, limit, offset, {}, options);
  }
  /** Saves shows: `PUT /me/library`, 40 per request. */
  async saveShows(ids: string[]): Promise<void> { return this.writeIds("show", ids, false); }
  /** Removes saved shows: `DELETE /me/library`, 40 per request (`market` is no longer used). */
  async removeSavedShows(ids: string[], market?: Market): Promise<void> { void market; return this.writeIds("show", ids, true); }
  /** Whether each show is saved: `GET /me/library/contains`. */
  async hasSavedShow(ids: string[]): Promise<boolean[]> { return this.containsIds("show", ids); }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `saveShows` (this sends `PUT /me/shows`). */
  async saveShowsLegacy(ids: string[]): Promise<void> { return this.legacyWrite(saveShowsUser, "show", ids, { query: true, body: true }); }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `removeSavedShows` (this sends `DELETE /me/shows`). */
  async removeSavedShowsLegacy(ids: string[], market?: Market): Promise<void> {
    return this.legacyWrite(removeShowsUser, "show", ids, { query: true, body: true, extraQuery: { market } });
  }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `hasSavedShow` (this sends `GET /me/shows/contains`). */
  async hasSavedShowLegacy(ids: string[]): Promise<boolean[]> { return this.legacyContains(checkUsersSavedShows, "show", ids); }
}

/**
 * Saved tracks ("Liked Songs"): `sdk.currentUser.tracks`, or a group of its own on `createClient`.
 * @example
 * ```ts
 * import { createClient, CurrentUserTracksEndpoints } from "spotify-web-api-sdk";
 * const liked = new CurrentUserTracksEndpoints(createClient({ auth: strategy }));
 * await liked.saveTracks(["4iV5W9uYEdYUVa79Axb7Rh"]);
 * const page = await liked.savedTracks(50);
 * ```
 */
export class CurrentUserTracksEndpoints extends LibrarySubGroup {
  /** The user's saved tracks. */
  async savedTracks(limit?: MaxInt<50>, offset?: number, market?: Market, options?: RequestOptions): Promise<Page<SavedTrack>> {
    return this.list(getUsersSavedTracks, limit, offset, { market }, options);
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
   * @deprecated Closed to Development Mode apps since February 2026. Use `saveTracks`.
   */
  async saveTracksLegacy(ids: string[], timestampedIds?: Array<{ id: string; added_at: string }>): Promise<void> {
    // An empty list of timestamps is no timestamps: the ids are then what is saved (never nothing).
    if (timestampedIds === undefined || (Array.isArray(timestampedIds) && timestampedIds.length === 0)) {
      return this.legacyWrite(saveTracksUser, "track", ids, { query: false, body: true });
    }
    if (!Array.isArray(timestampedIds)) {
      throw new ValidationError(`timestampedIds must be an array of {id, added_at}, got ${describeArgument(timestampedIds)}`, { parameter: "timestampedIds" });
    }
    const checked = timestampedIds.map((t, i) => {
      const id = toSpotifyId(t?.id, "track", `timestampedIds[${i}].id`);
      checkString(t.added_at, `timestampedIds[${i}].added_at`);
      return { id, added_at: t.added_at };
    });
    const plain = ids.map((id, i) => toSpotifyId(id, "track", `ids[${i}]`));
    const size = saveTracksUser.maxIds;
    await writeChunked(checked, size, (part, i) => this.send(saveTracksUser, { body: { ids: plain.slice(i * size, i * size + size), timestamped_ids: part } }), "saveTracksLegacy");
  }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `removeSavedTracks` (this sends `DELETE /me/tracks`). */
  removeSavedTracksLegacy(ids: string[]): Promise<void> { return this.legacyWrite(removeTracksUser, "track", ids, { query: true, body: true }); }
  /** @deprecated Closed to Development Mode apps since February 2026. Use `hasSavedTracks` (this sends `GET /me/tracks/contains`). */
  hasSavedTracksLegacy(ids: string[]): Promise<boolean[]> { return this.legacyContains(checkUsersSavedTracks, "track", ids); }
}

/**
 * `sdk.currentUser`, shaped as 1.2.0's: {@link CurrentUserEndpoints} (profile, top items,
 * followed artists) plus the saved-item sub-groups, `library` and 1.2.0's follow methods. On `createClient`, prefer
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
  declare albums: CurrentUserAlbumsEndpoints;
  /** Saved audiobooks. */
  declare audiobooks: CurrentUserAudiobooksEndpoints;
  /** Saved episodes. */
  declare episodes: CurrentUserEpisodesEndpoints;
  /** The user's playlists, and following or unfollowing one. */
  declare playlists: CurrentUserPlaylistsEndpoints;
  /** Saved shows. */
  declare shows: CurrentUserShowsEndpoints;
  /** Saved tracks ("Liked Songs"). */
  declare tracks: CurrentUserTracksEndpoints;
  /** Save, remove and check any item by URI (`/me/library`, February 2026). */
  declare library: LibraryEndpoints;

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

  /**
   * Follows artists or users (50 per request).
   * @deprecated Closed to Development Mode apps since February 2026. Use `library.save` with
   * `spotify:artist:` / `spotify:user:` URIs.
   */
  async followArtistsOrUsers(ids: string[], type: "artist" | "user"): Promise<void> {
    await this.#follow(followArtistsUsers, ids, type);
  }

  /**
   * Unfollows artists or users (50 per request).
   * @deprecated Closed to Development Mode apps since February 2026. Use `library.remove` with
   * `spotify:artist:` / `spotify:user:` URIs.
   */
  async unfollowArtistsOrUsers(ids: string[], type: "artist" | "user"): Promise<void> {
    await this.#follow(unfollowArtistsUsers, ids, type);
  }

  /**
   * Whether the user follows each artist or user, in order.
   * @deprecated Closed to Development Mode apps since February 2026. Use `library.contains` with
   * `spotify:artist:` / `spotify:user:` URIs.
   */
  async followsArtistsOrUsers(ids: string[], type: "artist" | "user"): Promise<boolean[]> {
    const checked = this.#ids(ids, type);
    return readChunked(checked, checkCurrentUserFollows.maxIds, (part) => this.send<boolean[]>(checkCurrentUserFollows, { query: { type, ids: part } }));
  }

  async #follow(op: FollowOperation, ids: string[], type: "artist" | "user"): Promise<void> {
    const checked = this.#ids(ids, type);
    await writeChunked(checked, op.maxIds, (part) => this.send(op, { query: { type, ids: part }, body: { ids: part } }), op.operationId);
  }

  #ids(ids: string[], type: "artist" | "user"): string[] {
    checkOneOf(type, ["artist", "user"], "type", true);
    if (!Array.isArray(ids) || ids.length === 0) throw new ValidationError("ids must be a non-empty array", { parameter: "ids" });
    return type === "artist" ? toSpotifyIds(ids, "artist") : ids.map((id, i) => toFreeFormId(id, `ids[${i}]`, "user"));
  }
}

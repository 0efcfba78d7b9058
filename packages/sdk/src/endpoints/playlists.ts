/**
 * `sdk.playlists`: playlists, their items and covers. Items writes use the February 2026
 * `/playlists/{id}/items` endpoints; the older `/tracks` ones stay reachable as `*Legacy`.
 * @module
 */
import { ValidationError } from "../errors.js";
import { toFreeFormId, toSpotifyId, toSpotifyUris } from "../ids.js";
import type {
  Image, ItemForTypes, Market, MaxInt, Page, Playlist, PlaylistedTrack, QueryAdditionalTypes, SimplifiedPlaylist, SnapshotReference,
} from "../models/index.js";
import {
  addItemsToPlaylist, addTracksToPlaylist, changePlaylistDetails, createPlaylist, createPlaylistForUser, getCurrentUsersProfile,
  getListUsersPlaylists, getPlaylist, getPlaylistCover, getPlaylistsItems, getPlaylistsTracks, removeItemsPlaylist,
  removeTracksPlaylist, reorderOrReplacePlaylistsItems, reorderOrReplacePlaylistsTracks, uploadCustomPlaylistCover,
} from "../operations/generated.js";
import { checkPaging, checkRange, EndpointsBase, type OperationDecl, type RequestOptions } from "./base.js";
import { refuseOver, writeChunked } from "./chunk.js";
import {
  checkDetails, encodeCoverImage, type ChangePlaylistDetailsRequest, type CoverImageData, type CreatePlaylistRequest,
  type RemovePlaylistItemsRequest, type UpdatePlaylistItemsRequest,
} from "./playlist-bodies.js";

export type { ChangePlaylistDetailsRequest, CoverImageData, CreatePlaylistRequest, RemovePlaylistItemsRequest, UpdatePlaylistItemsRequest };

const ADD_URI_TYPES = ["track", "episode"] as const;
const REMOVE_URI_TYPES = ["track", "episode", "local"] as const;

function additionalTypes(value: QueryAdditionalTypes | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((t) => t !== "track" && t !== "episode")) {
    throw new ValidationError('additional_types must be an array of "track" and "episode"', { parameter: "additional_types" });
  }
  return [...value];
}

/** Playlists. IDs may be given as IDs, `spotify:playlist:` URIs or `open.spotify.com/playlist/` URLs. */
export class PlaylistsEndpoints extends EndpointsBase {
  /**
   * A playlist. With `additional_types: ["episode"]` its items are typed `Track | Episode`.
   * For Development Mode apps, `items` is only sent for playlists the user owns or collaborates on.
   */
  async getPlaylist<AdditionalTypes extends QueryAdditionalTypes | undefined = undefined>(
    playlist_id: string,
    market?: Market,
    fields?: string,
    additional_types?: AdditionalTypes,
  ): Promise<Playlist<ItemForTypes<AdditionalTypes>>> {
    const id = toSpotifyId(playlist_id, "playlist", "playlist_id");
    return this.send(getPlaylist, {
      pathParams: { playlist_id: id },
      query: { market, fields, additional_types: additionalTypes(additional_types) },
    });
  }

  /**
   * A playlist's items, a page at a time (`GET /playlists/{id}/items`, `limit` 1-50). 1.2.0 called
   * `/tracks`, which Development Mode apps lost in February 2026.
   */
  async getPlaylistItems<AdditionalTypes extends QueryAdditionalTypes | undefined = undefined>(
    playlist_id: string,
    market?: Market,
    fields?: string,
    limit?: MaxInt<50>,
    offset?: number,
    additional_types?: AdditionalTypes,
    options?: RequestOptions,
  ): Promise<Page<PlaylistedTrack<ItemForTypes<AdditionalTypes>>>> {
    return this.#getItems(getPlaylistsItems, playlist_id, market, fields, limit, offset, additional_types, options);
  }

  /**
   * A playlist's items through the older `GET /playlists/{id}/tracks` (`limit` 1-100).
   * @deprecated Closed to Development Mode apps since February 2026. Use `getPlaylistItems`.
   */
  async getPlaylistItemsLegacy<AdditionalTypes extends QueryAdditionalTypes | undefined = undefined>(
    playlist_id: string,
    market?: Market,
    fields?: string,
    limit?: MaxInt<100>,
    offset?: number,
    additional_types?: AdditionalTypes,
    options?: RequestOptions,
  ): Promise<Page<PlaylistedTrack<ItemForTypes<AdditionalTypes>>>> {
    return this.#getItems(getPlaylistsTracks, playlist_id, market, fields, limit, offset, additional_types, options);
  }

  async #getItems<T>(op: OperationDecl, playlistId: string, market?: Market, fields?: string, limit?: number,
    offset?: number, types?: QueryAdditionalTypes, options?: RequestOptions): Promise<T> {
    const id = toSpotifyId(playlistId, "playlist", "playlist_id");
    checkPaging(op, limit, offset);
    return this.send(op, {
      pathParams: { playlist_id: id },
      query: { market, fields, limit, offset, additional_types: additionalTypes(types) },
      signal: options?.signal,
    });
  }

  /** Changes a playlist's name, visibility, collaboration or description. */
  async changePlaylistDetails(playlist_id: string, request: ChangePlaylistDetailsRequest): Promise<void> {
    const id = toSpotifyId(playlist_id, "playlist", "playlist_id");
    await this.send(changePlaylistDetails, { pathParams: { playlist_id: id }, body: checkDetails(request, false) });
  }

  /** Moves `range_length` items from `range_start` to before `moveToPosition`. */
  async movePlaylistItems(playlist_id: string, range_start: number, range_length: number, moveToPosition: number): Promise<SnapshotReference> {
    return this.updatePlaylistItems(playlist_id, { range_start, range_length, insert_before: moveToPosition });
  }

  /**
   * Replaces all items (`uris`, at most 100: a longer replace cannot be split without changing
   * its meaning) or reorders a range. Calls `PUT /playlists/{id}/items`.
   */
  async updatePlaylistItems(playlist_id: string, request: UpdatePlaylistItemsRequest): Promise<SnapshotReference> {
    return this.#update(reorderOrReplacePlaylistsItems, playlist_id, request);
  }

  /**
   * {@link updatePlaylistItems} through `PUT /playlists/{id}/tracks`.
   * @deprecated Closed to Development Mode apps since February 2026. Use `updatePlaylistItems`.
   */
  async updatePlaylistItemsLegacy(playlist_id: string, request: UpdatePlaylistItemsRequest): Promise<SnapshotReference> {
    return this.#update(reorderOrReplacePlaylistsTracks, playlist_id, request);
  }

  async #update(op: typeof reorderOrReplacePlaylistsItems | typeof reorderOrReplacePlaylistsTracks, playlistId: string, request: UpdatePlaylistItemsRequest): Promise<SnapshotReference> {
    const id = toSpotifyId(playlistId, "playlist", "playlist_id");
    if (!request || typeof request !== "object") throw new ValidationError("request must be an object", { parameter: "request" });
    const reorder = request.range_start !== undefined || request.insert_before !== undefined || request.range_length !== undefined;
    if (reorder && request.uris !== undefined) {
      throw new ValidationError("replace (uris) and reorder (range_start, insert_before) cannot be combined in one call", { parameter: "request" });
    }
    if (!reorder && request.uris === undefined) {
      throw new ValidationError("request needs uris (replace) or range_start and insert_before (reorder)", { parameter: "request" });
    }
    const body: Record<string, unknown> = {};
    if (request.uris !== undefined) {
      refuseOver(request.uris, op.maxIds, "uris", "a replace cannot be split without changing its meaning");
      body.uris = toSpotifyUris(request.uris, ADD_URI_TYPES, "uris");
    } else {
      checkRange(request.range_start, 0, Number.MAX_SAFE_INTEGER, "range_start");
      checkRange(request.insert_before, 0, Number.MAX_SAFE_INTEGER, "insert_before");
      checkRange(request.range_length, 1, Number.MAX_SAFE_INTEGER, "range_length");
      if (request.range_start === undefined || request.insert_before === undefined) {
        throw new ValidationError("a reorder needs range_start and insert_before", { parameter: "request" });
      }
      body.range_start = request.range_start;
      body.insert_before = request.insert_before;
      if (request.range_length !== undefined) body.range_length = request.range_length;
    }
    if (request.snapshot_id !== undefined) body.snapshot_id = request.snapshot_id;
    return this.send(op, { pathParams: { playlist_id: id }, body });
  }

  /**
   * Adds tracks or episodes (URIs or URLs), at `position` or at the end. Lists longer than 100
   * are split, in order, each chunk's position shifted. Resolves the last `snapshot_id`; a chunk
   * failing after others landed throws `PartialWriteError` carrying their `snapshot_id`s.
   */
  async addItemsToPlaylist(playlist_id: string, uris?: string[], position?: number): Promise<SnapshotReference> {
    return this.#add(addItemsToPlaylist, playlist_id, uris, position);
  }

  /**
   * {@link addItemsToPlaylist} through `POST /playlists/{id}/tracks`.
   * @deprecated Closed to Development Mode apps since February 2026. Use `addItemsToPlaylist`.
   */
  async addItemsToPlaylistLegacy(playlist_id: string, uris?: string[], position?: number): Promise<SnapshotReference> {
    return this.#add(addTracksToPlaylist, playlist_id, uris, position);
  }

  async #add(op: typeof addItemsToPlaylist | typeof addTracksToPlaylist, playlistId: string, uris: string[] | undefined, position: number | undefined) {
    const id = toSpotifyId(playlistId, "playlist", "playlist_id");
    const items = toSpotifyUris(uris ?? [], ADD_URI_TYPES, "uris");
    if (items.length === 0) throw new ValidationError("uris must hold at least one track or episode URI", { parameter: "uris" });
    checkRange(position, 0, Number.MAX_SAFE_INTEGER, "position");
    const results = await writeChunked(items, op.maxIds, (part, index) => {
      const body: Record<string, unknown> = { uris: part };
      if (position !== undefined) body.position = position + index * op.maxIds;
      return this.send<SnapshotReference>(op, { pathParams: { playlist_id: id }, body });
    }, "addItemsToPlaylist");
    return results[results.length - 1]!;
  }

  /**
   * Removes every occurrence of the given items (`items` or 1.2.0's `tracks`; local files by their
   * `spotify:local:` URI). Calls `DELETE /playlists/{id}/items` with the body key `items`. Lists
   * longer than 100 are split; resolves the last `snapshot_id`.
   */
  async removeItemsFromPlaylist(playlist_id: string, request: RemovePlaylistItemsRequest): Promise<SnapshotReference> {
    return this.#remove(removeItemsPlaylist, "items", playlist_id, request);
  }

  /**
   * {@link removeItemsFromPlaylist} through `DELETE /playlists/{id}/tracks` (body key `tracks`).
   * @deprecated Closed to Development Mode apps since February 2026. Use `removeItemsFromPlaylist`.
   */
  async removeItemsFromPlaylistLegacy(playlist_id: string, request: RemovePlaylistItemsRequest): Promise<SnapshotReference> {
    return this.#remove(removeTracksPlaylist, "tracks", playlist_id, request);
  }

  async #remove(op: typeof removeItemsPlaylist | typeof removeTracksPlaylist, key: "items" | "tracks", playlistId: string, request: RemovePlaylistItemsRequest) {
    const id = toSpotifyId(playlistId, "playlist", "playlist_id");
    const list = request?.items ?? request?.tracks;
    if (!Array.isArray(list) || list.length === 0) {
      throw new ValidationError("request.items (or request.tracks) must be a non-empty array of {uri}", { parameter: "request.items" });
    }
    const uris = toSpotifyUris(list.map((entry) => entry?.uri), REMOVE_URI_TYPES, "request.items");
    const results = await writeChunked(uris, op.maxIds, (part) => {
      const body: Record<string, unknown> = { [key]: part.map((uri) => ({ uri })) };
      if (request.snapshot_id !== undefined) body.snapshot_id = request.snapshot_id;
      return this.send<SnapshotReference>(op, { pathParams: { playlist_id: id }, body });
    }, "removeItemsFromPlaylist");
    return results[results.length - 1]!;
  }

  /**
   * A user's playlists. `user_id` is free-form (percent-encoded).
   * @deprecated Closed to Development Mode apps since February 2026. Use `currentUser.playlists.playlists()`.
   */
  async getUsersPlaylists(user_id: string, limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SimplifiedPlaylist>> {
    const userId = toFreeFormId(user_id, "user_id", "user");
    checkPaging(getListUsersPlaylists, limit, offset);
    return this.send(getListUsersPlaylists, { pathParams: { user_id: userId }, query: { limit, offset }, signal: options?.signal });
  }

  /**
   * Creates a playlist. When `user_id` is the current user (the usual case; one `GET /me` tells)
   * this calls `POST /me/playlists`; for another user it calls the deprecated
   * `POST /users/{id}/playlists`, closed to Development Mode apps since February 2026.
   * `createPlaylistForCurrentUser` skips the `GET /me`.
   */
  async createPlaylist(user_id: string, request: CreatePlaylistRequest): Promise<Playlist> {
    const userId = toFreeFormId(user_id, "user_id", "user");
    const body = checkDetails(request, true);
    // Through send, not ctx.currentUserId(): paginate, planning a walk, then sends nothing.
    const me = await this.send<{ id: string }>(getCurrentUsersProfile);
    if (userId === me.id) return this.send(createPlaylist, { body });
    return this.send(createPlaylistForUser, { pathParams: { user_id: userId }, body });
  }

  /** Creates a playlist for the current user (`POST /me/playlists`). */
  async createPlaylistForCurrentUser(request: CreatePlaylistRequest): Promise<Playlist> {
    return this.send(createPlaylist, { body: checkDetails(request, true) });
  }

  /** The playlist's cover images (temporary URLs). */
  async getPlaylistCoverImage(playlist_id: string): Promise<Image[]> {
    return this.send(getPlaylistCover, { pathParams: { playlist_id: toSpotifyId(playlist_id, "playlist", "playlist_id") } });
  }

  /** Uploads a JPEG cover (at most 256 KB once base64-encoded; checked before sending). */
  async addCustomPlaylistCoverImage(playlist_id: string, imageData: CoverImageData): Promise<void> {
    await this.addCustomPlaylistCoverImageFromBase64String(playlist_id, encodeCoverImage(imageData));
  }

  /** Uploads a base64-encoded JPEG cover, sent with `Content-Type: image/jpeg`. */
  async addCustomPlaylistCoverImageFromBase64String(playlist_id: string, base64EncodedJpeg: string): Promise<void> {
    const id = toSpotifyId(playlist_id, "playlist", "playlist_id");
    const data = encodeCoverImage(base64EncodedJpeg);
    await this.send(uploadCustomPlaylistCover, { pathParams: { playlist_id: id }, rawBody: { data, contentType: "image/jpeg" } });
  }
}

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
import { checkLimit, checkOffset, checkRange, EndpointsBase, type EndpointContext, type OperationDecl, type RequestOptions } from "./base.js";
import { refuseOver, writeChunked } from "./chunk.js";
import {
  checkDetails, encodeCoverImage, type ChangePlaylistDetailsRequest, type CoverImageData, type CreatePlaylistRequest,
  type RemovePlaylistItemsRequest, type UpdatePlaylistItemsRequest,
} from "./playlist-bodies.js";

export type { ChangePlaylistDetailsRequest, CoverImageData, CreatePlaylistRequest, RemovePlaylistItemsRequest, UpdatePlaylistItemsRequest };

/** The operations of {@link PlaylistsEndpoints}. */
export const PLAYLISTS_OPERATIONS = {
  getPlaylist: { operationId: "get-playlist", method: "GET", path: "/playlists/{playlist_id}" },
  changeDetails: { operationId: "change-playlist-details", method: "PUT", path: "/playlists/{playlist_id}", idempotent: true },
  getItems: { operationId: "get-playlists-items", method: "GET", path: "/playlists/{playlist_id}/items" },
  updateItems: { operationId: "reorder-or-replace-playlists-items", method: "PUT", path: "/playlists/{playlist_id}/items", response: "json" },
  addItems: { operationId: "add-items-to-playlist", method: "POST", path: "/playlists/{playlist_id}/items", response: "json" },
  removeItems: { operationId: "remove-items-playlist", method: "DELETE", path: "/playlists/{playlist_id}/items", response: "json" },
  getTracks: { operationId: "get-playlists-tracks", method: "GET", path: "/playlists/{playlist_id}/tracks" },
  updateTracks: { operationId: "reorder-or-replace-playlists-tracks", method: "PUT", path: "/playlists/{playlist_id}/tracks", response: "json" },
  addTracks: { operationId: "add-tracks-to-playlist", method: "POST", path: "/playlists/{playlist_id}/tracks", response: "json" },
  removeTracks: { operationId: "remove-tracks-playlist", method: "DELETE", path: "/playlists/{playlist_id}/tracks", response: "json" },
  getUserPlaylists: { operationId: "get-list-users-playlists", method: "GET", path: "/users/{user_id}/playlists" },
  createPlaylist: { operationId: "create-playlist", method: "POST", path: "/me/playlists", response: "json" },
  createPlaylistForUser: { operationId: "create-playlist-for-user", method: "POST", path: "/users/{user_id}/playlists", response: "json" },
  getCover: { operationId: "get-playlist-cover", method: "GET", path: "/playlists/{playlist_id}/images", envelope: "array" },
  uploadCover: { operationId: "upload-custom-playlist-cover", method: "PUT", path: "/playlists/{playlist_id}/images", idempotent: true },
} as const satisfies Record<string, OperationDecl>;

type Ops = typeof PLAYLISTS_OPERATIONS;
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
  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.registerPaged({
      getPlaylistItems: { kind: "offset", limitIndex: 3, offsetIndex: 4, optionsIndex: 6, maxLimit: 50 },
      getPlaylistItemsLegacy: { kind: "offset", limitIndex: 3, offsetIndex: 4, optionsIndex: 6, maxLimit: 100 },
      getUsersPlaylists: { kind: "offset", limitIndex: 1, offsetIndex: 2, optionsIndex: 3, maxLimit: 50 },
    });
  }

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
    return this.send(PLAYLISTS_OPERATIONS.getPlaylist, {
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
    return this.#getItems(PLAYLISTS_OPERATIONS.getItems, 50, playlist_id, market, fields, limit, offset, additional_types, options);
  }

  /**
   * A playlist's items through the older `GET /playlists/{id}/tracks` (`limit` 1-100).
   * @deprecated Development Mode apps lost `/tracks` in February 2026: use `getPlaylistItems`.
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
    return this.#getItems(PLAYLISTS_OPERATIONS.getTracks, 100, playlist_id, market, fields, limit, offset, additional_types, options);
  }

  async #getItems<T>(op: OperationDecl, max: number, playlistId: string, market?: Market, fields?: string, limit?: number,
    offset?: number, types?: QueryAdditionalTypes, options?: RequestOptions): Promise<T> {
    const id = toSpotifyId(playlistId, "playlist", "playlist_id");
    checkLimit(limit, max);
    checkOffset(offset);
    return this.send(op, {
      pathParams: { playlist_id: id },
      query: { market, fields, limit, offset, additional_types: additionalTypes(types) },
      signal: options?.signal,
    });
  }

  /** Changes a playlist's name, visibility, collaboration or description. */
  async changePlaylistDetails(playlist_id: string, request: ChangePlaylistDetailsRequest): Promise<void> {
    const id = toSpotifyId(playlist_id, "playlist", "playlist_id");
    await this.send(PLAYLISTS_OPERATIONS.changeDetails, { pathParams: { playlist_id: id }, body: checkDetails(request, false) });
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
    return this.#update(PLAYLISTS_OPERATIONS.updateItems, playlist_id, request);
  }

  /**
   * {@link updatePlaylistItems} through `PUT /playlists/{id}/tracks`.
   * @deprecated Development Mode apps lost `/tracks` in February 2026: use `updatePlaylistItems`.
   */
  async updatePlaylistItemsLegacy(playlist_id: string, request: UpdatePlaylistItemsRequest): Promise<SnapshotReference> {
    return this.#update(PLAYLISTS_OPERATIONS.updateTracks, playlist_id, request);
  }

  async #update(op: Ops["updateItems"] | Ops["updateTracks"], playlistId: string, request: UpdatePlaylistItemsRequest): Promise<SnapshotReference> {
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
      refuseOver(request.uris, 100, "uris", "a replace cannot be split without changing its meaning");
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
    return this.#add(PLAYLISTS_OPERATIONS.addItems, playlist_id, uris, position);
  }

  /**
   * {@link addItemsToPlaylist} through `POST /playlists/{id}/tracks`.
   * @deprecated Development Mode apps lost `/tracks` in February 2026: use `addItemsToPlaylist`.
   */
  async addItemsToPlaylistLegacy(playlist_id: string, uris?: string[], position?: number): Promise<SnapshotReference> {
    return this.#add(PLAYLISTS_OPERATIONS.addTracks, playlist_id, uris, position);
  }

  async #add(op: Ops["addItems"] | Ops["addTracks"], playlistId: string, uris: string[] | undefined, position: number | undefined) {
    const id = toSpotifyId(playlistId, "playlist", "playlist_id");
    const items = toSpotifyUris(uris ?? [], ADD_URI_TYPES, "uris");
    if (items.length === 0) throw new ValidationError("uris must hold at least one track or episode URI", { parameter: "uris" });
    checkRange(position, 0, Number.MAX_SAFE_INTEGER, "position");
    const results = await writeChunked(items, 100, (part, index) => {
      const body: Record<string, unknown> = { uris: part };
      if (position !== undefined) body.position = position + index * 100;
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
    return this.#remove(PLAYLISTS_OPERATIONS.removeItems, "items", playlist_id, request);
  }

  /**
   * {@link removeItemsFromPlaylist} through `DELETE /playlists/{id}/tracks` (body key `tracks`).
   * @deprecated Development Mode apps lost `/tracks` in February 2026: use `removeItemsFromPlaylist`.
   */
  async removeItemsFromPlaylistLegacy(playlist_id: string, request: RemovePlaylistItemsRequest): Promise<SnapshotReference> {
    return this.#remove(PLAYLISTS_OPERATIONS.removeTracks, "tracks", playlist_id, request);
  }

  async #remove(op: OperationDecl, key: "items" | "tracks", playlistId: string, request: RemovePlaylistItemsRequest) {
    const id = toSpotifyId(playlistId, "playlist", "playlist_id");
    const list = request?.items ?? request?.tracks;
    if (!Array.isArray(list) || list.length === 0) {
      throw new ValidationError("request.items (or request.tracks) must be a non-empty array of {uri}", { parameter: "request.items" });
    }
    const uris = toSpotifyUris(list.map((entry) => entry?.uri), REMOVE_URI_TYPES, "request.items");
    const results = await writeChunked(uris, 100, (part) => {
      const body: Record<string, unknown> = { [key]: part.map((uri) => ({ uri })) };
      if (request.snapshot_id !== undefined) body.snapshot_id = request.snapshot_id;
      return this.send<SnapshotReference>(op, { pathParams: { playlist_id: id }, body });
    }, "removeItemsFromPlaylist");
    return results[results.length - 1]!;
  }

  /**
   * A user's playlists. `user_id` is free-form (percent-encoded).
   * @deprecated Closed to Development Mode apps since February 2026: use `currentUser.playlists.playlists()` for the current user.
   */
  async getUsersPlaylists(user_id: string, limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SimplifiedPlaylist>> {
    const userId = toFreeFormId(user_id, "user_id", "user");
    checkLimit(limit, 50);
    checkOffset(offset, 100_000);
    return this.send(PLAYLISTS_OPERATIONS.getUserPlaylists, { pathParams: { user_id: userId }, query: { limit, offset }, signal: options?.signal });
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
    if (userId === (await this.ctx.currentUserId())) return this.send(PLAYLISTS_OPERATIONS.createPlaylist, { body });
    return this.send(PLAYLISTS_OPERATIONS.createPlaylistForUser, { pathParams: { user_id: userId }, body });
  }

  /** Creates a playlist for the current user (`POST /me/playlists`). */
  async createPlaylistForCurrentUser(request: CreatePlaylistRequest): Promise<Playlist> {
    return this.send(PLAYLISTS_OPERATIONS.createPlaylist, { body: checkDetails(request, true) });
  }

  /** The playlist's cover images (temporary URLs). */
  async getPlaylistCoverImage(playlist_id: string): Promise<Image[]> {
    return this.send(PLAYLISTS_OPERATIONS.getCover, { pathParams: { playlist_id: toSpotifyId(playlist_id, "playlist", "playlist_id") } });
  }

  /** Uploads a JPEG cover (at most 256 KB once base64-encoded; checked before sending). */
  async addCustomPlaylistCoverImage(playlist_id: string, imageData: CoverImageData): Promise<void> {
    await this.addCustomPlaylistCoverImageFromBase64String(playlist_id, encodeCoverImage(imageData));
  }

  /** Uploads a base64-encoded JPEG cover, sent with `Content-Type: image/jpeg`. */
  async addCustomPlaylistCoverImageFromBase64String(playlist_id: string, base64EncodedJpeg: string): Promise<void> {
    const id = toSpotifyId(playlist_id, "playlist", "playlist_id");
    const data = encodeCoverImage(base64EncodedJpeg);
    await this.send(PLAYLISTS_OPERATIONS.uploadCover, { pathParams: { playlist_id: id }, rawBody: { data, contentType: "image/jpeg" } });
  }
}

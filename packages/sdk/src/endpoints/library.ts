/**
 * `sdk.currentUser.library`: the February 2026 library endpoints (`/me/library`), which save,
 * remove and check any kind of item by URI, 40 per request. The per-type 1.2.0 methods
 * (`saveTracks`, `saveAlbums`, ...) are translated onto them.
 * @module
 */
import { ValidationError } from "../errors.js";
import { toSpotifyIds, toSpotifyUris, type CatalogType, type SpotifyUriType } from "../ids.js";
import {
  checkLibraryContains, checkUsersSavedAlbums, checkUsersSavedAudiobooks, checkUsersSavedEpisodes, checkUsersSavedShows, checkUsersSavedTracks,
  removeAlbumsUser, removeAudiobooksUser, removeEpisodesUser, removeLibraryItems, removeShowsUser, removeTracksUser, saveAlbumsUser,
  saveAudiobooksUser, saveEpisodesUser, saveLibraryItems, saveShowsUser, saveTracksUser,
} from "../operations/generated.js";
import { EndpointsBase, type OperationDecl } from "./base.js";
import { readChunked, writeChunked } from "./chunk.js";

/** What `/me/library` saves and removes (the spec's list). */
export const LIBRARY_SAVE_TYPES: readonly SpotifyUriType[] = ["track", "album", "episode", "show", "audiobook", "user", "playlist"];
/** What `/me/library/contains` checks: the saveable types plus followed artists. */
export const LIBRARY_CONTAINS_TYPES: readonly SpotifyUriType[] = [...LIBRARY_SAVE_TYPES, "artist"];
/**
 * URIs per `/me/library` request. Read in a pure-annotated call: a property read at the top of a
 * module would keep the declaration in every bundle of the built package.
 */
export const LIBRARY_CHUNK: number = /* @__PURE__ */ (() => saveLibraryItems.maxIds)();

/** A per-type library operation: every one says how many IDs a request takes. */
type LegacyOperation = OperationDecl & { readonly maxIds: number };

/**
 * The library requests {@link LibraryEndpoints} and the per-type sub-groups share. Protected: a
 * group's public methods are its 1.2.0 ones.
 */
export abstract class LibraryBase extends EndpointsBase {
  /** Saves or removes URIs through `/me/library`, 40 per request. */
  protected async writeUris(uris: string[], remove: boolean): Promise<void> {
    if (uris.length === 0) throw new ValidationError("at least one item is needed", { parameter: "uris" });
    const op = remove ? removeLibraryItems : saveLibraryItems;
    await writeChunked(uris, op.maxIds, (part) => this.send(op, { query: { uris: part } }), remove ? "library.remove" : "library.save");
  }

  /** Checks URIs through `/me/library/contains`, 40 per request. */
  protected async containsUris(uris: string[]): Promise<boolean[]> {
    if (uris.length === 0) throw new ValidationError("at least one item is needed", { parameter: "uris" });
    return readChunked(uris, checkLibraryContains.maxIds, (part) => this.send<boolean[]>(checkLibraryContains, { query: { uris: part } }));
  }

  /** Saves or removes IDs of one type through `/me/library`. */
  protected async writeIds(type: CatalogType, ids: string[], remove: boolean): Promise<void> {
    await this.writeUris(toSpotifyUris(ids, [type], "ids", type), remove);
  }

  /** Checks IDs of one type through `/me/library/contains`. */
  protected async containsIds(type: CatalogType, ids: string[]): Promise<boolean[]> {
    return this.containsUris(toSpotifyUris(ids, [type], "ids", type));
  }

  /** The per-type endpoints (`/me/tracks`, ...): IDs in the query and/or an `{ids}` body, as the spec has them, `op.maxIds` per request. */
  protected async legacyWrite(
    op: LegacyOperation,
    type: CatalogType,
    ids: string[],
    where: { query: boolean; body: boolean; extraQuery?: Record<string, string | undefined> },
  ): Promise<void> {
    const checked = toSpotifyIds(ids, type);
    if (checked.length === 0) throw new ValidationError("ids must hold at least one ID", { parameter: "ids" });
    await writeChunked(checked, op.maxIds, (part) => this.send(op, {
      ...(where.query ? { query: { ids: part, ...where.extraQuery } } : where.extraQuery ? { query: where.extraQuery } : {}),
      ...(where.body ? { body: { ids: part } } : {}),
    }), op.operationId);
  }

  /** A per-type `/contains`, `op.maxIds` per request. */
  protected async legacyContains(op: LegacyOperation, type: CatalogType, ids: string[]): Promise<boolean[]> {
    const checked = toSpotifyIds(ids, type);
    if (checked.length === 0) throw new ValidationError("ids must hold at least one ID", { parameter: "ids" });
    return readChunked(checked, op.maxIds, (part) => this.send<boolean[]>(op, { query: { ids: part } }));
  }
}

/** The current user's library, by URI (`spotify:track:…`, `spotify:album:…`, `spotify:playlist:…`, ...). */
export class LibraryEndpoints extends LibraryBase {

  /**
   * Saves items (URIs or `open.spotify.com` URLs) to the library: `PUT /me/library`, 40 per request.
   * A chunk failing after others landed throws `PartialWriteError`.
   * @example
   * ```ts
   * await sdk.currentUser.library.save(["spotify:track:4iV5W9uYEdYUVa79Axb7Rh", "spotify:album:4aawyAB9vmqN3uQ7FjRGTy"]);
   * ```
   */
  async save(uris: string[]): Promise<void> {
    await this.writeUris(toSpotifyUris(uris, LIBRARY_SAVE_TYPES, "uris"), false);
  }

  /** Removes items from the library: `DELETE /me/library`, 40 per request. */
  async remove(uris: string[]): Promise<void> {
    await this.writeUris(toSpotifyUris(uris, LIBRARY_SAVE_TYPES, "uris"), true);
  }

  /** Whether each item is in the library (artists: followed), in order: `GET /me/library/contains`. */
  async contains(uris: string[]): Promise<boolean[]> {
    return this.containsUris(toSpotifyUris(uris, LIBRARY_CONTAINS_TYPES, "uris"));
  }
}

/**
 * `sdk.albums`: albums and their tracks.
 * @module
 */
import { toSpotifyId, toSpotifyIds } from "../ids.js";
import type { Album, Albums, Market, MaxInt, Page, SimplifiedTrack } from "../models/index.js";
import { getAnAlbum, getAnAlbumsTracks, getMultipleAlbums } from "../operations/generated.js";
import { checkPaging, EndpointsBase, type RequestOptions } from "./base.js";
import { readChunked } from "./chunk.js";

/** Albums. IDs may be given as IDs, `spotify:album:` URIs or `open.spotify.com/album/` URLs. */
export class AlbumsEndpoints extends EndpointsBase {
  /**
   * An album.
   * @example
   * ```ts
   * const album = await sdk.albums.get("4aawyAB9vmqN3uQ7FjRGTy");
   * ```
   */
  get(id: string, market?: Market): Promise<Album>;
  /**
   * Several albums, in order; lists longer than 20 are split into several requests.
   * @deprecated Closed to Development Mode apps since February 2026. Use `get(id)`.
   */
  get(ids: string[], market?: Market): Promise<Album[]>;
  async get(idOrIds: string | string[], market?: Market): Promise<Album | Album[]> {
    if (typeof idOrIds === "string" || !Array.isArray(idOrIds)) {
      return this.send<Album>(getAnAlbum, { pathParams: { id: toSpotifyId(idOrIds as string, "album") }, query: { market } });
    }
    const ids = toSpotifyIds(idOrIds, "album");
    return readChunked(ids, getMultipleAlbums.maxIds, async (part) => (await this.send<Albums>(getMultipleAlbums, { query: { ids: part, market } })).albums);
  }

  /** An album's tracks, a page at a time (`limit` 1-50, default 20). */
  async tracks(albumId: string, market?: Market, limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SimplifiedTrack>> {
    const id = toSpotifyId(albumId, "album", "albumId");
    checkPaging(getAnAlbumsTracks, limit, offset);
    return this.send(getAnAlbumsTracks, { pathParams: { id }, query: { market, limit, offset }, signal: options?.signal });
  }
}

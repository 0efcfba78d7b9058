/**
 * `sdk.albums`: albums and their tracks.
 * @module
 */
import { toSpotifyId, toSpotifyIds } from "../ids.js";
import type { Album, Albums, Market, MaxInt, Page, SimplifiedTrack } from "../models/index.js";
import { checkLimit, checkOffset, EndpointsBase, type EndpointContext, type OperationDecl, type RequestOptions } from "./base.js";
import { readChunked } from "./chunk.js";

/** The operations of {@link AlbumsEndpoints}. */
export const ALBUMS_OPERATIONS = {
  getAlbum: { operationId: "get-an-album", method: "GET", path: "/albums/{id}" },
  getAlbums: { operationId: "get-multiple-albums", method: "GET", path: "/albums", envelope: { list: "albums" } },
  getAlbumTracks: { operationId: "get-an-albums-tracks", method: "GET", path: "/albums/{id}/tracks" },
} as const satisfies Record<string, OperationDecl>;

/** Albums. IDs may be given as IDs, `spotify:album:` URIs or `open.spotify.com/album/` URLs. */
export class AlbumsEndpoints extends EndpointsBase {
  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.registerPaged({ tracks: { kind: "offset", limitIndex: 2, offsetIndex: 3, optionsIndex: 4, maxLimit: 50 } });
  }

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
   * @deprecated `GET /albums` (several albums) is closed to Development Mode apps since February
   * 2026: get each album with `get(id)`.
   */
  get(ids: string[], market?: Market): Promise<Album[]>;
  async get(idOrIds: string | string[], market?: Market): Promise<Album | Album[]> {
    if (typeof idOrIds === "string" || !Array.isArray(idOrIds)) {
      const id = toSpotifyId(idOrIds as string, "album");
      return this.send<Album>(ALBUMS_OPERATIONS.getAlbum, { pathParams: { id }, query: { market } });
    }
    const ids = toSpotifyIds(idOrIds, "album");
    return readChunked(ids, 20, async (part) =>
      (await this.send<Albums>(ALBUMS_OPERATIONS.getAlbums, { query: { ids: part, market } })).albums);
  }

  /** An album's tracks, a page at a time (`limit` 1-50, default 20). */
  async tracks(albumId: string, market?: Market, limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SimplifiedTrack>> {
    const id = toSpotifyId(albumId, "album", "albumId");
    checkLimit(limit, 50);
    checkOffset(offset);
    return this.send(ALBUMS_OPERATIONS.getAlbumTracks, { pathParams: { id }, query: { market, limit, offset }, signal: options?.signal });
  }
}

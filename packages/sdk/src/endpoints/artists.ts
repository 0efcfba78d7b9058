/**
 * `sdk.artists`: artists, their albums, top tracks and related artists.
 * @module
 */
import { toSpotifyId, toSpotifyIds } from "../ids.js";
import type { Artist, ArtistDiscographyAlbum, Artists, Market, MaxInt, Page, TopTracksResult } from "../models/index.js";
import { checkLimit, checkOffset, EndpointsBase, type EndpointContext, type OperationDecl, type RequestOptions } from "./base.js";
import { readChunked } from "./chunk.js";

/** The operations of {@link ArtistsEndpoints}. */
export const ARTISTS_OPERATIONS = {
  getArtist: { operationId: "get-an-artist", method: "GET", path: "/artists/{id}" },
  getArtists: { operationId: "get-multiple-artists", method: "GET", path: "/artists", envelope: { list: "artists" } },
  getArtistAlbums: { operationId: "get-an-artists-albums", method: "GET", path: "/artists/{id}/albums" },
  getTopTracks: { operationId: "get-an-artists-top-tracks", method: "GET", path: "/artists/{id}/top-tracks" },
  getRelatedArtists: { operationId: "get-an-artists-related-artists", method: "GET", path: "/artists/{id}/related-artists" },
} as const satisfies Record<string, OperationDecl>;

/** The album groups `albums()` can filter on. */
export type IncludeGroup = "album" | "single" | "appears_on" | "compilation";

/** Artists. IDs may be given as IDs, `spotify:artist:` URIs or `open.spotify.com/artist/` URLs. */
export class ArtistsEndpoints extends EndpointsBase {
  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.registerPaged({ albums: { kind: "offset", limitIndex: 3, offsetIndex: 4, optionsIndex: 5, maxLimit: 10 } });
  }

  /** An artist. */
  get(id: string): Promise<Artist>;
  /**
   * Several artists, in order; lists longer than 50 are split.
   * @deprecated `GET /artists` (several artists) is closed to Development Mode apps since February
   * 2026: get each artist with `get(id)`.
   */
  get(ids: string[]): Promise<Artist[]>;
  async get(idOrIds: string | string[]): Promise<Artist | Artist[]> {
    if (!Array.isArray(idOrIds)) {
      return this.send<Artist>(ARTISTS_OPERATIONS.getArtist, { pathParams: { id: toSpotifyId(idOrIds, "artist") } });
    }
    const ids = toSpotifyIds(idOrIds, "artist");
    return readChunked(ids, 50, async (part) => (await this.send<Artists>(ARTISTS_OPERATIONS.getArtists, { query: { ids: part } })).artists);
  }

  /**
   * An artist's albums. `includeGroups` is a comma-separated list of `album`, `single`,
   * `appears_on`, `compilation`. Since February 2026 Spotify documents `limit` 1-10 (default 5);
   * up to 50 is accepted here, the limit Extended Quota apps keep.
   */
  async albums(
    id: string,
    includeGroups?: string,
    market?: Market,
    limit?: MaxInt<50>,
    offset?: number,
    options?: RequestOptions,
  ): Promise<Page<ArtistDiscographyAlbum>> {
    const artistId = toSpotifyId(id, "artist");
    checkLimit(limit, 50, "limit", 0);
    checkOffset(offset);
    return this.send(ARTISTS_OPERATIONS.getArtistAlbums, {
      pathParams: { id: artistId },
      query: { include_groups: includeGroups, market, limit, offset },
      signal: options?.signal,
    });
  }

  /**
   * An artist's top tracks in `market`.
   * @deprecated Closed to Development Mode apps since February 2026; no replacement.
   */
  async topTracks(id: string, market: Market): Promise<TopTracksResult> {
    return this.send(ARTISTS_OPERATIONS.getTopTracks, { pathParams: { id: toSpotifyId(id, "artist") }, query: { market } });
  }

  /**
   * Artists similar to an artist.
   * @deprecated Closed to apps created on or after 27 November 2024 (and to Development Mode apps
   * without extended access then): they get 403. No replacement.
   */
  async relatedArtists(id: string): Promise<Artists> {
    return this.send(ARTISTS_OPERATIONS.getRelatedArtists, { pathParams: { id: toSpotifyId(id, "artist") } });
  }
}

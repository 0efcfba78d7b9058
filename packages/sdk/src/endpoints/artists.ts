/**
 * `sdk.artists`: artists, their albums, top tracks and related artists.
 * @module
 */
import { toSpotifyId, toSpotifyIds } from "../ids.js";
import type { Artist, ArtistDiscographyAlbum, Artists, Market, MaxInt, Page, TopTracksResult } from "../models/index.js";
import {
  getAnArtist, getAnArtistsAlbums, getAnArtistsRelatedArtists, getAnArtistsTopTracks, getMultipleArtists,
} from "../operations/generated.js";
import { checkPaging, EndpointsBase, type RequestOptions } from "./base.js";
import { readChunked } from "./chunk.js";

/** The album groups `albums()` can filter on. */
export type IncludeGroup = "album" | "single" | "appears_on" | "compilation";

/** Artists. IDs may be given as IDs, `spotify:artist:` URIs or `open.spotify.com/artist/` URLs. */
export class ArtistsEndpoints extends EndpointsBase {
  /** An artist. */
  get(id: string): Promise<Artist>;
  /**
   * Several artists, in order; lists longer than 50 are split.
   * @deprecated Closed to Development Mode apps since February 2026. Use `get(id)`.
   */
  get(ids: string[]): Promise<Artist[]>;
  async get(idOrIds: string | string[]): Promise<Artist | Artist[]> {
    if (!Array.isArray(idOrIds)) {
      return this.send<Artist>(getAnArtist, { pathParams: { id: toSpotifyId(idOrIds, "artist") } });
    }
    const ids = toSpotifyIds(idOrIds, "artist");
    return readChunked(ids, getMultipleArtists.maxIds, async (part) => (await this.send<Artists>(getMultipleArtists, { query: { ids: part } })).artists);
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
    checkPaging(getAnArtistsAlbums, limit, offset);
    return this.send(getAnArtistsAlbums, {
      pathParams: { id: artistId },
      query: { include_groups: includeGroups, market, limit, offset },
      signal: options?.signal,
    });
  }

  /**
   * An artist's top tracks in `market`.
   * @deprecated Closed to Development Mode apps since February 2026. No replacement.
   */
  async topTracks(id: string, market: Market): Promise<TopTracksResult> {
    return this.send(getAnArtistsTopTracks, { pathParams: { id: toSpotifyId(id, "artist") }, query: { market } });
  }

  /**
   * Artists similar to an artist.
   * @deprecated Closed to apps created on or after 27 November 2024 (they get 403). No replacement.
   */
  async relatedArtists(id: string): Promise<Artists> {
    return this.send(getAnArtistsRelatedArtists, { pathParams: { id: toSpotifyId(id, "artist") } });
  }
}

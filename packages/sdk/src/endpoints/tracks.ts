/**
 * `sdk.tracks`: tracks, audio features and audio analysis.
 * @module
 */
import { toSpotifyId, toSpotifyIds } from "../ids.js";
import type { AudioAnalysis, AudioFeatures, AudioFeaturesCollection, Market, Track, Tracks } from "../models/index.js";
import { getAudioAnalysis, getAudioFeatures, getSeveralAudioFeatures, getSeveralTracks, getTrack } from "../operations/generated.js";
import { EndpointsBase } from "./base.js";
import { readChunked } from "./chunk.js";

/** Tracks. IDs may be given as IDs, `spotify:track:` URIs or `open.spotify.com/track/` URLs. */
export class TracksEndpoints extends EndpointsBase {
  /**
   * A track.
   * @example
   * ```ts
   * const track = await sdk.tracks.get("https://open.spotify.com/track/4iV5W9uYEdYUVa79Axb7Rh");
   * ```
   */
  get(id: string, market?: Market): Promise<Track>;
  /**
   * Several tracks, in order; lists longer than 50 are split.
   * @deprecated Closed to Development Mode apps since February 2026. Use `get(id)`.
   */
  get(ids: string[], market?: Market): Promise<Track[]>;
  async get(idOrIds: string | string[], market?: Market): Promise<Track | Track[]> {
    if (!Array.isArray(idOrIds)) {
      return this.send<Track>(getTrack, { pathParams: { id: toSpotifyId(idOrIds, "track") }, query: { market } });
    }
    const ids = toSpotifyIds(idOrIds, "track");
    return readChunked(ids, getSeveralTracks.maxIds, async (part) => (await this.send<Tracks>(getSeveralTracks, { query: { ids: part, market } })).tracks);
  }

  /**
   * A track's audio features.
   * @deprecated Closed to apps created on or after 27 November 2024 (they get 403). No replacement.
   */
  audioFeatures(id: string): Promise<AudioFeatures>;
  /**
   * Several tracks' audio features, in order (`null` for an unknown track); split by 100.
   * @deprecated Closed to apps created on or after 27 November 2024 (they get 403). No replacement.
   */
  audioFeatures(ids: string[]): Promise<AudioFeatures[]>;
  async audioFeatures(idOrIds: string | string[]): Promise<AudioFeatures | AudioFeatures[]> {
    if (!Array.isArray(idOrIds)) {
      return this.send<AudioFeatures>(getAudioFeatures, { pathParams: { id: toSpotifyId(idOrIds, "track") } });
    }
    const ids = toSpotifyIds(idOrIds, "track");
    return readChunked(ids, getSeveralAudioFeatures.maxIds, async (part) =>
      (await this.send<AudioFeaturesCollection>(getSeveralAudioFeatures, { query: { ids: part } })).audio_features as AudioFeatures[]);
  }

  /**
   * A track's audio analysis.
   * @deprecated Closed to apps created on or after 27 November 2024 (they get 403). No replacement.
   */
  async audioAnalysis(id: string): Promise<AudioAnalysis> {
    return this.send(getAudioAnalysis, { pathParams: { id: toSpotifyId(id, "track") } });
  }
}

/**
 * The request and response of `recommendations.get` (1.2.0 names).
 * Spotify closed `GET /recommendations` to apps created on or after 27 November 2024.
 * @module
 */
import type { RecommendationSeedObject, RecommendationsObject } from "./generated.js";

/** Up to 5 seeds in total, across artists, genres and tracks. */
export interface RecommendationsRequestRequiredArguments {
  /** Spotify IDs of seed artists (sent comma-separated). */
  seed_artists?: string[];
  /** Seed genres, from `recommendations.genreSeeds()`. */
  seed_genres?: string[];
  /** Spotify IDs of seed tracks. */
  seed_tracks?: string[];
}
/** Seeds plus tunable attributes (`min_*`, `max_*`, `target_*`). */
export interface RecommendationsRequest extends RecommendationsRequestRequiredArguments {
  /**
   * How many tracks to return, 1–100; fewer come back when the seeds' pool is small.
   * @default 20
   */
  limit?: number;
  /** An ISO 3166-1 alpha-2 country code: only tracks playable there. The user's own country wins when the token is a user's. */
  market?: string;
  /** Lowest acousticness (0.0–1.0) a recommended track may have. */
  min_acousticness?: number;
  /** Highest acousticness (0.0–1.0) a recommended track may have. */
  max_acousticness?: number;
  /** Preferred acousticness (0.0–1.0): tracks nearest to it rank first. */
  target_acousticness?: number;
  /** Lowest danceability (0.0–1.0) a recommended track may have. */
  min_danceability?: number;
  /** Highest danceability (0.0–1.0) a recommended track may have. */
  max_danceability?: number;
  /** Preferred danceability (0.0–1.0): tracks nearest to it rank first. */
  target_danceability?: number;
  /** Lowest duration (ms) a recommended track may have. */
  min_duration_ms?: number;
  /** Highest duration (ms) a recommended track may have. */
  max_duration_ms?: number;
  /** Preferred duration (ms): tracks nearest to it rank first. */
  target_duration_ms?: number;
  /** Lowest energy (0.0–1.0) a recommended track may have. */
  min_energy?: number;
  /** Highest energy (0.0–1.0) a recommended track may have. */
  max_energy?: number;
  /** Preferred energy (0.0–1.0): tracks nearest to it rank first. */
  target_energy?: number;
  /** Lowest instrumentalness (0.0–1.0) a recommended track may have. */
  min_instrumentalness?: number;
  /** Highest instrumentalness (0.0–1.0) a recommended track may have. */
  max_instrumentalness?: number;
  /** Preferred instrumentalness (0.0–1.0): tracks nearest to it rank first. */
  target_instrumentalness?: number;
  /** Lowest key (pitch class: 0 = C, 1 = C♯/D♭, ... 11 = B) a recommended track may have. */
  min_key?: number;
  /** Highest key (pitch class: 0 = C, 1 = C♯/D♭, ... 11 = B) a recommended track may have. */
  max_key?: number;
  /** Preferred key (pitch class: 0 = C, 1 = C♯/D♭, ... 11 = B): tracks nearest to it rank first. */
  target_key?: number;
  /** Lowest liveness (0.0–1.0) a recommended track may have. */
  min_liveness?: number;
  /** Highest liveness (0.0–1.0) a recommended track may have. */
  max_liveness?: number;
  /** Preferred liveness (0.0–1.0): tracks nearest to it rank first. */
  target_liveness?: number;
  /** Lowest loudness (dB, typically -60 to 0) a recommended track may have. */
  min_loudness?: number;
  /** Highest loudness (dB, typically -60 to 0) a recommended track may have. */
  max_loudness?: number;
  /** Preferred loudness (dB, typically -60 to 0): tracks nearest to it rank first. */
  target_loudness?: number;
  /** Lowest mode (0 = minor, 1 = major) a recommended track may have. */
  min_mode?: number;
  /** Highest mode (0 = minor, 1 = major) a recommended track may have. */
  max_mode?: number;
  /** Preferred mode (0 = minor, 1 = major): tracks nearest to it rank first. */
  target_mode?: number;
  /** Lowest popularity (0–100) a recommended track may have. */
  min_popularity?: number;
  /** Highest popularity (0–100) a recommended track may have. */
  max_popularity?: number;
  /** Preferred popularity (0–100): tracks nearest to it rank first. */
  target_popularity?: number;
  /** Lowest speechiness (0.0–1.0) a recommended track may have. */
  min_speechiness?: number;
  /** Highest speechiness (0.0–1.0) a recommended track may have. */
  max_speechiness?: number;
  /** Preferred speechiness (0.0–1.0): tracks nearest to it rank first. */
  target_speechiness?: number;
  /** Lowest tempo (beats per minute) a recommended track may have. */
  min_tempo?: number;
  /** Highest tempo (beats per minute) a recommended track may have. */
  max_tempo?: number;
  /** Preferred tempo (beats per minute): tracks nearest to it rank first. */
  target_tempo?: number;
  /** Lowest time signature (beats per bar, 3–7) a recommended track may have. */
  min_time_signature?: number;
  /** Highest time signature (beats per bar, 3–7) a recommended track may have. */
  max_time_signature?: number;
  /** Preferred time signature (beats per bar, 3–7): tracks nearest to it rank first. */
  target_time_signature?: number;
  /** Lowest valence (0.0–1.0, how positive it sounds) a recommended track may have. */
  min_valence?: number;
  /** Highest valence (0.0–1.0, how positive it sounds) a recommended track may have. */
  max_valence?: number;
  /** Preferred valence (0.0–1.0, how positive it sounds): tracks nearest to it rank first. */
  target_valence?: number;
}
/** Recommended tracks and the seeds used. */
export type RecommendationsResponse = RecommendationsObject;
/** One seed and how many tracks it produced. */
export type RecommendationSeed = RecommendationSeedObject;

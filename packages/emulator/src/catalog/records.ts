// The catalog's internal records: plain data derived from (seed, index), rendered into Spotify
// objects by render/*.ts.

/** Spotify's `album_type` values. */
export type AlbumType = "album" | "single" | "compilation";
/** How much of `release_date` is known (Spotify's `release_date_precision`). */
export type Precision = "year" | "month" | "day";

/** An artist as the catalog derives it; the renderer turns it into ArtistObject. */
export interface ArtistRec {
  index: number;
  id: string;
  name: string;
  words: string[];
  genres: string[];
  popularity: number;
  followers: number;
}

/** An album with the contiguous range of its tracks and, for a market-restricted one, its markets. */
export interface AlbumRec {
  index: number;
  id: string;
  name: string;
  words: string[];
  type: AlbumType;
  /** Primary artist first, then a featured one on some albums. */
  artists: number[];
  trackStart: number;
  trackCount: number;
  releaseDate: string;
  precision: Precision;
  year: number;
  popularity: number;
  label: string;
  /** Markets it is licensed in (undefined = every market). */
  markets?: readonly string[];
  isNew: boolean;
  upc: string;
}

/**
 * A track with its album and artists by index; fields the spec's TrackObject needs are derived when
 * rendered.
 */
export interface TrackRec {
  index: number;
  id: string;
  name: string;
  words: string[];
  album: number;
  trackNumber: number;
  discNumber: number;
  durationMs: number;
  explicit: boolean;
  popularity: number;
  artists: number[];
  isrc: string;
}

/**
 * A Spotify-owned editorial playlist of the synthetic catalog (users' playlists live in
 * state/playlists.ts).
 */
export interface PlaylistRec {
  index: number;
  id: string;
  name: string;
  words: string[];
  description: string;
  /** Spotify-owned editorial playlists are what the Nov 2024 switch hides. */
  editorial: boolean;
  ownerId: string;
  ownerName: string;
  itemCount: number;
  followers: number;
  category: number;
}

/** A podcast show with the contiguous range of its episodes. */
export interface ShowRec {
  index: number;
  id: string;
  name: string;
  words: string[];
  description: string;
  publisher: string;
  episodeStart: number;
  episodeCount: number;
  languages: string[];
  explicit: boolean;
}

/** A podcast episode with its show by index. */
export interface EpisodeRec {
  index: number;
  id: string;
  show: number;
  number: number;
  name: string;
  words: string[];
  description: string;
  durationMs: number;
  releaseDate: string;
  explicit: boolean;
  language: string;
}

/** An audiobook with the contiguous range of its chapters. */
export interface AudiobookRec {
  index: number;
  id: string;
  name: string;
  words: string[];
  description: string;
  authors: string[];
  narrators: string[];
  publisher: string;
  chapterStart: number;
  chapterCount: number;
  edition: string;
  explicit: boolean;
  languages: string[];
}

/** An audiobook chapter with its audiobook by index. */
export interface ChapterRec {
  index: number;
  id: string;
  audiobook: number;
  number: number;
  name: string;
  description: string;
  durationMs: number;
  releaseDate: string;
}

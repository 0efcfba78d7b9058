// The catalog's internal records: plain data derived from (seed, index), rendered into Spotify
// objects by render/*.ts.

export type AlbumType = "album" | "single" | "compilation";
export type Precision = "year" | "month" | "day";

export interface ArtistRec {
  index: number;
  id: string;
  name: string;
  words: string[];
  genres: string[];
  popularity: number;
  followers: number;
}

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

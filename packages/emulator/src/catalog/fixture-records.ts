// What the catalog needs of the loaded fixtures, declared here so the catalog does not depend on
// the fixture loader: fixtures/catalog.ts implements it. Fixture indices of a kind follow the
// synthetic ones (the `index` of every method and record is global).
import type { AlbumRec, ArtistRec, AudiobookRec, ChapterRec, EpisodeRec, ShowRec, TrackRec } from "./records.js";
import type { View } from "./view.js";

/** A kind of record fixtures can hold. */
export type FixtureRecordKind = "track" | "album" | "artist" | "show" | "episode" | "audiobook" | "chapter";

/** The loaded fixtures as the catalog reads them: records by kind, lookups, and dressing of rendered answers. */
export interface FixtureRecords {
  readonly tracks: readonly TrackRec[];
  readonly albums: readonly AlbumRec[];
  readonly artists: readonly ArtistRec[];
  readonly shows: readonly ShowRec[];
  readonly episodes: readonly EpisodeRec[];
  readonly audiobooks: readonly AudiobookRec[];
  readonly chapters: readonly ChapterRec[];
  /** How many fixture records of a kind there are. */
  count(kind: FixtureRecordKind): number;
  /** The global index of a fixture id, or undefined when no fixture has it. */
  indexOf(kind: FixtureRecordKind, id: string): number | undefined;
  /** The albums an artist made (global indices). */
  albumsOf(artist: number): number[];
  /** The albums an artist appears on without being their artist. */
  appearsOn(artist: number): number[];
  /** The track with this ISRC, for `isrc:` searches. */
  trackOfIsrc(isrc: string): number | undefined;
  /** The album with this UPC, for `upc:` searches. */
  albumOfUpc(upc: string): number | undefined;
  /**
   * A rendered answer for a fixture record with the fixture's own fields laid over it and the view
   * applied; `out` unchanged for an index that is not a fixture's.
   */
  dress(kind: FixtureRecordKind, index: number, out: Record<string, unknown>, view: View): Record<string, unknown>;
}

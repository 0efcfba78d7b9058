// The generated catalog. Only a few typed arrays (album, show and audiobook boundaries) are built
// at construction; every record is derived from (seed, index) when asked for.
import { IdCodec, Kind, type KindName } from "./ids.js";
import { hash32, Rng } from "./prng.js";
import { Memo, owner, pad, starts } from "./util.js";
import type { FixtureRecords } from "./fixture-records.js";
import type { AlbumRec, AlbumType, ArtistRec, AudiobookRec, ChapterRec, EpisodeRec, PlaylistRec, Precision, ShowRec, TrackRec } from "./records.js";
import { BAND_NOUNS, CATEGORIES, FIRST_NAMES, GENRES, LANGUAGES, LAST_NAMES, PUBLISHERS, RESTRICTED_MARKETS, SHOW_FORMS, SHOW_TOPICS, TITLE_WORDS, titleCase } from "./words.js";

/** Sizes derived from the number of tracks. */
export interface CatalogSizes {
  tracks: number;
  albums: number;
  artists: number;
  playlists: number;
  editorialPlaylists: number;
  shows: number;
  episodes: number;
  audiobooks: number;
  chapters: number;
  curators: number;
}

const LABELS = ["Loopback Records", "Seed Music", "Port Zero", "Base62 Recordings", "Offline Sound", "Emulated Audio Group"];

/**
 * The catalog every handler reads: synthetic records derived from (seed, index) on demand, followed by the
 * loaded fixtures at the indices after them, behind one id space.
 */
export class Catalog {
  readonly ids: IdCodec;
  readonly sizes: CatalogSizes;
  private readonly albumStart: Uint32Array;
  private readonly episodeStart: Uint32Array;
  private readonly chapterStart: Uint32Array;
  private appearsOn?: Map<number, number[]>;
  private fresh?: number[];
  private readonly memo = { track: new Memo<TrackRec>(10_000), album: new Memo<AlbumRec>(5_000), artist: new Memo<ArtistRec>(5_000) };
  /** Loaded fixtures: their indices follow the synthetic ones of each kind (fixtures/catalog.ts). */
  fixtures?: FixtureRecords;
  /** False with `fixturesOnly`: synthetic ids are unknown, and nothing synthetic is searched, listed or seeded. */
  synthetic = true;

  constructor(readonly seed: number, trackCount: number) {
    this.ids = new IdCodec(seed);
    const tracks = Math.max(1, Math.min(trackCount, 50_000_000));
    // Album sizes: singles of 1-3 tracks, albums and compilations of 6-18; the last one is cut to fit.
    const sizes: number[] = [];
    let total = 0;
    for (let i = 0; total < tracks; i++) {
      const h = hash32(seed, i, 11);
      const n = Math.min(h % 10 < 2 ? 1 + (h >>> 8) % 3 : 6 + (h >>> 8) % 13, tracks - total);
      sizes.push(n);
      total += n;
    }
    this.albumStart = starts(sizes.length, (i) => sizes[i]);
    const albums = sizes.length;
    const shows = Math.max(10, Math.ceil(tracks / 1000));
    const audiobooks = Math.max(10, Math.ceil(tracks / 2000));
    this.episodeStart = starts(shows, (i) => 5 + (hash32(seed, i, 12) % 36));
    this.chapterStart = starts(audiobooks, (i) => 5 + (hash32(seed, i, 13) % 26));
    const editorial = Math.max(20, Math.min(200, Math.ceil(tracks / 500)));
    this.sizes = {
      tracks,
      albums,
      artists: Math.max(1, Math.ceil(albums / 4)),
      playlists: editorial * 2,
      editorialPlaylists: editorial,
      shows,
      episodes: this.episodeStart[shows],
      audiobooks,
      chapters: this.chapterStart[audiobooks],
      curators: 25,
    };
  }

  count(kind: KindName): number {
    const s = this.sizes;
    // Read on every render (fixture indices follow these counts): no object built per call.
    return kind === "track" ? s.tracks : kind === "album" ? s.albums : kind === "artist" ? s.artists : kind === "playlist" ? s.playlists
      : kind === "show" ? s.shows : kind === "episode" ? s.episodes : kind === "audiobook" ? s.audiobooks : s.chapters;
  }

  id(kind: KindName, index: number): string {
    return this.ids.encode(Kind[kind], index);
  }

  /** The first index of a kind served (0, or the first fixture with `fixturesOnly`). */
  first(kind: KindName): number {
    return this.synthetic ? 0 : this.count(kind);
  }

  /** One past the last index of a kind, fixtures included. */
  end(kind: KindName): number {
    return this.count(kind) + (kind === "playlist" || !this.fixtures ? 0 : this.fixtures.count(kind));
  }

  /** The index of a catalog id of the given kind, or undefined if this catalog never issued it. */
  indexOf(kind: KindName, id: string): number | undefined {
    const fixture = kind === "playlist" ? undefined : this.fixtures?.indexOf(kind, id);
    if (fixture !== undefined || !this.synthetic) return fixture;
    const d = this.ids.decode(id);
    if (!d || d.kind !== Kind[kind] || d.index >= this.count(kind)) return undefined;
    return d.index;
  }

  private rng(kind: number, index: number): Rng {
    return new Rng(hash32(this.seed, index, 100 + kind));
  }

  private words(rng: Rng, min: number, max: number): string[] {
    const n = rng.range(min, max);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(rng.pick(TITLE_WORDS));
    return out;
  }

  // Names come from their own random streams so that the search index can derive them cheaply.
  artistWords(index: number): string[] {
    if (index >= this.sizes.artists) return this.fixtures!.artists[index - this.sizes.artists].words;
    const rng = this.rng(30 + Kind.artist, index);
    const style = rng.next();
    return style < 0.5 ? [rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)] : style < 0.8 ? ["the", rng.pick(TITLE_WORDS), rng.pick(BAND_NOUNS)] : [rng.pick(FIRST_NAMES)];
  }

  albumWords(index: number): string[] {
    if (index >= this.sizes.albums) return this.fixtures!.albums[index - this.sizes.albums].words;
    return this.words(this.rng(30 + Kind.album, index), 1, 3);
  }

  trackWords(index: number): string[] {
    if (index >= this.sizes.tracks) return this.fixtures!.tracks[index - this.sizes.tracks].words;
    return this.words(this.rng(30 + Kind.track, index), 1, 3);
  }

  /** The [first, end) track indices of an album. */
  albumTrackRange(album: number): [number, number] {
    if (album >= this.sizes.albums) {
      const a = this.album(album);
      return [a.trackStart, a.trackStart + a.trackCount];
    }
    return [this.albumStart[album], this.albumStart[album + 1]];
  }

  /** The words of an album's primary artist (searched with the album's own). */
  albumArtistWords(album: number): string[] {
    if (album < this.sizes.albums) return this.artistWords(album % this.sizes.artists);
    const first = this.album(album).artists[0];
    return first === undefined ? [] : this.artistWords(first);
  }

  artist(index: number): ArtistRec {
    if (index >= this.sizes.artists) return this.fixtures!.artists[index - this.sizes.artists];
    return this.memo.artist.get(index, (i) => this.makeArtist(i));
  }

  private makeArtist(index: number): ArtistRec {
    const rng = this.rng(Kind.artist, index);
    const words = this.artistWords(index);
    const genres = [rng.pick(GENRES)];
    if (rng.chance(0.5)) genres.push(rng.pick(GENRES));
    const popularity = rng.range(0, 100);
    return {
      index,
      id: this.id("artist", index),
      name: titleCase(words),
      words,
      genres: [...new Set(genres)],
      popularity,
      followers: Math.floor(popularity * popularity * (1 + rng.next()) * 50),
    };
  }

  album(index: number): AlbumRec {
    if (index >= this.sizes.albums) return this.fixtures!.albums[index - this.sizes.albums];
    return this.memo.album.get(index, (i) => this.makeAlbum(i));
  }

  private makeAlbum(index: number): AlbumRec {
    const rng = this.rng(Kind.album, index);
    const trackStart = this.albumStart[index];
    const trackCount = this.albumStart[index + 1] - trackStart;
    const type: AlbumType = trackCount <= 3 ? "single" : rng.chance(0.1) ? "compilation" : "album";
    const artists = [index % this.sizes.artists];
    if (rng.chance(0.15) && this.sizes.artists > 1) artists.push((artists[0] + 1 + rng.int(this.sizes.artists - 1)) % this.sizes.artists);
    const isNew = this.isNewAlbum(index);
    const year = isNew ? 2026 : 1965 + Math.floor(Math.sqrt(rng.next()) * 61);
    const month = isNew ? 11 : rng.range(1, 12);
    const day = isNew ? rng.range(1, 20) : rng.range(1, 28);
    const p = rng.next();
    const precision: Precision = isNew || p >= 0.1 ? "day" : p < 0.05 ? "year" : "month";
    const releaseDate = precision === "year" ? `${year}` : precision === "month" ? `${year}-${pad(month, 2)}` : `${year}-${pad(month, 2)}-${pad(day, 2)}`;
    const words = this.albumWords(index);
    return {
      index,
      id: this.id("album", index),
      name: titleCase(words),
      words,
      type,
      artists,
      trackStart,
      trackCount,
      releaseDate,
      precision,
      year,
      popularity: rng.range(0, 100),
      label: rng.pick(LABELS),
      markets: rng.chance(0.04) ? RESTRICTED_MARKETS : undefined,
      isNew,
      upc: `8${pad(index, 11)}`,
    };
  }

  /** About 2% of albums are "new" (released in November 2026): `tag:new` and new releases. */
  isNewAlbum(index: number): boolean {
    return hash32(this.seed, index, 14) % 50 === 0;
  }

  /** New albums, newest catalog index first. */
  newAlbums(): number[] {
    if (!this.fresh) {
      const out = (this.fixtures?.albums ?? []).filter((a) => a.isNew).map((a) => a.index);
      for (let a = this.synthetic ? this.sizes.albums - 1 : -1; a >= 0; a--) if (this.isNewAlbum(a)) out.push(a);
      this.fresh = out;
    }
    return this.fresh;
  }

  albumOfTrack(track: number): number {
    if (track >= this.sizes.tracks) return this.track(track).album;
    return owner(this.albumStart, track);
  }

  track(index: number): TrackRec {
    if (index >= this.sizes.tracks) return this.fixtures!.tracks[index - this.sizes.tracks];
    return this.memo.track.get(index, (i) => this.makeTrack(i));
  }

  private makeTrack(index: number): TrackRec {
    const rng = this.rng(Kind.track, index);
    const album = this.albumOfTrack(index);
    const albumArtist = album % this.sizes.artists;
    const artists = [albumArtist];
    if (rng.chance(0.2) && this.sizes.artists > 1) artists.push((albumArtist + 1 + rng.int(this.sizes.artists - 1)) % this.sizes.artists);
    const words = this.trackWords(index);
    return {
      index,
      id: this.id("track", index),
      name: titleCase(words),
      words,
      album,
      trackNumber: index - this.albumStart[album] + 1,
      discNumber: 1,
      durationMs: rng.range(120_000, 420_000),
      explicit: rng.chance(0.15),
      popularity: rng.range(0, 100),
      artists,
      isrc: `QZE${index.toString(36).toUpperCase().padStart(7, "0")}${pad(hash32(this.seed, album, 15) % 100, 2)}`,
    };
  }

  /** The track index an ISRC stands for, if any. */
  trackOfIsrc(isrc: string): number | undefined {
    const fixture = this.fixtures?.trackOfIsrc(isrc);
    if (fixture !== undefined || !this.synthetic) return fixture;
    const m = /^QZE([0-9A-Z]{7})\d{2}$/i.exec(isrc);
    if (!m) return undefined;
    const index = parseInt(m[1], 36);
    return index < this.sizes.tracks && this.track(index).isrc === isrc.toUpperCase() ? index : undefined;
  }

  albumOfUpc(upc: string): number | undefined {
    const fixture = this.fixtures?.albumOfUpc(upc);
    if (fixture !== undefined || !this.synthetic) return fixture;
    if (!/^8\d{11}$/.test(upc)) return undefined;
    const index = Number(upc.slice(1));
    return index < this.sizes.albums ? index : undefined;
  }

  /** Albums whose primary artist is `artist`. */
  artistAlbums(artist: number): number[] {
    if (artist >= this.sizes.artists) return this.fixtures!.albumsOf(artist);
    const out: number[] = [];
    for (let a = artist; a < this.sizes.albums; a += this.sizes.artists) out.push(a);
    return out;
  }

  /** Albums on which `artist` is featured (built on first use). */
  artistAppearsOn(artist: number): number[] {
    if (artist >= this.sizes.artists) return this.fixtures!.appearsOn(artist);
    if (!this.appearsOn) {
      const map = new Map<number, number[]>();
      for (let a = 0; a < this.sizes.albums; a++) {
        const featured = this.album(a).artists[1];
        if (featured === undefined) continue;
        const list = map.get(featured);
        if (list) list.push(a);
        else map.set(featured, [a]);
      }
      this.appearsOn = map;
    }
    return this.appearsOn.get(artist) ?? [];
  }

  /** The artist's ten most popular tracks on their own albums. */
  artistTopTracks(artist: number): number[] {
    const tracks: TrackRec[] = artist < this.sizes.artists ? [] : this.fixtures!.tracks.filter((t) => t.artists.includes(artist) && !this.artistAlbums(artist).includes(t.album));
    for (const a of this.artistAlbums(artist)) {
      const album = this.album(a);
      for (let t = album.trackStart; t < album.trackStart + album.trackCount; t++) tracks.push(this.track(t));
    }
    return tracks.sort((x, y) => y.popularity - x.popularity || x.index - y.index).slice(0, 10).map((t) => t.index);
  }

  relatedArtists(artist: number): number[] {
    if (artist >= this.sizes.artists || !this.synthetic) return [];
    const rng = this.rng(20, artist);
    const out = new Set<number>();
    const n = Math.min(20, this.sizes.artists - 1);
    while (out.size < n) {
      const r = rng.int(this.sizes.artists);
      if (r !== artist) out.add(r);
    }
    return [...out];
  }

  curator(n: number): { id: string; name: string } {
    const rng = this.rng(21, n);
    return { id: `curator-${n + 1}`, name: titleCase([rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)]) };
  }

  playlist(index: number): PlaylistRec {
    const rng = this.rng(Kind.playlist, index);
    const editorial = index < this.sizes.editorialPlaylists;
    const category = index % CATEGORIES.length;
    const words = editorial ? [...CATEGORIES[category].name.toLowerCase().split(/[\s/-]+/), ...this.words(rng, 1, 2)] : this.words(rng, 1, 3);
    const owner = editorial ? { id: "spotify", name: "Spotify" } : this.curator(index % this.sizes.curators);
    return {
      index,
      id: this.id("playlist", index),
      name: titleCase(words),
      words,
      description: editorial ? `The best of ${CATEGORIES[category].name}, picked by the emulator.` : `A mix by ${owner.name}.`,
      editorial,
      ownerId: owner.id,
      ownerName: owner.name,
      itemCount: rng.range(10, 100),
      followers: rng.range(0, 5_000_000),
      category,
    };
  }

  /** Track index of item `k` of catalog playlist `index`. */
  playlistTrack(index: number, k: number): number {
    return hash32(this.seed, index * 1000 + k, 22) % this.sizes.tracks;
  }

  show(index: number): ShowRec {
    if (index >= this.sizes.shows) return this.fixtures!.shows[index - this.sizes.shows];
    const rng = this.rng(Kind.show, index);
    const topic = rng.pick(SHOW_TOPICS);
    const words = [rng.pick(TITLE_WORDS), topic, rng.pick(SHOW_FORMS)];
    return {
      index,
      id: this.id("show", index),
      name: titleCase(words),
      words,
      description: `A show about ${topic}, generated by the emulator.`,
      publisher: rng.pick(PUBLISHERS),
      episodeStart: this.episodeStart[index],
      episodeCount: this.episodeStart[index + 1] - this.episodeStart[index],
      languages: [rng.pick(LANGUAGES)],
      explicit: rng.chance(0.2),
    };
  }

  episode(index: number): EpisodeRec {
    if (index >= this.sizes.episodes) return this.fixtures!.episodes[index - this.sizes.episodes];
    const rng = this.rng(Kind.episode, index);
    const show = owner(this.episodeStart, index);
    const number = index - this.episodeStart[show] + 1;
    const words = this.words(rng, 2, 4);
    const base = Date.UTC(2026, 10, 1) - (this.episodeStart[show + 1] - index) * 7 * 86_400_000;
    return {
      index,
      id: this.id("episode", index),
      show,
      number,
      name: `${number}. ${titleCase(words)}`,
      words,
      description: `Episode ${number}: ${words.join(" ")}.`,
      durationMs: rng.range(15 * 60_000, 90 * 60_000),
      releaseDate: new Date(base).toISOString().slice(0, 10),
      explicit: rng.chance(0.2),
      language: rng.pick(LANGUAGES),
    };
  }

  audiobook(index: number): AudiobookRec {
    if (index >= this.sizes.audiobooks) return this.fixtures!.audiobooks[index - this.sizes.audiobooks];
    const rng = this.rng(Kind.audiobook, index);
    const words = ["the", ...this.words(rng, 1, 3)];
    return {
      index,
      id: this.id("audiobook", index),
      name: titleCase(words),
      words,
      description: `An audiobook generated by the emulator: ${words.join(" ")}.`,
      authors: [titleCase([rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)])],
      narrators: [titleCase([rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)])],
      publisher: rng.pick(PUBLISHERS),
      chapterStart: this.chapterStart[index],
      chapterCount: this.chapterStart[index + 1] - this.chapterStart[index],
      edition: rng.chance(0.5) ? "Unabridged" : "Abridged",
      explicit: rng.chance(0.1),
      languages: [rng.pick(LANGUAGES)],
    };
  }

  chapter(index: number): ChapterRec {
    if (index >= this.sizes.chapters) return this.fixtures!.chapters[index - this.sizes.chapters];
    const rng = this.rng(Kind.chapter, index);
    const audiobook = owner(this.chapterStart, index);
    const number = index - this.chapterStart[audiobook];
    return {
      index,
      id: this.id("chapter", index),
      audiobook,
      number,
      name: `Chapter ${number + 1}: ${titleCase(this.words(rng, 1, 3))}`,
      description: `Chapter ${number + 1}.`,
      durationMs: rng.range(5 * 60_000, 40 * 60_000),
      releaseDate: "2025-01-01",
    };
  }
}

// Search over the generated catalog: an inverted index from name words to record indices, built
// lazily per type on the first search of that type, plus field filters checked per candidate.
// Results are cached per (type, query) so repeated searches cost a slice.
//
// Nothing here may hold the event loop for long (issue: one broad search stalled every client):
// indexes are built, and broad searches filtered, as sliced generators (catalog/slices.ts) that a
// request drives a slice per turn (`searchAsync`); `search` runs the same steps at once. The
// album-level filters (year, tag:new, tag:hipster, genre) read per-album facets built with the
// index instead of deriving every album per query.
import type { Catalog } from "./catalog.js";
import { type SearchQuery, words } from "./query.js";
import { drain, drive, intersectSorted, mergeSorted, sliceDue, sliceOver, type Steps, unionSorted } from "./slices.js";

/** The `type` values search accepts, in the order Spotify answers them. */
export const SEARCH_TYPES = ["album", "artist", "playlist", "track", "show", "episode", "audiobook"] as const;
/** One of SEARCH_TYPES. */
export type SearchType = (typeof SEARCH_TYPES)[number];

type Postings = Map<string, number[]>;
const CACHE_SIZE = 500;

function addAll(p: Postings, ws: readonly string[], index: number, more: readonly string[] = []): void {
  const n = ws.length + more.length;
  for (let i = 0; i < n; i++) {
    const w = i < ws.length ? ws[i] : more[i - ws.length];
    // Skip a word already seen for this record (names are a handful of words).
    let dup = false;
    for (let j = 0; j < i && !dup; j++) dup = (j < ws.length ? ws[j] : more[j - ws.length]) === w;
    if (dup) continue;
    const list = p.get(w);
    if (list) list.push(index);
    else p.set(w, [index]);
  }
}

function containsAll(have: readonly string[], want: readonly string[]): boolean {
  const last = want.length - 1;
  return want.every((w, i) => have.some((h) => h === w || (i === last && h.startsWith(w))));
}

/** What the album-level filters read, per album index from `base`: built once, not per query. */
interface AlbumFacets {
  base: number;
  year: Float64Array;
  popularity: Float64Array;
  isNew: Uint8Array;
  /** The artist whose genres a `genre:` filter checks. */
  genreArtist: Int32Array;
}

function hasAlbumFilter(q: SearchQuery): boolean {
  return Boolean(q.year || q.tagNew || q.tagHipster || q.genre);
}

/**
 * Search over the catalog: an inverted index per type built on first use (synthetic postings kept, fixture
 * postings rebuilt when fixtures change) and a cache of results per query.
 */
export class SearchIndex {
  /** The synthetic records' postings (kept when fixtures change) and the fixtures' (rebuilt then). */
  private readonly postings = new Map<SearchType, Postings>();
  private readonly fixturePostings = new Map<SearchType, Postings>();
  private facets?: AlbumFacets;
  private readonly artistGenres: string[][] = [];
  /** Builds under way, by part (`p:track`, `f:track`, `facets`), shared by everyone who needs them. */
  private readonly jobs = new Map<string, Steps>();
  private readonly cache = new Map<string, number[]>();
  /** Bumped when fixtures change: work started before is thrown away. */
  private generation = 0;

  constructor(private readonly catalog: Catalog) {}

  /** Forgets what depends on the fixtures, after more were loaded. */
  fixturesChanged(): void {
    this.generation++;
    this.fixturePostings.clear();
    this.facets = undefined;
    this.artistGenres.length = 0;
    for (const key of [...this.jobs.keys()]) if (!key.startsWith("p:")) this.jobs.delete(key);
    this.cache.clear();
  }

  /** Adds one record's words to `p`. */
  private add(type: SearchType, p: Postings, i: number): void {
    const c = this.catalog;
    switch (type) {
      case "artist":
        return addAll(p, c.artistWords(i), i);
      case "album":
        return addAll(p, c.albumWords(i), i, c.albumArtistWords(i));
      case "track":
        // Only the tracks' own words: album and artist words come from the album index (term()).
        return addAll(p, c.trackWords(i), i);
      case "playlist": {
        const pl = c.playlist(i);
        return addAll(p, [...pl.words, ...words(pl.ownerName)], i);
      }
      case "show":
        return addAll(p, [...c.show(i).words, ...words(c.show(i).publisher)], i);
      case "episode":
        return addAll(p, c.episode(i).words, i);
      case "audiobook": {
        const b = c.audiobook(i);
        return addAll(p, [...b.words, ...b.authors.flatMap(words), ...b.narrators.flatMap(words)], i);
      }
    }
  }

  /** The parts a search of `type` reads: its postings (a track's also the albums'), and the facets for album-level filters. */
  private parts(type: SearchType, q?: SearchQuery): string[] {
    const out = [`p:${type}`, `f:${type}`];
    if (type === "track") out.push("p:album", "f:album");
    if (q && hasAlbumFilter(q) && (type === "track" || type === "album")) out.push("facets");
    return out;
  }

  private isReady(part: string): boolean {
    if (part === "facets") return this.facets !== undefined;
    const type = part.slice(2) as SearchType;
    return (part[0] === "p" ? this.postings : this.fixturePostings).has(type);
  }

  /** The build of one part, started if needed; undefined when it is built. */
  private job(part: string): Steps | undefined {
    if (this.isReady(part)) return undefined;
    let job = this.jobs.get(part);
    if (!job) {
      job = part === "facets" ? this.buildFacets() : this.buildPostings(part[0] === "p", part.slice(2) as SearchType);
      this.jobs.set(part, job);
    }
    return job;
  }

  private *buildPostings(synthetic: boolean, type: SearchType): Steps {
    const c = this.catalog;
    const generation = this.generation;
    const p: Postings = new Map();
    const [from, to] = synthetic ? [c.first(type), c.count(type)] : [c.count(type), c.end(type)];
    for (let i = from; i < to; i++) {
      this.add(type, p, i);
      if (sliceDue()) yield;
    }
    if (synthetic) this.postings.set(type, p);
    else if (generation === this.generation) this.fixturePostings.set(type, p);
    if (synthetic || generation === this.generation) this.jobs.delete(`${synthetic ? "p" : "f"}:${type}`);
  }

  private *buildFacets(): Steps {
    const c = this.catalog;
    const generation = this.generation;
    const base = c.first("album");
    const n = c.end("album") - base;
    const f: AlbumFacets = { base, year: new Float64Array(n), popularity: new Float64Array(n), isNew: new Uint8Array(n), genreArtist: new Int32Array(n) };
    for (let k = 0; k < n; k++) {
      const a = base + k;
      const album = c.album(a);
      f.year[k] = album.year;
      f.popularity[k] = album.popularity;
      f.isNew[k] = album.isNew ? 1 : 0;
      f.genreArtist[k] = a < c.sizes.albums ? a % c.sizes.artists : (album.artists[0] ?? 0);
      if (sliceDue()) yield;
    }
    if (generation !== this.generation) return;
    this.facets = f;
    this.jobs.delete("facets");
  }

  /** Builds what a search of `type` (and `q`) reads, now. */
  prepare(type: SearchType, q?: SearchQuery): void {
    for (const part of this.parts(type, q)) {
      const job = this.job(part);
      if (job) drain(job);
    }
  }

  /** Builds what a search of `type` (and `q`) reads, a slice per event-loop turn. */
  async prepareAsync(type: SearchType, q?: SearchQuery): Promise<void> {
    for (const part of this.parts(type, q)) {
      const job = this.job(part);
      if (job) await drive(job);
    }
  }

  private index(type: SearchType): [Postings, Postings] {
    this.prepare(type);
    return [this.postings.get(type)!, this.fixturePostings.get(type)!];
  }

  /** Indices of records whose indexed words match `term` (the last term also matches as a prefix). */
  private term(type: SearchType, term: string, prefix: boolean): number[] {
    const own = this.words(type, term, prefix);
    if (type !== "track") return own;
    // A track also matches through its album's name and its album artist's name.
    const viaAlbums: number[] = [];
    for (const a of this.words("album", term, prefix)) {
      const [from, to] = this.catalog.albumTrackRange(a);
      for (let t = from; t < to; t++) viaAlbums.push(t);
    }
    return mergeSorted(own, viaAlbums);
  }

  private words(type: SearchType, term: string, prefix: boolean): number[] {
    const [p, f] = this.index(type);
    // Fixture indices follow the synthetic ones, so the two lists concatenate in order.
    if (!prefix) return f.size === 0 ? (p.get(term) ?? []) : [...(p.get(term) ?? []), ...(f.get(term) ?? [])];
    const lists: number[][] = [];
    for (const [w, list] of p) if (w.startsWith(term)) lists.push(list);
    for (const [w, list] of f) if (w.startsWith(term)) lists.push(list);
    return unionSorted(lists, this.catalog.end(type));
  }

  /** All matching record indices of one type, in catalog order (built and searched at once). */
  search(type: SearchType, q: SearchQuery): number[] {
    const key = `${type}|${q.key}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    this.prepare(type, q);
    return this.remember(key, drain(this.run(type, q)));
  }

  /** What search() answers, computed a slice per event-loop turn. */
  async searchAsync(type: SearchType, q: SearchQuery): Promise<number[]> {
    const key = `${type}|${q.key}`;
    for (;;) {
      const hit = this.cache.get(key);
      if (hit) return hit;
      const generation = this.generation;
      await this.prepareAsync(type, q);
      if (generation !== this.generation) continue;
      const result = await drive(this.run(type, q));
      // Fixtures loaded meanwhile: the indices found may be stale, so search again.
      if (generation === this.generation) return this.remember(key, result);
    }
  }

  private remember(key: string, result: number[]): number[] {
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, result);
    return result;
  }

  private *run(type: SearchType, q: SearchQuery): Steps<number[]> {
    const c = this.catalog;
    // Filters that do not apply to this type behave as free words.
    const terms = [...q.terms];
    if (type !== "track" && type !== "album" && type !== "artist") terms.push(...q.artist, ...q.album, ...q.track);
    if (type === "artist") terms.push(...q.album, ...q.track);
    if (type === "album") terms.push(...q.track);
    if (type === "track" && q.isrc) {
      const t = c.trackOfIsrc(q.isrc);
      return t === undefined ? [] : yield* this.filter(type, q, [t]);
    }
    if (type === "album" && q.upc) {
      const a = c.albumOfUpc(q.upc);
      return a === undefined ? [] : yield* this.filter(type, q, [a]);
    }
    // An impossible year range (`year:abc` parses to [1, 0]) matches no track or album.
    if ((type === "track" || type === "album") && q.year && q.year[0] > q.year[1]) return [];
    const fieldWords = type === "track" ? [...q.artist, ...q.album, ...q.track] : type === "album" ? [...q.artist, ...q.album] : type === "artist" ? q.artist : [];
    const all = [...terms, ...fieldWords];
    if (all.length === 0) return yield* this.scan(type, q);
    // Each distinct word is looked up once (a query repeating one word thousands of times costs one
    // lookup), and the first word that matches nothing ends the search.
    const prefixOf = new Map<string, boolean>();
    // A word both exact and as a prefix matches exactly (the exact list is a subset of the prefix one).
    all.forEach((t, i) => prefixOf.set(t, (prefixOf.get(t) ?? true) && (i === terms.length - 1 || i === all.length - 1)));
    const lists: number[][] = [];
    for (const [t, prefix] of prefixOf) {
      const list = this.term(type, t, prefix);
      if (list.length === 0) return [];
      lists.push(list);
      if (sliceOver()) yield;
    }
    return yield* this.filter(type, q, intersectSorted(lists));
  }

  /** No words at all: walk every record (albums first for tracks, since most filters are album-level). */
  private *scan(type: SearchType, q: SearchQuery): Steps<number[]> {
    const c = this.catalog;
    if (type === "track") {
      const out: number[] = [];
      const filtered = hasAlbumFilter(q);
      for (let a = c.first("album"); a < c.end("album"); a++) {
        if (filtered && !this.albumMatches(a, q)) continue;
        const [from, to] = c.albumTrackRange(a);
        for (let t = from; t < to; t++) out.push(t);
        if (sliceDue()) yield;
      }
      return out;
    }
    const out: number[] = [];
    for (let i = c.first(type), n = c.end(type); i < n; i++) out.push(i);
    return type === "album" || type === "artist" ? yield* this.filter(type, q, out) : out;
  }

  private genresOf(artist: number): string[] {
    return (this.artistGenres[artist] ??= this.catalog.artist(artist).genres);
  }

  private albumMatches(a: number, q: SearchQuery): boolean {
    const f = this.facets;
    if (!f) {
      this.prepare("album", q);
      return this.albumMatches(a, q);
    }
    const k = a - f.base;
    if (q.year && (f.year[k] < q.year[0] || f.year[k] > q.year[1])) return false;
    if (q.tagNew && !f.isNew[k]) return false;
    if (q.tagHipster && f.popularity[k] > 10) return false;
    if (q.genre && !this.genresOf(f.genreArtist[k]).includes(q.genre)) return false;
    return true;
  }

  private *filter(type: SearchType, q: SearchQuery, candidates: number[]): Steps<number[]> {
    const c = this.catalog;
    const albumFilter = hasAlbumFilter(q);
    if (type !== "track" && type !== "album" && type !== "artist") return candidates;
    if (!albumFilter && !q.track.length && !q.album.length && !q.artist.length) return candidates;
    const out: number[] = [];
    for (const i of candidates) {
      if (sliceDue()) yield;
      if (type === "track") {
        const album = c.albumOfTrack(i);
        if (albumFilter && !this.albumMatches(album, q)) continue;
        if (q.track.length && !containsAll(c.trackWords(i), q.track)) continue;
        if (q.album.length && !containsAll(c.albumWords(album), q.album)) continue;
        if (q.artist.length && !c.track(i).artists.some((r) => containsAll(c.artistWords(r), q.artist))) continue;
      } else if (type === "album") {
        if (albumFilter && !this.albumMatches(i, q)) continue;
        if (q.album.length && !containsAll(c.albumWords(i), q.album)) continue;
        if (q.artist.length && !c.album(i).artists.some((r) => containsAll(c.artistWords(r), q.artist))) continue;
      } else {
        if (q.genre && !this.genresOf(i).includes(q.genre)) continue;
        if (q.artist.length && !containsAll(c.artistWords(i), q.artist)) continue;
      }
      out.push(i);
    }
    return out;
  }
}

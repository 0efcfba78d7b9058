// Search over the generated catalog: an inverted index from name words to record indices, built
// lazily per type on the first search of that type, plus field filters checked per candidate.
// Results are cached per (type, query) so repeated searches cost a slice.
import type { Catalog } from "./catalog.js";
import { type SearchQuery, words } from "./query.js";

export const SEARCH_TYPES = ["album", "artist", "playlist", "track", "show", "episode", "audiobook"] as const;
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

function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** Union of two ascending lists, ascending and without repeats. */
function mergeSorted(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

function intersect(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const others = sorted.slice(1).map((l) => new Set(l));
  return sorted[0].filter((i) => others.every((s) => s.has(i)));
}

function containsAll(have: readonly string[], want: readonly string[]): boolean {
  const last = want.length - 1;
  return want.every((w, i) => have.some((h) => h === w || (i === last && h.startsWith(w))));
}

export class SearchIndex {
  /** The synthetic records' postings (kept when fixtures change) and the fixtures' (rebuilt then). */
  private readonly postings = new Map<SearchType, Postings>();
  private readonly fixturePostings = new Map<SearchType, Postings>();
  private readonly cache = new Map<string, number[]>();

  constructor(private readonly catalog: Catalog) {}

  /** Forgets what depends on the fixtures, after more were loaded. */
  fixturesChanged(): void {
    this.fixturePostings.clear();
    this.cache.clear();
  }

  /** Postings of the records of one type with indices in [from, to). */
  private build(type: SearchType, from: number, to: number): Postings {
    const c = this.catalog;
    const p: Postings = new Map();
    switch (type) {
      case "artist":
        for (let i = from; i < to; i++) addAll(p, c.artistWords(i), i);
        break;
      case "album":
        for (let i = from; i < to; i++) addAll(p, c.albumWords(i), i, c.albumArtistWords(i));
        break;
      case "track":
        // Only the tracks' own words: album and artist words come from the album index (term()).
        for (let t = from; t < to; t++) addAll(p, c.trackWords(t), t);
        break;
      case "playlist":
        for (let i = from; i < to; i++) {
          const pl = c.playlist(i);
          addAll(p, [...pl.words, ...words(pl.ownerName)], i);
        }
        break;
      case "show":
        for (let i = from; i < to; i++) addAll(p, [...c.show(i).words, ...words(c.show(i).publisher)], i);
        break;
      case "episode":
        for (let i = from; i < to; i++) addAll(p, c.episode(i).words, i);
        break;
      case "audiobook":
        for (let i = from; i < to; i++) {
          const b = c.audiobook(i);
          addAll(p, [...b.words, ...b.authors.flatMap(words), ...b.narrators.flatMap(words)], i);
        }
        break;
    }
    return p;
  }

  /** Builds one type's index now instead of on its first search. */
  prepare(type: SearchType): void {
    this.index(type);
  }

  private index(type: SearchType): [Postings, Postings] {
    const c = this.catalog;
    let p = this.postings.get(type);
    if (!p) {
      p = this.build(type, c.first(type), c.count(type));
      this.postings.set(type, p);
    }
    let f = this.fixturePostings.get(type);
    if (!f) {
      f = this.build(type, c.count(type), c.end(type));
      this.fixturePostings.set(type, f);
    }
    return [p, f];
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
    return lists.length === 0 ? [] : union(lists);
  }

  /** All matching record indices of one type, in catalog order. */
  search(type: SearchType, q: SearchQuery): number[] {
    const key = `${type}|${q.key}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const result = this.run(type, q);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, result);
    return result;
  }

  private run(type: SearchType, q: SearchQuery): number[] {
    const c = this.catalog;
    // Filters that do not apply to this type behave as free words.
    const terms = [...q.terms];
    if (type !== "track" && type !== "album" && type !== "artist") terms.push(...q.artist, ...q.album, ...q.track);
    if (type === "artist") terms.push(...q.album, ...q.track);
    if (type === "album") terms.push(...q.track);
    if (type === "track" && q.isrc) {
      const t = c.trackOfIsrc(q.isrc);
      return t === undefined ? [] : this.filter(type, q, [t]);
    }
    if (type === "album" && q.upc) {
      const a = c.albumOfUpc(q.upc);
      return a === undefined ? [] : this.filter(type, q, [a]);
    }
    const fieldWords = type === "track" ? [...q.artist, ...q.album, ...q.track] : type === "album" ? [...q.artist, ...q.album] : type === "artist" ? q.artist : [];
    const all = [...terms, ...fieldWords];
    if (all.length === 0) return this.scan(type, q);
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
    }
    return this.filter(type, q, intersect(lists));
  }

  /** No words at all: walk every record (albums first for tracks, since most filters are album-level). */
  private scan(type: SearchType, q: SearchQuery): number[] {
    const c = this.catalog;
    if (type === "track") {
      const out: number[] = [];
      for (let a = c.first("album"); a < c.end("album"); a++) {
        if (!this.albumMatches(a, q)) continue;
        const [from, to] = c.albumTrackRange(a);
        for (let t = from; t < to; t++) out.push(t);
      }
      return out;
    }
    const out: number[] = [];
    for (let i = c.first(type), n = c.end(type); i < n; i++) out.push(i);
    return this.filter(type, q, out);
  }

  private albumMatches(a: number, q: SearchQuery): boolean {
    const needsRecord = q.year || q.tagNew || q.tagHipster;
    if (needsRecord) {
      const album = this.catalog.album(a);
      if (q.year && (album.year < q.year[0] || album.year > q.year[1])) return false;
      if (q.tagNew && !album.isNew) return false;
      if (q.tagHipster && album.popularity > 10) return false;
    }
    const c = this.catalog;
    if (q.genre && !c.artist(a < c.sizes.albums ? a % c.sizes.artists : (c.album(a).artists[0] ?? 0)).genres.includes(q.genre)) return false;
    return true;
  }

  private filter(type: SearchType, q: SearchQuery, candidates: number[]): number[] {
    const c = this.catalog;
    const hasAlbumFilter = Boolean(q.year || q.tagNew || q.tagHipster || q.genre);
    return candidates.filter((i) => {
      if (type === "track") {
        const album = c.albumOfTrack(i);
        if (hasAlbumFilter && !this.albumMatches(album, q)) return false;
        if (q.track.length && !containsAll(c.trackWords(i), q.track)) return false;
        if (q.album.length && !containsAll(c.albumWords(album), q.album)) return false;
        if (q.artist.length && !c.track(i).artists.some((r) => containsAll(c.artistWords(r), q.artist))) return false;
        return true;
      }
      if (type === "album") {
        if (hasAlbumFilter && !this.albumMatches(i, q)) return false;
        if (q.album.length && !containsAll(c.albumWords(i), q.album)) return false;
        if (q.artist.length && !c.album(i).artists.some((r) => containsAll(c.artistWords(r), q.artist))) return false;
        return true;
      }
      if (type === "artist") {
        if (q.genre && !c.artist(i).genres.includes(q.genre)) return false;
        if (q.artist.length && !containsAll(c.artistWords(i), q.artist)) return false;
        return true;
      }
      return true;
    });
  }
}

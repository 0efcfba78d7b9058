// The generated catalog: determinism, ids both ways, sizes, search with field filters.
import { describe, expect, it } from "vitest";
import { Catalog } from "../src/catalog/catalog.js";
import { type KindName } from "../src/catalog/ids.js";
import { parseQuery } from "../src/catalog/query.js";
import { SearchIndex } from "../src/catalog/search.js";
import { createWebApiState } from "../src/state/webapi.js";

const KINDS: KindName[] = ["track", "album", "artist", "playlist", "show", "episode", "audiobook", "chapter"];

describe("catalog", () => {
  it("has at least 100,000 tracks with the default size and derives the other counts from it", () => {
    const web = createWebApiState({ seed: 42, catalogSize: 100_000, now: () => 0 });
    const s = web.catalog.sizes;
    expect(s.tracks).toBe(100_000);
    expect(s.albums).toBeGreaterThan(5_000);
    expect(s.artists).toBeGreaterThan(1_000);
    expect(s.episodes).toBeGreaterThan(1_000);
    expect(s.chapters).toBeGreaterThan(100);
    // The last track belongs to the last album.
    expect(web.catalog.albumOfTrack(s.tracks - 1)).toBe(s.albums - 1);
    const last = web.catalog.album(s.albums - 1);
    expect(last.trackStart + last.trackCount).toBe(s.tracks);
  });

  it("gives the same data for the same seed and different ids for another seed", () => {
    const a = new Catalog(7, 5_000);
    const b = new Catalog(7, 5_000);
    const other = new Catalog(8, 5_000);
    for (const i of [0, 1, 999, 4_999]) {
      expect(a.track(i)).toEqual(b.track(i));
      expect(a.album(a.track(i).album)).toEqual(b.album(b.track(i).album));
      expect(other.id("track", i)).not.toBe(a.id("track", i));
    }
    expect(a.artist(3)).toEqual(b.artist(3));
    expect(a.playlist(5)).toEqual(b.playlist(5));
    expect(a.episode(10)).toEqual(b.episode(10));
  });

  it("maps ids to indices and back for every kind, and knows nothing else", () => {
    const c = new Catalog(42, 20_000);
    for (const kind of KINDS) {
      const n = c.count(kind);
      for (const i of [0, 1, Math.floor(n / 2), n - 1]) {
        const id = c.id(kind, i);
        expect(id).toMatch(/^[0-9A-Za-z]{22}$/);
        expect(c.indexOf(kind, id)).toBe(i);
      }
      // One past the end is well-formed but unknown.
      expect(c.indexOf(kind, c.id(kind, n))).toBeUndefined();
    }
    // An id of another kind, a tweaked id and another seed's id are unknown.
    const track = c.id("track", 10);
    expect(c.indexOf("album", track)).toBeUndefined();
    expect(c.indexOf("track", track.slice(0, 21) + (track[21] === "a" ? "b" : "a"))).toBeUndefined();
    expect(c.indexOf("track", new Catalog(43, 20_000).id("track", 10))).toBeUndefined();
    const ids = new Set(Array.from({ length: 5_000 }, (_, i) => c.id("track", i)));
    expect(ids.size).toBe(5_000);
  });

  it("builds records that reference each other consistently", () => {
    const c = new Catalog(1, 10_000);
    const t = c.track(1234);
    const album = c.album(t.album);
    expect(t.index).toBeGreaterThanOrEqual(album.trackStart);
    expect(t.index).toBeLessThan(album.trackStart + album.trackCount);
    expect(t.trackNumber).toBe(t.index - album.trackStart + 1);
    expect(c.artistAlbums(album.artists[0])).toContain(t.album);
    expect(c.trackOfIsrc(t.isrc)).toBe(1234);
    expect(c.albumOfUpc(album.upc)).toBe(t.album);
  });
});

describe("search", () => {
  const c = new Catalog(42, 20_000);
  const index = new SearchIndex(c);
  const search = (type: Parameters<SearchIndex["search"]>[0], q: string) => index.search(type, parseQuery(q));

  it("parses field filters, quoted values and year ranges", () => {
    const q = parseQuery('love artist:"nova hart" year:1990-1999 tag:new genre:Pop isrc:qze0000001 upc:800000000001');
    expect(q).toMatchObject({ terms: ["love"], artist: ["nova", "hart"], year: [1990, 1999], tagNew: true, genre: "pop", isrc: "QZE0000001", upc: "800000000001" });
  });

  it("finds tracks by the words of their name, the last one as a prefix", () => {
    const t = c.track(777);
    const hits = search("track", t.words.join(" "));
    expect(hits).toContain(777);
    for (const i of hits.slice(0, 20)) {
      const names = [...c.trackWords(i), ...c.albumWords(c.albumOfTrack(i)), ...c.artistWords(c.albumOfTrack(i) % c.sizes.artists)];
      for (const w of t.words) expect(names.some((n) => n === w || n.startsWith(w))).toBe(true);
    }
    const prefix = t.words[0].slice(0, 3);
    expect(search("track", prefix).length).toBeGreaterThanOrEqual(search("track", t.words[0]).length);
    expect(search("track", "zzzzunknownword")).toEqual([]);
  });

  it("applies artist:, album:, track:, year:, genre:, isrc:, upc: and tags", () => {
    const t = c.track(4321);
    const album = c.album(t.album);
    const artist = c.artist(album.artists[0]);
    const byArtist = search("track", `artist:"${artist.name}"`);
    expect(byArtist).toContain(4321);
    for (const i of byArtist) expect(c.track(i).artists.some((a) => c.artist(a).name.toLowerCase().includes(artist.words[0]))).toBe(true);
    expect(search("track", `track:"${t.name}" album:"${album.name}"`)).toContain(4321);
    expect(search("album", `album:"${album.name}" artist:"${artist.name}"`)).toContain(t.album);
    for (const i of search("album", `year:${album.year}`)) expect(c.album(i).year).toBe(album.year);
    for (const i of search("track", "year:1970-1972").slice(0, 50)) expect(c.album(c.albumOfTrack(i)).year).toBeGreaterThanOrEqual(1970);
    expect(search("track", `isrc:${t.isrc}`)).toEqual([4321]);
    expect(search("album", `upc:${album.upc}`)).toEqual([t.album]);
    const genre = artist.genres[0];
    for (const i of search("artist", `genre:${genre}`)) expect(c.artist(i).genres).toContain(genre);
    const fresh = search("album", "tag:new");
    expect(fresh.length).toBeGreaterThan(0);
    for (const i of fresh) expect(c.album(i).isNew).toBe(true);
    for (const i of search("album", "tag:hipster")) expect(c.album(i).popularity).toBeLessThanOrEqual(10);
  });

  it("searches every type by name words", () => {
    expect(search("artist", c.artist(12).name)).toContain(12);
    expect(search("playlist", c.playlist(3).name)).toContain(3);
    expect(search("show", c.show(4).name)).toContain(4);
    expect(search("episode", c.episode(9).words.join(" "))).toContain(9);
    expect(search("audiobook", c.audiobook(2).authors[0])).toContain(2);
  });
});

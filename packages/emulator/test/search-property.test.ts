// Search's indexes, facets and sliced steps against a reference that checks every record of a
// small catalog (synthetic records and fixtures) word by word: same matches, same order, for
// random queries with free words, prefixes, repeats and every field filter. The seed is in the
// test's name; SEARCH_SEED=<n> replays one.
import { describe, expect, it } from "vitest";
import type { Catalog } from "../src/catalog/catalog.js";
import { Rng } from "../src/catalog/prng.js";
import { parseQuery, type SearchQuery, words } from "../src/catalog/query.js";
import { SEARCH_TYPES, type SearchType } from "../src/catalog/search.js";
import { GENRES } from "../src/catalog/words.js";
import type { FixtureDoc } from "../src/fixtures/load.js";
import { createWebApiState } from "../src/state/webapi.js";

const SEED = Number(process.env.SEARCH_SEED ?? Date.now() % 1_000_000);
const API = "https://api.spotify.com/v1";
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const NAME_WORDS = ["love", "night", "blue", "fire", "dream", "heart", "river", "gold", "velvet", "neon", "lovers", "nightfall"];

/** Fixture documents: artists, albums with their tracks pages (some new releases), tracks with their album. */
function fixtures(rng: Rng): FixtureDoc[] {
  const id = () => Array.from({ length: 22 }, () => BASE62[rng.int(62)]).join("");
  const name = () => Array.from({ length: rng.range(1, 3) }, () => rng.pick(NAME_WORDS)).join(" ");
  const ref = (type: string, oid: string) => ({ id: oid, type, uri: `spotify:${type}:${oid}`, href: `${API}/${type}s/${oid}` });
  const artists = Array.from({ length: 12 }, () => ({ ...ref("artist", id()), name: name(), genres: [rng.pick(GENRES)], popularity: rng.int(100), followers: { total: 5 } }));
  const albums = Array.from({ length: 15 }, (_, i) => {
    const oid = id();
    const by = rng.pick(artists);
    const tracks = Array.from({ length: rng.range(1, 4) }, (_, k) => ({ ...ref("track", id()), name: name(), track_number: k + 1, artists: [{ ...ref("artist", rng.pick(artists).id), name: "x" }] }));
    return {
      ...ref("album", oid), name: name(), album_type: "album", release_date: `${1985 + rng.int(40)}-01-01`, release_date_precision: "day", popularity: rng.int(30),
      artists: [{ ...ref("artist", by.id), name: by.name }], external_ids: { upc: `9${String(i).padStart(11, "0")}` }, total_tracks: tracks.length,
      tracks: { href: `${API}/albums/${oid}/tracks`, items: tracks, total: tracks.length, limit: 50, offset: 0, next: null, previous: null },
    };
  });
  const fresh = albums.filter(() => rng.chance(0.3)).map(({ tracks: _t, ...a }) => a);
  return [
    { name: "artists.json", value: { artists } },
    { name: "albums.json", value: { albums } },
    { name: "new-releases.json", value: { albums: { href: `${API}/browse/new-releases?offset=0&limit=20`, items: fresh, total: fresh.length } } },
  ];
}

/** The words a record is found by, as the documented rules say (a track also by its album's and album artist's names). */
function recordWords(c: Catalog, type: SearchType, i: number): string[] {
  const albumArtist = (a: number) => {
    const first = c.album(a).artists[0];
    return first === undefined ? [] : c.artistWords(first);
  };
  switch (type) {
    case "artist": return c.artistWords(i);
    case "album": return [...c.albumWords(i), ...albumArtist(i)];
    case "track": {
      const a = c.albumOfTrack(i);
      return [...c.trackWords(i), ...c.albumWords(a), ...albumArtist(a)];
    }
    case "playlist": return [...c.playlist(i).words, ...words(c.playlist(i).ownerName)];
    case "show": return [...c.show(i).words, ...words(c.show(i).publisher)];
    case "episode": return c.episode(i).words;
    case "audiobook": {
      const b = c.audiobook(i);
      return [...b.words, ...b.authors.flatMap(words), ...b.narrators.flatMap(words)];
    }
  }
}

const hasAll = (have: string[], want: string[]) => want.every((w, k) => have.some((h) => h === w || (k === want.length - 1 && h.startsWith(w))));

/** Every record of the type, checked one by one. */
function reference(c: Catalog, type: SearchType, q: SearchQuery): number[] {
  const terms = [...q.terms];
  if (type !== "track" && type !== "album" && type !== "artist") terms.push(...q.artist, ...q.album, ...q.track);
  if (type === "artist") terms.push(...q.album, ...q.track);
  if (type === "album") terms.push(...q.track);
  const fieldWords = type === "track" ? [...q.artist, ...q.album, ...q.track] : type === "album" ? [...q.artist, ...q.album] : type === "artist" ? q.artist : [];
  const all = [...terms, ...fieldWords];
  // A word is a prefix only where every occurrence of it ends the free words or the whole list.
  const prefix = new Map<string, boolean>();
  all.forEach((w, k) => prefix.set(w, (prefix.get(w) ?? true) && (k === terms.length - 1 || k === all.length - 1)));
  const albumOk = (a: number) => {
    const album = c.album(a);
    if (q.year && (album.year < q.year[0] || album.year > q.year[1])) return false;
    if (q.tagNew && !album.isNew) return false;
    if (q.tagHipster && album.popularity > 10) return false;
    return !q.genre || c.artist(album.artists[0] ?? 0).genres.includes(q.genre);
  };
  const out: number[] = [];
  for (let i = c.first(type); i < c.end(type); i++) {
    if (type === "track" && q.isrc && c.track(i).isrc !== q.isrc) continue;
    if (type === "album" && q.upc && c.album(i).upc !== q.upc) continue;
    // isrc: and upc: name the one record; free words are not checked then.
    const byCode = (type === "track" && q.isrc) || (type === "album" && q.upc);
    const have = byCode ? [] : recordWords(c, type, i);
    if (!byCode && ![...prefix].every(([w, p]) => have.some((h) => h === w || (p && h.startsWith(w))))) continue;
    if (type === "track") {
      const a = c.albumOfTrack(i);
      if (!albumOk(a) || !hasAll(c.trackWords(i), q.track) || !hasAll(c.albumWords(a), q.album)) continue;
      if (q.artist.length && !c.track(i).artists.some((r) => hasAll(c.artistWords(r), q.artist))) continue;
    } else if (type === "album") {
      if (!albumOk(i) || !hasAll(c.albumWords(i), q.album)) continue;
      if (q.artist.length && !c.album(i).artists.some((r) => hasAll(c.artistWords(r), q.artist))) continue;
    } else if (type === "artist") {
      if ((q.genre && !c.artist(i).genres.includes(q.genre)) || !hasAll(c.artistWords(i), q.artist)) continue;
    }
    out.push(i);
  }
  return out;
}

/** A random query: free words, prefixes, repeats, quoted values and field filters, mixed. */
function randomQuery(rng: Rng, c: Catalog, vocabulary: string[]): string {
  const word = () => rng.pick(vocabulary);
  const parts: Array<() => string> = [
    word,
    () => word().slice(0, rng.range(1, 3)),
    () => Array.from({ length: rng.range(2, 40) }, () => "love").join(" "),
    () => `artist:${word()}`,
    () => `album:"${word()} ${word()}"`,
    () => `track:${word()}`,
    () => (rng.chance(0.2) ? "year:abc" : rng.chance(0.5) ? `year:${1960 + rng.int(67)}` : `year:${1960 + rng.int(40)}-${1990 + rng.int(37)}`),
    () => `genre:${rng.pick(GENRES)}`,
    () => "tag:new",
    () => "tag:hipster",
    () => `isrc:${c.track(rng.int(c.end("track"))).isrc}`,
    () => `upc:${c.album(rng.int(c.end("album"))).upc}`,
    () => "qqzx",
  ];
  return Array.from({ length: rng.range(1, 4) }, () => rng.pick(parts)()).join(" ");
}

describe("search against a record-by-record reference", () => {
  for (const fixturesOnly of [false, true]) {
    it(`finds the same records in the same order, at once and in slices (seed ${SEED}${fixturesOnly ? ", fixtures only" : ""})`, async () => {
      const rng = new Rng(SEED);
      const docs = fixtures(rng);
      const make = () => createWebApiState({ seed: SEED, catalogSize: 1_500, now: () => 0, fixtures: structuredClone(docs), fixturesOnly });
      const atOnce = make();
      const sliced = make();
      const c = atOnce.catalog;
      const vocabulary = [...NAME_WORDS, ...Array.from({ length: 40 }, (_, k) => [...c.albumWords(k), ...c.artistWords(k % 50)]).flat()];
      let found = 0;
      for (let n = 0; n < 120; n++) {
        const text = randomQuery(rng, c, vocabulary);
        const q = parseQuery(text);
        for (const type of SEARCH_TYPES) {
          const want = reference(c, type, q);
          if (want.length > 0) found++;
          expect(atOnce.search.search(type, q), `${type} ${JSON.stringify(text)}`).toEqual(want);
          expect(await sliced.search.searchAsync(type, q), `${type} ${JSON.stringify(text)} in slices`).toEqual(want);
        }
      }
      // The queries find things: a comparison of empty lists proves little.
      expect(found).toBeGreaterThan(fixturesOnly ? 40 : 120);
    });
  }

  it("answers a search in slices from the fixtures loaded while it ran, never from a mix", async () => {
    const docs = fixtures(new Rng(SEED + 1));
    const make = (withFixtures: boolean) => createWebApiState({ seed: SEED, catalogSize: 300_000, now: () => 0, ...(withFixtures ? { fixtures: structuredClone(docs) } : {}) });
    const web = make(false);
    const q = parseQuery("love");
    const order: string[] = [];
    // Building a 300,000-track index takes many slices; the few documents load in a few turns.
    const pending = web.search.searchAsync("track", q).then((r) => (order.push("searched"), r));
    await web.loadFixtures(structuredClone(docs)).then(() => order.push("loaded"));
    const result = await pending;
    const expected = make(order[0] === "loaded").search.search("track", q);
    expect(result).toEqual(expected);
    if (order[0] === "loaded") expect(result.some((i) => i >= web.catalog.sizes.tracks)).toBe(true);
  });
});

// The fixture loader on captured shapes the spec does not promise: pages whose parent is only in
// their href, playlist items whose track is gone (null) or local, objects the emulator does not
// serve, files that are not Web API answers; and `fixturesOnly`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { FixtureError, FixtureSet, loadSync } from "../src/fixtures/load.js";
import { readSources } from "../src/fixtures/sources.js";
import { handlers } from "../src/handlers/index.js";
import type { CallerAuth } from "../src/handlers/types.js";
import { DEFAULT_USERS } from "../src/options.js";
import { createWebApiState } from "../src/state/webapi.js";
import { ALL_SCOPES, API_BASE, assertValid, harness } from "./webapi-harness.js";

const DIR = fileURLToPath(new URL("./fixtures/real/", import.meta.url));
const real = (name: string): Json => JSON.parse(readFileSync(join(DIR, `${name}.json`), "utf8")) as Json;
const PLAYLIST = "37i9dQZF1DWXIcbzpLauPS";
type Json = Record<string, unknown>;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "emulator-fixtures-"));
  dirs.push(d);
  return d;
}

/** A later page of the playlist, saved on its own: its parent is only in `href`. */
const laterPage = {
  href: `https://api.spotify.com/v1/playlists/${PLAYLIST}/tracks?offset=2&limit=100`,
  items: [
    { added_at: "2023-03-10T05:39:11Z", added_by: null, is_local: false, primary_color: null, track: null, video_thumbnail: { url: null } },
    {
      added_at: "2023-03-11T08:00:00Z", added_by: null, is_local: true, primary_color: null,
      track: { album: { name: "Home Tapes", type: "album" }, artists: [{ name: "Emulator Band", type: "artist" }], duration_ms: 187000, id: null, is_local: true, name: "Garage Demo", type: "track", uri: "spotify:local:Emulator+Band:Home+Tapes:Garage+Demo:187" },
    },
  ],
  limit: 100, next: null, offset: 2, previous: null, total: 4,
};

describe("fixture loader", () => {
  it("puts a page on the parent named in its href, keeping removed (null) and local items in place", async () => {
    const h = harness();
    await h.web.loadFixtures([...readSources([join(DIR, "playlist.json")]), { name: "page2", value: laterPage }]);
    const result = await h.ok("get-playlists-items", { params: { playlist_id: PLAYLIST }, partial: true });
    const page = result.body as { items: Json[]; total: number };
    // Spotify answers a removed track as null, which the spec does not allow: served as captured, the rest valid.
    assertValid("get-playlists-items", { body: { ...page, items: page.items.filter((i) => i.track !== null) } }, { profile: "extended" });
    expect(page.items[2]).toMatchObject({ track: null, item: null, is_local: false, added_at: "2023-03-10T05:39:11Z" });
    expect(page.total).toBe(4);
    expect(page.items.map((i) => (i.track as Json | null)?.name ?? null)).toEqual(["Left Behind", "There’s Fear In Letting Go", null, "Garage Demo"]);
    expect(page.items[3]).toMatchObject({ is_local: true, track: { uri: "spotify:local:Emulator+Band:Home+Tapes:Garage+Demo:187" } });
  });

  it("gives an album's tracks page saved alone its album, at the album's real id", async () => {
    const h = harness();
    const album = JSON.parse(readFileSync(join(DIR, "album.json"), "utf8")) as { tracks: Json };
    await h.web.loadFixtures([{ name: "tracks-page", value: album.tracks }]);
    const tracks = (await h.ok("get-an-albums-tracks", { params: { id: "4EcfbzCtbJDk2wMwhT4D1h" } })).body as { items: Json[] };
    expect(tracks.items.map((t) => t.name).slice(0, 2)).toEqual(["Austerity", "Colossal Shade"]);
    const track = (await h.ok("get-track", { params: { id: "64izlxZoHpcP1BSMLOFVld" } })).body as { album: Json };
    expect(track.album.id).toBe("4EcfbzCtbJDk2wMwhT4D1h");
  });

  it("loads through the control plane a chunk per event-loop turn, installing the result at once", async () => {
    const h = harness();
    const album = JSON.parse(readFileSync(join(DIR, "album.json"), "utf8")) as Json;
    const ids = Array.from({ length: 3000 }, (_, i) => `${String(i).padStart(6, "0")}AAAAAAAAAAAAAAAA`);
    const tracks = ids.map((id, i) => ({ ...(real("track")), id, name: `Generated ${i}`, uri: `spotify:track:${id}`, album }));
    let turns = 0;
    let seenMidway = false;
    const tick = (): void => {
      turns++;
      // Nothing of the new set is served before it is complete.
      if (h.web.catalog.indexOf("track", ids[0]) !== undefined && h.web.catalog.indexOf("track", ids[2999]) === undefined) seenMidway = true;
      if (!done) setImmediate(tick);
    };
    let done = false;
    setImmediate(tick);
    await h.web.loadFixtures([{ name: "big", value: { tracks } }]);
    done = true;
    expect(turns).toBeGreaterThan(5);
    expect(seenMidway).toBe(false);
    expect(h.web.catalog.indexOf("track", ids[2999])).toBeDefined();
  });

  it("derives what a bare object lacks, so every answer validates for every profile", async () => {
    const h = harness();
    const id = (n: number) => `${n}BareFixtureId000000000`.slice(0, 22);
    await h.web.loadFixtures([{ name: "bare", value: { items: [
      { type: "track", id: id(1), name: "Bare Track" },
      { type: "album", id: id(2), name: "Bare Album" },
      { type: "artist", id: id(3), name: "Bare Artist" },
      { type: "show", id: id(4), name: "Bare Show" },
      { type: "episode", id: id(5), name: "Bare Episode" },
      { type: "audiobook", id: id(6), name: "Bare Book" },
      { type: "episode", id: id(7), name: "Bare Chapter", chapter_number: 1 },
      { type: "playlist", id: id(8), name: "Bare List", owner: { type: "user", id: "someone" } },
    ] } }]);
    const calls: Array<[string, Record<string, string>]> = [
      ["get-track", { id: id(1) }], ["get-an-album", { id: id(2) }], ["get-an-albums-tracks", { id: id(2) }], ["get-an-artist", { id: id(3) }],
      ["get-an-artists-albums", { id: id(3) }], ["get-a-show", { id: id(4) }], ["get-an-episode", { id: id(5) }], ["get-an-audiobook", { id: id(6) }],
      ["get-a-chapter", { id: id(7) }], ["get-playlist", { playlist_id: id(8) }], ["get-playlists-items", { playlist_id: id(8) }],
    ];
    for (const profile of ["extended", "dev-legacy", "dev-2026"] as const) {
      for (const [operationId, params] of calls) {
        const result = await h.call(operationId, { params, profile });
        if (result.problem) expect([operationId, profile, result.problem.status]).toEqual([operationId, "dev-2026", 403]);
      }
      const search = (await h.ok("search", { query: { q: "bare", type: "track,album,artist,playlist,show,episode,audiobook" }, profile })).body as Record<string, { total: number }>;
      expect(Object.values(search).map((p) => p.total)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    }
    // A track whose album was not captured gets a nameless one, which search does not find.
    expect(((await h.ok("get-track", { params: { id: id(1) } })).body as { album: { name: string } }).album.name).toBe("");
  });

  it("keeps both of two loads sent at once (each builds on the one before)", async () => {
    const h = harness();
    await Promise.all([h.web.loadFixtures([{ name: "a", value: real("album") }]), h.web.loadFixtures([{ name: "b", value: real("show") }])]);
    expect(h.web.fixtures.summary()).toBe("fixtures: 11 tracks, 1 albums, 1 artists, 1 shows, 2 episodes");
  });

  it("keeps what it cannot serve out of the way and says so in its summary line", () => {
    const set = new FixtureSet();
    loadSync(set, [{ name: "features", value: { audio_features: [{ type: "audio_features", id: "2RM5Lx7VIp6GrLRsg2yXwW", danceability: 0.3 }, null] } }]);
    expect(set.summary()).toBe("fixtures: nothing; not served: 1 audio_features");
  });

  it("refuses what is not a Web API answer, naming the file and the JSON path", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.json"), "{ not json");
    expect(() => readSources([dir])).toThrow(FixtureError);
    expect(() => readSources([dir])).toThrow(`${join(dir, "broken.json")}: $: not JSON`);
    expect(() => readSources([join(dir, "missing.json")])).toThrow(/missing\.json: \$: cannot be read \(ENOENT\)/);
    const cases: Array<[unknown, string]> = [
      [42, "$: not a JSON object or array"],
      [{ foo: 1 }, "$: no Spotify object, page, genres or markets"],
      [{ tracks: [{ type: "track", id: 5, name: "x" }] }, "$.tracks[0].id: a track needs a Spotify ID"],
      [{ albums: { items: [{ type: "album", id: "4EcfbzCtbJDk2wMwhT4D1h", name: 7 }] } }, "$.albums.items[0].name: a album's name must be a string"],
    ];
    for (const [value, message] of cases) expect(() => loadSync(new FixtureSet(), [{ name: "doc.json", value }])).toThrow(`fixture doc.json: ${message}`);
  });

  it("fixturesOnly: no synthetic catalog, an empty library, and only fixtures in search and lists", async () => {
    // A captured GET /browse/new-releases: its albums are the new releases.
    const album = real("album");
    const releases = { albums: { href: "https://api.spotify.com/v1/browse/new-releases?offset=0&limit=20", items: [{ ...album, tracks: undefined }], limit: 20, next: null, offset: 0, previous: null, total: 1 } };
    const fixtures = [...readSources([DIR]), { name: "new-releases", value: JSON.parse(JSON.stringify(releases)) }];
    const web = createWebApiState({ seed: 42, catalogSize: 20_000, now: () => Date.UTC(2026, 10, 23), fixtures, fixturesOnly: true });
    const state = { users: new Map(DEFAULT_USERS.map((u) => [u.id, { ...u }])), web };
    const call = async (operationId: string, req: { params?: Record<string, string>; query?: Record<string, string> } = {}) => {
      const auth: CallerAuth = { kind: "user", clientId: "c", userId: "emulator-user", scopes: new Set(ALL_SCOPES), profile: "extended" };
      try {
        const result = await handlers[operationId]({ operationId, params: req.params ?? {}, query: req.query ?? {}, body: undefined, auth, state, apiBase: API_BASE, now: () => 0 });
        assertValid(operationId, result, { profile: "extended" });
        return result.body as Json;
      } catch (error) {
        return { status: (error as { status?: number }).status };
      }
    };
    expect(await call("get-track", { params: { id: web.catalog.id("track", 1) } })).toEqual({ status: 404 });
    expect(await call("get-track", { params: { id: "2RM5Lx7VIp6GrLRsg2yXwW" } })).toMatchObject({ name: "Austerity" });
    expect(await call("get-users-saved-tracks")).toMatchObject({ total: 0 });
    expect(await call("get-a-list-of-current-users-playlists")).toMatchObject({ total: 0 });
    expect(((await call("search", { query: { q: "a", type: "track" } })).tracks as Json).total).toBe(4);
    expect(((await call("get-categories", { query: { limit: "50" } })).categories as Json).total).toBe(20);
    expect(((await call("get-new-releases")).albums as { items: Json[] }).items.map((a) => a.id)).toEqual([album.id]);
    expect(await call("get-recently-played")).toMatchObject({ items: [] });
    expect(await call("get-the-users-currently-playing-track")).toBeUndefined();
    const top = (await call("get-users-top-tracks", { query: { limit: "50" } })).items as Json[];
    expect(top.map((t) => t.id).sort()).toEqual([...web.fixtures.objects.track.keys()].sort());
  });
});

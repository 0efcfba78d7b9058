// Fixtures made of real captured Spotify responses (test/fixtures/real, from the official SDK's suite):
// each object is served at its real ID, valid for the spec (where the capture itself breaks the spec,
// as served), equal to the capture where the capture has fields (extended profile), and found by search.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { rebase } from "../src/fixtures/dress.js";
import { readSources } from "../src/fixtures/sources.js";
import type { HandlerResult, Profile } from "../src/handlers/types.js";
import { API_BASE, assertValid, devModeLeaks, type Harness, harness } from "./webapi-harness.js";

const DIR = fileURLToPath(new URL("./fixtures/real/", import.meta.url));
type Json = Record<string, unknown>;
const real = (name: string): Json => JSON.parse(readFileSync(`${DIR}${name}.json`, "utf8")) as Json;

/** The capture without its pages (the emulator renders those itself) and with its URLs on the emulator. */
function expected(fixture: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(fixture)) {
    if (typeof v === "object" && v !== null && Array.isArray((v as Json).items)) continue;
    out[k] = typeof v === "object" && v !== null && !Array.isArray(v) ? expected(v as Json) : rebase(v, API_BASE);
  }
  return out;
}

function valueAt(body: unknown, pointer: string): unknown {
  return pointer.split("/").slice(1).reduce<unknown>((v, key) => (v as Json | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], body);
}

/**
 * Valid for the spec, except where the capture itself breaks it: every schema error must sit on a
 * value the capture has at the same place (served as captured).
 */
function validAsServed(operationId: string, result: HandlerResult, fixture: Json, profile: Profile = "extended"): void {
  try {
    assertValid(operationId, result, { profile });
  } catch (error) {
    const message = (error as Error).message;
    const errors = JSON.parse(message.slice(message.indexOf("["))) as Array<{ instancePath: string; keyword: string }>;
    for (const e of errors) {
      expect(e.keyword, message).not.toBe("required");
      expect(valueAt(result.body, e.instancePath), `${operationId} ${e.instancePath}`).toEqual(rebase(valueAt(fixture, e.instancePath), API_BASE));
    }
  }
  if (profile === "dev-2026") expect(devModeLeaks(result.body)).toEqual([]);
}

const SINGLE: Array<[string, string, string, string]> = [
  ["track", "get-track", "id", "2RM5Lx7VIp6GrLRsg2yXwW"],
  ["album", "get-an-album", "id", "4EcfbzCtbJDk2wMwhT4D1h"],
  ["artist", "get-an-artist", "id", "2CWWgbxApjbyByxBBCvGTm"],
  ["show", "get-a-show", "id", "38bS44xjbVVZ3No3ByF1dJ"],
  ["episode", "get-an-episode", "id", "0I8z8uyoJ03X6SiLDo0h96"],
  ["audiobook", "get-an-audiobook", "id", "19Xw49IjNbOCCoebfy3qA9"],
  ["chapter", "get-a-chapter", "id", "1T07H2V5GwrpPNAH6032ES"],
  ["playlist", "get-playlist", "playlist_id", "37i9dQZF1DWXIcbzpLauPS"],
  ["user", "get-users-profile", "user_id", "11124066204"],
];

describe("real captured responses as fixtures", () => {
  let h: Harness;
  beforeAll(async () => {
    h = harness();
    await h.web.loadFixtures(readSources([DIR]));
  });

  it("loads every file and says what it found in one line", () => {
    expect(h.web.fixtures.summary()).toBe(
      "fixtures: 13 tracks, 3 albums, 3 artists, 2 shows, 3 episodes, 1 audiobooks, 3 chapters, 1 playlists, 2 users, 20 categories, 126 genres, 184 markets",
    );
  });

  for (const [name, operationId, param, id] of SINGLE) {
    it(`serves the ${name} at its real ID, valid as served and equal to the capture (extended)`, async () => {
      const fixture = real(name);
      const result = await h.call(operationId, { params: { [param]: id }, partial: true });
      expect(result.status ?? 200).toBe(200);
      validAsServed(operationId, result, fixture);
      expect(result.body).toMatchObject(expected(fixture));
    });
  }

  for (const [name, operationId, param, id] of SINGLE.filter(([n]) => !["playlist", "user"].includes(n))) {
    it(`serves the ${name} to a dev-2026 app without the February 2026 fields`, async () => {
      const result = await h.call(operationId, { params: { [param]: id }, profile: "dev-2026", partial: true });
      validAsServed(operationId, result, real(name), "dev-2026");
      expect(result.body).not.toHaveProperty("available_markets");
      if (name === "track") expect(result.body).not.toHaveProperty("popularity");
    });
  }

  it("with a market, answers is_playable from the capture's available_markets instead of the list", async () => {
    const gb = (await h.ok("get-track", { params: { id: "2RM5Lx7VIp6GrLRsg2yXwW" }, query: { market: "GB" }, auth: { kind: "app", userId: undefined } })).body as Json;
    expect(gb).toMatchObject({ is_playable: true, album: { is_playable: true } });
    expect(gb).not.toHaveProperty("available_markets");
    expect(gb.album).not.toHaveProperty("available_markets");
    // The album's capture lists no AT.
    const at = (await h.ok("get-an-album", { params: { id: "4EcfbzCtbJDk2wMwhT4D1h" }, query: { market: "AT" }, auth: { kind: "app", userId: undefined } })).body as Json;
    expect(at).toMatchObject({ is_playable: false, restrictions: { reason: "market" } });
  });

  it("serves an album's tracks in order, an artist's albums and top tracks, a show's episodes and an audiobook's chapters", async () => {
    const tracks = (await h.ok("get-an-albums-tracks", { params: { id: "4EcfbzCtbJDk2wMwhT4D1h" } })).body as { items: Json[]; total: number };
    const album = real("album").tracks as { items: Json[] };
    expect(tracks.total).toBe(11);
    expect(tracks.items.map((t) => t.id)).toEqual(album.items.map((t) => t.id));
    expect(tracks.items[10]).toMatchObject(expected(album.items[10]));
    const albums = (await h.ok("get-an-artists-albums", { params: { id: "2CWWgbxApjbyByxBBCvGTm" } })).body as { items: Json[] };
    expect(albums.items.map((a) => a.id)).toEqual(["4EcfbzCtbJDk2wMwhT4D1h"]);
    const top = (await h.ok("get-an-artists-top-tracks", { params: { id: "2CWWgbxApjbyByxBBCvGTm" } })).body as { tracks: Json[] };
    expect(top.tracks.map((t) => t.id)).toContain("2RM5Lx7VIp6GrLRsg2yXwW");
    const episodes = (await h.ok("get-a-shows-episodes", { params: { id: "38bS44xjbVVZ3No3ByF1dJ" } })).body as { items: Json[] };
    expect(episodes.items.map((e) => e.name)).toEqual(["Nedsupen björn i hängmattan?", "Vi firar 1000 program!"]);
    const chapters = (await h.call("get-audiobook-chapters", { params: { id: "19Xw49IjNbOCCoebfy3qA9" }, partial: true })).body as { items: Json[] };
    expect(chapters.items.map((c) => c.name)).toEqual(["Opening Credits", "Prologue", "Chapter 1"]);
  });

  it("serves fixtures in multi-gets beside synthetic tracks, with null for an unknown id", async () => {
    const synthetic = h.web.catalog.id("track", 3);
    const body = (await h.ok("get-several-tracks", { query: { ids: `2RM5Lx7VIp6GrLRsg2yXwW,${synthetic},0000000000000000000000` } })).body as { tracks: Array<Json | null> };
    expect(body.tracks.map((t) => t?.id ?? null)).toEqual(["2RM5Lx7VIp6GrLRsg2yXwW", synthetic, null]);
    expect(body.tracks[0]).toMatchObject(expected(real("track")));
  });

  it("finds every kind by its name with the search index's word rules (last word as a prefix)", async () => {
    const search = async (q: string, type: string) => (await h.ok("search", { query: { q, type } })).body as Record<string, { items: Json[] }>;
    expect((await search("austerity", "track")).tracks.items.map((t) => t.id)).toEqual(["2RM5Lx7VIp6GrLRsg2yXwW"]);
    expect((await search("sky void of sta", "album")).albums.items.map((a) => a.id)).toEqual(["4EcfbzCtbJDk2wMwhT4D1h"]);
    expect((await search("katatonia", "artist")).artists.items.map((a) => a.id)).toEqual(["2CWWgbxApjbyByxBBCvGTm"]);
    expect((await search("the core", "playlist")).playlists.items[0]).toMatchObject({ id: "37i9dQZF1DWXIcbzpLauPS", name: "The Core" });
    expect((await search("vetenskapsradion", "show")).shows.items.map((s) => s.id)).toEqual(["38bS44xjbVVZ3No3ByF1dJ"]);
    expect((await search("justin theroux", "episode")).episodes.items.map((e) => e.id)).toEqual(["0I8z8uyoJ03X6SiLDo0h96"]);
    expect((await search("ella dark", "audiobook")).audiobooks.items.map((b) => b.id)).toEqual(["19Xw49IjNbOCCoebfy3qA9"]);
    // A track is found through its album's name too, as synthetic ones are.
    expect((await search("track:colossal album:sky", "track")).tracks.items.map((t) => t.name)).toEqual(["Colossal Shade"]);
    expect((await search("isrc:ATN262320801", "track")).tracks.items.map((t) => t.id)).toEqual(["2RM5Lx7VIp6GrLRsg2yXwW"]);
  });

  it("serves the playlist's items, the categories, the genre seeds and the markets as captured", async () => {
    const items = (await h.ok("get-playlists-items", { params: { playlist_id: "37i9dQZF1DWXIcbzpLauPS" } })).body as { items: Json[] };
    expect(items.items.map((i) => (i.track as Json).name)).toEqual(["Left Behind", "There’s Fear In Letting Go"]);
    expect(items.items[0]).toMatchObject({ added_at: "2023-03-10T05:39:11Z", added_by: { id: "" } });
    const categories = (real("categories").categories as { items: Json[] }).items;
    const page = (await h.ok("get-categories", { query: { limit: "50" } })).body as { categories: { items: Json[] } };
    expect(page.categories.items.slice(0, 20)).toEqual(categories.map((c) => rebase(c, API_BASE)));
    expect((await h.ok("get-a-category", { params: { category_id: "0JQ5DAqbMKFEZPnFQSFB1T" } })).body).toEqual(rebase(categories[15], API_BASE));
    expect((await h.ok("get-recommendation-genres")).body).toEqual(real("genres"));
    expect((await h.ok("get-available-markets")).body).toEqual(real("markets"));
  });

  it("lists a fixture playlist on its owner's profile; apps under the Nov 2024 rules neither get nor find Spotify's", async () => {
    const list = (await h.ok("get-list-users-playlists", { params: { user_id: "spotify" }, query: { limit: "50" } })).body as { items: Json[] };
    expect(list.items.map((p) => p.id)).toContain("37i9dQZF1DWXIcbzpLauPS");
    expect((await h.call("get-playlist", { params: { playlist_id: "37i9dQZF1DWXIcbzpLauPS" }, profile: "dev-legacy" })).status).toBe(404);
    const found = (await h.ok("search", { query: { q: "the core", type: "playlist" }, profile: "dev-legacy" })).body as { playlists: { items: Json[] } };
    expect(found.playlists.items.map((p) => p.id)).not.toContain("37i9dQZF1DWXIcbzpLauPS");
  });

  it("renders a saved fixture track in the library, and one playing in the player, as the fixture", async () => {
    await h.ok("save-tracks-user", { query: { ids: "2RM5Lx7VIp6GrLRsg2yXwW" } });
    const saved = (await h.ok("get-users-saved-tracks", { query: { limit: "1" } })).body as { items: Array<{ track: Json }> };
    expect(saved.items[0].track).toMatchObject(expected(real("track")));
    const devices = (await h.ok("get-a-users-available-devices")).body as { devices: Json[] };
    await h.ok("start-a-users-playback", { query: { device_id: String(devices.devices[0].id) }, body: { uris: ["spotify:track:2RM5Lx7VIp6GrLRsg2yXwW", "spotify:episode:0I8z8uyoJ03X6SiLDo0h96"] } });
    const playing = (await h.ok("get-the-users-currently-playing-track")).body as { item: Json };
    expect(playing.item).toMatchObject(expected(real("track")));
    await h.ok("skip-users-playback-to-next-track");
    const next = (await h.ok("get-the-users-currently-playing-track", { query: { additional_types: "episode" } })).body as { item: Json };
    expect(next.item).toMatchObject({ id: "0I8z8uyoJ03X6SiLDo0h96", name: "20. Justin Theroux", duration_ms: 4259474 });
  });
});

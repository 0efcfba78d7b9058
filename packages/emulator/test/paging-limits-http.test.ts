// Paging limits over real HTTP: offset maximums (search's 1000, /me/playlists' 100,000) and
// limit=0 (an empty page without self-naming links, or 400 where the spec's minimum is 1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../src/index.js";
import { createWebApiState, type WebApiStore } from "../src/state/webapi.js";
import { send as sendAs, start } from "./helpers.js";

let emu: RunningEmulator;
let all: string;
// The same seed and size as the server: the tests pick their albums and tracks from their own copy.
const web = createWebApiState({ seed: 42, catalogSize: 10_000, now: () => 0 }) as WebApiStore;

beforeAll(async () => {
  const started = await start({ rateLimit: 0, seed: 42, catalogSize: 10_000 });
  emu = started.emu;
  all = (await started.control.issueToken({ scopes: "all" })).access_token;
});
afterAll(() => emu.stop());

function send(token: string, method: string, path: string, body?: unknown) {
  return sendAs(emu, token, method, path, body);
}

describe("offset maximums", () => {
  it("gives search no next link past offset 1000", async () => {
    type Tracks = { tracks: { next: string | null; total: number } };
    const last = (await send(all, "GET", "/search?q=a&type=track&offset=1000&limit=10")).json() as Tracks;
    expect(last.tracks.total).toBeGreaterThan(1_010);
    expect(last.tracks.next).toBeNull();
    const over = (await send(all, "GET", "/search?q=a&type=track&offset=995&limit=10")).json() as Tracks;
    expect(over.tracks.next).toBeNull();
    const toMax = (await send(all, "GET", "/search?q=a&type=track&offset=990&limit=10")).json() as Tracks;
    expect(toMax.tracks.next).toContain("offset=1000");
    expect((await send(all, "GET", toMax.tracks.next!.slice(emu.apiUrl.length))).status).toBe(200);
  });

  it("refuses /me/playlists offsets above 100,000 like search refuses its maximum", async () => {
    const search = await send(all, "GET", "/search?q=a&type=track&offset=1001");
    expect(search.status).toBe(400);
    const res = await send(all, "GET", "/me/playlists?offset=100001");
    expect(res.status).toBe(400);
    expect(res.json()).toEqual(search.json());
    expect(res.json()).toEqual({ error: { status: 400, message: "Invalid offset" } });
    expect((await send(all, "GET", "/me/playlists?offset=100000")).status).toBe(200);
  });
});

describe("limit=0", () => {
  it("pages /artists/{id}/albums without a next or previous link that would name the same page", async () => {
    let artist = 0;
    while (web.catalog.artistAlbums(artist).length < 3) artist++;
    const id = web.catalog.id("artist", artist);
    const res = await send(all, "GET", `/artists/${id}/albums?limit=0&offset=1`);
    expect(res.status).toBe(200);
    const page = res.json() as { items: unknown[]; limit: number; next: string | null; previous: string | null; total: number };
    expect(page.items).toEqual([]);
    expect(page.limit).toBe(0);
    expect(page.total).toBeGreaterThan(1);
    expect(page.next).toBeNull();
    expect(page.previous).toBeNull();
  });

  it("is refused with 400 where the spec's minimum limit is 1", async () => {
    const album = web.catalog.id("album", 0);
    for (const path of [`/albums/${album}/tracks?limit=0`, "/search?q=a&type=track&limit=0", "/me/playlists?limit=0", "/me/tracks?limit=0"]) {
      const res = await send(all, "GET", path);
      expect(res.status).toBe(400);
      expect(res.json()).toEqual({ error: { status: 400, message: "Invalid limit" } });
    }
  });
});

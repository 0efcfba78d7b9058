// Over real HTTP: positions past the end of a track, playlist scopes (modify by visibility,
// collaborative, listing), offset maximums, reordering a range onto itself, and limit=0 paging.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { createWebApiState, type WebApiStore } from "../src/state/webapi.js";
import { api, start } from "./helpers.js";

let emu: RunningEmulator;
let control: EmulatorControl;
let all: string;
// The same seed and size as the server: the tests pick their albums and tracks from their own copy.
const web = createWebApiState({ seed: 42, catalogSize: 10_000, now: () => 0 }) as WebApiStore;
const SCOPE_ERROR = { error: { status: 403, message: "Insufficient client scope" } };

beforeAll(async () => {
  ({ emu, control } = await start({ rateLimit: 0, seed: 42, catalogSize: 10_000 }));
  all = (await control.issueToken({ scopes: "all" })).access_token;
});
afterAll(() => emu.stop());

async function tokenWith(...scopes: string[]): Promise<string> {
  return (await control.issueToken({ scopes })).access_token;
}

function send(token: string, method: string, path: string, body?: unknown) {
  return api(emu, `/v1${path}`, {
    token,
    method,
    ...(body === undefined ? {} : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
  });
}

function trackUris(from: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `spotify:track:${web.catalog.id("track", from + i)}`);
}

async function createPlaylist(token: string, body: Record<string, unknown>): Promise<string> {
  const res = await send(token, "POST", "/me/playlists", body);
  expect(res.status).toBe(201);
  return (res.json() as { id: string }).id;
}

describe("a position at or past the end of the track", () => {
  type Playback = { is_playing: boolean; progress_ms: number; item: { uri: string } };
  const playback = async (token: string) => (await send(token, "GET", "/me/player")).json() as Playback;
  const played = async (token: string) => ((await send(token, "GET", "/me/player/recently-played?limit=50")).json() as { total: number }).total;

  it("starts the next song from its beginning, still playing, without adding plays (play and seek)", async () => {
    // A user of its own, so no other test's playback reaches its history.
    await control.createUser({ id: "seek-user", product: "premium" });
    const token = (await control.issueToken({ scopes: "all", userId: "seek-user" })).access_token;
    let album = 0;
    while (web.catalog.album(album).trackCount < 4) album++;
    const [from] = web.catalog.albumTrackRange(album);
    const items = trackUris(from, 4);
    const length = (i: number) => web.catalog.track(from + i).durationMs;
    const device = ((await send(token, "GET", "/me/player/devices")).json() as { devices: Array<{ id: string }> }).devices[0].id;
    const history = await played(token);

    const play = await send(token, "PUT", `/me/player/play?device_id=${device}`, {
      context_uri: `spotify:album:${web.catalog.id("album", album)}`, offset: { position: 0 }, position_ms: length(0) + length(1) + 1_000,
    });
    expect(play.status).toBe(204);
    let s = await playback(token);
    expect(s.item.uri).toBe(items[1]);
    expect(s.is_playing).toBe(true);
    expect(s.progress_ms).toBeLessThan(1_000);

    expect((await send(token, "PUT", "/me/player/seek?position_ms=99999999")).status).toBe(204);
    s = await playback(token);
    expect(s.item.uri).toBe(items[2]);
    expect(s.is_playing).toBe(true);
    expect(s.progress_ms).toBeLessThan(1_000);

    // Exactly the length is past the end too; a position inside the track stays a seek.
    expect((await send(token, "PUT", `/me/player/seek?position_ms=${length(2)}`)).status).toBe(204);
    expect((await playback(token)).item.uri).toBe(items[3]);
    expect((await send(token, "PUT", "/me/player/seek?position_ms=5000")).status).toBe(204);
    s = await playback(token);
    expect(s.item.uri).toBe(items[3]);
    expect(s.progress_ms).toBeGreaterThanOrEqual(5_000);
    expect(await played(token)).toBe(history);
  });
});

describe("changing a playlist needs the modify scope of its visibility", () => {
  it("refuses a private playlist to a token with only playlist-modify-public, and the reverse", async () => {
    const pub = await tokenWith("playlist-modify-public", "ugc-image-upload");
    const priv = await tokenWith("playlist-modify-private", "ugc-image-upload");
    const [a, b] = trackUris(0, 2);
    const secret = await createPlaylist(all, { name: "Secret", public: false });
    expect((await send(all, "POST", `/playlists/${secret}/items`, { uris: [a, b] })).status).toBe(201);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]).toString("base64");

    const refused = [
      await send(pub, "POST", `/playlists/${secret}/items`, { uris: [a] }),
      await send(pub, "PUT", `/playlists/${secret}`, { name: "renamed" }),
      await send(pub, "PUT", `/playlists/${secret}/items`, { uris: [a] }),
      await send(pub, "PUT", `/playlists/${secret}/items`, { range_start: 0, insert_before: 2 }),
      await send(pub, "DELETE", `/playlists/${secret}/items`, { items: [{ uri: a }] }),
      await api(emu, `/v1/playlists/${secret}/images`, { token: pub, method: "PUT", headers: { "Content-Type": "image/jpeg" }, body: jpeg }),
    ];
    for (const res of refused) {
      expect(res.status).toBe(403);
      expect(res.json()).toEqual(SCOPE_ERROR);
    }
    const unchanged = (await send(all, "GET", `/playlists/${secret}`)).json() as { name: string; items: { items: Array<{ item: { uri: string } }> } };
    expect(unchanged.name).toBe("Secret");
    expect(unchanged.items.items.map((i) => i.item.uri)).toEqual([a, b]);

    expect((await send(priv, "POST", `/playlists/${secret}/items`, { uris: [a] })).status).toBe(201);
    expect((await send(priv, "PUT", `/playlists/${secret}`, { name: "renamed" })).status).toBe(200);

    const open = await createPlaylist(all, { name: "Open" });
    const res = await send(priv, "POST", `/playlists/${open}/items`, { uris: [a] });
    expect(res.status).toBe(403);
    expect(res.json()).toEqual(SCOPE_ERROR);
    expect((await send(pub, "POST", `/playlists/${open}/items`, { uris: [a] })).status).toBe(201);
  });

  it("needs both modify scopes to create a collaborative playlist or make one collaborative", async () => {
    const priv = await tokenWith("playlist-modify-private");
    const both = await tokenWith("playlist-modify-private", "playlist-modify-public");
    const res = await send(priv, "POST", "/me/playlists", { name: "Collab", public: false, collaborative: true });
    expect(res.status).toBe(403);
    expect(res.json()).toEqual(SCOPE_ERROR);
    await createPlaylist(both, { name: "Collab", public: false, collaborative: true });

    const id = await createPlaylist(priv, { name: "Soon shared", public: false });
    const change = await send(priv, "PUT", `/playlists/${id}`, { collaborative: true });
    expect(change.status).toBe(403);
    expect(change.json()).toEqual(SCOPE_ERROR);
    expect(((await send(all, "GET", `/playlists/${id}`)).json() as { collaborative: boolean }).collaborative).toBe(false);
    expect((await send(both, "PUT", `/playlists/${id}`, { collaborative: true })).status).toBe(200);
    expect(((await send(all, "GET", `/playlists/${id}`)).json() as { collaborative: boolean }).collaborative).toBe(true);
  });
});

describe("GET /me/playlists", () => {
  it("lists private playlists only with playlist-read-private, collaborative ones only with playlist-read-collaborative", async () => {
    await control.createUser({ id: "list-user", product: "premium" });
    const owner = (await control.issueToken({ scopes: "all", userId: "list-user" })).access_token;
    await createPlaylist(owner, { name: "L-public" });
    await createPlaylist(owner, { name: "L-private", public: false });
    await createPlaylist(owner, { name: "L-collab", public: false, collaborative: true });
    const listed = async (...scopes: string[]) => {
      const token = (await control.issueToken({ scopes, userId: "list-user" })).access_token;
      const res = await send(token, "GET", "/me/playlists?limit=50");
      expect(res.status).toBe(200);
      const page = res.json() as { total: number; items: Array<{ name: string; public: boolean }> };
      expect(page.total).toBe(page.items.length);
      return page.items.map((p) => p.name).filter((n) => n.startsWith("L-")).sort();
    };
    expect(await listed()).toEqual(["L-public"]);
    expect(await listed("playlist-read-private")).toEqual(["L-private", "L-public"]);
    expect(await listed("playlist-read-collaborative")).toEqual(["L-collab", "L-public"]);
    expect(await listed("playlist-read-private", "playlist-read-collaborative")).toEqual(["L-collab", "L-private", "L-public"]);

    // The same for the user's own list under /users/{id}/playlists (an extended-quota app).
    await control.createApp({ clientId: "list-ext", clientSecret: "s", profile: "extended" });
    const own = async (...scopes: string[]) => {
      const token = (await control.issueToken({ clientId: "list-ext", scopes, userId: "list-user" })).access_token;
      const res = await send(token, "GET", "/users/list-user/playlists?limit=50");
      expect(res.status).toBe(200);
      return (res.json() as { items: Array<{ name: string }> }).items.map((p) => p.name).filter((n) => n.startsWith("L-")).sort();
    };
    expect(await own()).toEqual(["L-public"]);
    expect(await own("playlist-read-private", "playlist-read-collaborative")).toEqual(["L-collab", "L-private", "L-public"]);
  });
});

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

describe("reordering a range to a point inside itself", () => {
  it("leaves the order unchanged and still answers with a new snapshot", async () => {
    const uris = trackUris(100, 6);
    const id = await createPlaylist(all, { name: "Reorder" });
    expect((await send(all, "POST", `/playlists/${id}/items`, { uris })).status).toBe(201);
    const order = async () => ((await send(all, "GET", `/playlists/${id}/items`)).json() as { items: Array<{ item: { uri: string } }> }).items.map((i) => uris.indexOf(i.item.uri)).join("");
    const reorder = async (range_start: number, range_length: number, insert_before: number) => {
      const res = await send(all, "PUT", `/playlists/${id}/items`, { range_start, range_length, insert_before });
      expect(res.status).toBe(200);
      return (res.json() as { snapshot_id: string }).snapshot_id;
    };
    const snapshots = new Set<string>();
    for (const before of [2, 3, 4, 5]) {
      snapshots.add(await reorder(2, 3, before));
      expect(await order()).toBe("012345");
    }
    expect(snapshots.size).toBe(4);
    await reorder(2, 3, 6);
    expect(await order()).toBe("015234");
    await reorder(3, 3, 1);
    expect(await order()).toBe("023415");
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

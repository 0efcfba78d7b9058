// Playlists over real HTTP: the modify scope each visibility needs (collaborative too), which
// playlists /me/playlists lists for the read scopes, reordering a range onto itself, and covers
// served back at the URL the playlist gives.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { createWebApiState, type WebApiStore } from "../src/state/webapi.js";
import { api, rawRequest, send as sendAs, startSeeded } from "./helpers.js";
import { assertValid } from "./webapi-harness.js";

let emu: RunningEmulator;
let control: EmulatorControl;
let all: string;
// The same seed and size as the server: the tests pick their albums and tracks from their own copy.
const web = createWebApiState({ seed: 42, catalogSize: 10_000, now: () => 0 }) as WebApiStore;
const SCOPE_ERROR = { error: { status: 403, message: "Insufficient client scope" } };

beforeAll(async () => {
  ({ emu, control, token: all } = await startSeeded());
});
afterAll(() => emu.stop());


async function tokenWith(...scopes: string[]): Promise<string> {
  return (await control.issueToken({ scopes })).access_token;
}

function send(token: string, method: string, path: string, body?: unknown) {
  return sendAs(emu, token, method, path, body);
}

function trackUris(from: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `spotify:track:${web.catalog.id("track", from + i)}`);
}

async function createPlaylist(token: string, body: Record<string, unknown>): Promise<string> {
  const res = await send(token, "POST", "/me/playlists", body);
  expect(res.status).toBe(201);
  return (res.json() as { id: string }).id;
}

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

describe("playlist covers", () => {
  it("serves an uploaded cover back as JPEG at the URL the playlist's images give", async () => {
    const json = { Authorization: `Bearer ${all}`, "Content-Type": "application/json" };
    const created = await api(emu, "/v1/me/playlists", { method: "POST", headers: json, body: JSON.stringify({ name: "Covered" }) });
    expect(created.status, created.text).toBe(201);
    const id = (created.json() as { id: string }).id;
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("emulator cover bytes"), Buffer.from([0xff, 0xd9])]);
    const put = await api(emu, `/v1/playlists/${id}/images`, { token: all, method: "PUT", headers: { "Content-Type": "image/jpeg" }, body: jpeg.toString("base64") });
    expect(put.status, put.text).toBe(202);
    const cover = await api(emu, `/v1/playlists/${id}/images`, { token: all });
    assertValid("get-playlist-cover", { status: 200, body: cover.json() }, { profile: "dev-2026" });
    const [image] = cover.json() as Array<{ url: string }>;
    expect(image!.url).toMatch(new RegExp(`^${emu.url}/image/[0-9a-f]{40}$`));
    const playlist = await api(emu, `/v1/playlists/${id}`, { token: all });
    expect((playlist.json() as { images: Array<{ url: string }> }).images[0]!.url).toBe(image!.url);
    // Like Spotify's image CDN: no token needed.
    const served = await fetch(image!.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await served.arrayBuffer()).equals(jpeg)).toBe(true);
    const head = await rawRequest(emu, "HEAD", new URL(image!.url).pathname);
    expect(head).toMatchObject({ status: 200, body: "" });
    expect(head.headers["content-length"]).toBe(String(jpeg.length));
    // A new cover gets a new URL; the old one is gone.
    const other = Buffer.concat([jpeg.subarray(0, 4), Buffer.from("another"), jpeg.subarray(-2)]);
    await api(emu, `/v1/playlists/${id}/images`, { token: all, method: "PUT", headers: { "Content-Type": "image/jpeg" }, body: other.toString("base64") });
    const [next] = (await api(emu, `/v1/playlists/${id}/images`, { token: all })).json() as Array<{ url: string }>;
    expect(next!.url).not.toBe(image!.url);
    expect(Buffer.from(await (await fetch(next!.url)).arrayBuffer()).equals(other)).toBe(true);
    expect((await fetch(image!.url)).status).toBe(404);
    expect((await fetch(`${emu.url}/image/not-a-hash`)).status).toBe(404);
  });
});

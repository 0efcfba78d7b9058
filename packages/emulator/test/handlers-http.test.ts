// The handlers behind the real server: a client-credentials token from /api/token, then catalog,
// search, paging and a user's player through real HTTP, bodies validated against the spec.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { api, basic, start, token } from "./helpers.js";
import { assertValid } from "./webapi-harness.js";

let emu: RunningEmulator;
let control: EmulatorControl;
let appToken: string;

beforeAll(async () => {
  ({ emu, control } = await start({ rateLimit: 0, seed: 42, catalogSize: 100_000 }));
  const res = await token(emu, { grant_type: "client_credentials" }, { Authorization: basic() });
  expect(res.status).toBe(200);
  appToken = res.body.access_token as string;
});
afterAll(() => emu.stop());

async function get(path: string, operationId: string, bearer = appToken, market = false): Promise<Record<string, unknown>> {
  const res = await api(emu, `/v1${path}`, { token: bearer });
  expect(res.status, res.text).toBe(200);
  const body = res.json() as Record<string, unknown>;
  assertValid(operationId, { status: 200, body }, { profile: "dev-2026", market });
  return body;
}

describe("Web API over HTTP", () => {
  it("searches and follows `next` links that point back at the emulator", async () => {
    const first = (await get("/search?q=love&type=track,album&limit=10", "search")) as Record<string, { items: Array<{ id: string }>; next: string; total: number }>;
    expect(first.tracks.items).toHaveLength(10);
    expect(first.tracks.next.startsWith(`${emu.url}/v1/search?`)).toBe(true);
    const next = (await get(first.tracks.next.slice(emu.url.length + 3), "search")) as Record<string, { items: Array<{ id: string }>; offset: number }>;
    expect(next.tracks.offset).toBe(10);
    expect(next.tracks.items.map((t) => t.id)).not.toContain(first.tracks.items[0].id);
  });

  it("gets a track, its album and its artist, stripped for the default dev-2026 app", async () => {
    const search = (await get("/search?q=midnight&type=track&limit=1", "search")) as { tracks: { items: Array<{ id: string; album: { id: string }; artists: Array<{ id: string }> }> } };
    const t = search.tracks.items[0];
    const track = await get(`/tracks/${t.id}`, "get-track");
    expect(track.id).toBe(t.id);
    expect(track).not.toHaveProperty("popularity");
    const album = (await get(`/albums/${t.album.id}/tracks?limit=50`, "get-an-albums-tracks")) as { items: Array<{ id: string }> };
    expect(album.items.map((i) => i.id)).toContain(t.id);
    await get(`/artists/${t.artists[0].id}`, "get-an-artist");
    const bad = await api(emu, "/v1/tracks/not-an-id", { token: appToken });
    expect(bad.status).toBe(400);
    expect(bad.json()).toEqual({ error: { status: 400, message: "invalid id" } });
  });

  it("drives a user's player through HTTP with the emulator's clock", async () => {
    const user = (await control.issueToken({ scopes: "all" })).access_token;
    const devices = (await get("/me/player/devices", "get-a-users-available-devices", user)) as { devices: Array<{ id: string }> };
    expect((await api(emu, "/v1/me/player", { token: user })).status).toBe(204);
    const play = await api(emu, `/v1/me/player/play?device_id=${devices.devices[0].id}`, { token: user, method: "PUT", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(play.status, play.text).toBe(204);
    await control.advanceClock(5_000);
    const state = (await get("/me/player?market=from_token", "get-information-about-the-users-current-playback", user, true)) as { is_playing: boolean; progress_ms: number };
    expect(state.is_playing).toBe(true);
    expect(state.progress_ms).toBeGreaterThanOrEqual(5_000);
    const pause = await api(emu, "/v1/me/player/pause", { token: user, method: "PUT" });
    expect(pause.status).toBe(204);
  });
});

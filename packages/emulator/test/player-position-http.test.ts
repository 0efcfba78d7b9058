// The player over real HTTP: a position at or past the end of the track (play with position_ms,
// seek) starts the next song from its beginning without adding plays.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { createWebApiState, type WebApiStore } from "../src/state/webapi.js";
import { send as sendAs, start } from "./helpers.js";

let emu: RunningEmulator;
let control: EmulatorControl;
// The same seed and size as the server: the tests pick their albums and tracks from their own copy.
const web = createWebApiState({ seed: 42, catalogSize: 10_000, now: () => 0 }) as WebApiStore;

beforeAll(async () => {
  ({ emu, control } = await start({ rateLimit: 0, seed: 42, catalogSize: 10_000 }));
});
afterAll(() => emu.stop());

function send(token: string, method: string, path: string, body?: unknown) {
  return sendAs(emu, token, method, path, body);
}

function trackUris(from: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `spotify:track:${web.catalog.id("track", from + i)}`);
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

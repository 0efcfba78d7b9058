// Fixtures over HTTP: given at start (paths), sent to POST /emulator/fixtures (objects, in chunks),
// kept by reset and by --data-dir restarts, with the profile's 403s and removals applied to them.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { EmulatorControlError } from "../src/control/client.js";
import { FixtureError } from "../src/fixtures/load.js";
import { type RunningEmulator } from "../src/index.js";
import type { WebApiStore } from "../src/state/webapi.js";
import { start, useTempDirs } from "./helpers.js";

const DIR = fileURLToPath(new URL("./fixtures/real/", import.meta.url));
const TRACK = "2RM5Lx7VIp6GrLRsg2yXwW";
const PLAYLIST = "37i9dQZF1DWXIcbzpLauPS";
type Json = Record<string, unknown>;
const real = (name: string): Json => JSON.parse(readFileSync(`${DIR}${name}.json`, "utf8")) as Json;

const running: RunningEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()));
});
const tempDir = useTempDirs("emulator-fixtures-");

async function get(emu: RunningEmulator, path: string, token: string): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${emu.apiUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as Json };
}

describe("fixtures over HTTP", () => {
  it("serves fixtures given at start; a dev-2026 app gets them stripped and its 403 on multi-gets", async () => {
    const { emu, control } = await start({ fixtures: [DIR], rateLimit: 0 });
    running.push(emu);
    expect(emu.app.fixtureSummary()).toMatch(/^fixtures: 13 tracks, 3 albums/);
    const dev = (await control.issueToken({ scopes: "all" })).access_token;
    const track = await get(emu, `/tracks/${TRACK}`, dev);
    expect(track.status).toBe(200);
    expect(track.body).toMatchObject({ name: "Austerity", href: `${emu.apiUrl}/tracks/${TRACK}`, external_ids: { isrc: "ATN262320801" } });
    expect(track.body).not.toHaveProperty("popularity");
    expect(track.body.album).not.toHaveProperty("available_markets");
    expect((await get(emu, `/tracks?ids=${TRACK}`, dev)).status).toBe(403);
    const app = await control.createApp({ profile: "extended" });
    const extended = (await control.issueToken({ clientId: app.clientId, scopes: "all" })).access_token;
    const several = await get(emu, `/tracks?ids=${TRACK}`, extended);
    expect(several.status).toBe(200);
    expect((several.body.tracks as Json[])[0]).toMatchObject({ popularity: 47, name: "Austerity" });
  });

  it("loads objects sent to POST /emulator/fixtures and refuses a bad one by its place in the body", async () => {
    const { emu, control } = await start({ rateLimit: 0 });
    running.push(emu);
    const token = (await control.issueToken({ scopes: "all" })).access_token;
    expect((await get(emu, `/tracks/${TRACK}`, token)).status).toBe(404);
    const loaded = await control.loadFixtures([real("track"), real("artist")]);
    expect(loaded).toMatchObject({ ok: true, loaded: 2, counts: { track: 1, album: 1, artist: 1 } });
    expect(await control.fixtures()).toEqual({ counts: expect.objectContaining({ track: 1, album: 1, artist: 1, show: 0 }), documents: ["body[0]", "body[1]"], summary: "fixtures: 1 tracks, 1 albums, 1 artists" });
    expect((await get(emu, `/tracks/${TRACK}`, token)).body).toMatchObject({ name: "Austerity" });
    const error = await control.loadFixtures([real("album"), { tracks: [{ type: "track", id: 5 }] }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmulatorControlError);
    expect(error).toMatchObject({ status: 400, message: "fixture body[1]: $.tracks[0].id: a track needs a Spotify ID, got 5" });
    // Nothing of a refused request is kept.
    expect((await get(emu, "/tracks/64izlxZoHpcP1BSMLOFVld", token)).status).toBe(404);
    const big = await fetch(`${emu.controlUrl}/fixtures`, { method: "POST", body: `[${"0,".repeat(9_000_000)}0]` });
    expect(big.status).toBe(413);
  });

  it("keeps fixtures across reset (a changed fixture playlist goes back to the capture) and --data-dir restarts", async () => {
    const dataDir = tempDir();
    const mineId = "1MineFixturePlaylist00";
    const mine = {
      type: "playlist", id: mineId, name: "Mine as captured", public: true, collaborative: false, snapshot_id: "c25hcHNob3Qtb25l",
      owner: { type: "user", id: "emulator-user", display_name: "Emulator User" },
      tracks: { href: `https://api.spotify.com/v1/playlists/${mineId}/tracks`, items: [{ added_at: "2024-01-01T00:00:00Z", is_local: false, track: real("track") }], total: 1 },
    };
    const first = await start({ dataDir, rateLimit: 0, profile: "extended", fixtures: [`${DIR}playlist.json`] });
    running.push(first.emu);
    await first.control.loadFixtures([mine]);
    const before = (await first.control.issueToken({ scopes: "all" })).access_token;
    const renamed = await fetch(`${first.emu.apiUrl}/playlists/${mineId}`, { method: "PUT", headers: { Authorization: `Bearer ${before}`, "Content-Type": "application/json" }, body: JSON.stringify({ name: "Renamed" }) });
    expect(renamed.status).toBe(200);
    expect((await get(first.emu, `/playlists/${mineId}`, before)).body).toMatchObject({ name: "Renamed" });
    await first.control.reset();
    const token = (await first.control.issueToken({ scopes: "all" })).access_token;
    expect((await get(first.emu, `/playlists/${mineId}`, token)).body).toMatchObject({ name: "Mine as captured", snapshot_id: "c25hcHNob3Qtb25l" });
    expect((await get(first.emu, `/tracks/${TRACK}`, token)).status).toBe(200);
    expect((await get(first.emu, `/playlists/${PLAYLIST}`, token)).body).toMatchObject({ name: "The Core", snapshot_id: real("playlist").snapshot_id });
    await first.emu.stop();
    // Fixtures have their own file, written when they change: state writes stay small.
    expect(readFileSync(join(dataDir, "state.json"), "utf8")).not.toContain("Austerity");
    expect(readFileSync(join(dataDir, "fixtures.json"), "utf8")).toContain("Austerity");
    const second = await start({ dataDir, rateLimit: 0 });
    running.push(second.emu);
    const again = (await second.control.issueToken({ scopes: "all" })).access_token;
    expect((await get(second.emu, `/tracks/${TRACK}`, again)).body).toMatchObject({ name: "Austerity" });
    expect((await get(second.emu, `/playlists/${PLAYLIST}`, again)).body).toMatchObject({ name: "The Core", followers: { total: 874446 } });
    // A Spotify-owned playlist is editorial: hidden from apps under the Nov 2024 rules, as the catalog's are.
    const dev = await second.control.createApp({ profile: "dev-2026" });
    const devToken = (await second.control.issueToken({ clientId: dev.clientId, scopes: "all" })).access_token;
    expect((await get(second.emu, `/playlists/${PLAYLIST}`, devToken)).status).toBe(404);
    expect((await get(second.emu, `/playlists/${mineId}`, devToken)).status).toBe(200);
    await second.emu.stop();
    writeFileSync(join(dataDir, "fixtures.json"), "{");
    await expect(start({ dataDir })).rejects.toThrow(`fixture ${join(dataDir, "fixtures.json")}: $: not JSON`);
  });

  it("fixturesOnly serves no synthetic catalog; a start with a broken fixture file fails naming it", async () => {
    const { emu, control } = await start({ fixtures: [DIR], fixturesOnly: true, rateLimit: 0 });
    running.push(emu);
    const token = (await control.issueToken({ scopes: "all" })).access_token;
    const synthetic = (emu.app.state.web as WebApiStore).catalog.id("track", 0);
    expect((await get(emu, `/tracks/${synthetic}`, token)).status).toBe(404);
    expect((await get(emu, "/me/tracks", token)).body).toMatchObject({ total: 0 });
    await expect(start({ fixtures: [`${DIR}README.md`] })).rejects.toThrow(FixtureError);
  });
});

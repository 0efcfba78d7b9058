// Record mode against a second emulator as the upstream: the app logs in and calls through the
// recorder with the upstream's tokens, answers (429s included) come back as they came, each catalog
// GET is written as a fixture without a token or user data, and --fixtures replays them offline.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../src/index.js";
import type { WebApiStore } from "../src/state/webapi.js";
import { basic, start, token, useTempDirs } from "./helpers.js";

const running: RunningEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()));
});
const tempDir = useTempDirs("emulator-record-");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

async function get(base: string, path: string, bearer: string): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const res = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${bearer}` } });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe("record mode", () => {
  it("passes requests to the upstream, records catalog GETs only, and the recording replays offline", async () => {
    const dir = tempDir();
    const up = await start({ seed: 7, rateLimit: 0, profile: "extended" });
    running.push(up.emu);
    const rec = await start({ record: dir, upstream: up.emu.apiUrl, rateLimit: 0 });
    running.push(rec.emu);
    const catalog = (up.emu.app.state.web as WebApiStore).catalog;
    const trackId = catalog.id("track", 5);
    const albumId = catalog.id("album", 3);

    // Logging in goes to the upstream: its token works through the recorder.
    const login = await token(rec.emu, { grant_type: "client_credentials" }, { Authorization: basic() });
    expect(login.status).toBe(200);
    const appToken = login.body.access_token as string;
    const authorize = await fetch(`${rec.emu.url}/authorize?client_id=x&response_type=code`, { redirect: "manual" });
    expect(authorize.headers.get("location")).toBe(`${up.emu.url}/authorize?client_id=x&response_type=code`);

    const track = await get(rec.emu.apiUrl, `/tracks/${trackId}`, appToken);
    const direct = await get(up.emu.apiUrl, `/tracks/${trackId}`, appToken);
    expect(track.status).toBe(200);
    expect(track.body.name).toBe(direct.body.name);
    expect(track.body.href).toBe(`${rec.emu.apiUrl}/tracks/${trackId}`);
    const word = String(direct.body.name).split(" ")[0].toLowerCase();
    expect((await get(rec.emu.apiUrl, `/search?q=${word}&type=track&limit=3`, appToken)).status).toBe(200);

    // User data passes through but is never written; upstream errors come back as they came.
    const user = (await up.control.issueToken({ scopes: "all" })).access_token;
    expect((await get(rec.emu.apiUrl, "/me/tracks", user)).status).toBe(200);
    expect((await get(rec.emu.apiUrl, "/me", appToken)).status).toBe(401);
    await up.control.addFault({ match: { operationId: "get-an-album" }, kind: "rate-limit", retryAfter: 7 });
    const limited = await get(rec.emu.apiUrl, `/albums/${albumId}`, appToken);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");

    // A public playlist and its items are catalog data; a private one (made through the recorder) is not.
    const editorial = catalog.id("playlist", 0);
    expect((await get(rec.emu.apiUrl, `/playlists/${editorial}`, appToken)).status).toBe(200);
    expect((await get(rec.emu.apiUrl, `/playlists/${editorial}/items?limit=5`, appToken)).status).toBe(200);
    const made = await fetch(`${rec.emu.apiUrl}/me/playlists`, {
      method: "POST", headers: { Authorization: `Bearer ${user}`, "Content-Type": "application/json" }, body: JSON.stringify({ name: "Secret mix", public: false }),
    });
    expect(made.status).toBe(201);
    const privateId = ((await made.json()) as { id: string }).id;
    expect((await get(rec.emu.apiUrl, `/playlists/${privateId}`, user)).body).toMatchObject({ name: "Secret mix", public: false });
    expect((await get(rec.emu.apiUrl, `/playlists/${privateId}/items`, user)).status).toBe(200);

    const written = files(dir);
    expect(written.map((f) => f.slice(dir.length + 1).split("/")[0]).sort()).toEqual(["get-playlist", "get-playlists-items", "get-track", "search"]);
    for (const f of written) {
      const text = readFileSync(f, "utf8");
      for (const secret of [appToken, user, "Bearer", "authorization"]) expect(text).not.toContain(secret);
      expect(text).not.toContain(up.emu.url);
      expect(text).not.toContain("Secret mix");
    }
    const saved = JSON.parse(readFileSync(written.find((f) => f.includes("get-track"))!, "utf8")) as Record<string, unknown>;
    expect(saved.href).toBe(`https://api.spotify.com/v1/tracks/${trackId}`);

    // Replayed offline by an emulator with another seed and no synthetic catalog.
    const replay = await start({ fixtures: [dir], fixturesOnly: true, seed: 99, rateLimit: 0 });
    running.push(replay.emu);
    const offline = (await replay.control.issueToken({ scopes: "all" })).access_token;
    const again = await get(replay.emu.apiUrl, `/tracks/${trackId}`, offline);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: trackId, name: direct.body.name, href: `${replay.emu.apiUrl}/tracks/${trackId}` });
  });

  it("answers in Spotify's error shape when the upstream does not answer, and refuses an upstream that is not a URL", async () => {
    const down = await start();
    const url = down.emu.apiUrl;
    await down.emu.stop();
    const rec = await start({ record: tempDir(), upstream: url });
    running.push(rec.emu);
    const res = await get(rec.emu.apiUrl, "/tracks/4iV5W9uYEdYUVa79Axb7Rh", "x");
    expect(res).toMatchObject({ status: 502, body: { error: { status: 502, message: "Bad gateway: the upstream did not answer" } } });
    await expect(start({ record: tempDir(), upstream: "not a url" })).rejects.toThrow("option upstream must be an http(s) URL");
  });
});

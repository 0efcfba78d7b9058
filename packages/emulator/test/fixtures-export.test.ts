// GET /emulator/fixtures/export: the current state as fixtures. Loaded into another emulator
// (through POST /emulator/fixtures, or saved to a file given to --fixtures), it serves the same
// fixtures and the playlists the app made, at their IDs, with their items, even fixtures-only,
// and in their owner's own list.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningEmulator } from "../src/index.js";
import { start, useTempDirs } from "./helpers.js";

const DIR = fileURLToPath(new URL("./fixtures/real/", import.meta.url));
const TRACK = "2RM5Lx7VIp6GrLRsg2yXwW";
type Json = Record<string, unknown>;
const real = (name: string): Json => JSON.parse(readFileSync(`${DIR}${name}.json`, "utf8")) as Json;

const running: RunningEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()));
});
const tempDir = useTempDirs("emulator-export-");

async function call(emu: RunningEmulator, method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${emu.apiUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

/** What a reader of the playlist sees: name, snapshot, and each item's uri and name. */
async function playlistSeen(emu: RunningEmulator, id: string, token: string) {
  const got = await call(emu, "GET", `/playlists/${id}`, token);
  expect(got.status).toBe(200);
  const items = ((got.body.items as Json).items as Json[]).map((i) => ({ uri: (i.track as Json).uri, name: (i.track as Json).name }));
  return { name: got.body.name, description: got.body.description, public: got.body.public, snapshot: got.body.snapshot_id, owner: (got.body.owner as Json).id, items };
}

describe("fixtures export", () => {
  it("is empty for an emulator with no fixtures and no user playlists", async () => {
    const { emu, control } = await start({ rateLimit: 0 });
    running.push(emu);
    expect(await control.exportFixtures()).toEqual([]);
  });

  it("round-trips the fixtures and a playlist the app made (fixture and synthetic tracks) through POST /emulator/fixtures and --fixtures", async () => {
    const { emu, control } = await start({ fixtures: [real("track"), real("artist")], rateLimit: 0 });
    running.push(emu);
    const app = await control.createApp({ profile: "extended" });
    const token = (await control.issueToken({ clientId: app.clientId, scopes: "all" })).access_token;
    const synthetic = ((((await call(emu, "GET", "/search?q=love&type=track&limit=1", token)).body.tracks as Json).items as Json[])[0]) as Json;
    const made = await call(emu, "POST", "/me/playlists", token, { name: "Exported mix", description: "made before the export", public: false });
    expect(made.status).toBe(201);
    const id = made.body.id as string;
    const uris = [`spotify:track:${TRACK}`, synthetic.uri as string];
    expect((await call(emu, "POST", `/playlists/${id}/items`, token, { uris })).status).toBe(201);
    const before = await playlistSeen(emu, id, token);
    expect(before.items).toEqual([{ uri: uris[0], name: "Austerity" }, { uri: uris[1], name: synthetic.name }]);

    const exported = await control.exportFixtures();
    // The two fixture documents as loaded, then the one playlist made (the seeded ones, unchanged, are not in it).
    expect(exported).toHaveLength(3);
    expect(exported.slice(0, 2)).toEqual([real("track"), real("artist")]);
    expect(exported[2]).toMatchObject({ type: "playlist", id, name: "Exported mix", items: { total: 2 } });

    // Into an emulator without any synthetic catalog, through the control plane.
    const posted = await start({ fixturesOnly: true, rateLimit: 0 });
    running.push(posted.emu);
    await posted.control.loadFixtures(exported);
    const app2 = await posted.control.createApp({ profile: "extended" });
    const token2 = (await posted.control.issueToken({ clientId: app2.clientId, scopes: "all" })).access_token;
    expect(await playlistSeen(posted.emu, id, token2)).toEqual(before);
    // Its owner (the default user) follows it again, as owners do: it is in their own list.
    const mine = await call(posted.emu, "GET", "/me/playlists", token2);
    expect((mine.body.items as Json[]).map((p) => p.id)).toContain(id);
    expect((await call(posted.emu, "GET", `/tracks/${synthetic.id as string}`, token2)).body).toMatchObject({ name: synthetic.name, album: { id: (synthetic.album as Json).id } });
    expect((await posted.control.fixtures()).counts).toMatchObject({ track: 2, artist: expect.any(Number), playlist: 1 });

    // Saved to a file and given at start.
    const file = join(tempDir(), "state.json");
    writeFileSync(file, JSON.stringify(exported));
    const started = await start({ fixtures: [file], fixturesOnly: true, rateLimit: 0 });
    running.push(started.emu);
    const app3 = await started.control.createApp({ profile: "extended" });
    const token3 = (await started.control.issueToken({ clientId: app3.clientId, scopes: "all" })).access_token;
    expect(await playlistSeen(started.emu, id, token3)).toEqual(before);
    expect((await call(started.emu, "GET", `/tracks/${TRACK}`, token3)).body).toMatchObject({ name: "Austerity" });
  });
});

// Search finds fixture playlists through a word index kept with the store's playlists: loaded,
// renamed, made private, deleted or reset, the answer is what a scan of every playlist gives.
// Over HTTP for the changes an app or the control plane makes after start; against a scan for
// random changes of the map itself. The seed is in the test's name; SEARCH_SEED=<n> replays one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { words } from "../src/catalog/query.js";
import { Rng } from "../src/catalog/prng.js";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { PlaylistMap } from "../src/state/playlist-map.js";
import { UserPlaylist } from "../src/state/playlists.js";
import { api, start } from "./helpers.js";

const SEED = Number(process.env.SEARCH_SEED ?? Date.now() % 1_000_000);
const playlist = (id: string, name: string, owner = "emulator-user", display = "Harbour Records") => ({
  type: "playlist", id, name, public: true, collaborative: false, owner: { type: "user", id: owner, display_name: display },
});
const ID = (n: number) => `${n}FixturePlaylistSearch`.padEnd(22, "x").slice(0, 22);

describe("search over fixture playlists changed after start", () => {
  let emu: RunningEmulator;
  let control: EmulatorControl;
  let token: string;
  beforeAll(async () => {
    ({ emu, control } = await start({ rateLimit: 0, fixtures: [playlist(ID(1), "Velvet Morning"), playlist(ID(2), "Velvet Underground Hours")] }));
    token = (await control.issueToken({ scopes: "all" })).access_token;
  });
  afterAll(() => emu.stop());

  /** The fixture playlists a search names (the synthetic catalog's have other ids), in order. */
  async function found(q: string): Promise<string[]> {
    const res = await api(emu, `/v1/search?q=${encodeURIComponent(q)}&type=playlist&limit=10`, { token });
    expect(res.status, res.text).toBe(200);
    return (res.json() as { playlists: { items: Array<{ id: string }> } }).playlists.items.map((p) => p.id).filter((id) => id.includes("FixturePlaylist"));
  }
  const change = (id: string, body: Record<string, unknown>) =>
    api(emu, `/v1/playlists/${id}`, { token, method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

  it("finds a playlist loaded after start, renamed, made private and public again, and as loaded after reset", async () => {
    expect(await found("velvet")).toEqual([ID(1), ID(2)]);
    expect(await found("harbour rec")).toEqual([ID(1), ID(2)]);

    await control.loadFixtures([playlist(ID(3), "Neon Harbour Nights")]);
    expect(await found("neon harb")).toEqual([ID(3)]);

    expect((await change(ID(1), { name: "Copper Evening" })).status).toBe(200);
    expect(await found("copper")).toEqual([ID(1)]);
    expect(await found("copper even")).toEqual([ID(1)]);
    expect(await found("velvet")).toEqual([ID(2)]);
    expect(await found("morning")).toEqual([]);

    expect((await change(ID(2), { public: false })).status).toBe(200);
    expect(await found("velvet")).toEqual([]);
    expect((await change(ID(2), { public: true })).status).toBe(200);
    expect(await found("velvet")).toEqual([ID(2)]);

    await control.reset();
    token = (await control.issueToken({ scopes: "all" })).access_token;
    expect(await found("velvet")).toEqual([ID(1), ID(2)]);
    expect(await found("copper")).toEqual([]);
    expect(await found("neon")).toEqual([ID(3)]);
  });
});

describe("the fixture playlist index against a scan", () => {
  const NAMES = ["love", "lovers", "night", "nightfall", "blue", "fire", "dream", "heart", "neon", "velvet", "gold", "river"];

  /** What search found before the index: every playlist tokenised per query. */
  function scan(map: Map<string, UserPlaylist>, want: string[], hideEditorial: boolean): string[] {
    if (want.length === 0) return [];
    const out: string[] = [];
    for (const p of map.values()) {
      if (!p.data.fixture || !p.data.public || (hideEditorial && p.data.ownerId === "spotify")) continue;
      const owner = (p.data.fixture.owner ?? {}) as { display_name?: unknown };
      const have = [...words(p.data.name), ...words(typeof owner.display_name === "string" ? owner.display_name : "")];
      if (want.every((w, i) => have.some((h) => h === w || (i === want.length - 1 && h.startsWith(w))))) out.push(p.id);
    }
    return out;
  }

  it(`gives the scan's answer, in the map's order, through random sets, renames, deletes and clears (seed ${SEED})`, () => {
    const rng = new Rng(SEED);
    const name = () => Array.from({ length: rng.range(1, 3) }, () => rng.pick(NAMES)).join(" ");
    const map = new PlaylistMap();
    const make = (id: string) =>
      new UserPlaylist({
        id, ownerId: rng.chance(0.2) ? "spotify" : "someone", name: name(), description: null, public: rng.chance(0.8), collaborative: false, items: [], version: 1, createdAt: 0,
        ...(rng.chance(0.8) ? { fixture: { owner: { display_name: rng.chance(0.5) ? name() : null } } } : {}),
      });
    for (let step = 0; step < 2_000; step++) {
      const id = `p${rng.int(60)}`;
      const roll = rng.int(100);
      if (roll < 40) map.set(id, make(id));
      else if (roll < 70) {
        const p = map.get(id);
        if (p) {
          // As PUT /playlists/{id} changes it: the fields, then touch().
          Object.assign(p.data, rng.chance(0.7) ? { name: name() } : { public: !p.data.public });
          p.touch();
        }
      } else if (roll < 80) map.delete(id);
      else if (roll < 81) map.clear();
      else {
        const want = Array.from({ length: rng.range(1, 3) }, () => rng.pick(NAMES)).map((w, i, all) => (i === all.length - 1 ? w.slice(0, rng.range(1, w.length)) : w));
        const hide = rng.chance(0.5);
        expect(map.searchFixtures(want, hide), `step ${step}: ${want.join(" ")}`).toEqual(scan(map, want, hide));
      }
    }
  });

  it("stops following a playlist once another takes its id or it is deleted", () => {
    const map = new PlaylistMap();
    const old = new UserPlaylist({ id: "a", ownerId: "x", name: "velvet", description: null, public: true, collaborative: false, items: [], version: 1, createdAt: 0, fixture: {} });
    map.set("a", old);
    map.set("a", new UserPlaylist({ ...old.data, name: "neon", fixture: {} }));
    old.data.name = "gold";
    old.touch();
    expect(map.searchFixtures(["gold"], false)).toEqual([]);
    expect(map.searchFixtures(["neon"], false)).toEqual(["a"]);
  });
});

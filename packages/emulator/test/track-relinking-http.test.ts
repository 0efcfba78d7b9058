// Track relinking over real HTTP: outside an album's licensed markets a track is served as its
// substitute with linked_from (or unplayable without one), for extended-quota apps only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { createWebApiState, type WebApiStore } from "../src/state/webapi.js";
import { api, start } from "./helpers.js";
import { assertValid } from "./webapi-harness.js";

let emu: RunningEmulator;
let control: EmulatorControl;

beforeAll(async () => {
  ({ emu, control } = await start({ rateLimit: 0, seed: 42, catalogSize: 10_000 }));
});
afterAll(() => emu.stop());

describe("track relinking", () => {
  // The same seed and size as the server: the test finds its tracks in its own copy of the catalog.
  const web = createWebApiState({ seed: 42, catalogSize: 10_000, now: () => 0 }) as WebApiStore;
  const c = web.catalog;
  const restricted: number[] = [];
  for (let t = 0; t < c.count("track") && restricted.length < 40; t++) if (c.album(c.albumOfTrack(t)).markets) restricted.push(t);
  const relinked = restricted.filter((t) => web.render.relinkOf(t, "DE") !== undefined);
  const unplayable = restricted.filter((t) => web.render.relinkOf(t, "DE") === undefined);
  let extended: string;

  beforeAll(async () => {
    await control.createApp({ clientId: "relink-app", clientSecret: "s", profile: "extended" });
    await control.createUser({ id: "berlin", country: "DE", product: "premium" });
    extended = (await control.issueToken({ clientId: "relink-app", kind: "app" })).access_token;
  });

  async function track(id: string, query: string, bearer = extended, operationId = "get-track"): Promise<Record<string, unknown>> {
    const res = await api(emu, `/v1/tracks/${id}${query}`, { token: bearer });
    expect(res.status, res.text).toBe(200);
    const body = res.json() as Record<string, unknown>;
    assertValid(operationId, { status: 200, body }, { profile: "extended", market: query.includes("market=") });
    return body;
  }

  it("has both kinds among the tracks of market-restricted albums", () => {
    expect(relinked.length).toBeGreaterThan(3);
    expect(unplayable.length).toBeGreaterThan(3);
  });

  it("serves the substitute with linked_from outside the licensed markets, only when a market is given", async () => {
    const original = c.track(relinked[0]!).id;
    const substitute = c.track(web.render.relinkOf(relinked[0]!, "DE")!).id;
    const inDe = await track(original, "?market=DE");
    expect(inDe.id).toBe(substitute);
    expect(inDe.is_playable).toBe(true);
    // Another release of the same recording: what a listener sees is the requested track's.
    const asRequested = await track(original, "");
    expect(substitute).not.toBe(original);
    expect(inDe).toMatchObject({
      name: asRequested.name,
      artists: asRequested.artists,
      duration_ms: asRequested.duration_ms,
      explicit: asRequested.explicit,
      external_ids: asRequested.external_ids,
    });
    expect((inDe.album as { id: string }).id).not.toBe((asRequested.album as { id: string }).id);
    expect(inDe.linked_from).toEqual({
      external_urls: { spotify: `https://open.spotify.com/track/${original}` },
      href: `${emu.apiUrl}/tracks/${original}`,
      id: original,
      type: "track",
      uri: `spotify:track:${original}`,
    });
    const inUs = await track(original, "?market=US");
    expect(inUs).toMatchObject({ id: original, is_playable: true });
    expect(inUs).not.toHaveProperty("linked_from");
    const none = await track(original, "");
    expect(none.id).toBe(original);
    expect(none).not.toHaveProperty("linked_from");
    expect(none).not.toHaveProperty("is_playable");
    expect(none.available_markets).toEqual(["US", "CA", "MX"]);
    // The substitute is a real track of the catalog.
    expect((await track(substitute, "?market=DE")).id).toBe(substitute);
  });

  it("marks tracks without a substitute unplayable, and resolves market=from_token from the user's country", async () => {
    const lost = await track(c.track(unplayable[0]!).id, "?market=DE");
    expect(lost).toMatchObject({ id: c.track(unplayable[0]!).id, is_playable: false, restrictions: { reason: "market" } });
    expect(lost).not.toHaveProperty("linked_from");
    const berlin = (await control.issueToken({ clientId: "relink-app", userId: "berlin", scopes: "all" })).access_token;
    const original = c.track(relinked[1]!).id;
    const fromToken = await track(original, "?market=from_token", berlin);
    expect(fromToken.id).toBe(c.track(web.render.relinkOf(relinked[1]!, "DE")!).id);
    expect((fromToken.linked_from as { id: string }).id).toBe(original);
  });

  it("relinks album tracks and several tracks, but not for development-mode apps (no linked_from since February 2026)", async () => {
    const t = relinked[0]!;
    const album = c.album(c.albumOfTrack(t));
    const page = await api(emu, `/v1/albums/${album.id}/tracks?market=DE&limit=50`, { token: extended });
    const items = (page.json() as { items: Array<{ id: string; linked_from?: { id: string } }> }).items;
    assertValid("get-an-albums-tracks", { status: 200, body: page.json() }, { profile: "extended", market: true });
    expect(items.find((i) => i.linked_from?.id === c.track(t).id)).toBeDefined();
    const several = await api(emu, `/v1/tracks?ids=${c.track(t).id},${c.track(unplayable[0]!).id}&market=DE`, { token: extended });
    const tracks = (several.json() as { tracks: Array<Record<string, unknown>> }).tracks;
    expect(tracks.map((x) => x.is_playable)).toEqual([true, false]);
    expect((tracks[0]!.linked_from as { id: string }).id).toBe(c.track(t).id);
    const devBerlin = (await control.issueToken({ userId: "berlin", scopes: "all" })).access_token;
    const dev = await api(emu, `/v1/tracks/${c.track(t).id}?market=DE`, { token: devBerlin });
    expect(dev.json()).toMatchObject({ id: c.track(t).id, is_playable: false, restrictions: { reason: "market" } });
    expect(dev.json()).not.toHaveProperty("linked_from");
  });
});

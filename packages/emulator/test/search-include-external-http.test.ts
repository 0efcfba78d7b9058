// Search's include_external over real HTTP: externally hosted episodes are playable only with
// include_external=audio; other values are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { parseQuery } from "../src/catalog/query.js";
import { createWebApiState, type WebApiStore } from "../src/state/webapi.js";
import { api, startSeeded } from "./helpers.js";
import { assertValid } from "./webapi-harness.js";

let emu: RunningEmulator;
let control: EmulatorControl;
let user: string;

beforeAll(async () => {
  ({ emu, control, token: user } = await startSeeded());
});
afterAll(() => emu.stop());

describe("search include_external", () => {
  const web = createWebApiState({ seed: 42, catalogSize: 10_000, now: () => 0 }) as WebApiStore;
  const c = web.catalog;
  // An episode (externally hosted or not) among the first 50 results for the words of its name.
  function find(external: boolean): number {
    for (let e = 0; e < c.count("episode"); e++) {
      if (web.render.isExternal(c.episode(e).show) === external && web.search.search("episode", parseQuery(c.episode(e).words.join(" "))).slice(0, 50).includes(e)) return e;
    }
    return -1;
  }
  const episode = find(true);
  const hosted = find(false);

  beforeAll(async () => {
    await control.createApp({ clientId: "external-app", clientSecret: "s", profile: "extended" });
  });

  async function episodes(query: string, index = episode): Promise<Array<{ id: string; is_externally_hosted: boolean; is_playable: boolean }>> {
    const bearer = (await control.issueToken({ clientId: "external-app", kind: "app" })).access_token;
    const res = await api(emu, `/v1/search?q=${encodeURIComponent(c.episode(index).words.join(" "))}&type=episode&limit=50${query}`, { token: bearer });
    expect(res.status, res.text).toBe(200);
    assertValid("search", { status: 200, body: res.json() }, { profile: "extended" });
    return (res.json() as { episodes: { items: Array<{ id: string; is_externally_hosted: boolean; is_playable: boolean }> } }).episodes.items;
  }

  it("marks externally hosted episodes unplayable unless include_external=audio", async () => {
    expect(episode).toBeGreaterThanOrEqual(0);
    const id = c.episode(episode).id;
    const plain = await episodes("");
    const withAudio = await episodes("&include_external=audio");
    expect(plain.map((e) => e.id)).toEqual(withAudio.map((e) => e.id));
    expect(plain.find((e) => e.id === id)).toMatchObject({ is_externally_hosted: true, is_playable: false });
    expect(withAudio.find((e) => e.id === id)).toMatchObject({ is_externally_hosted: true, is_playable: true });
    for (const e of plain) expect(e.is_playable).toBe(!e.is_externally_hosted);
    expect(withAudio.every((e) => e.is_playable)).toBe(true);
    expect(hosted).toBeGreaterThanOrEqual(0);
    const own = (await episodes("", hosted)).find((e) => e.id === c.episode(hosted).id);
    expect(own).toMatchObject({ is_externally_hosted: false, is_playable: true });
  });

  it("refuses other values and leaves other endpoints alone", async () => {
    const bad = await api(emu, "/v1/search?q=love&type=episode&include_external=video", { token: user });
    expect(bad.status).toBe(400);
    expect(bad.json()).toEqual({ error: { status: 400, message: "Invalid include external" } });
    const one = await api(emu, `/v1/episodes/${c.episode(episode).id}`, { token: user });
    expect(one.json()).toMatchObject({ is_externally_hosted: true, is_playable: true, show: { is_externally_hosted: true } });
  });
});

// The cache of serialized catalog answers: it must never change what a caller gets. Every answer
// is compared with an emulator whose handlers are wrapped (so nothing is cached there).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { handlers as builtIn } from "../src/handlers/index.js";
import type { HandlerTable } from "../src/handlers/types.js";
import { api, start } from "./helpers.js";

let cached: { emu: RunningEmulator; control: EmulatorControl };
let plain: { emu: RunningEmulator; control: EmulatorControl };

// Wrapped handlers are not the built-in ones, so the platform does not cache their answers.
const uncachedHandlers: HandlerTable = Object.fromEntries(Object.entries(builtIn).map(([id, h]) => [id, (ctx) => h(ctx)]));

beforeAll(async () => {
  cached = await start({ rateLimit: 0 });
  plain = await start({ rateLimit: 0, handlers: uncachedHandlers });
  for (const { control } of [cached, plain]) {
    await control.createUser({ id: "us-user", country: "US" });
    await control.createUser({ id: "se-user", country: "SE" });
    await control.createUser({ id: "us-other", country: "US" });
  }
});
afterAll(async () => {
  await cached?.emu.stop();
  await plain?.emu.stop();
});

async function tokens(control: EmulatorControl): Promise<Record<string, string>> {
  return {
    app: (await control.issueToken({ kind: "app" })).access_token,
    us: (await control.issueToken({ userId: "us-user", scopes: "all" })).access_token,
    se: (await control.issueToken({ userId: "se-user", scopes: ["user-read-private"] })).access_token,
    // Same country as `us`, without the resume-point scope.
    usOther: (await control.issueToken({ userId: "us-other", scopes: ["user-read-private"] })).access_token,
  };
}

const SEARCH = "/v1/search?q=love&type=track,album&limit=10&market=from_token";

describe("response cache", () => {
  it("answers every caller exactly as an uncached emulator does, per user and per market", async () => {
    const a = await tokens(cached.control);
    const b = await tokens(plain.control);
    const first = await api(cached.emu, "/v1/search?q=a&type=track,episode&limit=5", { token: a.app });
    const track = (first.json() as { tracks: { items: Array<{ id: string }> } }).tracks.items[0]!.id;
    const episode = (first.json() as { episodes: { items: Array<{ id: string }> } }).episodes.items[0]!.id;
    const paths = [SEARCH, `/v1/tracks/${track}?market=from_token`, `/v1/episodes/${episode}?market=SE`, `/v1/tracks/${track}`];
    const seen: Record<string, string> = {};
    // Each caller twice, interleaved, so the second round is served from the cache.
    for (const who of ["us", "se", "usOther", "app", "us", "se", "usOther", "app"] as const) {
      for (const path of paths) {
        const mine = await api(cached.emu, path, { token: a[who] });
        const theirs = await api(plain.emu, path, { token: b[who] });
        // The two emulators differ only by their port, which shows in every href.
        const text = mine.text.replaceAll(cached.emu.url, "ORIGIN");
        expect({ who, path, status: mine.status, text }).toEqual({ who, path, status: theirs.status, text: theirs.text.replaceAll(plain.emu.url, "ORIGIN") });
        // An app token has no country: from_token is its 400 (never cached, and equal too).
        expect(mine.status).toBe(who === "app" && path.includes("from_token") ? 400 : 200);
        seen[`${who} ${path}`] = mine.text;
      }
    }
    expect(cached.emu.app.platform.responses.size).toBeGreaterThan(0);
    // The user's country shapes from_token answers, and the resume-point scope shapes episodes.
    expect(seen[`us ${SEARCH}`]).not.toBe(seen[`se ${SEARCH}`]);
    expect(seen[`us /v1/episodes/${episode}?market=SE`]).toContain("resume_point");
    expect(seen[`se /v1/episodes/${episode}?market=SE`]).not.toContain("resume_point");
    expect(seen[`usOther /v1/episodes/${episode}?market=SE`]).not.toContain("resume_point");
  });

  it("follows a change of the user's country", async () => {
    const { us } = await tokens(cached.control);
    const before = (await api(cached.emu, SEARCH, { token: us })).text;
    await cached.control.createUser({ id: "us-user", country: "SE" });
    const { se } = await tokens(cached.control);
    const moved = (await api(cached.emu, SEARCH, { token: us })).text;
    expect(moved).not.toBe(before);
    expect(moved).toBe((await api(cached.emu, SEARCH, { token: se })).text);
    await cached.control.createUser({ id: "us-user", country: "US" });
    expect((await api(cached.emu, SEARCH, { token: us })).text).toBe(before);
  });

  it("does not cache what users can change: playlists in search, profiles", async () => {
    const app = (await cached.control.issueToken({ kind: "app" })).access_token;
    cached.emu.app.platform.responses.clear();
    await api(cached.emu, "/v1/search?q=love&type=playlist", { token: app });
    await api(cached.emu, "/v1/users/us-user", { token: app });
    expect(cached.emu.app.platform.responses.size).toBe(0);
  });
  it("is emptied by a reseed and a reset, and answers follow the catalog", async () => {
    const { app } = await tokens(cached.control);
    const path = "/v1/search?q=love&type=track";
    const original = await api(cached.emu, path, { token: app });
    expect(cached.emu.app.platform.responses.size).toBeGreaterThan(0);
    await cached.control.seed(7);
    expect(cached.emu.app.platform.responses.size).toBe(0);
    const reseeded = await api(cached.emu, path, { token: app });
    expect(reseeded.status).toBe(200);
    expect(reseeded.text).not.toBe(original.text);
    await cached.control.seed(cached.emu.app.platform.options.seed);
    expect((await api(cached.emu, path, { token: app })).text).toBe(original.text);
    await cached.control.reset();
    expect(cached.emu.app.platform.responses.size).toBe(0);
    const fresh = (await cached.control.issueToken({ kind: "app" })).access_token;
    expect((await api(cached.emu, path, { token: fresh })).text).toBe(original.text);
  });
});

// The control plane's read views (a user's state, the token list), the request log's bodies and
// its live feed: everything the dashboard reads, scriptable on its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmulatorControl, type RequestLogEntry, type RunningEmulator } from "../src/index.js";
import { api, basic, consent, pkcePair, REDIRECT, CLIENT_ID, start, token } from "./helpers.js";

let emu: RunningEmulator;
let control: EmulatorControl;
beforeAll(async () => ({ emu, control } = await start({ rateLimit: 0 })));
afterAll(() => emu.stop());

describe("GET /emulator/state", () => {
  it("shows what the Web API serves the user: a playlist created and a track saved through the API appear, with names", async () => {
    const { access_token } = await control.issueToken({ scopes: "all" });
    const created = await api(emu, "/v1/me/playlists", { method: "POST", token: access_token, headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: "Dashboard mix" }) });
    expect(created.status).toBe(201);
    const playlistId = (created.json() as { id: string }).id;
    const search = (await api(emu, "/v1/search?q=love&type=track&limit=1", { token: access_token })).json() as { tracks: { items: Array<{ id: string; name: string; uri: string }> } };
    const track = search.tracks.items[0]!;
    expect((await api(emu, `/v1/playlists/${playlistId}/items`, { method: "POST", token: access_token, headers: { "Content-Type": "application/json" }, body: JSON.stringify({ uris: [track.uri] }) })).status).toBe(201);
    expect((await api(emu, `/v1/me/library?uris=${encodeURIComponent(track.uri)}`, { method: "PUT", token: access_token })).status).toBeLessThan(300);

    const state = (await control.state()) as { user: { id: string }; playlists: Array<{ id: string; name: string; items: Array<{ uri: string; name: string }> }>; saved: { track: Array<{ id: string; name: string }> }; player: unknown };
    expect(state.user.id).toBe("emulator-user");
    const mine = state.playlists.find((p) => p.id === playlistId)!;
    expect(mine.name).toBe("Dashboard mix");
    expect(mine.items).toEqual([expect.objectContaining({ uri: track.uri, name: track.name })]);
    expect(state.saved.track[0]).toMatchObject({ id: track.id, name: track.name });
    expect(state.player).toBeDefined();
    await expect(control.state("nobody")).rejects.toMatchObject({ status: 404 });
  });
});

describe("GET /emulator/tokens", () => {
  it("lists holders, scopes and states without a token value, and a listed id expires and revokes exactly that token", async () => {
    const a = await control.issueToken({ scopes: ["user-read-private"] });
    const b = await control.issueToken({ scopes: ["user-read-private"] });
    const listing = await control.tokens();
    const text = JSON.stringify(listing);
    for (const t of [a.access_token, b.access_token, a.refresh_token, b.refresh_token]) if (t) expect(text).not.toContain(t);
    expect(listing.access.length).toBeGreaterThanOrEqual(2);
    const mine = listing.access.filter((t) => t.state === "active" && t.scopes.join() === "user-read-private");
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const ids = new Set(listing.access.map((t) => t.id));
    expect(ids.size).toBe(listing.access.length);

    // Which listed id is a's: the one that stops working when revoked.
    const before = await api(emu, "/v1/me", { token: a.access_token });
    expect(before.status).toBe(200);
    let revokedId: string | undefined;
    for (const candidate of mine) {
      await control.expireTokens({ tokenId: candidate.id });
      if ((await api(emu, "/v1/me", { token: a.access_token })).status === 401) {
        revokedId = candidate.id;
        break;
      }
    }
    expect(revokedId).toBeDefined();
    expect((await control.tokens()).access.find((t) => t.id === revokedId)!.state).toBe("expired");
    expect(await control.expireTokens({ tokenId: "0000000000000000" })).toEqual({ expired: 0 });
  });
});

describe("request log bodies", () => {
  it("are kept only when logBodies is on, with headers and token responses masked", async () => {
    await control.clearLog();
    const { verifier, challenge } = pkcePair();
    const code = (await consent(emu, { code_challenge_method: "S256", code_challenge: challenge })).searchParams.get("code")!;
    await control.updateSettings({ logBodies: true });
    try {
      const issued = await token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: CLIENT_ID, code_verifier: verifier });
      expect(issued.status).toBe(200);
      const appToken = (await token(emu, { grant_type: "client_credentials" }, { Authorization: basic() })).body.access_token as string;
      await api(emu, "/v1/search?q=love&type=artist&limit=1", { token: appToken });
      // JSON bodies are masked by the same field list as queries and forms.
      await api(emu, "/v1/me/playlists", { method: "POST", token: issued.body.access_token as string, headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: "x", password: "pw-SECRET-1234", token: "tk-SECRET-5678" }) });
      const { entries } = await control.log();
      expect(JSON.stringify(entries)).not.toMatch(/pw-SECRET-1234|tk-SECRET-5678/);
      const text = JSON.stringify(entries);
      for (const secret of [issued.body.access_token, issued.body.refresh_token, code, verifier, appToken, basic().slice(6), "emulator-client-secret"]) {
        expect(text).not.toContain(String(secret));
      }
      const tokenEntry = entries.find((e) => e.path === "/api/token")!;
      expect(tokenEntry.bodies?.requestBody).toContain("code_verifier=***");
      expect(tokenEntry.bodies?.responseBody).toContain('"access_token":"***"');
      const searchEntry = entries.find((e) => e.path === "/v1/search")!;
      expect(searchEntry.bodies?.requestHeaders.authorization).toBe("Bearer ***");
      expect(searchEntry.bodies?.responseBody).toContain('"artists"');
    } finally {
      await control.updateSettings({ logBodies: false });
    }
    await control.clearLog();
    await api(emu, "/v1/search?q=love&type=artist&limit=1");
    expect((await control.log()).entries[0]!.bodies).toBeUndefined();
  });
});

describe("GET /emulator/log/stream", () => {
  it("streams each logged request as it happens, replays from Last-Event-ID, and ends when the emulator stops", async () => {
    const own = await start({ rateLimit: 0 });
    const seen: RequestLogEntry[] = [];
    const stop = new AbortController();
    const watching = own.control.watchLog((e) => seen.push(e), { signal: stop.signal });
    await new Promise((r) => setTimeout(r, 50));
    await api(own.emu, "/v1/me");
    await api(own.emu, "/v1/tracks/nope");
    for (let i = 0; i < 100 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(seen.map((e) => [e.path, e.status])).toEqual([["/v1/me", 401], ["/v1/tracks/nope", 401]]);

    const replayed: RequestLogEntry[] = [];
    const second = new AbortController();
    const replay = own.control.watchLog((e) => replayed.push(e), { signal: second.signal, since: seen[0]!.seq });
    for (let i = 0; i < 100 && replayed.length < 1; i++) await new Promise((r) => setTimeout(r, 20));
    expect(replayed.map((e) => e.seq)).toEqual([seen[1]!.seq]);

    // since=0 (a page that listed an empty log, then opened the feed) replays what came in between.
    const all: RequestLogEntry[] = [];
    const third = new AbortController();
    const fromStart = own.control.watchLog((e) => all.push(e), { signal: third.signal, since: 0 });
    for (let i = 0; i < 100 && all.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(all.map((e) => e.seq)).toEqual(seen.map((e) => e.seq));

    // stop() ends every feed: the watchers settle without being aborted.
    await own.emu.stop();
    await expect(Promise.race([Promise.all([watching, replay, fromStart]).then(() => "ended"), new Promise((r) => setTimeout(() => r("still open"), 5_000))])).resolves.toBe("ended");
    stop.abort();
    second.abort();
    third.abort();
  });
});

// The Web API gate: tokens, scopes, profiles, validation, bad paths and bodies, rendering.
// Handlers are injected, so these tests depend only on the platform.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiProblem, type EmulatorControl, type HandlerTable, type RunningEmulator } from "../src/index.js";
import { api, basic, rawRequest, start, token } from "./helpers.js";

const errors: unknown[] = [];
const handlers: HandlerTable = {
  "get-current-users-profile": (ctx) => ({ body: { id: ctx.auth.userId, profile: ctx.auth.profile, apiBase: ctx.apiBase } }),
  "get-track": (ctx) => {
    if (ctx.params.id === "boom") throw new Error("kaput");
    if (ctx.params.id === "missing") throw new ApiProblem(404, "Non existing id");
    return { body: { id: ctx.params.id, query: ctx.query } };
  },
  "get-several-tracks": () => ({ body: { tracks: [] } }),
  search: (ctx) => ({ body: { limit: ctx.query.limit ?? null } }),
  "create-playlist": (ctx) => ({ status: 201, body: ctx.body }),
  "pause-a-users-playback": () => ({ status: 204 }),
  "upload-custom-playlist-cover": (ctx) => ({ status: 202, body: { length: (ctx.body as string).length } }),
};

let emu: RunningEmulator;
let control: EmulatorControl;
let all: string;
beforeAll(async () => {
  ({ emu, control } = await start({ rateLimit: 0, handlers, logger: (_m, e) => errors.push(e) }));
  all = (await control.issueToken({ scopes: "all" })).access_token;
});
afterAll(() => emu.stop());

describe("access tokens", () => {
  it.each([
    ["no header", {}, 401, "No token provided"],
    ["a garbage token", { Authorization: "Bearer nonsense" }, 401, "Invalid access token"],
    ["a Basic header", { Authorization: basic() }, 400, "Only valid bearer authentication supported"],
    ["a bare Bearer", { Authorization: "Bearer" }, 400, "Only valid bearer authentication supported"],
  ])("answers %s with Spotify's error", async (_name, headers, status, message) => {
    const res = await api(emu, "/v1/me", { headers });
    expect(res.status).toBe(status);
    expect(res.json()).toEqual({ error: { status, message } });
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("tells an expired token apart (control plane expiry) and refuses revoked ones", async () => {
    const t = (await control.issueToken({ scopes: [] })).access_token;
    expect((await api(emu, "/v1/me", { token: t })).status).toBe(200);
    expect(await control.expireTokens({ token: t })).toEqual({ expired: 1 });
    expect((await api(emu, "/v1/me", { token: t })).json()).toEqual({ error: { status: 401, message: "The access token expired" } });
    const u = (await control.issueToken({ scopes: [] })).access_token;
    await control.revokeTokens({ token: u });
    expect((await api(emu, "/v1/me", { token: u })).json()).toEqual({ error: { status: 401, message: "Invalid access token" } });
  });

  it("expires tokens after expires_in on the emulator clock", async () => {
    const t = (await control.issueToken({ expiresIn: 60 })).access_token;
    await control.advanceClock(61_000);
    try {
      expect((await api(emu, "/v1/me", { token: t })).status).toBe(401);
    } finally {
      await control.advanceClock(-61_000);
    }
  });
});

describe("scopes and token kinds", () => {
  it("answers 403 Insufficient client scope without a listed scope", async () => {
    const t = (await control.issueToken({ scopes: ["user-read-private"] })).access_token;
    const res = await api(emu, "/v1/me/player/pause", { method: "PUT", token: t });
    expect(res.json()).toEqual({ error: { status: 403, message: "Insufficient client scope" } });
    const ok = (await control.issueToken({ scopes: ["user-modify-playback-state"] })).access_token;
    const paused = await api(emu, "/v1/me/player/pause", { method: "PUT", token: ok });
    expect(paused.status).toBe(204);
    expect(paused.text).toBe("");
  });

  it("refuses client-credentials tokens for user data but serves the catalog", async () => {
    const cc = (await token(emu, { grant_type: "client_credentials" }, { Authorization: basic() })).body.access_token as string;
    expect((await api(emu, "/v1/me", { token: cc })).json()).toEqual({ error: { status: 401, message: "This request requires user authentication." } });
    expect((await api(emu, "/v1/tracks/abc", { token: cc })).status).toBe(200);
  });
});

describe("profiles", () => {
  it("forbids the February 2026 removals for dev-2026 apps only", async () => {
    expect((await api(emu, "/v1/tracks?ids=a,b", { token: all })).json()).toEqual({ error: { status: 403, message: "Forbidden" } });
    const app = await control.createApp({ profile: "extended", redirectUris: ["https://x.example/cb"] });
    const t = (await control.issueToken({ clientId: app.clientId })).access_token;
    expect((await api(emu, "/v1/tracks?ids=a,b", { token: t })).status).toBe(200);
    expect((await api(emu, "/v1/me", { token: t })).json()).toMatchObject({ profile: "extended" });
  });

  it("applies the November 2024 removals unless the app is switched off them", async () => {
    expect((await api(emu, "/v1/recommendations?seed_genres=rock", { token: all })).status).toBe(404);
    expect((await api(emu, "/v1/audio-features/abc", { token: all })).json()).toEqual({ error: { status: 403, message: "Forbidden" } });
    const app = await control.createApp({ profile: "dev-legacy", restrictNov2024: false });
    const t = (await control.issueToken({ clientId: app.clientId })).access_token;
    expect((await api(emu, "/v1/audio-features/abc", { token: t })).status).toBe(501);
  });

  it("adjusts the search limit by profile (10 for dev-2026, 50 before)", async () => {
    expect((await api(emu, "/v1/search?q=a&type=track&limit=11", { token: all })).json()).toEqual({ error: { status: 400, message: "Invalid limit" } });
    const app = await control.createApp({ profile: "extended" });
    const t = (await control.issueToken({ clientId: app.clientId })).access_token;
    expect((await api(emu, "/v1/search?q=a&type=track&limit=50", { token: t })).json()).toEqual({ limit: "50" });
    expect((await api(emu, "/v1/search?q=a&type=track&limit=51", { token: t })).status).toBe(400);
  });

  it("answers 403 to users outside a development-mode allow list", async () => {
    const app = await control.createApp({ allowedUsers: ["emulator-free-user"] });
    const t = (await control.issueToken({ clientId: app.clientId })).access_token;
    expect((await api(emu, "/v1/me", { token: t })).status).toBe(403);
  });
});

describe("request validation", () => {
  it.each([
    ["/v1/search?type=track", "Missing required parameter: q"],
    ["/v1/search?q=a&type=track,bogus", "Invalid type"],
    ["/v1/search?q=a&type=track&offset=1001", "Invalid offset"],
    ["/v1/search?q=a&type=track&limit=ten", "Invalid limit"],
    ["/v1/me/player/volume?volume_percent=101", "Invalid volume percent"],
    ["/v1/me/player/shuffle?state=maybe", "Invalid state"],
    ["/v1/me/top/tracks?time_range=forever", "Invalid time range"],
    ["/v1/me/player/repeat?state=always", "Invalid state"],
    [`/v1/tracks?ids=${Array.from({ length: 10_000 }, (_, i) => `id${i}`).join(",")}`, "Too many ids requested"],
  ])("GET/PUT %# → 400", async (path, message) => {
    const method = path.includes("/player/") ? "PUT" : "GET";
    const extended = await control.createApp({ profile: "extended" });
    const t = (await control.issueToken({ clientId: extended.clientId })).access_token;
    const res = await api(emu, path, { method, token: t });
    expect(res.json()).toEqual({ error: { status: 400, message } });
  });

  it("validates JSON bodies against the spec and rejects malformed JSON", async () => {
    const post = (body: string) => api(emu, "/v1/me/playlists", { method: "POST", token: all, headers: { "Content-Type": "application/json" }, body });
    expect((await post("{nope")).json()).toEqual({ error: { status: 400, message: "Error parsing json" } });
    expect((await post("{}")).json()).toEqual({ error: { status: 400, message: "Missing required field: name" } });
    expect((await post('{"name":1}')).status).toBe(400);
    const created = await post('{"name":"Mix","public":false}');
    expect(created.status).toBe(201);
    expect(created.json()).toEqual({ name: "Mix", public: false });
  });

  it("limits bodies: 413 past 1 MB, and past 256 KB for a cover image", async () => {
    const big = await api(emu, "/v1/me/playlists", { method: "POST", token: all, body: JSON.stringify({ name: "x".repeat(1_100_000) }) });
    expect(big.status).toBe(413);
    expect(big.json()).toEqual({ error: { status: 413, message: "Request entity too large" } });
    const image = (n: number) => api(emu, "/v1/playlists/p1/images", { method: "PUT", token: all, headers: { "Content-Type": "image/jpeg" }, body: "A".repeat(n) });
    expect((await image(300 * 1024)).status).toBe(413);
    const ok = await image(1000);
    expect(ok.status).toBe(202);
    expect(ok.json()).toEqual({ length: 1000 });
  });
});

describe("paths and rendering", () => {
  it.each([
    ["/v1/nothing/here", 404, "Service not found"],
    ["/v1", 404, "Service not found"],
    ["/elsewhere", 404, "Service not found"],
    ["/v1/../v1/me", 400, "Invalid path"],
    ["/v1/tracks/%2e%2e", 400, "Invalid path"],
    ["/v1/tracks/a%2Fb", 400, "Invalid path"],
    ["/v1/tracks/%E0%A4%A", 400, "Invalid path"],
    ["/v1/tracks//x", 404, "Service not found"],
  ])("%s → %i", async (path, status, message) => {
    const res = await rawRequest(emu, "GET", path, { Authorization: `Bearer ${all}` });
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body)).toEqual({ error: { status, message } });
  });

  it("answers an oversized request line with a JSON 431 and keeps serving", async () => {
    const res = await api(emu, `/v1/tracks?ids=${"a".repeat(600_000)}`, { token: all });
    expect(res.status).toBe(431);
    expect(res.json()).toEqual({ error: { status: 431, message: "Request header fields too large" } });
    expect((await api(emu, "/v1/me", { token: all })).status).toBe(200);
  });

  it("answers 405 for a known path with the wrong method", async () => {
    const res = await api(emu, "/v1/tracks/abc", { method: "DELETE", token: all });
    expect(res.status).toBe(405);
  });

  it("renders ApiProblem, turns a handler crash into a logged 500, and 501 for missing handlers", async () => {
    expect((await api(emu, "/v1/tracks/missing", { token: all })).json()).toEqual({ error: { status: 404, message: "Non existing id" } });
    const crash = await api(emu, "/v1/tracks/boom", { token: all });
    expect(crash.json()).toEqual({ error: { status: 500, message: "Server error" } });
    expect(errors.length).toBeGreaterThan(0);
    const log = await control.log({ limit: 1 });
    expect(log.entries[0]).toMatchObject({ status: 500, operationId: "get-track", error: "Error: kaput" });
    expect((await api(emu, "/v1/albums/abc", { token: all })).json()).toEqual({ error: { status: 501, message: "Not implemented: get-an-album" } });
  });

  it("gives handlers the emulator's own base URL and sends ETags with 304 support", async () => {
    const me = await api(emu, "/v1/me", { token: all });
    expect((me.json() as { apiBase: string }).apiBase).toBe(emu.apiUrl);
    const etag = me.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await api(emu, "/v1/me", { token: all, headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });

  it("serves CORS headers and answers preflights on the Web API and the token endpoint", async () => {
    for (const path of ["/v1/me", "/api/token"]) {
      const res = await fetch(`${emu.url}${path}`, {
        method: "OPTIONS",
        headers: { Origin: "http://app.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type" },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
      expect(res.headers.get("access-control-allow-methods")).toMatch(/PUT/);
    }
    const res = await api(emu, "/v1/me", { token: all, headers: { Origin: "http://app.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});

// The control plane through EmulatorControl and raw fetch.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_APP, type EmulatorControl, type RunningEmulator } from "../src/index.js";
import { api, basic, start, token } from "./helpers.js";

let emu: RunningEmulator;
let control: EmulatorControl;
beforeAll(async () => ({ emu, control } = await start({ rateLimit: 0, handlers: { "get-current-users-profile": (ctx) => ({ body: { id: ctx.auth.userId } }) } })));
afterAll(() => emu.stop());

describe("control plane", () => {
  it("reports health and the spec it serves", async () => {
    const health = await control.health();
    expect(health).toMatchObject({ status: "ok", operations: 97, implemented: 1 });
    expect(emu.controlUrl).toBe(`${emu.url}/emulator`);
    expect(emu.apiUrl).toBe(`${emu.url}/v1`);
  });

  it("creates apps with generated credentials, validates redirect URIs, and lists them", async () => {
    const app = await control.createApp({ name: "Mine", redirectUris: ["http://127.0.0.1/cb", "myapp://cb"], profile: "dev-legacy" });
    expect(app.clientId).toMatch(/^[A-Za-z0-9]{20,}$/);
    expect(app.clientSecret).toMatch(/^[A-Za-z0-9]{20,}$/);
    expect(app.restrictNov2024).toBe(true);
    const cc = await token(emu, { grant_type: "client_credentials" }, { Authorization: basic(app.clientId, app.clientSecret) });
    expect(cc.status).toBe(200);
    const snake = await fetch(`${emu.controlUrl}/apps`, { method: "POST", body: JSON.stringify({ client_id: "snake-app", client_secret: "s3cret", redirect_uris: ["https://s.example/cb"] }) });
    expect(await snake.json()).toMatchObject({ clientId: "snake-app", clientSecret: "s3cret", redirectUris: ["https://s.example/cb"] });
    await expect(control.createApp({ redirectUris: ["http://localhost:3000/cb"] })).rejects.toMatchObject({ status: 400 });
    await expect(control.createApp({ redirectUris: ["http://example.com/cb"] })).rejects.toMatchObject({ status: 400 });
    await expect(control.createApp({ profile: "gold" as "extended" })).rejects.toMatchObject({ status: 400 });
    const { apps } = await control.apps();
    expect(apps.map((a) => a.clientId)).toEqual(expect.arrayContaining([DEFAULT_APP.clientId, app.clientId]));
  });

  it("creates users (premium or free) that can then be issued tokens", async () => {
    const user = await control.createUser({ id: "alice", product: "free", country: "SE" });
    expect(user).toMatchObject({ id: "alice", product: "free", country: "SE", display_name: "alice" });
    expect(user.account_id).toMatch(/^[0-9a-f]{32}$/);
    await expect(control.createUser({ product: "gold" as "free" })).rejects.toMatchObject({ status: 400 });
    const t = await control.issueToken({ userId: "alice", scopes: ["user-read-private"] });
    expect(t.scope).toBe("user-read-private");
    expect((await api(emu, "/v1/me", { token: t.access_token })).json()).toEqual({ id: "alice" });
    await expect(control.issueToken({ userId: "nobody" })).rejects.toMatchObject({ status: 400 });
    await expect(control.issueToken({ scopes: ["not-a-scope"] })).rejects.toMatchObject({ status: 400 });
  });

  it("expires and revokes tokens by user or app", async () => {
    await control.createUser({ id: "bob" });
    const a = (await control.issueToken({ userId: "bob" })).access_token;
    const b = (await control.issueToken({ userId: "bob" })).access_token;
    const other = (await control.issueToken()).access_token;
    expect((await control.expireTokens({ userId: "bob" })).expired).toBe(2);
    for (const t of [a, b]) expect((await api(emu, "/v1/me", { token: t })).status).toBe(401);
    expect((await api(emu, "/v1/me", { token: other })).status).toBe(200);
    const r = await control.issueToken({ userId: "bob" });
    const revoked = await control.revokeTokens({ userId: "bob" });
    expect(revoked.revoked.refresh).toBeGreaterThanOrEqual(1);
    const refresh = await token(emu, { grant_type: "refresh_token", refresh_token: r.refresh_token! }, { Authorization: basic() });
    expect(refresh.body).toEqual({ error: "invalid_grant", error_description: "Refresh token revoked" });
  });

  it("moves the clock forward and to a set time", async () => {
    const before = await control.clock();
    const moved = await control.advanceClock(3_600_000);
    expect(moved.now - before.now).toBeGreaterThanOrEqual(3_600_000);
    const set = await control.setClock(Date.UTC(2030, 0, 1));
    expect(set.iso.startsWith("2030-01-01T00:00:0")).toBe(true);
    expect(Math.abs((await control.resetClock()).offsetMs)).toBeLessThan(1000);
  });

  it("keeps a request log without secrets", async () => {
    await control.clearLog();
    const t = await token(emu, { grant_type: "client_credentials", client_id: DEFAULT_APP.clientId, client_secret: DEFAULT_APP.clientSecret });
    await api(emu, "/v1/me", { token: t.body.access_token as string });
    const { entries } = await control.log();
    expect(entries.map((e) => [e.method, e.path, e.status])).toEqual([
      ["POST", "/api/token", 200],
      ["GET", "/v1/me", 401],
    ]);
    expect(entries[1]).toMatchObject({ operationId: "get-current-users-profile", clientId: DEFAULT_APP.clientId });
    const text = JSON.stringify(entries);
    expect(text).not.toContain(t.body.access_token as string);
    expect(text).not.toContain(DEFAULT_APP.clientSecret);
    const since = await control.log({ since: entries[0]!.seq });
    expect(since.entries).toHaveLength(1);
  });

  it("changes settings: profile of the default app, auto-approve, token lifetime", async () => {
    const s = await control.updateSettings({ profile: "extended", tokenTtl: 120 });
    expect(s).toMatchObject({ profile: "extended", tokenTtl: 120 });
    const apps = await control.apps();
    expect(apps.apps.find((a) => a.clientId === DEFAULT_APP.clientId)).toMatchObject({ profile: "extended", restrictNov2024: false });
    const cc = await token(emu, { grant_type: "client_credentials" }, { Authorization: basic() });
    expect(cc.body.expires_in).toBe(120);
    await expect(control.updateSettings({ profile: "x" as "extended" })).rejects.toMatchObject({ status: 400 });
  });

  it("answers unknown endpoints, wrong methods and bad JSON with JSON errors", async () => {
    expect((await fetch(`${emu.controlUrl}/nope`)).status).toBe(404);
    expect((await fetch(`${emu.controlUrl}/reset`)).status).toBe(405);
    const bad = await fetch(`${emu.controlUrl}/users`, { method: "POST", body: "{" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { status: 400, message: "Error parsing json" } });
  });

  it("resets to the start-up state", async () => {
    await control.createUser({ id: "carol" });
    await control.addFault({ kind: "status" });
    await control.reset();
    const { users } = await control.users();
    expect(users.map((u) => u.id)).toEqual(["emulator-user", "emulator-free-user"]);
    expect((await control.faults()).faults).toEqual([]);
    expect((await control.settings()).profile).toBe("dev-2026");
    expect((await control.apps()).apps).toHaveLength(1);
    expect((await control.seed(7)).seed).toBe(7);
  });
});

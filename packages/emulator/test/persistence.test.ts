// --data-dir: state survives a restart, is written atomically, and a corrupt file fails loudly.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CorruptStateError, createApp, type HandlerTable } from "../src/index.js";
import { api, authorizeUrl, basic, start, token, useTempDirs } from "./helpers.js";

const tempDir = useTempDirs();

const handlers: HandlerTable = { "get-current-users-profile": (ctx) => ({ body: { id: ctx.auth.userId } }) };

describe("persistence", () => {
  it("keeps users, apps, tokens, settings, the clock and the Web API state (web.toJSON) across a restart", async () => {
    const dataDir = tempDir();
    const first = await start({ dataDir, handlers, rateLimit: 0 });
    await first.control.createUser({ id: "dave", product: "free" });
    const app = await first.control.createApp({ name: "Kept", redirectUris: ["https://kept.example/cb"] });
    const t = await first.control.issueToken({ userId: "dave", clientId: app.clientId });
    await first.control.updateSettings({ profile: "extended", autoApprove: true });
    await first.control.advanceClock(86_400_000);
    await first.emu.stop();
    expect(readdirSync(dataDir)).toEqual(["state.json"]);
    expect(Object.keys(JSON.parse(readFileSync(join(dataDir, "state.json"), "utf8")) as object)).toContain("web");

    const second = await start({ dataDir, handlers });
    try {
      expect((await second.control.users()).users.map((u) => u.id)).toContain("dave");
      expect((await second.control.apps()).apps.find((a) => a.clientId === app.clientId)?.name).toBe("Kept");
      expect(await second.control.settings()).toMatchObject({ profile: "extended", autoApprove: true, rateLimit: 0 });
      expect((await second.control.clock()).offsetMs).toBeGreaterThan(86_000_000);
      // A day later the access token has expired, and it is known (not "Invalid access token").
      expect((await api(second.emu, "/v1/me", { token: t.access_token })).json()).toEqual({ error: { status: 401, message: "The access token expired" } });
      const refreshed = await token(second.emu, { grant_type: "refresh_token", refresh_token: t.refresh_token! }, { Authorization: basic(app.clientId, app.clientSecret) });
      expect(refreshed.status).toBe(200);
      expect((await api(second.emu, "/v1/me", { token: refreshed.body.access_token as string })).json()).toEqual({ id: "dave" });
    } finally {
      await second.emu.stop();
    }
  });

  it("writes soon after a change, without waiting for stop (a new user, a latency)", async () => {
    const dataDir = tempDir();
    const { emu, control } = await start({ dataDir });
    try {
      await control.createUser({ id: "erin" });
      await new Promise((r) => setTimeout(r, 600));
      const saved = () => JSON.parse(readFileSync(join(dataDir, "state.json"), "utf8")) as { users: { id: string }[]; settings: { latency?: number } };
      expect(saved().users.map((u) => u.id)).toContain("erin");
      await control.setLatency(9);
      await new Promise((r) => setTimeout(r, 600));
      expect(saved().settings.latency).toBe(9);
    } finally {
      await emu.stop();
    }
  });

  it("remembers a user's consent across a restart (rememberConsent)", async () => {
    const dataDir = tempDir();
    const first = await start({ dataDir, rememberConsent: true });
    let cookie: string;
    try {
      const page = await fetch(authorizeUrl(first.emu, { scope: "user-read-private", state: "s" }), { redirect: "manual" });
      expect(page.status).toBe(200);
      const requestId = /name="request_id" value="([^"]+)"/.exec(await page.text())![1]!;
      const approved = await fetch(`${first.emu.accountsUrl}/authorize`, {
        method: "POST",
        redirect: "manual",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ request_id: requestId, user_id: "emulator-user", decision: "approve" }).toString(),
      });
      expect(approved.status).toBe(302);
      cookie = approved.headers.get("set-cookie")!.split(";")[0]!;
    } finally {
      await first.emu.stop();
    }
    expect(JSON.parse(readFileSync(join(dataDir, "state.json"), "utf8")).approvals).toEqual([
      { clientId: "emulator-client-id", userId: "emulator-user", scopes: ["user-read-private"] },
    ]);
    const second = await start({ dataDir });
    try {
      // Approved before the restart: straight back to the app with a code, no page.
      const again = await fetch(authorizeUrl(second.emu, { scope: "user-read-private", state: "s" }), { redirect: "manual", headers: { Cookie: cookie } });
      expect(again.status).toBe(302);
      expect(new URL(again.headers.get("location")!).searchParams.get("code")).toBeTruthy();
    } finally {
      await second.emu.stop();
    }
  });

  it("refuses to start from a corrupt state file, naming it", () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, "state.json"), '{"format":1,"apps":');
    expect(() => createApp({ dataDir })).toThrow(CorruptStateError);
    expect(() => createApp({ dataDir })).toThrow(/state\.json.*not valid JSON/);
    writeFileSync(join(dataDir, "state.json"), '{"format":99}');
    expect(() => createApp({ dataDir })).toThrow(/unknown format 99/);
    const valid = { format: 1, savedAt: "", clockOffsetMs: 0, settings: {}, apps: [], users: [], tokens: { access: [], refresh: [] }, web: null };
    writeFileSync(join(dataDir, "state.json"), JSON.stringify({ ...valid, approvals: [{ clientId: "c", userId: "u", scopes: "all" }] }));
    expect(() => createApp({ dataDir })).toThrow(/approvals/);
  });
});

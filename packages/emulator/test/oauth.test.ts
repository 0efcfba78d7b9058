// The Accounts service end to end with plain fetch: consent, codes, PKCE, refresh, errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { authorizeUrl, basic, CLIENT_ID, CLIENT_SECRET, consent, pkcePair, REDIRECT, start, token } from "./helpers.js";

let emu: RunningEmulator;
let control: EmulatorControl;
beforeAll(async () => ({ emu, control } = await start({ rateLimit: 0 })));
afterAll(() => emu.stop());

describe("authorization code with a client secret", () => {
  it("issues tokens with the secret in a Basic header, returning state unchanged", async () => {
    const back = await consent(emu, { scope: "user-read-private user-read-email", state: "s t/ä&x" });
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
    expect(back.searchParams.get("state")).toBe("s t/ä&x");
    const code = back.searchParams.get("code")!;
    const res = await token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT }, { Authorization: basic() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: "user-read-private user-read-email" });
    expect(typeof res.body.access_token).toBe("string");
    expect(typeof res.body.refresh_token).toBe("string");
  });

  it("accepts client_id and client_secret in the body instead", async () => {
    const code = (await consent(emu, {})).searchParams.get("code")!;
    const res = await token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: CLIENT_ID, client_secret: CLIENT_SECRET });
    expect(res.status).toBe(200);
    expect(res.body.scope).toBe("");
  });

  it("refuses a reused code, a wrong redirect_uri and a wrong secret with Spotify's texts", async () => {
    const code = (await consent(emu, {})).searchParams.get("code")!;
    const wrongSecret = await token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT }, { Authorization: basic(CLIENT_ID, "nope") });
    expect(wrongSecret).toEqual({ status: 400, body: { error: "invalid_client", error_description: "Invalid client secret" } });
    const wrongRedirect = await token(emu, { grant_type: "authorization_code", code, redirect_uri: "http://127.0.0.1:9/other" }, { Authorization: basic() });
    expect(wrongRedirect).toEqual({ status: 400, body: { error: "invalid_grant", error_description: "Invalid redirect URI" } });
    expect((await token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT }, { Authorization: basic() })).status).toBe(200);
    const reused = await token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT }, { Authorization: basic() });
    expect(reused).toEqual({ status: 400, body: { error: "invalid_grant", error_description: "Invalid authorization code" } });
  });

  it("expires codes on the emulator clock", async () => {
    const code = (await consent(emu, {})).searchParams.get("code")!;
    await control.advanceClock(11 * 60_000);
    try {
      const res = await token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT }, { Authorization: basic() });
      expect(res.body).toEqual({ error: "invalid_grant", error_description: "Authorization code expired" });
    } finally {
      await control.advanceClock(-11 * 60_000);
    }
  });

  it("reuses confidential refresh tokens and omits refresh_token from the refresh response", async () => {
    const code = (await consent(emu, { scope: "user-top-read" })).searchParams.get("code")!;
    const first = await token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT }, { Authorization: basic() });
    const refresh = first.body.refresh_token as string;
    for (let i = 0; i < 2; i++) {
      const res = await token(emu, { grant_type: "refresh_token", refresh_token: refresh }, { Authorization: basic() });
      expect(res.status).toBe(200);
      expect(res.body.refresh_token).toBeUndefined();
      expect(res.body.scope).toBe("user-top-read");
      expect(res.body.access_token).not.toBe(first.body.access_token);
    }
  });
});

describe("authorization code with PKCE", () => {
  it("verifies S256, rotates refresh tokens and revokes the used one", async () => {
    const { verifier, challenge } = pkcePair();
    const code = (await consent(emu, { code_challenge_method: "S256", code_challenge: challenge })).searchParams.get("code")!;
    const wrong = await token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: CLIENT_ID, code_verifier: pkcePair().verifier });
    expect(wrong).toEqual({ status: 400, body: { error: "invalid_grant", error_description: "code_verifier was incorrect" } });
    const good = await token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: CLIENT_ID, code_verifier: verifier });
    expect(good.status).toBe(200);
    const r1 = good.body.refresh_token as string;
    const next = await token(emu, { grant_type: "refresh_token", refresh_token: r1, client_id: CLIENT_ID });
    expect(next.status).toBe(200);
    expect(next.body.refresh_token).toEqual(expect.any(String));
    expect(next.body.refresh_token).not.toBe(r1);
    const reused = await token(emu, { grant_type: "refresh_token", refresh_token: r1, client_id: CLIENT_ID });
    expect(reused).toEqual({ status: 400, body: { error: "invalid_grant", error_description: "Refresh token revoked" } });
    const again = await token(emu, { grant_type: "refresh_token", refresh_token: next.body.refresh_token as string, client_id: CLIENT_ID });
    expect(again.status).toBe(200);
  });

  it("ends refresh tokens 6 months after the authorization, however often they are refreshed", async () => {
    const { verifier, challenge } = pkcePair();
    const code = (await consent(emu, { code_challenge_method: "S256", code_challenge: challenge })).searchParams.get("code")!;
    const first = await token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: CLIENT_ID, code_verifier: verifier });
    await control.advanceClock(150 * 86_400_000);
    try {
      const mid = await token(emu, { grant_type: "refresh_token", refresh_token: first.body.refresh_token as string, client_id: CLIENT_ID });
      expect(mid.status).toBe(200);
      await control.advanceClock(40 * 86_400_000);
      const late = await token(emu, { grant_type: "refresh_token", refresh_token: mid.body.refresh_token as string, client_id: CLIENT_ID });
      expect(late.status).toBe(400);
      expect(late.body.error).toBe("invalid_grant");
    } finally {
      await control.advanceClock(-190 * 86_400_000);
    }
  });
});

describe("other grants and malformed requests", () => {
  it("issues client-credentials tokens without scope or refresh token", async () => {
    const res = await token(emu, { grant_type: "client_credentials" }, { Authorization: basic() });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["access_token", "expires_in", "token_type"]);
  });

  it("treats a JSON body as a missing grant_type and rejects unknown grants and clients", async () => {
    const json = await fetch(`${emu.accountsUrl}/api/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: basic() },
      body: JSON.stringify({ grant_type: "client_credentials" }),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({ error: "unsupported_grant_type", error_description: "grant_type parameter is missing" });
    const implicit = await token(emu, { grant_type: "password" }, { Authorization: basic() });
    expect(implicit.body).toEqual({ error: "unsupported_grant_type", error_description: "grant_type must be client_credentials, authorization_code or refresh_token" });
    const unknown = await token(emu, { grant_type: "client_credentials" }, { Authorization: basic("who", "x") });
    expect(unknown.body).toEqual({ error: "invalid_client", error_description: "Invalid client" });
    const badRefresh = await token(emu, { grant_type: "refresh_token", refresh_token: "AQnope" }, { Authorization: basic() });
    expect(badRefresh.body).toEqual({ error: "invalid_grant", error_description: "Invalid refresh token" });
  });
});

describe("the authorize page", () => {
  it("renders a consent page naming the app and scopes, and redirects access_denied on Cancel", async () => {
    const page = await fetch(authorizeUrl(emu, { scope: "playlist-read-private", state: "xyz" }));
    const html = await page.text();
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(html).toContain("Emulator App");
    expect(html).toContain("playlist-read-private");
    expect(html).toContain("emulator-free-user");
    const back = await consent(emu, { state: "xyz" }, "deny");
    expect(back.search).toBe("?error=access_denied&state=xyz");
  });

  it.each([
    ["an unknown client", { client_id: "nobody" }, "INVALID_CLIENT: Invalid client"],
    ["an unlisted redirect URI", { redirect_uri: "https://evil.example/cb" }, "INVALID_CLIENT: Invalid redirect URI"],
    ["localhost", { redirect_uri: "http://localhost:8123/callback" }, "INVALID_CLIENT: Invalid redirect URI"],
    ["a different path on loopback", { redirect_uri: "http://127.0.0.1:8123/callback/" }, "INVALID_CLIENT: Invalid redirect URI"],
  ])("shows an error page and does not redirect for %s", async (_name, params, message) => {
    const res = await fetch(authorizeUrl(emu, params), { redirect: "manual" });
    expect(res.status).toBe(400);
    expect(res.headers.get("location")).toBeNull();
    expect(await res.text()).toContain(message);
  });

  it("accepts any port on a loopback redirect registered without one, and IPv6 loopback", async () => {
    await control.updateSettings({ autoApprove: true });
    try {
      for (const uri of ["http://127.0.0.1:1/callback", "http://[::1]:65000/callback", "http://127.0.0.1/callback"]) {
        const res = await fetch(authorizeUrl(emu, { redirect_uri: uri }), { redirect: "manual" });
        expect(res.status).toBe(302);
        expect(res.headers.get("location")!.startsWith(`${uri}?code=`)).toBe(true);
      }
      const implicit = await fetch(authorizeUrl(emu, { response_type: "token", state: "s" }), { redirect: "manual" });
      expect(implicit.headers.get("location")).toBe(`${REDIRECT}#error=unsupported_response_type&state=s`);
    } finally {
      await control.updateSettings({ autoApprove: false });
    }
  });

  it("auto-approves as a chosen user when asked to", async () => {
    await control.updateSettings({ autoApprove: "emulator-free-user" });
    try {
      const res = await fetch(authorizeUrl(emu, { state: "a" }), { redirect: "manual" });
      const code = new URL(res.headers.get("location")!).searchParams.get("code")!;
      await token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT }, { Authorization: basic() });
      const log = await control.log({ limit: 1 });
      expect(log.entries[0]).toMatchObject({ path: "/api/token", userId: "emulator-free-user", status: 200 });
      expect(JSON.stringify(log)).not.toContain(code);
    } finally {
      await control.updateSettings({ autoApprove: false });
    }
  });
});

// Refusals of the Accounts service over real HTTP: an unknown PKCE code or refresh token sent with
// only client_id is invalid_grant (not invalid_client), also once its record is pruned or reset
// away; the 413 of /api/token is not cached; loopback ports stop at 65535.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { authorizeUrl, CLIENT_ID, pkcePair, REDIRECT, start, token } from "./helpers.js";

let emu: RunningEmulator;
let control: EmulatorControl;
beforeAll(async () => {
  ({ emu, control } = await start({ rateLimit: 0 }));
});
afterAll(() => emu.stop());

const INVALID_CODE = { error: "invalid_grant", error_description: "Invalid authorization code" };
const INVALID_REFRESH = { error: "invalid_grant", error_description: "Invalid refresh token" };

async function pkceCode(): Promise<{ code: string; verifier: string }> {
  const { verifier, challenge } = pkcePair();
  await control.updateSettings({ autoApprove: true });
  try {
    const res = await fetch(authorizeUrl(emu, { code_challenge_method: "S256", code_challenge: challenge }), { redirect: "manual" });
    return { code: new URL(res.headers.get("location")!).searchParams.get("code")!, verifier };
  } finally {
    await control.updateSettings({ autoApprove: false });
  }
}

const exchange = (code: string, verifier: string, clientId = CLIENT_ID) =>
  token(emu, { grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: clientId, code_verifier: verifier });
const refresh = (refreshToken: string, clientId = CLIENT_ID) => token(emu, { grant_type: "refresh_token", refresh_token: refreshToken, client_id: clientId });

describe("an unknown PKCE code or refresh token with client_id only", () => {
  it("is invalid_grant for an unknown code and an unknown refresh token (an unknown app stays invalid_client)", async () => {
    expect(await exchange("AQbogus", "v".repeat(50))).toEqual({ status: 400, body: INVALID_CODE });
    expect(await refresh("AQbogus")).toEqual({ status: 400, body: INVALID_REFRESH });
    expect(await exchange("AQbogus", "v".repeat(50), "no-such-app")).toEqual({ status: 400, body: { error: "invalid_client", error_description: "Invalid client" } });
    expect(await refresh("AQbogus", "no-such-app")).toEqual({ status: 400, body: { error: "invalid_client", error_description: "Invalid client" } });
  });

  it("answers the same before and after the records are pruned or reset away", async () => {
    const { code, verifier } = await pkceCode();
    expect((await exchange(code, verifier)).status).toBe(200);
    expect(await exchange(code, verifier)).toEqual({ status: 400, body: INVALID_CODE });
    const old = await control.issueToken({ pkce: true, scopes: ["user-read-private"] });
    try {
      await control.advanceClock(186 * 86_400_000);
      expect(await refresh(old.refresh_token!)).toEqual({ status: 400, body: { error: "invalid_grant", error_description: "Refresh token expired" } });
      // Every 256th access token prunes long-expired codes and refresh tokens.
      for (let i = 0; i < 256; i++) await control.issueToken({ kind: "app" });
      expect(await exchange(code, verifier)).toEqual({ status: 400, body: INVALID_CODE });
      expect((await refresh(old.refresh_token!)).body.error).toBe("invalid_grant");
    } finally {
      await control.resetClock();
    }
    const beforeReset = await pkceCode();
    const live = await control.issueToken({ pkce: true, scopes: ["user-read-private"] });
    await control.reset();
    expect(await exchange(beforeReset.code, beforeReset.verifier)).toEqual({ status: 400, body: INVALID_CODE });
    expect(await refresh(live.refresh_token!)).toEqual({ status: 400, body: INVALID_REFRESH });
  });

  it("still needs the secret for a known confidential code or refresh token", async () => {
    const t = await control.issueToken({ scopes: ["user-read-private"] });
    expect(await refresh(t.refresh_token!)).toEqual({ status: 400, body: { error: "invalid_client", error_description: "Invalid client" } });
  });
});

describe("requests the Accounts service refuses", () => {
  it("sends the 413 of /api/token with Cache-Control: no-store", async () => {
    const res = await fetch(`${emu.accountsUrl}/api/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `a=${"x".repeat(200_000)}`,
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a loopback redirect URI whose port is past 65535", async () => {
    const page = async (uri: string) => {
      const res = await fetch(authorizeUrl(emu, { redirect_uri: uri }), { redirect: "manual" });
      return { status: res.status, text: await res.text() };
    };
    const bad = await page("http://127.0.0.1:99999/callback");
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("INVALID_CLIENT: Invalid redirect URI");
    expect((await page("http://127.0.0.1:0/callback")).status).toBe(400);
    expect((await page("http://127.0.0.1:65535/callback")).status).toBe(200);
  });
});

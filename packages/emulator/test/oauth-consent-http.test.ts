// The consent page over real HTTP: an auto-approve user must exist, an answer naming an unknown
// user leaves the request open, and show_dialog with remembered consent (rememberConsent).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { api, authorizeUrl, basic, REDIRECT, start, token } from "./helpers.js";

let emu: RunningEmulator;
let control: EmulatorControl;
beforeAll(async () => {
  ({ emu, control } = await start({ rateLimit: 0 }));
});
afterAll(() => emu.stop());

describe("auto-approve and the consent page", () => {
  it("refuses an auto-approve user that does not exist, at start and in settings", async () => {
    await expect(start({ autoApprove: "nobody" })).rejects.toThrow(/unknown user: nobody/);
    const res = await fetch(`${emu.controlUrl}/settings`, { method: "POST", body: JSON.stringify({ autoApprove: "nobody" }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { status: 400, message: "autoApprove names an unknown user: nobody" } });
    expect((await control.settings()).autoApprove).toBe(false);
  });

  it("keeps the consent request open when the answer names an unknown user", async () => {
    const page = await fetch(authorizeUrl(emu, { scope: "user-read-private", state: "s" }));
    const requestId = /name="request_id" value="([^"]+)"/.exec(await page.text())![1]!;
    const answer = (userId: string) =>
      fetch(`${emu.accountsUrl}/authorize`, {
        method: "POST",
        redirect: "manual",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ request_id: requestId, user_id: userId, decision: "approve" }).toString(),
      });
    const unknown = await answer("nobody");
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("Unknown user.");
    const retried = await answer("emulator-user");
    expect(retried.status).toBe(302);
    expect(new URL(retried.headers.get("location")!).searchParams.get("state")).toBe("s");
  });
});

describe("show_dialog and remembered consent", () => {
  /** Opens /authorize (with `cookie`); approves on the page when one is shown. */
  async function authorize(params: Record<string, string>, cookie?: string): Promise<{ page: boolean; location: URL; cookie?: string }> {
    const res = await fetch(authorizeUrl(emu, { state: "s1", ...params }), { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
    if (res.status === 302) return { page: false, location: new URL(res.headers.get("location")!) };
    expect(res.status).toBe(200);
    const requestId = /name="request_id" value="([^"]+)"/.exec(await res.text())![1]!;
    const answer = await fetch(`${emu.accountsUrl}/authorize`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ request_id: requestId, user_id: "berlin", decision: "approve" }).toString(),
    });
    expect(answer.status).toBe(302);
    return { page: true, location: new URL(answer.headers.get("location")!), cookie: answer.headers.get("set-cookie")?.split(";")[0] };
  }

  it("sends an already-approved browser straight back unless show_dialog=true, with rememberConsent on", async () => {
    await control.createUser({ id: "berlin", country: "DE", product: "premium" });
    await control.updateSettings({ rememberConsent: true });
    try {
      const first = await authorize({ scope: "user-read-private user-read-email" });
      expect(first.page).toBe(true);
      expect(first.cookie).toBe("spotify_emulator_user=berlin");
      // Approved before, same or fewer scopes: no page, a code for that user at once.
      const again = await authorize({ scope: "user-read-private" }, first.cookie);
      expect(again.page).toBe(false);
      expect(`${again.location.origin}${again.location.pathname}`).toBe(REDIRECT);
      expect(again.location.searchParams.get("state")).toBe("s1");
      const exchanged = await token(emu, { grant_type: "authorization_code", code: again.location.searchParams.get("code")!, redirect_uri: REDIRECT }, { Authorization: basic() });
      expect(exchanged.status).toBe(200);
      expect(exchanged.body.scope).toBe("user-read-private");
      const me = await api(emu, "/v1/me", { token: exchanged.body.access_token as string });
      expect((me.json() as { id: string }).id).toBe("berlin");
      expect((await authorize({ scope: "user-read-private", show_dialog: "false" }, first.cookie)).page).toBe(false);
      // show_dialog=true, a scope not approved yet, or no cookie: the page again.
      expect((await authorize({ scope: "user-read-private", show_dialog: "true" }, first.cookie)).page).toBe(true);
      expect((await authorize({ scope: "user-read-private playlist-modify-private" }, first.cookie)).page).toBe(true);
      expect((await authorize({ scope: "user-read-private" })).page).toBe(true);
    } finally {
      await control.updateSettings({ rememberConsent: false });
    }
  });

  it("always shows the page by default (rememberConsent off), whatever show_dialog says", async () => {
    const first = await authorize({ scope: "user-read-private" });
    expect(first.page).toBe(true);
    expect((await authorize({ scope: "user-read-private", show_dialog: "false" }, first.cookie)).page).toBe(true);
    const bad = await fetch(`${emu.url}/emulator/settings`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ rememberConsent: "yes" }) });
    expect(bad.status).toBe(400);
  });
});

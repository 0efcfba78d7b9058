// --data-dir and start options, over real HTTP: options given at start win over stored settings; records
// without their ids stop the start naming the file;
// an auto-approve user is looked up among the stored users, and never swapped for another.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CorruptStateError } from "../src/index.js";
import { authorizeUrl, start, useTempDirs } from "./helpers.js";

const tempDir = useTempDirs();

const stateFile = (dir: string) => join(dir, "state.json");
const saved = (dir: string) => JSON.parse(readFileSync(stateFile(dir), "utf8")) as Record<string, unknown> & { settings: Record<string, unknown> };

describe("persistence and start options", () => {
  it("lets options given at start win over the stored settings, and keeps the others", async () => {
    const dataDir = tempDir();
    const first = await start({ dataDir });
    await first.control.updateSettings({ tokenTtl: 120, rateLimit: 5, latency: 3, profile: "extended", rememberConsent: true, codeTtl: 30 });
    await first.emu.stop();

    const second = await start({ dataDir, tokenTtl: 60, rateLimit: 0, profile: "dev-legacy", latency: 0 });
    try {
      expect(await second.control.settings()).toEqual({
        autoApprove: false, logBodies: false, rememberConsent: true, rateLimit: 0, latency: 0, profile: "dev-legacy", tokenTtl: 60, codeTtl: 30,
      });
      expect((await second.control.issueToken()).expires_in).toBe(60);
      const app = (await second.control.apps()).apps.find((a) => a.clientId === "emulator-client-id")!;
      expect(app).toMatchObject({ profile: "dev-legacy", restrictNov2024: true });
    } finally {
      await second.emu.stop();
    }
    const third = await start({ dataDir });
    try {
      expect(await third.control.settings()).toMatchObject({ tokenTtl: 60, rateLimit: 0, profile: "dev-legacy", codeTtl: 30 });
    } finally {
      await third.emu.stop();
    }
  });

  it("refuses a state file whose users or apps are not records, naming the file", async () => {
    const dataDir = tempDir();
    const { emu } = await start({ dataDir });
    await emu.stop();
    const good = saved(dataDir);
    const variants: [Record<string, unknown>, RegExp][] = [
      [{ users: [null] }, /users\[0\] is not a user record/],
      [{ users: [...(good.users as object[]), { display_name: "no id" }] }, /users\[2\] is not a user record/],
      [{ apps: [{}] }, /apps\[0\] is not an app record/],
      [{ apps: [{ ...(good.apps as object[])[0], profile: "gold" }] }, /apps\[0\] is not an app record/],
    ];
    for (const [change, reason] of variants) {
      writeFileSync(stateFile(dataDir), JSON.stringify({ ...good, ...change }));
      const failed = start({ dataDir });
      await expect(failed).rejects.toThrow(CorruptStateError);
      await expect(failed).rejects.toThrow(new RegExp(`cannot restore .*state\\.json: ${reason.source}`));
    }
    writeFileSync(stateFile(dataDir), JSON.stringify(good));
    const again = await start({ dataDir });
    await again.emu.stop();
  });

  it("finds the auto-approve user among the stored users, and shows an error page once it is gone", async () => {
    const dataDir = tempDir();
    const first = await start({ dataDir });
    await first.control.createUser({ id: "zed" });
    await first.emu.stop();

    const { emu, control } = await start({ dataDir, autoApprove: "zed" });
    try {
      const approved = await fetch(authorizeUrl(emu, { state: "s" }), { redirect: "manual" });
      expect(approved.status).toBe(302);
      // The reset brings back the default users only; the option still names zed.
      await control.reset();
      const page = await fetch(authorizeUrl(emu, { state: "s" }), { redirect: "manual" });
      expect(page.status).toBe(500);
      expect(page.headers.get("location")).toBeNull();
      expect(await page.text()).toContain("Auto-approve names an unknown user: zed");
    } finally {
      await emu.stop();
    }
  });
});

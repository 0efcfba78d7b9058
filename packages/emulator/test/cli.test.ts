// The CLI: prints where it listens and the default credentials, stops cleanly on SIGTERM with the
// state written, and fails clearly on a bad flag or a corrupt state file.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removedAfterEach, runCli, waitFor } from "./cli-process.js";

const dirs = removedAfterEach();
const run = runCli;

describe("spotify-emulator CLI", () => {
  it("starts, prints URLs and credentials, and writes state on SIGTERM", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "emulator-cli-"));
    dirs.push(dataDir);
    const p = run(["--port", "0", "--data-dir", dataDir, "--rate-limit", "0", "--auto-approve"]);
    try {
      await waitFor(() => p.out().includes("Default user"));
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(p.out())![1]!;
      expect(p.out()).toContain("client_id=emulator-client-id client_secret=emulator-client-secret");
      expect(p.out()).toContain(`${url}/v1`);
      expect((await fetch(`${url}/emulator/health`)).status).toBe(200);
      expect((await (await fetch(`${url}/emulator/settings`)).json()) as object).toMatchObject({ rateLimit: 0, autoApprove: true });
    } finally {
      p.child.kill("SIGTERM");
    }
    expect(await p.exited).toBe(0);
    expect(existsSync(join(dataDir, "state.json"))).toBe(true);
  });

  it("lets flags given at start win over the settings kept in --data-dir, and leaves the others", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "emulator-cli-"));
    dirs.push(dataDir);
    const first = run(["--port", "0", "--data-dir", dataDir, "--auto-approve", "--rate-limit", "0"]);
    try {
      await waitFor(() => first.out().includes("Default user"));
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(first.out())![1]!;
      await fetch(`${url}/emulator/settings`, { method: "POST", body: JSON.stringify({ tokenTtl: 120, latency: 4 }) });
    } finally {
      first.child.kill("SIGTERM");
    }
    expect(await first.exited).toBe(0);
    const second = run(["--port", "0", "--data-dir", dataDir, "--token-ttl", "60"]);
    try {
      await waitFor(() => second.out().includes("Default user"));
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(second.out())![1]!;
      // No --auto-approve this time: the stored "on" stays, it is not read as an explicit "off".
      expect((await (await fetch(`${url}/emulator/settings`)).json()) as object).toMatchObject({ tokenTtl: 60, latency: 4, rateLimit: 0, autoApprove: true });
    } finally {
      second.child.kill("SIGTERM");
    }
    expect(await second.exited).toBe(0);
  });

  it("refuses --auto-approve naming a user that does not exist", async () => {
    const p = run(["--port", "0", "--auto-approve=nobody"]);
    try {
      // A CLI that starts anyway would never exit: give up on it rather than on the test.
      expect(await Promise.race([p.exited, new Promise((r) => setTimeout(() => r("still running"), 10_000))])).toBe(1);
      expect(p.err()).toMatch(/autoApprove names an unknown user: nobody/);
    } finally {
      p.child.kill("SIGTERM");
    }
  });

  it("refuses a bad flag and a corrupt state file with a message and a non-zero exit", async () => {
    const bad = run(["--profile", "gold"]);
    expect(await bad.exited).toBe(2);
    expect(bad.err()).toMatch(/--profile must be one of/);
    const dataDir = mkdtempSync(join(tmpdir(), "emulator-cli-"));
    dirs.push(dataDir);
    writeFileSync(join(dataDir, "state.json"), "not json");
    const corrupt = run(["--port", "0", "--data-dir", dataDir]);
    expect(await corrupt.exited).toBe(1);
    expect(corrupt.err()).toMatch(/cannot restore .*state\.json/);
  });
});

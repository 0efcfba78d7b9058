/**
 * `npm start`'s tour, run as users run it: against the emulator it walks every section and exits 0
 * with nothing left running; bad input gives a clear message and a clean exit.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function runStart(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, "scripts/start.mjs"), ...args], {
      cwd: root,
      env: { ...process.env, SPOTIFY_CLIENT_ID: "", SPOTIFY_CLIENT_SECRET: "", ...env },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

describe("npm start", () => {
  it("runs the whole tour against the emulator and exits 0", async () => {
    const { code, out, err } = await runStart([]);
    expect(err).toBe("");
    expect(code).toBe(0);
    // Not a terminal (a pipe): no colour codes.
    expect(out).not.toMatch(/\x1b\[/);
    for (const section of ["1. Client credentials", "2. A typed error", "3. A user logs in with PKCE", "4. A playlist created",
      "5. A library write", "6. The player", "7. An access token expires", "8. A 429 retried"]) {
      expect(out).toContain(section);
    }
    expect(out).toMatch(/ValidationError: /);
    expect(out).toMatch(/NotFoundError 404/);
    expect(out).toMatch(/read back 120 items/);
    expect(out).toMatch(/contains → \[true,true,true\]/);
    expect(out).toMatch(/resolved undefined \(204\)/);
    expect(out).toMatch(/1 token request/);
    expect(out).toMatch(/retried once: success/);
  }, 90_000);

  it("--live without credentials says which variables to set", async () => {
    const { code, err } = await runStart(["--live"]);
    expect(code).toBe(2);
    expect(err).toMatch(/SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET/);
  }, 30_000);

  it("a busy port is a clear message and exit 1", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, err } = await runStart(["--port", String(port)]);
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`Port ${port} is busy`));
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  }, 30_000);

  it("a corrupt data dir is a clear message and exit 1", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "tour-data-"));
    writeFileSync(join(dir, "state.json"), "{ not json");
    try {
      const { code, err } = await runStart(["--data-dir", dir]);
      expect(code).toBe(1);
      expect(err).toMatch(/could not start/);
      expect(err).toMatch(/state\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it("Ctrl-C stops the emulator and exits 130", async () => {
    const child = spawn(process.execPath, [join(root, "scripts/start.mjs")], { cwd: root });
    let out = "";
    const started = new Promise<void>((resolve) => child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("spotify-emulator at")) resolve();
    }));
    await started;
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    expect(await exited).toBe(130);
    clearTimeout(timer);
    expect(out).toMatch(/Interrupted: stopping the emulator/);
  }, 30_000);
});

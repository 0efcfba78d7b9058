// The CLI's --fixtures (repeatable) and --fixtures-only: the start-up line says what was loaded, and
// a file that is not a Web API answer stops the start naming the file and the JSON path.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, "..", "src", "cli.ts");
const REAL = join(here, "fixtures", "real");
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function run(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function waitFor(predicate: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("spotify-emulator --fixtures", () => {
  it("loads every --fixtures path and prints what it serves; --fixtures-only drops the synthetic catalog", async () => {
    const p = run(["--port", "0", "--rate-limit", "0", "--fixtures", join(REAL, "track.json"), "--fixtures", join(REAL, "show.json"), "--fixtures-only"]);
    try {
      await waitFor(() => p.out().includes("Fixtures:"));
      expect(p.out()).toContain("Fixtures:       1 tracks, 1 albums, 1 artists, 1 shows, 2 episodes (fixtures only)");
      const url = /listening on (http:\/\/\S+)/.exec(p.out())![1];
      const token = ((await (await fetch(`${url}/emulator/tokens`, { method: "POST", body: JSON.stringify({ scopes: "all" }) })).json()) as { access_token: string }).access_token;
      const show = await fetch(`${url}/v1/shows/38bS44xjbVVZ3No3ByF1dJ`, { headers: { Authorization: `Bearer ${token}` } });
      expect(((await show.json()) as { name: string }).name).toBe("Vetenskapsradion Historia");
    } finally {
      p.child.kill("SIGTERM");
      await p.exited;
    }
  });

  it("stops with the file and JSON path of a fixture that is not a Web API answer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emulator-cli-fixtures-"));
    dirs.push(dir);
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ items: [{ type: "album", id: "not an id!" }] }));
    const p = run(["--port", "0", "--fixtures", dir]);
    expect(await p.exited).toBe(1);
    expect(p.err()).toBe(`spotify-emulator: fixture ${join(dir, "bad.json")}: $.items[0].id: a album needs a Spotify ID, got "not an id!"\n`);
  });
});

// The CLI's --fixtures (repeatable) and --fixtures-only: the start-up line says what was loaded, and
// a file that is not a Web API answer stops the start naming the file and the JSON path.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { removedAfterEach, runCli, waitFor } from "./cli-process.js";

const REAL = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "real");
const dirs = removedAfterEach();
const run = runCli;

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

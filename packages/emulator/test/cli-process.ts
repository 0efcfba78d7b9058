// The emulator's CLI as a child process, for the tests that start it: its output as it comes,
// its exit, and temporary folders removed after each test.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "cli.ts");

/** Starts `spotify-emulator <args>` (from source, through tsx). */
export function runCli(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

/** Resolves once `predicate()` holds, checking every 50 ms; rejects after `ms`. */
export async function waitFor(predicate: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A list of folders removed after each test of the file that calls this. */
export function removedAfterEach(): string[] {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return dirs;
}

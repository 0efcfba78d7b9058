/** `spotify-emulator --version` prints the package's version and exits without starting a server. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const emulatorDir = join(root, "packages", "emulator");

it("spotify-emulator --version prints the package version", () => {
  const { version } = JSON.parse(readFileSync(join(emulatorDir, "package.json"), "utf8")) as { version: string };
  const out = execFileSync(process.execPath, ["--import", "tsx", join(emulatorDir, "src", "cli.ts"), "--version"], {
    cwd: root, encoding: "utf8", timeout: 30_000,
  });
  expect(out).toBe(`${version}\n`);
  const help = execFileSync(process.execPath, ["--import", "tsx", join(emulatorDir, "src", "cli.ts"), "--help"], { cwd: root, encoding: "utf8", timeout: 30_000 });
  expect(help).toMatch(/--version\s+print the version/);
});

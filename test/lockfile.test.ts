/**
 * `npm ci` works on a fresh clone, on any platform: the root's and the runtime matrix's lockfiles
 * are in sync with their package.json files and hold every platform's optional binaries (rollup's,
 * esbuild's, workerd's…), which npm records only when the lockfile is generated from scratch.
 * npm itself checks, offline: `npm ci --dry-run` over a copy of the manifests (nothing downloaded).
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const scratch: string[] = [];

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

interface LockEntry { optionalDependencies?: Record<string, string> }

/** `parent -> dependency` for each optional dependency no lockfile entry resolves (Node's lookup). */
function unresolvedOptionals(lockPath: string): string[] {
  const packages = (JSON.parse(readFileSync(lockPath, "utf8")) as { packages: Record<string, LockEntry> }).packages;
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
      let base = path;
      let found = false;
      for (;;) {
        if (packages[`${base ? `${base}/` : ""}node_modules/${dep}`]) {
          found = true;
          break;
        }
        if (!base) break;
        const up = base.lastIndexOf("/node_modules/");
        base = up < 0 ? "" : base.slice(0, up);
      }
      if (!found) missing.push(`${path || "(root)"} -> ${dep}`);
    }
  }
  return missing;
}

/** `npm ci --dry-run` over just the manifests and the lockfile, offline with an empty cache. */
function npmCiDryRun(projectDir: string, manifests: string[]): Promise<{ code: number; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), "lockfile-ci-"));
  scratch.push(dir);
  for (const file of ["package-lock.json", ...manifests]) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(projectDir, file), join(dir, file));
  }
  return new Promise((resolve) => {
    execFile(npm, ["ci", "--dry-run", "--ignore-scripts", "--offline", "--no-audit", "--no-fund", "--cache", join(dir, ".npm-cache")],
      { cwd: dir, encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) || 1 : 0, output: `${stdout}${stderr}`.split("\n").filter((l) => l.startsWith("npm error")).slice(0, 4).join("\n") });
      });
  });
}

describe("the lockfiles", () => {
  it("hold an entry for every platform's optional binary (root, runtimes/, bench/)", () => {
    for (const dir of [".", "runtimes", "bench", "bench/prism"]) {
      expect({ dir, unresolved: unresolvedOptionals(join(root, dir, "package-lock.json")) }).toEqual({ dir, unresolved: [] });
    }
  });

  it("satisfy npm ci at the root (workspaces included)", async () => {
    const result = await npmCiDryRun(root, ["package.json", "packages/sdk/package.json", "packages/emulator/package.json"]);
    expect(result).toEqual({ code: 0, output: "" });
  }, 90_000);

  it("satisfy npm ci in runtimes/, bench/ and bench/prism/", async () => {
    for (const dir of ["runtimes", "bench", "bench/prism"]) {
      const result = await npmCiDryRun(join(root, dir), ["package.json"]);
      expect({ dir, ...result }).toEqual({ dir, code: 0, output: "" });
    }
  }, 120_000);
});

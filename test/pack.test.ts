/**
 * `npm pack` of each package from a clean state (a copy of the package without dist/, as in a
 * fresh clone) builds it through `prepack` and ships the full file list: every file the
 * `exports` map and `bin` name, source maps and declaration maps beside every build file, the
 * TypeScript sources those maps point at, README, LICENSE and CHANGELOG; no tests.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Inside the repository (`.cache/` is gitignored), so the build finds the root's node_modules.
const work = join(root, ".cache", `pack-test-${process.pid}`);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

interface Packed { files: string[]; dir: string; manifest: any }
const packed: Record<string, Packed> = {};

/** The package's folder as a fresh clone has it: no dist/, no copied spec, no tests. */
function cleanCopy(name: string): string {
  const from = join(root, "packages", name);
  const to = join(work, "packages", name);
  cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = relative(from, src).split("\\").join("/");
      return !/^(dist|test|node_modules|spec|\.dist-[^/]*|CHANGELOG\.md)(\/|$)/.test(rel);
    },
  });
  return to;
}

function pack(dir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile(npm, ["pack", "--dry-run", "--json"], { cwd: dir, encoding: "utf8", maxBuffer: 64 << 20, timeout: 240_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`npm pack in ${relative(root, dir)} failed: ${error.message}\n${stderr.slice(-2000)}`));
      else resolve((JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path));
    });
  });
}

/** Every file an `exports` map names, under every condition. */
function exportTargets(node: unknown): string[] {
  if (typeof node === "string") return [node.replace(/^\.\//, "")];
  if (node && typeof node === "object") return Object.values(node).flatMap(exportTargets);
  return [];
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, "scripts"), { recursive: true });
  mkdirSync(join(work, "spec"), { recursive: true });
  for (const file of ["tsconfig.base.json", "CHANGELOG.md", "scripts/prepack.mjs", "spec/openapi.yml"]) cpSync(join(root, file), join(work, file));
  await Promise.all(["sdk", "emulator"].map(async (name) => {
    const dir = cleanCopy(name);
    expect(existsSync(join(dir, "dist"))).toBe(false);
    const files = await pack(dir);
    packed[name] = { files, dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) };
  }));
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function expectFullPackage(name: string) {
  const { files, dir, manifest } = packed[name]!;
  const has = new Set(files);
  const named = [...exportTargets(manifest.exports), ...Object.values<string>(manifest.bin ?? {}).map((b) => b.replace(/^\.\//, ""))];
  expect(named.filter((f) => !has.has(f))).toEqual([]);
  for (const f of ["package.json", "README.md", "LICENSE", "CHANGELOG.md"]) expect(files).toContain(f);
  const built = files.filter((f) => f.startsWith("dist/") && (f.endsWith(".js") || f.endsWith(".d.ts")));
  expect(built.length).toBeGreaterThan(10);
  expect(built.filter((f) => !has.has(`${f}.map`))).toEqual([]);
  // Each map's sources are in the tarball, so a stack trace and "go to definition" land on them.
  const missingSources = new Set<string>();
  for (const map of files.filter((f) => f.endsWith(".map"))) {
    const { sources } = JSON.parse(readFileSync(join(dir, map), "utf8")) as { sources: string[] };
    for (const source of sources) {
      const target = posix.normalize(posix.join(posix.dirname(map), source));
      if (!has.has(target)) missingSources.add(`${map} -> ${source}`);
    }
  }
  expect([...missingSources]).toEqual([]);
  expect(files.filter((f) => /(^|\/)test\/|\.test\.|\.tsbuildinfo$/.test(f))).toEqual([]);
}

describe("npm pack from a clean state", () => {
  it("builds spotify-web-api-sdk and ships its builds, maps, sources and CHANGELOG", () => {
    expectFullPackage("sdk");
    expect(packed.sdk!.files).toContain("dist/esm/index.js.map");
    expect(packed.sdk!.files).toContain("dist/cjs/index.d.ts.map");
  });

  it("builds spotify-emulator and ships its builds, maps, sources, spec and CHANGELOG", () => {
    expectFullPackage("emulator");
    expect(packed.emulator!.files).toEqual(expect.arrayContaining(["spec/openapi.yml", "spec/operations.json", "dist/cli.js.map"]));
  });

  it("carries the repository, homepage, bugs and keywords in both manifests", () => {
    for (const name of ["sdk", "emulator"]) {
      const { manifest } = packed[name]!;
      expect(manifest.repository).toMatchObject({ type: "git", directory: `packages/${name}` });
      expect(manifest.homepage).toMatch(/^https:\/\//);
      expect(manifest.bugs).toMatch(/^https:\/\/.*\/issues$/);
      expect(manifest.keywords.length).toBeGreaterThan(3);
      expect(manifest.scripts.prepack).toBeTruthy();
    }
  });
});

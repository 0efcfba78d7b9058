/**
 * The SDK as users install it: the packed tarball passes publint and "are the types wrong",
 * holds no tests, and imports both as ESM and as CommonJS in Node. (test/pack.test.ts packs
 * both packages from a clean state; here the build `npm test` made is packed as it is.)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name: string) => join(root, "node_modules", ".bin", name);
let work = "";
let tarball = "";
let files: string[] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "sdk-pack-"));
  const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], {
    cwd: join(root, "packages/sdk"), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"],
  });
  const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(work, info!.filename);
  files = info!.files.map((f) => f.path);
  const pkgDir = join(work, "app", "node_modules", "spotify-web-api-sdk");
  mkdirSync(pkgDir, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", pkgDir, "--strip-components=1"]);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed SDK", () => {
  it("holds the builds with their maps and no tests", () => {
    expect(files).toContain("dist/esm/index.js");
    expect(files).toContain("dist/cjs/index.js");
    expect(files).toContain("dist/esm/index.d.ts");
    expect(files).toContain("package.json");
    expect(files).toContain("dist/esm/index.js.map");
    const stray = files.filter((f) => /(^|\/)test\/|\.test\.|\.tsbuildinfo$/.test(f) || (f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.startsWith("src/")));
    expect(stray).toEqual([]);
  });

  it("passes publint", () => {
    const out = execFileSync(bin("publint"), ["--pack", "false", "--strict", join(work, "app", "node_modules", "spotify-web-api-sdk")], { encoding: "utf8" });
    expect(out).toMatch(/All good/);
  }, 60_000);

  it("passes are-the-types-wrong for node10, node16 (CJS and ESM) and bundlers", () => {
    const out = execFileSync(bin("attw"), [tarball, "--format", "json"], { encoding: "utf8" });
    const result = JSON.parse(out) as { analysis: { problems: unknown[] } };
    expect(result.analysis.problems).toEqual([]);
  }, 60_000);

  it("imports as ESM and requires as CommonJS in Node", () => {
    const app = join(work, "app");
    const esm = execFileSync(process.execPath, ["--input-type=module", "-e",
      "const m = await import('spotify-web-api-sdk'); console.log(typeof m.SpotifyApi, typeof m.RateLimitError, new m.ValidationError('x') instanceof m.SpotifyError)"],
    { cwd: app, encoding: "utf8" });
    expect(esm.trim()).toBe("function function true");
    const cjs = execFileSync(process.execPath, ["-e",
      "const m = require('spotify-web-api-sdk'); console.log(typeof m.SpotifyApi, typeof m.RateLimitError, new m.ValidationError('x') instanceof m.SpotifyError)"],
    { cwd: app, encoding: "utf8" });
    expect(cjs.trim()).toBe("function function true");
    expect(readdirSync(join(app, "node_modules", "spotify-web-api-sdk"))).not.toContain("test");
  });

  it("the store adapters (/redis, /postgres) throw the entry's own error classes, in ESM and CommonJS", () => {
    const app = join(work, "app");
    const check = (load: string) => [
      load,
      "const bad = (f) => { try { f(); } catch (e) { return e; } };",
      "const a = bad(() => new r.RedisTokenStore({ client: {} })), b = bad(() => new p.PostgresTokenStore({ pool: { connect() {}, options: { max: 1 } } }));",
      "console.log(a instanceof m.ValidationError, b instanceof m.SpotifyError, typeof m.TokenStoreError)",
    ].join("\n");
    const esm = execFileSync(process.execPath, ["--input-type=module", "-e", check(
      "const m = await import('spotify-web-api-sdk'), r = await import('spotify-web-api-sdk/redis'), p = await import('spotify-web-api-sdk/postgres');")],
    { cwd: app, encoding: "utf8" });
    expect(esm.trim()).toBe("true true function");
    const cjs = execFileSync(process.execPath, ["-e", check(
      "const m = require('spotify-web-api-sdk'), r = require('spotify-web-api-sdk/redis'), p = require('spotify-web-api-sdk/postgres');")],
    { cwd: app, encoding: "utf8" });
    expect(cjs.trim()).toBe("true true function");
  });
});

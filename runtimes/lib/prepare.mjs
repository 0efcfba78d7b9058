// Getting a run ready: the runtimes' own npm project installed (cached in runtimes/node_modules),
// the SDK built and packed, and a throwaway "user's app" that has the tarball installed.
import { createHash } from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONDITIONS, resolveExports } from "./exports.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/**
 * Installs runtimes/package.json's dependencies when its lockfile changed since the last install.
 * `npm ci`: the lockfile holds every platform's binary packages (npm installs this machine's), and
 * it is never rewritten. The download is big (about 1.1 GB unpacked) and slow on a cold npm
 * cache, so it prints how far it is every few seconds.
 * @param {(line: string) => void} say
 * @returns {Promise<string>} what was done, for the run's log
 */
export async function ensureRuntimesInstalled(dir, say = () => {}) {
  const stamp = join(dir, "node_modules", ".matrix-stamp");
  const hash = createHash("sha256");
  for (const f of ["package.json", "package-lock.json"]) if (existsSync(join(dir, f))) hash.update(readFileSync(join(dir, f)));
  const want = hash.digest("hex");
  // Every package the lockfile holds for this platform must be there.
  const lock = existsSync(join(dir, "package-lock.json")) ? JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")) : { packages: {} };
  const complete = Object.entries(lock.packages ?? {}).filter(([p, meta]) => p && forThisPlatform(meta))
    .every(([p]) => existsSync(join(dir, p, "package.json")));
  if (complete && existsSync(stamp) && readFileSync(stamp, "utf8") === want) return "runtimes cached";
  const started = Date.now();
  say("installing the matrix's runtimes into runtimes/node_modules (npm ci: Node 18/20/22/24, Deno, Bun, workerd, " +
    "playwright-core; about 1.1 GB unpacked, once; later runs reuse it)…");
  const progress = setInterval(() => {
    say(`  … ${((Date.now() - started) / 1000).toFixed(0)} s, ${(sizeOf(join(dir, "node_modules")) / 1e6).toFixed(0)} MB in runtimes/node_modules so far`);
  }, 5_000);
  try {
    // --ignore-scripts: every binary is in its platform package already; the wrappers' postinstall
    // scripts only move it (and Bun's would download one if the optional package were missing).
    await new Promise((resolve, reject) => {
      const child = spawn(npm, ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], {
        cwd: dir, stdio: ["ignore", "ignore", "pipe"], shell: process.platform === "win32",
      });
      let stderr = "";
      child.stderr.on("data", (d) => { stderr = (stderr + d).slice(-4000); });
      child.on("error", reject);
      child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`npm ci exited ${code}: ${stderr.trim()}`))));
    });
  } finally {
    clearInterval(progress);
  }
  writeFileSync(stamp, want);
  return `runtimes installed (npm ci, ${((Date.now() - started) / 1000).toFixed(1)} s)`;
}

/** Bytes under `dir` (0 when it is not there yet). */
function sizeOf(dir) {
  let total = 0;
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) total += sizeOf(p);
      else if (entry.isFile()) total += statSync(p).size;
    }
  } catch {
    // npm moves folders while it installs: what is gone now counts next time.
  }
  return total;
}

/** Whether npm installs a lockfile entry here (its `os`, `cpu` and `libc` fields allow this machine). */
let libcCache;
function libc() {
  if (libcCache === undefined && process.platform === "linux") {
    if (process.report) process.report.excludeNetwork = true;
    libcCache = process.report?.getReport().header.glibcVersionRuntime ? "glibc" : "musl";
  }
  return libcCache;
}

function forThisPlatform(meta) {
  const allows = (list, value) => !list || list.includes(value);
  return allows(meta.os, process.platform) && allows(meta.cpu, process.arch) && (!meta.libc || !libc() || meta.libc.includes(libc()));
}

/** Builds what is stale (the repository's ensure script): the SDK and the emulator. */
export function ensureBuilt(root) {
  try {
    execFileSync(process.execPath, [join(root, "scripts", "ensure.mjs"), "--quiet"], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    const detail = String(error.stderr ?? "").split("\n").filter((l) => /error/i.test(l)).slice(0, 5).join("\n");
    throw new Error(`building the SDK and the emulator failed (scripts/ensure.mjs):\n${detail || error.message}`);
  }
}

/**
 * Packs packages/sdk and installs the tarball into a fresh app folder (outside the repository, so
 * nothing resolves to the workspace's source by walking up), with the launchers beside it.
 * @returns {{ app: string, tarball: string, sdkDir: string, packageJson: any }}
 */
export function makeApp(root, runtimesDir) {
  const app = mkdtempSync(join(tmpdir(), "sdk-runtimes-"));
  // --ignore-scripts: the builds are fresh (ensureBuilt), so prepack need not build again.
  const out = execFileSync(npm, ["pack", "--json", "--ignore-scripts", "--pack-destination", app], {
    cwd: join(root, "packages", "sdk"), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], shell: process.platform === "win32",
  });
  const [info] = JSON.parse(out);
  const packed = new Set(info.files.map((f) => f.path));
  const pkg = JSON.parse(readFileSync(join(root, "packages", "sdk", "package.json"), "utf8"));
  const lacking = Object.values(CONDITIONS).map((c) => resolveExports(pkg.exports, ".", c)).filter((t) => t && !packed.has(t.replace(/^\.\//, "")));
  if (lacking.length) {
    rmSync(app, { recursive: true, force: true });
    throw new Error(`the packed SDK lacks ${[...new Set(lacking)].join(", ")}: packages/sdk/dist is incomplete (a build running at the same time?)`);
  }
  const tarball = join(app, info.filename);
  const sdkDir = join(app, "node_modules", "spotify-web-api-sdk");
  mkdirSync(sdkDir, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", sdkDir, "--strip-components=1"]);
  writeFileSync(join(app, "package.json"), JSON.stringify({
    name: "runtime-matrix-app", private: true, type: "module",
    dependencies: { "spotify-web-api-sdk": `file:./${info.filename}` },
  }, null, 2));
  for (const f of ["cli.mjs", "result.mjs", "worker.mjs", "page.mjs"]) copyFileSync(join(runtimesDir, "launchers", f), join(app, f));
  copyFileSync(join(runtimesDir, "scenario", "scenario.mjs"), join(app, "scenario.mjs"));
  return { app, tarball, sdkDir, packageJson: JSON.parse(readFileSync(join(sdkDir, "package.json"), "utf8")) };
}

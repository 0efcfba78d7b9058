#!/usr/bin/env node
// Makes a fresh clone runnable: installs dependencies when the lockfile changed and rebuilds a
// package when its sources are newer than its build. Dependency-free on purpose: it runs before
// anything is installed. `npm start`, `npm test` and `npm run bench` call it first.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const forceBuild = process.argv.includes("--force-build");
const quiet = process.argv.includes("--quiet");
const say = (msg) => { if (!quiet) process.stderr.write(`[ensure] ${msg}\n`); };
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function hashFiles(files) {
  const h = createHash("sha256");
  for (const f of files) if (existsSync(f)) h.update(f).update(readFileSync(f));
  return h.digest("hex");
}

function ensureInstalled() {
  const stamp = join(root, "node_modules", ".ensure-stamp");
  const inputs = [join(root, "package.json"), join(root, "package-lock.json"),
    ...["sdk", "emulator"].map((p) => join(root, "packages", p, "package.json"))];
  const want = hashFiles(inputs);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === want) return;
  // `npm install`, not `npm ci`: the lockfile pins every version, but npm 11 records only this
  // platform's optional binaries (rollup, esbuild), which `npm ci` then rejects as out of sync.
  say("installing dependencies (npm install, versions pinned by package-lock.json)…");
  execFileSync(npm, ["install", "--no-audit", "--no-fund"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  writeFileSync(stamp, hashFiles(inputs));
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuilt(pkg) {
  const dir = join(root, "packages", pkg);
  const stamp = join(dir, "dist", ".ensure-stamp");
  const sources = Math.max(newestMtime(join(dir, "src")), ...["package.json", "tsconfig.json", "tsconfig.build.json"]
    .map((f) => join(dir, f)).filter(existsSync).map((f) => statSync(f).mtimeMs));
  if (!forceBuild && existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return;
  say(`building packages/${pkg}…`);
  execFileSync(npm, ["run", "build", "--silent"], { cwd: dir, stdio: ["ignore", "inherit", "inherit"] });
  writeFileSync(stamp, new Date().toISOString());
}

ensureInstalled();
// The emulator builds after the SDK: its tests and the tour import the SDK's build.
for (const pkg of ["sdk", "emulator"]) ensureBuilt(pkg);

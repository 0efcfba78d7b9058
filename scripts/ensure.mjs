#!/usr/bin/env node
// Makes a fresh clone runnable: installs dependencies when the lockfile changed and rebuilds a
// package when its sources are newer than its build. Dependency-free on purpose: it runs before
// anything is installed. `npm start`, `npm test` and `npm run bench` call it first.
// It never writes a tracked file: the install is `npm ci`, which installs the lockfile as it is.
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
// Node refuses to spawn a .cmd without a shell (CVE-2024-27980): npm on Windows goes through one.
const viaShell = process.platform === "win32";

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
  // `npm ci`: the lockfile holds every platform's optional binaries (rollup's, esbuild's; a test
  // checks), so it installs on any machine and never rewrites package-lock.json.
  say("installing dependencies into node_modules (npm ci, exactly the versions in package-lock.json)…");
  try {
    execFileSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: ["ignore", "inherit", "inherit"], shell: viaShell });
  } catch {
    say("npm ci failed (above). If it says package.json and package-lock.json are out of sync, a dependency was\n" +
      "  changed without its lockfile: run `npm install` once to update package-lock.json, then commit both.");
    process.exit(1);
  }
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
  execFileSync(npm, ["run", "build", "--silent"], { cwd: dir, stdio: ["ignore", "inherit", "inherit"], shell: viaShell });
  writeFileSync(stamp, new Date().toISOString());
}

/** The root's devDependencies (vite 7, playwright-core, attw) need Node 20.19 or later; the SDK itself runs on 18. */
function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major > 20 || (major === 20 && minor >= 19)) return;
  say(`Node ${process.versions.node} is too old to develop here: the tools need Node 20.19 or later ` +
    "(the version in .nvmrc: `nvm use`). The published SDK itself supports Node 18.");
  process.exit(1);
}

checkNode();
ensureInstalled();
// The emulator builds after the SDK: its tests and the tour import the SDK's build.
for (const pkg of ["sdk", "emulator"]) ensureBuilt(pkg);

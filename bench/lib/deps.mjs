// The bench's own dependencies (the compared SDKs, autocannon, esbuild) live in bench/node_modules,
// outside the root install, so `npm install` / `npm test` at the root never pay for them. Prism
// lives in bench/prism/node_modules and is installed only when the emulator section runs.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_DIR } from "./child.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function stampOf(dir) {
  const h = createHash("sha256");
  for (const f of ["package.json", "package-lock.json"]) {
    const p = join(dir, f);
    if (existsSync(p)) h.update(f).update(readFileSync(p));
  }
  return h.digest("hex");
}

/**
 * Makes `dir`'s node_modules match its lockfile, installing when missing or stale (unless
 * `install` is false). Returns { ready, reason }.
 */
function ensureInstalled(dir, label, install, log) {
  const stamp = join(dir, "node_modules", ".bench-stamp");
  const want = stampOf(dir);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === want) return { ready: true };
  if (!install) {
    const why = existsSync(join(dir, "node_modules")) ? "out of date with its lockfile" : "not installed";
    return { ready: false, reason: `${label} ${why} (run without --no-install to install it)` };
  }
  // npm ci: exactly the lockfile's versions, and the lockfile is never rewritten.
  log(`installing ${label} (npm ci, versions pinned by its package-lock.json)…`);
  try {
    execFileSync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"], shell: process.platform === "win32" });
  } catch (e) {
    return { ready: false, reason: `npm ci of ${label} failed: ${e.message.split("\n")[0]}` };
  }
  writeFileSync(stamp, stampOf(dir));
  return { ready: true };
}

export function ensureBenchDeps(install, log) {
  return ensureInstalled(BENCH_DIR, "the bench's dependencies (bench/node_modules)", install, log);
}

export function ensurePrism(install, log) {
  return ensureInstalled(join(BENCH_DIR, "prism"), "Prism (bench/prism/node_modules)", install, log);
}

export const PRISM_BIN = join(BENCH_DIR, "prism", "node_modules", "@stoplight", "prism-cli", "dist", "index.js");

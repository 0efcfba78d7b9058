// `--baseline REF`: the SDK built from an earlier commit, measured beside today's build in the same
// run ("ours … [baseline]" rows), so a change is judged against the run's own spread, not against
// figures from another day. The build goes to .cache/bench-baseline/<sha>/ (ignored by git) and is
// reused while that commit's sources stay the same.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { BENCH_DIR } from "./child.mjs";

const REPO_DIR = join(BENCH_DIR, "..");

/** The name suffix of a client measured on the baseline build. */
export const BASELINE_SUFFIX = " [baseline]";

/** @returns {{ ref: string, sha: string, sdkDir: string }} */
export function prepareBaseline(ref, log) {
  const sha = execFileSync("git", ["rev-parse", "--verify", `${ref}^{commit}`], { cwd: REPO_DIR, encoding: "utf8" }).trim();
  const root = join(REPO_DIR, ".cache", "bench-baseline", sha.slice(0, 12));
  const sdkDir = join(root, "packages", "sdk");
  if (!existsSync(join(sdkDir, "dist", "esm", "index.js"))) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    log(`baseline: building the SDK at ${ref} (${sha.slice(0, 12)})`);
    // Only what the SDK's build reads; its tools resolve from the repository's node_modules above.
    const archive = execFileSync("git", ["archive", "--format=tar", sha, "packages/sdk", "tsconfig.base.json", "spec"], { cwd: REPO_DIR, maxBuffer: 256 * 1024 * 1024 });
    execFileSync("tar", ["-x", "-C", root], { input: archive });
    execFileSync(process.execPath, [join(sdkDir, "scripts", "build.mjs")], { cwd: sdkDir, stdio: ["ignore", "ignore", "inherit"] });
  }
  return { ref, sha, sdkDir };
}

/** The clients of `names` that load our SDK, again on the baseline build. */
export function withBaseline(names, ctx) {
  if (!ctx.baseline) return names;
  return [...names, ...names.filter((n) => n.startsWith("ours")).map((n) => `${n}${BASELINE_SUFFIX}`)];
}

// Builds ESM and CJS with declarations for each, so `import` and `require` both get types of the
// right module kind. Plain tsc: no bundler, the output mirrors src/ file for file (tree-shakable).
// It builds into a staging folder and swaps it in at the end, so a process reading dist/ while a
// build runs (a test, the tour) never sees it half-written.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const staging = join(pkg, `.dist-staging-${process.pid}`);
const dist = join(pkg, "dist");
rmSync(staging, { recursive: true, force: true });
try {
  for (const [config, out] of [["tsconfig.build.json", "esm"], ["tsconfig.cjs.json", "cjs"]]) {
    execFileSync(process.execPath, [tsc, "-p", join(pkg, config), "--outDir", join(staging, out)], { stdio: "inherit" });
  }
  mkdirSync(join(staging, "cjs"), { recursive: true });
  writeFileSync(join(staging, "cjs", "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
  const old = join(pkg, `.dist-old-${process.pid}`);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(staging, dist);
  rmSync(old, { recursive: true, force: true });
} finally {
  rmSync(staging, { recursive: true, force: true });
}

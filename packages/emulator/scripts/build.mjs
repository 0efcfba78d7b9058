// Compiles the emulator and copies the spec it routes by (plus its extracted routing model) next
// to the build, so the published package carries it (users' installs have no repository around them).
// The build goes to a temporary folder that replaces dist/ at the end, so processes importing
// the package meanwhile (other tests, the benchmark) never see a half-empty dist/.
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const dist = join(pkg, "dist");
const staging = join(pkg, `.dist-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [tsc, "-p", join(pkg, "tsconfig.build.json"), "--outDir", staging], { stdio: "inherit" });
  chmodSync(join(staging, "cli.js"), 0o755);
  mkdirSync(join(pkg, "spec"), { recursive: true });
  copyFileSync(join(pkg, "..", "..", "spec", "openapi.yml"), join(pkg, "spec", "openapi.yml"));
  // The compact routing model, so installed emulators never parse the YAML at start-up.
  const { writeShippedModel } = await import(pathToFileURL(join(staging, "spec", "load.js")).href);
  writeShippedModel(join(pkg, "spec", "openapi.yml"));
  rmSync(dist, { recursive: true, force: true });
  renameSync(staging, dist);
} finally {
  rmSync(staging, { recursive: true, force: true });
}

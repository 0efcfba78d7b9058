// Compiles the emulator and copies the spec it routes by (plus its extracted routing model) next
// to the build, so the published package carries it (users' installs have no repository around them).
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
rmSync(join(pkg, "dist"), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", join(pkg, "tsconfig.build.json")], { stdio: "inherit" });
mkdirSync(join(pkg, "spec"), { recursive: true });
copyFileSync(join(pkg, "..", "..", "spec", "openapi.yml"), join(pkg, "spec", "openapi.yml"));
chmodSync(join(pkg, "dist", "cli.js"), 0o755);
// The compact routing model, so installed emulators never parse the YAML at start-up.
const { writeShippedModel } = await import(pathToFileURL(join(pkg, "dist", "spec", "load.js")).href);
writeShippedModel(join(pkg, "spec", "openapi.yml"));

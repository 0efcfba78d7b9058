#!/usr/bin/env node
// `npm test`: type-checks every project, then runs the whole suite. Each step's failure fails the run.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const extra = process.argv.slice(2);

const steps = [
  ["type-check the SDK", [tsc, "-p", "packages/sdk/tsconfig.json", "--noEmit"]],
  ["type-check the emulator", [tsc, "-p", "packages/emulator/tsconfig.json", "--noEmit"]],
  ["type-check the tests", [tsc, "-p", "tsconfig.test.json"]],
  ["run the test suite", [vitest, "run", ...extra]],
  ["run the runtime matrix", [join(root, "runtimes", "run.mjs")]],
];
for (const [title, args] of steps) {
  process.stderr.write(`\n== ${title}\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    process.stderr.write(`\n✗ ${title} failed (exit ${result.status ?? result.signal})\n`);
    process.exit(result.status || 1);
  }
  process.stderr.write(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

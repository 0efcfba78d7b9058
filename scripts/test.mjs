#!/usr/bin/env node
// `npm test`: type-checks every project, then runs the whole suite. Each step's failure fails the run.
// Redis and PostgreSQL (for the shared token stores) start at once, while the type-checks run, and
// stop after the suite; where one cannot run, its tests skip and the end says how to install it,
// except in CI (`CI=true`), where that fails the run. The same holds for the other parts a machine
// may lack (Chromium, the runtime matrix's runtimes: scripts/parts.mjs). In CI the run must also
// leave the checkout as it found it: `git status --porcelain` empty at the end.
import { execFileSync, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./ensure-chromium.mjs";
import { startServers } from "./ensure-servers.mjs";
import { clearMissing, readMissing } from "./parts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const extra = process.argv.slice(2);
const ci = Boolean(process.env.CI) && process.env.CI !== "false";
clearMissing();
const gitStatus = () => {
  try {
    return execFileSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return undefined; // not a git checkout (a tarball): nothing to compare
  }
};
const statusBefore = gitStatus();
// Installed here, once, before anything else uses apt: the browser tests then only find it (two
// of them installing at once would fight over apt's lock).
if (ci) ensureChromium((line) => process.stderr.write(`[chromium] ${line}\n`), { showApt: true });
const servers = startServers({ say: (line) => process.stderr.write(`[servers] ${line}\n`) });

const steps = [
  ["type-check the SDK", [tsc, "-p", "packages/sdk/tsconfig.json", "--noEmit"]],
  ["type-check the emulator", [tsc, "-p", "packages/emulator/tsconfig.json", "--noEmit"]],
  ["type-check the tests", [tsc, "-p", "tsconfig.test.json"]],
  ["run the test suite", [vitest, "run", ...extra], "servers"],
  ["run the runtime matrix", [join(root, "runtimes", "run.mjs")]],
];
const runStep = (args, env) => new Promise((resolve) => {
  const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit", env });
  child.on("close", (status, signal) => resolve({ status, signal }));
});
let missing = [];
for (const [title, args, needs] of steps) {
  let env = process.env;
  let stop = async () => {};
  if (needs === "servers") {
    const s = await servers;
    env = { ...process.env, ...s.env };
    missing = s.missing;
    stop = s.stop;
  }
  process.stderr.write(`\n== ${title}\n`);
  const started = Date.now();
  const result = await runStep(args, env);
  await stop();
  if (result.status !== 0) {
    process.stderr.write(`\n✗ ${title} failed (exit ${result.status ?? result.signal})\n`);
    reportMissing();
    process.exit(result.status || 1);
  }
  process.stderr.write(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
if (reportMissing() && ci) {
  process.stderr.write("✗ CI=true: every part of the suite is required\n");
  process.exit(1);
}
checkClean();

/** Lists, loudly, every part this machine could not run and the command that enables it. */
function reportMissing() {
  const all = [
    ...missing.map((m) => ({ part: `the shared token stores' tests (${m.name})`, reason: m.reason, enable: m.install })),
    ...readMissing(),
  ];
  if (!all.length) return false;
  const lines = all.map((m) => `!  - ${m.part}: ${m.reason}\n!    to run it: ${m.enable}`).join("\n");
  process.stderr.write(`\n${"!".repeat(72)}\n! Not run on this machine (everything else passed or failed above):\n${lines}\n${"!".repeat(72)}\n`);
  return true;
}

/** Tests and scripts never modify tracked files: in CI that is checked, elsewhere reported. */
function checkClean() {
  const after = gitStatus();
  if (after === undefined || statusBefore === undefined) return;
  const dirty = ci ? after : after.split("\n").filter((l) => l && !statusBefore.split("\n").includes(l)).join("\n");
  if (!dirty.trim()) return;
  process.stderr.write(`\n✗ the run changed the checkout (git status --porcelain):\n${dirty}\n`);
  if (ci) process.exit(1);
}

#!/usr/bin/env node
// `npm run test:runtimes`: runs the one scenario (scenario/scenario.mjs) through the packed SDK on
// every runtime against the emulator, prints a table runtime × result (also written to
// runtimes/.cache/table.md), and exits non-zero when a runtime failed. A runtime this machine
// cannot run (no binary for its platform, no Chromium) fails the run in CI (`CI=true`); elsewhere
// it is reported, and `npm test` lists it at the end with the command that enables it.
//   node runtimes/run.mjs [--only=node18,deno] [--write-readme] [--no-build]
import { rmSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ENABLE } from "../scripts/ensure-chromium.mjs";
import { isCI, recordMissing } from "../scripts/parts.mjs";
import { runCli } from "./lib/cli-runtimes.mjs";
import { runChromium } from "./lib/chromium.mjs";
import { startMatrixEmulator } from "./lib/emulator.mjs";
import { CONDITIONS, resolveExports } from "./lib/exports.mjs";
import { ensureBuilt, ensureRuntimesInstalled, makeApp } from "./lib/prepare.mjs";
import { formatTable, markdownTable, writeReadme } from "./lib/report.mjs";
import { runTypeScript } from "./lib/typescript.mjs";
import { runWorkerd } from "./lib/workerd.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const cacheDir = join(here, ".cache");

/** The matrix: key, the label in the table, and which `exports` conditions apply. */
export const RUNTIMES = [
  { id: "node18", label: "Node 18", kind: "node" },
  { id: "node20", label: "Node 20", kind: "node" },
  { id: "node22", label: "Node 22", kind: "node" },
  { id: "node24", label: "Node 24", kind: "node" },
  { id: "deno", label: "Deno", kind: "deno" },
  { id: "bun", label: "Bun", kind: "bun" },
  { id: "workerd", label: "Cloudflare Worker (workerd)", kind: "workerd" },
  { id: "chromium", label: "Chromium", kind: "browser" },
  { id: "typescript", label: "TypeScript 5.0 (types only)", kind: "types" },
];

const argv = process.argv.slice(2);
const only = argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
const unknown = only?.filter((id) => !RUNTIMES.some((r) => r.id === id)) ?? [];
if (unknown.length) {
  process.stderr.write(`unknown runtime ${unknown.join(", ")}; known: ${RUNTIMES.map((r) => r.id).join(", ")}\n`);
  process.exit(2);
}
const selected = RUNTIMES.filter((r) => !only || only.includes(r.id));
const say = (msg) => process.stderr.write(`[runtimes] ${msg}\n`);
const started = Date.now();

let installProblem;
try {
  say(await ensureRuntimesInstalled(here, say));
} catch (error) {
  installProblem = `npm ci in runtimes/ failed: ${error.message.split("\n")[0]}`;
  say(installProblem);
}
if (!argv.includes("--no-build")) {
  try {
    ensureBuilt(root);
  } catch (error) {
    say(`${error.message}\nNo runtime ran. Fix the build, or pass --no-build to use the builds already there.`);
    process.exit(1);
  }
}
mkdirSync(cacheDir, { recursive: true });
let app;
try {
  app = makeApp(root, here);
} catch (error) {
  // Another build of the SDK may have been halfway: build again and pack once more.
  say(`${error.message}; building and packing again`);
  ensureBuilt(root);
  app = makeApp(root, here);
}
say(`packed ${app.packageJson.name}@${app.packageJson.version} and installed the tarball into a fresh app`);
let matrix;
try {
  matrix = await startMatrixEmulator(root);
} catch (error) {
  rmSync(app.app, { recursive: true, force: true });
  say(`the emulator did not start, so no runtime ran: ${error?.stack ?? error}`);
  process.exit(1);
}
say(`the emulator listens on ${matrix.emu.url}`);

const results = [];
try {
  const queue = [...selected];
  // Two at a time: the machine has two cores, and Chromium alone keeps one busy.
  await Promise.all([0, 1].map(async () => {
    for (let runtime = queue.shift(); runtime; runtime = queue.shift()) results.push(await runOne(runtime));
  }));
} finally {
  await matrix.emu.stop();
  rmSync(app.app, { recursive: true, force: true });
}

results.sort((a, b) => RUNTIMES.findIndex((r) => r.id === a.id) - RUNTIMES.findIndex((r) => r.id === b.id));
const total = ((Date.now() - started) / 1000).toFixed(1);
process.stdout.write(`\n${formatTable(results)}\n`);
const passed = results.filter((r) => r.status === "pass").length;
const unavailable = results.filter((r) => r.status === "unavailable");
const failed = results.length - passed - unavailable.length;
process.stdout.write(`\nRuntimes: ${passed} passed, ${failed} failed, ${unavailable.length} not available here (${total} s)\n`);
writeFileSync(join(cacheDir, "last-run.json"), JSON.stringify({ at: new Date().toISOString(), seconds: Number(total), results }, null, 2));
const meta = { sdk: `${app.packageJson.name}@${app.packageJson.version}` };
// The README's table changes only when asked: a run never rewrites a tracked file by itself.
writeFileSync(join(cacheDir, "table.md"), `${markdownTable(results, meta)}\n`);
if (argv.includes("--write-readme")) {
  if (only) say("--write-readme needs the whole matrix (no --only): README.md left alone");
  else writeReadme(join(root, "README.md"), results, meta);
}
if (unavailable.length && isCI()) {
  say(`CI=true: every runtime is required, and ${unavailable.map((r) => r.label).join(", ")} could not run here`);
} else {
  for (const r of unavailable) recordMissing({ part: `runtime matrix: ${r.label}`, reason: r.reason ?? "not available", enable: r.enable ?? "node runtimes/run.mjs" });
}
process.exit(failed === 0 && (unavailable.length === 0 || !isCI()) ? 0 : 1);

async function runOne(runtime) {
  const t0 = Date.now();
  // TypeScript reads the `types` targets; the ESM one stands for them in the table.
  const expected = runtime.kind === "types" ? "./dist/esm/index.d.ts" : resolveExports(app.packageJson.exports, ".", CONDITIONS[runtime.kind]);
  let outcome;
  if (installProblem && runtime.id !== "chromium") {
    outcome = { status: "unavailable", reason: installProblem, enable: "node runtimes/run.mjs with network access to the npm registry" };
  } else {
    const missingAlbumId = ("0".repeat(22) + runtime.id + "0").slice(-22);
    const cfg = {
      runtime: runtime.id, origin: matrix.emu.url, api: matrix.emu.apiUrl, ...matrix.defaults,
      missingAlbumId, redirectUri: "http://127.0.0.1/callback", pkce: runtime.kind !== "browser",
    };
    const ctx = { modules: join(here, "node_modules"), app: app.app, sdkDir: app.sdkDir, cacheDir, cfg, expected, say };
    try {
      if (runtime.kind === "types") {
        outcome = await runTypeScript(ctx);
      } else {
        await matrix.queueRateLimits(`/v1/albums/${missingAlbumId}`);
        if (runtime.kind === "workerd") outcome = await runWorkerd(ctx);
        else if (runtime.kind === "browser") outcome = await runChromium(ctx);
        else outcome = await runCli(runtime.id, ctx);
      }
    } catch (error) {
      outcome = { status: "fail", reason: `the matrix could not run it: ${error?.stack ?? error}` };
    }
  }
  const result = { id: runtime.id, label: runtime.label, expected, ms: Date.now() - t0, ...verdict(outcome, expected) };
  say(`${runtime.label}: ${result.status}${result.reason ? ` (${result.reason.split("\n")[0]})` : ""} in ${(result.ms / 1000).toFixed(1)} s`);
  return result;
}

/** pass only when every step passed and the build loaded is the one the `exports` conditions pick. */
function verdict(outcome, expected) {
  if (outcome.status === "unavailable" || outcome.status === "fail") return outcome;
  const failedStep = Object.entries(outcome.steps ?? {}).find(([, v]) => String(v).startsWith("FAIL"));
  if (!outcome.ok || failedStep) {
    return { ...outcome, status: "fail", reason: failedStep ? `${failedStep[0]}: ${failedStep[1].slice(6)}` : "the scenario did not finish" };
  }
  if (outcome.build !== expected) {
    return { ...outcome, status: "fail", reason: `loaded ${outcome.build}, but its exports conditions select ${expected}` };
  }
  return { ...outcome, status: "pass" };
}

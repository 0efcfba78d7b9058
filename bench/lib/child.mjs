// Runs one measurement in its own Node process: the worker gets its job as JSON in argv[2] and
// prints one JSON line on stdout. A fresh process per client keeps JIT state, sockets, agents and
// RSS from leaking from one client into the next.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const REPO_DIR = join(BENCH_DIR, "..");

/** An error text without this machine's paths (results are shared and committed). */
export function cleanMessage(text) {
  return String(text).split(`${REPO_DIR}/`).join("").split(REPO_DIR).join(".");
}

/**
 * Runs `fn`, again while it fails because a package's build is missing: `npm run build` of the SDK
 * or the emulator rewrites dist/ for a few seconds, and that says nothing about a client.
 */
export async function whileRebuilding(fn) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= 6 || !/Cannot find module|ERR_MODULE_NOT_FOUND|Could not resolve/.test(e?.message ?? "")) throw e;
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

export function runWorker(worker, job, options = {}) {
  return whileRebuilding(() => runWorkerOnce(worker, job, options));
}

function runWorkerOnce(worker, job, { env = {}, timeoutMs = 120_000 } = {}) {
  const file = join(BENCH_DIR, "workers", worker);
  // A "[baseline]" client loads the SDK built from the --baseline commit (workers/clients.mjs).
  if (String(job.client ?? "").endsWith(" [baseline]")) env = { ...env, BENCH_SDK_DIR: process.env.BENCH_BASELINE_SDK_DIR ?? "" };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, JSON.stringify(job)], {
      cwd: BENCH_DIR,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => { clearTimeout(timer); reject(e); });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split("\n").filter(Boolean).pop();
      let parsed;
      try { parsed = line ? JSON.parse(line) : undefined; } catch { parsed = undefined; }
      if (code === 0 && parsed && !parsed.error) return resolve(parsed);
      const why = parsed?.error ?? (signal ? `killed by ${signal}` : `exit code ${code}`);
      reject(new Error(cleanMessage(`${worker} ${job.client ?? ""}: ${why}${err.trim() ? `\n${err.trim().split("\n").slice(-5).join("\n")}` : ""}`)));
    });
  });
}

/**
 * Runs `clients` rep by rep, rotating the order each rep so no client always goes first (or last)
 * on a machine whose load drifts. Returns { [client]: result[] }; a failing client records its
 * error and is not retried in later reps.
 */
export async function alternate(clients, reps, runOne, log) {
  const results = Object.fromEntries(clients.map((c) => [c, []]));
  const failed = {};
  for (let rep = 0; rep < reps; rep++) {
    const order = clients.map((_, i) => clients[(i + rep) % clients.length]);
    for (const c of order) {
      if (failed[c]) continue;
      try {
        results[c].push(await runOne(c, rep));
      } catch (e) {
        failed[c] = e.message.split("\n")[0];
        log?.(`  ${c}: failed: ${e.message}`);
      }
    }
  }
  return { results, failed };
}

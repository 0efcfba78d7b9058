// Instructions per call, counted by valgrind's callgrind: a cross-check for sections 1 and 2 that
// the machine's load cannot move. Time on a shared 2-core machine swings by more than the targets'
// margins; an instruction count of the same program repeats to within about 0.5 %.
//
//   node bench/instructions.mjs [--calls N] [--only overhead,loopback]
//
// Each client runs in its own `node --single-threaded` process (no background compiler or GC
// threads, so the count repeats) twice: warm-up only, and warm-up plus N calls; the difference
// divided by N is the steady-state cost of one call, start-up and JIT warm-up excluded. Kernel
// time (syscalls) is not counted: the clients compared here make the same syscalls per call
// (checked with strace -c), so the ratio of instructions is the ratio of user-space work.
// Needs valgrind (Debian's package); skips with a message without it. Not part of `npm run bench`:
// it takes several minutes.
import { execFile, execFileSync } from "node:child_process";
import { join } from "node:path";
import { BENCH_DIR } from "./lib/child.mjs";
import { jsonHandler, startServer } from "./lib/servers.mjs";
import { trackJson } from "./lib/payload.mjs";

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const CALLS = Number(arg("calls", 4000));
const WARMUP = 2000;
const only = arg("only", "overhead,loopback").split(",");
const OPTIONS = new Set(["--calls", "--only"]);
const stray = args.some((a, i) => (a.startsWith("--") ? !OPTIONS.has(a) : !OPTIONS.has(args[i - 1])));
if (!Number.isInteger(CALLS) || CALLS < 1 || only.some((s) => s !== "overhead" && s !== "loopback") || stray) {
  console.error("usage: node bench/instructions.mjs [--calls N (a positive integer, default 4000)] [--only overhead,loopback]");
  process.exit(2);
}

try {
  execFileSync("valgrind", ["--version"], { stdio: "ignore" });
} catch {
  console.log("valgrind is not installed (Debian: apt-get install valgrind); nothing measured.");
  process.exit(0);
}

function count(job) {
  const worker = join(BENCH_DIR, "workers", "instructions.mjs");
  return new Promise((resolve, reject) => {
    execFile("valgrind", ["--tool=callgrind", "--callgrind-out-file=/dev/null", process.execPath, "--single-threaded", worker, JSON.stringify(job)],
      { cwd: BENCH_DIR, maxBuffer: 1 << 24, timeout: 30 * 60_000 }, (error, stdout, stderr) => {
        const m = /Collected : (\d+)/.exec(stderr);
        if (error || !m) reject(new Error(`${job.client}: ${(stdout || stderr || String(error)).trim().split("\n").slice(-3).join(" ")}`));
        else resolve(Number(m[1]));
      });
  });
}

/** Instructions per call of each client; the two runs of a client go in parallel (2 cores). */
async function perCall(clients, job) {
  const out = {};
  for (const client of clients) {
    try {
      const [base, full] = await Promise.all([count({ ...job, client, warmup: WARMUP, calls: 0 }), count({ ...job, client, warmup: WARMUP, calls: CALLS })]);
      out[client] = (full - base) / CALLS;
    } catch (e) {
      out[client] = e;
    }
    process.stderr.write(`[instructions] ${job.label} ${client}: ${out[client] instanceof Error ? out[client].message : Math.round(out[client])}\n`);
  }
  return out;
}

function table(title, baseline, results) {
  const fmt = (n) => Math.round(n).toLocaleString("en-US");
  console.log(`\n### ${title}\n\n| client | instructions per call | vs ${baseline} |\n| :-- | --: | --: |`);
  for (const [client, value] of Object.entries(results)) {
    if (value instanceof Error) console.log(`| ${client} | failed: ${value.message} | |`);
    else console.log(`| ${client} | ${fmt(value)} | ${(value / results[baseline]).toFixed(3)} |`);
  }
}

console.log(`# Instructions per call (callgrind), ${CALLS.toLocaleString("en-US")} calls after ${WARMUP.toLocaleString("en-US")} warm-up, Node ${process.version}, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`);
if (only.includes("overhead")) {
  const job = { label: "§1", memory: true, base: "https://api.spotify.com", concurrency: 1 };
  table("§1: in-memory fetch, 3 KB JSON", "raw fetch", await perCall(["raw fetch", "ours (fetch)", "official"], job));
}
if (only.includes("loopback")) {
  const server = await startServer(jsonHandler(trackJson()));
  try {
    for (const concurrency of [1, 50]) {
      const job = { label: `§2 c${concurrency}`, base: server.url, token: "bench-token", concurrency };
      const results = await perCall(["raw fetch", "ours (fetch)", "raw node:http", "ours (node)"], job);
      table(`§2: node:http server on loopback, ${concurrency === 1 ? "sequential" : `${concurrency} concurrent`}`, "raw fetch", results);
    }
  } finally {
    await server.close();
  }
}

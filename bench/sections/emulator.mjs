// 8. Emulator: throughput and p99 of GET /v1/tracks/{id} and GET /v1/search at 50 connections
// (autocannon), ours (rate limit off) against Prism mocking the same spec; start-up time and RSS.
// Each server runs in its own process, started fresh every rep.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { BENCH_DIR, cleanMessage } from "../lib/child.mjs";
import { ensurePrism, PRISM_BIN } from "../lib/deps.mjs";
import { emulatorCli, emulatorToken, memoryOf, probeEmulator, spawnServer, stopChild } from "../lib/emulator.mjs";
import { fmtNum, fmtRange, pairedRatios, summarize } from "../lib/stats.mjs";

export const meta = { id: "emulator", number: 8, title: "Emulator against Prism (autocannon, 50 connections)" };

/** Prism ignores the spec's `servers` URL: serve it a copy whose paths carry the /v1 prefix. */
export function prefixPaths(yamlText) {
  let inPaths = false;
  return yamlText.split("\n").map((line) => {
    if (/^\S/.test(line)) inPaths = line.startsWith("paths:");
    if (inPaths && /^ {2}\/\S*:\s*$/.test(line)) return line.replace(/^ {2}\//, "  /v1/");
    return line;
  }).join("\n");
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function httpReady(url) {
  const r = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await r.arrayBuffer();
  return r.status > 0;
}

async function startOurs() {
  const s = await spawnServer([emulatorCli(), "--port", "0", "--rate-limit", "0"], {
    urlFrom: (out) => /listening on (http:\/\/\S+)/.exec(out)?.[1] ?? null,
    ready: async (url) => (await fetch(`${url}/emulator/health`)).status === 200,
  });
  const token = await emulatorToken(s.url);
  const probe = await probeEmulator(s.url, token);
  if (probe.unavailable) {
    await stopChild(s.child);
    return probe;
  }
  return { ...s, token, trackId: probe.trackId };
}

async function startPrism(specFile) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // -v warn: no log line per request (the emulator writes none either), Prism's fastest setting.
  const s = await spawnServer([PRISM_BIN, "mock", specFile, "-h", "127.0.0.1", "-p", String(port), "-v", "warn"], {
    urlFrom: () => url,
    ready: (u) => httpReady(`${u}/v1/markets`),
    timeoutMs: 90_000,
  });
  return { ...s, token: "prism-accepts-any-token" };
}

async function load(autocannon, url, token, duration) {
  const r = await autocannon({ url, connections: 50, duration, headers: { Authorization: `Bearer ${token}` } });
  const non2xx = r.non2xx + (r["1xx"] ?? 0);
  return { rps: r.requests.average, p99: r.latency.p99, non2xx, errors: r.errors + r.timeouts, total: r.requests.total ?? r.requests.sent };
}

export async function run(ctx) {
  if (!ctx.compared.ready) return { skipped: `autocannon comes with the bench's dependencies: ${ctx.compared.reason}` };
  const require = createRequire(join(BENCH_DIR, "package.json"));
  const autocannon = require("autocannon");
  const duration = ctx.quick ? 2 : 10;
  const reps = ctx.quick ? 1 : Math.min(ctx.reps, 3);
  const prismDeps = ensurePrism(ctx.install, ctx.log);
  const dir = mkdtempSync(join(tmpdir(), "bench-prism-"));
  const specFile = join(dir, "openapi-v1.yml");
  writeFileSync(specFile, prefixPaths(readFileSync(join(BENCH_DIR, "..", "spec", "openapi.yml"), "utf8")));
  const servers = prismDeps.ready ? ["ours", "Prism"] : ["ours"];
  const results = { ours: [], Prism: [] };
  const failed = {};
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const name of rep % 2 ? [...servers].reverse() : servers) {
        if (failed[name]) continue;
        let s;
        try {
          s = name === "ours" ? await startOurs() : await startPrism(specFile);
          if (s.unavailable) { failed[name] = `not available yet: ${s.unavailable}`; continue; }
          const atStart = memoryOf(s.child.pid);
          const trackId = s.trackId ?? "4iV5W9uYEdYUVa79Axb7Rh";
          await load(autocannon, `${s.url}/v1/tracks/${trackId}`, s.token, 1); // warm-up
          const track = await load(autocannon, `${s.url}/v1/tracks/${trackId}`, s.token, duration);
          const search = await load(autocannon, `${s.url}/v1/search?q=love&type=track`, s.token, duration);
          results[name].push({ startMs: s.startMs, rssStartMiB: atStart.rssMiB, peakMiB: memoryOf(s.child.pid).peakMiB, track, search });
        } catch (e) {
          failed[name] = cleanMessage(e.message.split("\n")[0]);
          ctx.log(`  ${name}: failed: ${failed[name]}`);
        } finally {
          if (s?.child) await stopChild(s.child);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const rows = [];
  const data = {};
  const bars = [];
  for (const name of ["ours", "Prism"]) {
    if (!servers.includes(name)) { rows.push([name, `skipped: ${prismDeps.reason}`, "", "", "", "", "", ""]); continue; }
    if (failed[name] && !results[name].length) { rows.push([name, failed[name], "", "", "", "", "", ""]); continue; }
    const rs = results[name];
    const S = (f) => summarize(rs.map(f));
    data[name] = { startMs: S((r) => r.startMs), rssStartMiB: S((r) => r.rssStartMiB), peakMiB: S((r) => r.peakMiB) };
    for (const route of ["track", "search"]) {
      const d = { rps: S((r) => r[route].rps), p99: S((r) => r[route].p99), non2xx: rs.reduce((a, r) => a + r[route].non2xx, 0), errors: rs.reduce((a, r) => a + r[route].errors, 0) };
      if (name === "ours" && results.Prism.length) d.ratioVsPrism = summarize(pairedRatios(rs.map((r) => r[route].rps), results.Prism.map((r) => r[route].rps)));
      data[name][route] = d;
      bars.push({ label: `${name} · ${route === "track" ? "GET /v1/tracks/{id}" : "GET /v1/search"}`, ...d.rps, color: name === "ours" ? "#1db954" : "#888" });
      rows.push([name, route === "track" ? "GET /v1/tracks/{id}" : "GET /v1/search?q=love&type=track", fmtRange(d.rps, 0), d.ratioVsPrism ? `${fmtRange(d.ratioVsPrism, 1)}x` : "–", fmtRange(d.p99, 0), `${d.non2xx} / ${d.errors}`, route === "track" ? fmtRange(data[name].startMs, 0) : "", route === "track" ? `${fmtRange(data[name].rssStartMiB, 0)} / ${fmtRange(data[name].peakMiB, 0)}` : ""]);
    }
  }
  const notes = [
    `autocannon, 50 connections, ${duration} s per route after a 1 s warm-up; each server a fresh process per rep, the emulator with --rate-limit 0, Prism ${prismDeps.ready ? "5.14.2 " : ""}(\`prism mock -v warn\`) mocking spec/openapi.yml with /v1 prefixed to its paths.`,
    "Start-up: from spawn to the first answer (the emulator's /emulator/health, Prism's first mock response), Node's own boot included.",
  ];
  const o = data.ours;
  if (o?.track) {
    const vs = o.track.ratioVsPrism ? `track ${fmtNum(o.track.ratioVsPrism.median, 1)}x, search ${fmtNum(o.search.ratioVsPrism.median, 1)}x Prism's req/s, ` : "";
    notes.push(`Targets ≥ 10x Prism's throughput, start-up ≤ 0.5 s, RSS ≤ 166 MiB: ${vs}start-up ${fmtNum(o.startMs.median / 1000, 2)} s, RSS at start ${fmtNum(o.rssStartMiB.median, 0)} MiB.`);
  }
  return {
    reps: `${reps} rep${reps === 1 ? "" : "s"} per server, alternating`,
    tables: [{ columns: ["server", "route", "req/s", "vs Prism", "p99 ms", "non-2xx / errors", "start-up ms", "RSS MiB at start / peak"], rows }],
    notes,
    data,
    chart: { title: "8. Emulator vs Prism: requests per second at 50 connections (higher is better)", unit: "req/s", digits: 0, bars },
  };
}

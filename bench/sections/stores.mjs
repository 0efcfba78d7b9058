// 10. Shared token stores on the hot path: ours (node) through a Session whose token sits in a
// MemoryTokenStore, a RedisTokenStore (ioredis) or a PostgresTokenStore (pg), against one plain
// node:http server. A cached token should cost no store command per call and CPU per call within
// 5 % of the memory store's; and a cold token read (store.get) Redis p50 ≤ 0.5 ms, Postgres ≤ 1 ms.
import { startServers } from "../../scripts/ensure-servers.mjs";
import { alternate, runWorker } from "../lib/child.mjs";
import { trackJson } from "../lib/payload.mjs";
import { jsonHandler, startServer } from "../lib/servers.mjs";
import { fmtNum, fmtRange, pairedRatios, summarize } from "../lib/stats.mjs";

export const meta = { id: "stores", number: 10, title: "Token stores on the hot path (ours (node), Session, GET /v1/tracks/{id})" };

const STORES = [["memory", "MemoryTokenStore"], ["redis", "RedisTokenStore (ioredis)"], ["postgres", "PostgresTokenStore (pg)"]];

export async function run(ctx) {
  const calls = ctx.quick ? 200 : 4000;
  const warmup = ctx.quick ? 50 : 2000;
  const coldReads = ctx.quick ? 200 : 2000;
  const phases = [
    { name: "seq", label: "sequential", calls, concurrency: 1 },
    { name: "c50", label: "50 concurrent", calls, concurrency: 50 },
  ];
  const servers = await startServers({ say: (line) => ctx.log(`  ${line}`) });
  const missing = Object.fromEntries(servers.missing.map((m) => [m.name, `${m.reason} (install: ${m.install})`]));
  const urls = { redis: servers.env.SPOTIFY_TEST_REDIS_URL, postgres: servers.env.SPOTIFY_TEST_POSTGRES_URL };
  const http = await startServer(jsonHandler(trackJson()));
  let results;
  let failed;
  const present = STORES.filter(([id]) => !missing[id]).map(([id]) => id);
  try {
    ({ results, failed } = await alternate(present, ctx.reps, (store) => runWorker("stores.mjs", {
      client: store, store, url: urls[store], base: http.url, warmup, phases, coldReads,
    }), ctx.log));
  } finally {
    await http.close();
    await servers.stop();
  }
  const columns = ["store", "mode", "store commands per call", "client CPU µs/call", "CPU vs memory store", "wall ms", "cold read p50 ms", "cold read p99 ms"];
  const rows = [];
  const data = {};
  for (const [id, label] of STORES) {
    if (missing[id]) { rows.push([label, `skipped: ${missing[id]}`, "", "", "", "", "", ""]); continue; }
    if (failed[id]) { rows.push([label, `failed: ${failed[id]}`, "", "", "", "", "", ""]); continue; }
    data[id] = {};
    const cold = { p50: summarize(results[id].map((r) => r.cold.p50)), p99: summarize(results[id].map((r) => r.cold.p99)) };
    data[id].cold = cold;
    for (const p of phases) {
      const get = (f) => results[id].map((r) => f(r.phases[p.name]));
      const cpu = summarize(get((x) => x.cpuUsPerCall));
      const ratio = summarize(pairedRatios(get((x) => x.cpuUsPerCall), results.memory?.map((r) => r.phases[p.name].cpuUsPerCall) ?? []));
      const wall = summarize(get((x) => x.wallMs));
      const cmds = summarize(get((x) => x.storeCommandsPerCall));
      const failures = get((x) => x.failures).reduce((a, b) => a + b, 0);
      data[id][p.name] = { cpuUsPerCall: cpu, cpuRatioVsMemory: ratio, wallMs: wall, storeCommandsPerCall: cmds, failures };
      const row = [label, p.label, fmtRange(cmds, 3), fmtRange(cpu, 1), id === "memory" ? "1" : fmtRange(ratio, 3), fmtRange(wall, 0), p.name === "seq" && id !== "memory" ? fmtRange(cold.p50, 3) : "", p.name === "seq" && id !== "memory" ? fmtRange(cold.p99, 3) : ""];
      if (failures) row[1] += ` (${failures} failed)`;
      rows.push(row);
    }
  }
  const notes = [
    `${calls.toLocaleString("en-US")} calls per mode per rep after ${warmup} warm-up calls, each store in its own process, reps alternated; client CPU = process.cpuUsage() over the timed calls; ratios paired within a rep. The servers (redis-server, PostgreSQL) are started for the section on free loopback ports.`,
    `Store commands are counted by a wrapper of the driver's client (ioredis eval/call, pg Pool query/connect); a cold read is store.get of the token (${coldReads.toLocaleString("en-US")} in a row per rep, after the timed calls).`,
  ];
  for (const id of ["redis", "postgres"]) {
    const d = data[id];
    if (!d) continue;
    const limit = id === "redis" ? 0.5 : 1;
    notes.push(`Target ${id}: 0 store commands per call (${fmtNum(d.seq.storeCommandsPerCall?.max, 3)} / ${fmtNum(d.c50.storeCommandsPerCall?.max, 3)}), CPU ≤ 1.05x the memory store's (sequential ${fmtNum(d.seq.cpuRatioVsMemory?.median, 3)}x, 50 concurrent ${fmtNum(d.c50.cpuRatioVsMemory?.median, 3)}x), cold read p50 ≤ ${limit} ms (${fmtNum(d.cold.p50?.median, 3)} ms).`);
  }
  return { tables: [{ caption: "against a plain node:http server", columns, rows }], notes, data };
}

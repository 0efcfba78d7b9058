// 2. Loopback throughput: GET /v1/tracks/{id} (3 KB JSON) against a plain node:http server, and
// against the emulator once it answers; sequential and 50 concurrent.
import { withBaseline } from "../lib/baseline.mjs";
import { alternate, runWorker } from "../lib/child.mjs";
import { emulatorTarget } from "../lib/emulator.mjs";
import { trackJson } from "../lib/payload.mjs";
import { jsonHandler, startServer } from "../lib/servers.mjs";
import { fmtNum, fmtRange, pairedRatios, summarize } from "../lib/stats.mjs";

export const meta = { id: "loopback", number: 2, title: "Loopback throughput (GET /v1/tracks/{id}, 3 KB JSON)" };

export const CLIENTS = ["raw fetch", "raw fetch + timeout", "raw node:http", "ours (fetch)", "ours (node)", "official", "spotify-web-api-node"];
const COMPARED = new Set(["official", "spotify-web-api-node"]);

/**
 * Runs every client against `target` ({ base, token, server, env }) and builds the table rows.
 * Shared with section 3 (HTTPS). `phases`: [{ name, calls, concurrency }].
 */
export async function measureClients(ctx, target, phases, { warmup, showTls = false, only = CLIENTS }) {
  const clients = withBaseline(only.filter((c) => ctx.compared.ready || !COMPARED.has(c)), ctx);
  const skipped = only.filter((c) => !clients.includes(c));
  const { results, failed } = await alternate(clients, ctx.reps, async (client) => {
    target.server?.reset();
    const r = await runWorker("loopback.mjs", { client, base: target.base, token: target.token, trackId: target.trackId, markUrl: target.server?.markUrl, warmup, phases }, { env: target.env });
    return { ...r, server: target.server?.phases() };
  }, ctx.log);
  const rows = [];
  const data = {};
  for (const c of clients) {
    if (failed[c]) { rows.push([c, failed[c].replace(/^[^:]+: /, "").replace(/'[^']*[\\/]([^\\/']+)'/g, "'…/$1'"), "", "", "", "", "", ""]); continue; }
    data[c] = {};
    for (const p of phases) {
      const get = (f) => results[c].map((r) => f(r)).filter((v) => v !== undefined);
      const wall = summarize(get((r) => r.phases[p.name].wallMs));
      const cpu = summarize(get((r) => r.phases[p.name].cpuUsPerCall));
      const rawOf = (f) => results["raw fetch"]?.map((r) => f(r.phases[p.name])) ?? [];
      const cpuRatio = summarize(pairedRatios(get((r) => r.phases[p.name].cpuUsPerCall), rawOf((x) => x.cpuUsPerCall)));
      const wallRatio = summarize(pairedRatios(get((r) => r.phases[p.name].wallMs), rawOf((x) => x.wallMs)));
      const conns = summarize(get((r) => r.server?.[p.name]?.connections));
      const tls = summarize(get((r) => r.server?.[p.name]?.tlsSessions));
      const failures = get((r) => r.phases[p.name].failures).reduce((a, b) => a + b, 0);
      const rss = summarize(get((r) => r.maxRssMiB));
      data[c][p.name] = { wallMs: wall, wallRatioVsRawFetch: wallRatio, cpuUsPerCall: cpu, cpuRatioVsRawFetch: cpuRatio, connections: conns, tlsSessions: tls, failures, maxRssMiB: rss };
      const row = [c, p.label, fmtRange(wall, 0), fmtRange(wallRatio, 2), fmtRange(cpu, 0), fmtRange(cpuRatio, 2), fmtRange(showTls ? tls : conns, 0)];
      if (!showTls) row.push(fmtRange(rss, 0));
      if (failures) row[1] += ` (${failures} failed)`;
      rows.push(row);
    }
  }
  for (const c of skipped) rows.push([c, `skipped: ${ctx.compared.reason}`, "", "", "", "", "", ""]);
  return { rows, data, via: Object.fromEntries(clients.filter((c) => !failed[c]).map((c) => [c, results[c][0]?.via])) };
}

export async function run(ctx) {
  const calls = ctx.quick ? 100 : 4000;
  // Warm-up long enough that the JIT has settled: process.cpuUsage() counts the compiler threads too,
  // and with a few hundred calls the clients with more code were still being compiled when timed.
  const warmup = ctx.quick ? 30 : 2000;
  const phases = [
    { name: "seq", label: "sequential", calls, concurrency: 1 },
    { name: "c50", label: "50 concurrent", calls, concurrency: 50 },
  ];
  const columns = ["client", "mode", "wall ms", "wall vs raw fetch", "client CPU µs/call", "CPU vs raw fetch", "connections opened", "peak RSS MiB"];
  const tables = [];
  const data = {};
  const server = await startServer(jsonHandler(trackJson()));
  try {
    const m = await measureClients(ctx, { base: server.url, server }, phases, { warmup });
    tables.push({ caption: "against a plain node:http server", columns, rows: m.rows });
    data.nodeHttp = m.data;
    data.via = m.via;
  } finally {
    await server.close();
  }
  const emu = await emulatorTarget(ctx);
  if (emu.unavailable) {
    tables.push({ caption: "against the emulator", columns: ["client", "result"], rows: [["all", `not available yet: ${emu.unavailable}`]] });
  } else {
    try {
      // Quick runs compare only raw fetch and ours here: section 8 measures the emulator itself.
      const only = ctx.quick ? ["raw fetch", "ours (fetch)", "ours (node)"] : CLIENTS;
      const m = await measureClients(ctx, emu, phases, { warmup, only });
      tables.push({ caption: "against the emulator (rate limit off)", columns, rows: m.rows });
      data.emulator = m.data;
    } finally {
      await emu.close();
    }
  }
  const notes = [
    `${calls.toLocaleString("en-US")} calls per mode per rep after ${warmup} warm-up calls; each client in its own process; client CPU = process.cpuUsage() of that process (user + system) over the timed calls.`,
    "Connections are counted by the server per mode, warm-up included; peak RSS is the client process's, over both modes. Ratios are paired within a rep.",
  ];
  const ours = data.nodeHttp?.["ours (fetch)"];
  if (ours) notes.push(`Target ours (fetch) ≤ 1.05x raw fetch's client CPU: sequential ${fmtNum(ours.seq.cpuRatioVsRawFetch?.median, 2)}x, 50 concurrent ${fmtNum(ours.c50.cpuRatioVsRawFetch?.median, 2)}x.`);
  const rawTimeout = data.nodeHttp?.["raw fetch + timeout"];
  if (ours && rawTimeout) {
    const vs = (mode) => fmtNum(ours[mode].cpuUsPerCall.median / rawTimeout[mode].cpuUsPerCall.median, 2);
    notes.push(`With a timeout, as ours has by default (\`AbortSignal.timeout(30000)\`), raw fetch's CPU per call is ${fmtNum(rawTimeout.seq.cpuRatioVsRawFetch?.median, 2)}x / ${fmtNum(rawTimeout.c50.cpuRatioVsRawFetch?.median, 2)}x raw fetch's (sequential / 50 concurrent); ours (fetch) against it: ${vs("seq")}x / ${vs("c50")}x (ratio of medians). The gap to raw fetch is undici's handling of the signal a timeout needs.`);
  }
  const node = data.nodeHttp?.["ours (node)"];
  const rawHttp = data.nodeHttp?.["raw node:http"];
  if (node && rawHttp) notes.push(`Target ours (node) ≤ 0.40x raw fetch's CPU and ≤ 1.10x raw node:http's: sequential ${fmtNum(node.seq.cpuRatioVsRawFetch?.median, 2)}x / ${fmtNum(node.seq.cpuUsPerCall.median / rawHttp.seq.cpuUsPerCall.median, 2)}x, 50 concurrent ${fmtNum(node.c50.cpuRatioVsRawFetch?.median, 2)}x / ${fmtNum(node.c50.cpuUsPerCall.median / rawHttp.c50.cpuUsPerCall.median, 2)}x.`);
  return { tables, notes, data };
}

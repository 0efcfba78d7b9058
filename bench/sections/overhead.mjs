// 1. Overhead without network: an in-memory fetch returning a ready 3 KB JSON Response, so what is
// timed is the client's own work per call (URL, headers, token, parsing), not the network.
import { withBaseline } from "../lib/baseline.mjs";
import { alternate, runWorker } from "../lib/child.mjs";
import { fmtNum, fmtRange, pairedRatios, summarize } from "../lib/stats.mjs";

export const meta = { id: "overhead", number: 1, title: "Overhead without network (in-memory fetch, 3 KB JSON)" };

export async function run(ctx) {
  const iterations = ctx.quick ? 1000 : 20000;
  const warmup = ctx.quick ? 300 : 5000;
  const batches = ctx.quick ? 10 : 20;
  // "no timeout" shows what the per-attempt timeout costs (its deadline; the pooled signal stays).
  const clients = withBaseline(["raw fetch", "ours (fetch)", "ours (fetch, no timeout)"], ctx);
  const skipped = [];
  if (ctx.compared.ready) clients.push("official");
  else skipped.push(["official", `skipped: ${ctx.compared.reason}`]);
  const { results, failed } = await alternate(clients, ctx.reps, (client) => runWorker("overhead.mjs", { client, iterations, warmup, batches }), ctx.log);
  const us = Object.fromEntries(clients.map((c) => [c, results[c].map((r) => r.usPerCall)]));
  const raw = us["raw fetch"];
  const rows = [];
  const data = {};
  for (const c of clients) {
    if (failed[c]) { rows.push([c, failed[c], "", "", ""]); continue; }
    const s = summarize(us[c]);
    const delta = summarize(us[c].map((v, i) => v - raw[i]).filter(Number.isFinite));
    const ratio = summarize(pairedRatios(us[c], raw));
    data[c] = { usPerCall: s, deltaUs: delta, ratioVsRaw: ratio, via: results[c][0]?.via };
    rows.push([c, fmtRange(s, 1), c === "raw fetch" ? "–" : fmtRange(delta, 1), c === "raw fetch" ? "1.00" : fmtRange(ratio, 2), results[c][0]?.via ?? ""]);
  }
  rows.push(["spotify-web-api-node", "n/a: it cannot take a custom fetch (superagent on node:http)", "", "", ""]);
  for (const [c, why] of skipped) rows.push([c, why, "", "", ""]);
  const ours = data["ours (fetch)"];
  const notes = [`${iterations.toLocaleString("en-US")} sequential calls per rep after ${warmup.toLocaleString("en-US")} warm-up calls, timed in ${batches} batches; a rep's figure is its fastest batch (other load on the machine only adds time). Δ and ratio are paired within a rep.`];
  if (ours) {
    const ok = ours.deltaUs.median <= 3 && ours.ratioVsRaw.median <= 1.05;
    notes.push(`Target ours ≤ raw + 3 µs and ratio ≤ 1.05: ${ok ? "met" : "not met"} (median Δ ${fmtNum(ours.deltaUs.median, 1)} µs, ratio ${fmtNum(ours.ratioVsRaw.median, 2)}).`);
  }
  return {
    tables: [{ columns: ["client", "µs per call, median (min–max)", "Δ vs raw fetch, µs", "ratio vs raw fetch", "call"], rows }],
    notes,
    data,
    chart: { title: "1. Overhead per call (µs, in-memory fetch; lower is better)", unit: "µs", bars: Object.entries(data).map(([k, v]) => ({ label: k, ...v.usPerCall })) },
  };
}

// 6. Cold import: the wall time of `node -e "import('…')"` against a bare `node -e ""`, the
// variants alternating rep by rep so load drift hits them all alike.
import { spawnSync } from "node:child_process";
import { BENCH_DIR, whileRebuilding } from "../lib/child.mjs";
import { fmtNum, fmtRange, pairedRatios, summarize } from "../lib/stats.mjs";

export const meta = { id: "import", number: 6, title: "Cold import (node -e, wall time)" };

const VARIANTS = [
  { name: "bare node", code: "" },
  { name: "ours", code: "import('spotify-web-api-sdk')" },
  { name: "official", code: "import('@spotify/web-api-ts-sdk')", compared: true },
  { name: "spotify-web-api-node", code: "require('spotify-web-api-node')", compared: true },
];

function timeOnce(code) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-e", code], { cwd: BENCH_DIR, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(r.stderr.toString().trim().split("\n").find((l) => /Error/.test(l)) ?? `exit ${r.status}`);
  return ms;
}

export async function run(ctx) {
  const reps = ctx.quick ? 5 : 30;
  const variants = VARIANTS.filter((v) => !v.compared || ctx.compared.ready);
  const times = Object.fromEntries(variants.map((v) => [v.name, []]));
  const failed = {};
  for (const v of variants) {
    try { await whileRebuilding(async () => timeOnce(v.code)); } catch (e) { failed[v.name] = e.message; } // warms the file cache
  }
  for (let rep = 0; rep < reps; rep++) {
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(i + rep) % variants.length];
      if (failed[v.name]) continue;
      try { times[v.name].push(await whileRebuilding(async () => timeOnce(v.code))); } catch (e) { failed[v.name] = e.message; }
    }
  }
  const bare = times["bare node"];
  const rows = [];
  const data = {};
  for (const v of variants) {
    if (failed[v.name]) { rows.push([v.name, `failed: ${failed[v.name]}`, "", ""]); continue; }
    const s = summarize(times[v.name]);
    const ratio = summarize(pairedRatios(times[v.name], bare));
    const extra = summarize(times[v.name].map((t, i) => t - bare[i]));
    data[v.name] = { ms: s, ratioVsBare: ratio, extraMs: extra };
    rows.push([v.name === "bare node" ? "bare node (`node -e \"\"`)" : `${v.name} (\`${v.code}\`)`, fmtRange(s, 0), v.name === "bare node" ? "1.00" : fmtRange(ratio, 2), v.name === "bare node" ? "–" : fmtRange(extra, 0)]);
  }
  for (const v of VARIANTS.filter((x) => !variants.includes(x))) rows.push([v.name, `skipped: ${ctx.compared.reason}`, "", ""]);
  const notes = ["Each variant a fresh `node -e` process, cwd bench/ (ours resolves to the built package through the workspace link); one untimed run of each first warms the file cache."];
  if (data.ours) notes.push(`Target ours ≤ 1.15x bare node: ${data.ours.ratioVsBare.median <= 1.15 ? "met" : "not met"} (${fmtNum(data.ours.ratioVsBare.median, 2)}x, +${fmtNum(data.ours.extraMs.median, 0)} ms).`);
  return {
    reps: `${reps} reps per variant, alternating`,
    tables: [{ columns: ["variant", "wall ms", "ratio vs bare", "+ms vs bare"], rows }],
    notes,
    data,
  };
}

#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --only overhead,bundle]`: our SDK against raw fetch, raw
// node:http, @spotify/web-api-ts-sdk, spotify-web-api-node and Prism, measured in one run.
// Prints one markdown table per section; writes bench/results/latest.{md,json}, a timestamped
// JSON and chart.svg. Never exits non-zero because of a measurement: the benchmark informs, it
// does not gate CI.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs, SECTIONS, USAGE } from "./lib/args.mjs";
import { BENCH_DIR, cleanMessage } from "./lib/child.mjs";
import { ensureBenchDeps } from "./lib/deps.mjs";
import { renderSvg } from "./lib/svg.mjs";
import { machineInfo, machineLine, markdownTable } from "./lib/table.mjs";
import { prepareBaseline } from "./lib/baseline.mjs";

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`${e.message}\n${USAGE}\n`);
  process.exit(2);
}
if (opts.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const out = (text) => process.stdout.write(`${text}\n`);
const started = Date.now();
const selected = SECTIONS.filter((s) => !opts.only || opts.only.includes(s));
const compared = ensureBenchDeps(opts.install, log);
const machine = machineInfo();
const reps = opts.reps ?? (opts.quick ? 2 : 5);
const baseline = opts.baseline ? prepareBaseline(opts.baseline, log) : null;
if (baseline) process.env.BENCH_BASELINE_SDK_DIR = baseline.sdkDir;
const ctx = { quick: opts.quick, reps, install: opts.install, compared, machine, log, baseline };

const report = { machine, quick: opts.quick, reps, baseline: baseline && { ref: baseline.ref, sha: baseline.sha }, sections: {} };
const markdown = [`# Benchmark results${opts.quick ? " (--quick)" : ""}`, ""];
const charts = {};
out(markdown.join("\n"));

for (const id of selected) {
  const mod = await import(`./sections/${id}.mjs`);
  const { meta } = mod;
  const head = `## ${meta.number}. ${meta.title}`;
  const lines = [head, ""];
  log(`section ${meta.number}: ${meta.id}…`);
  const t0 = Date.now();
  let result;
  try {
    result = await mod.run(ctx);
  } catch (e) {
    result = { error: e.stack ?? String(e) };
  }
  const seconds = (Date.now() - t0) / 1000;
  if (result.unavailable) {
    lines.push(`not available yet: ${result.unavailable}`);
  } else if (result.skipped) {
    lines.push(`skipped: ${result.skipped}`);
  } else if (result.error) {
    lines.push(`failed: ${cleanMessage(String(result.error).split("\n")[0])}`);
    log(result.error);
  } else {
    lines.push(machineLine(machine, result.reps ?? reps, result.extra), "");
    for (const t of result.tables ?? []) {
      if (t.caption) lines.push(`**${t.caption}**`, "");
      lines.push(markdownTable(t.columns, t.rows), "");
    }
    for (const n of result.notes ?? []) lines.push(`- ${n}`);
  }
  lines.push("");
  out(lines.join("\n"));
  markdown.push(...lines);
  if (result.chart) charts[meta.number] = result.chart;
  report.sections[id] = { number: meta.number, title: meta.title, seconds, ...result };
  log(`section ${meta.number} done in ${seconds.toFixed(1)} s`);
}

const total = (Date.now() - started) / 1000;
report.totalSeconds = total;
log(`total ${total.toFixed(1)} s`);

const outDir = resolve(opts.out ?? join(BENCH_DIR, "results"));
mkdirSync(outDir, { recursive: true });
const stamp = machine.date.replace(/[:.]/g, "-");
const json = JSON.stringify(report, null, 2);
writeFileSync(join(outDir, `run-${stamp}.json`), json);
writeFileSync(join(outDir, "latest.json"), json);
writeFileSync(join(outDir, "latest.md"), `${markdown.join("\n")}\n`);
const chartSpecs = [
  charts[1] ?? { title: "1. Overhead per call", unit: "µs", bars: [] },
  charts[4] ?? { title: "4. Token herd: token requests for 100 concurrent calls", unit: "", bars: [] },
  charts[8] ?? { title: "8. Emulator throughput", unit: "req/s", bars: [] },
];
const svg = renderSvg(chartSpecs, machineLine(machine, reps).replace(/_/g, ""));
writeFileSync(join(outDir, "chart.svg"), svg);
log(`results in ${outDir}`);
if (opts.record) record(markdown, svg);

/** Puts this run's tables into bench/README.md (between its markers) and its chart next to it. */
function record(md, chart) {
  const readmePath = join(BENCH_DIR, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const start = "<!-- results:start -->";
  const end = "<!-- results:end -->";
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) return log("README.md has no results markers: nothing recorded");
  // The command as a reader would type it: no --record, no --out (a path of this machine).
  const argv = process.argv.slice(2);
  const args = argv.filter((a, k) => a !== "--record" && a !== "--out" && argv[k - 1] !== "--out" && !a.startsWith("--out=")).join(" ");
  const body = [
    `Recorded by \`npm run bench${args ? ` -- ${args}` : ""}\`: ${selected.length} section${selected.length === 1 ? "" : "s"} in ${total.toFixed(0)} s.`,
    "",
    "![Sections 1, 4 and 8](chart.svg)",
    "",
    ...md.slice(1).map((l) => (l.startsWith("## ") ? `#${l}` : l)),
  ].join("\n").replace(/\n{3,}/g, "\n\n").trim();
  writeFileSync(readmePath, `${readme.slice(0, i + start.length)}\n${body}\n${readme.slice(j)}`);
  writeFileSync(join(BENCH_DIR, "chart.svg"), chart);
  log("recorded in bench/README.md and bench/chart.svg");
}

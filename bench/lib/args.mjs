// Command-line options of bench/run.mjs.
export const SECTIONS = ["overhead", "loopback", "https", "herd", "bundle", "import", "pagination", "emulator", "fixtures", "stores"];

export function parseArgs(argv) {
  const opts = { quick: false, only: null, install: true, out: null, reps: null, help: false, record: false, baseline: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--quick") opts.quick = true;
    else if (a === "--no-install") opts.install = false;
    else if (a === "--record") opts.record = true;
    else if (a === "--help" || a === "-h") opts.help = true;
    else if (a === "--baseline") {
      opts.baseline = argv[++i];
      if (!opts.baseline) throw new Error("--baseline needs a git ref (a commit, tag or branch)");
    } else if (a === "--only" || a === "--out" || a === "--reps") {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      if (a === "--only") opts.only = v.split(",").map((s) => s.trim()).filter(Boolean);
      else if (a === "--out") opts.out = v;
      else opts.reps = Number(v);
    } else if (a.startsWith("--only=")) opts.only = a.slice(7).split(",").filter(Boolean);
    else throw new Error(`unknown option ${a}`);
  }
  if (opts.only) {
    const bad = opts.only.filter((s) => !SECTIONS.includes(s));
    if (bad.length) throw new Error(`unknown section ${bad.join(", ")}; sections: ${SECTIONS.join(", ")}`);
  }
  if (opts.reps !== null && !(Number.isInteger(opts.reps) && opts.reps > 0)) throw new Error("--reps needs a positive integer");
  return opts;
}

export const USAGE = `npm run bench [-- options]
  --quick            fewer reps and calls (under a minute once dependencies are installed)
  --only a,b         run only these sections: ${SECTIONS.join(", ")}
  --reps N           reps per client (default 5, quick 2)
  --no-install       never run npm install; sections needing the compared SDKs are skipped
  --out DIR          where results go (default bench/results)
  --record           also write the tables into bench/README.md and the chart to bench/chart.svg
  --baseline REF     also measure the SDK built at git ref REF ("[baseline]" rows), in the same run`;

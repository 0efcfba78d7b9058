// Markdown tables with the machine line every table carries.
import os from "node:os";

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: (cpus[0]?.model ?? "unknown").replace(/\s+/g, " ").trim(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
  };
}

export function machineLine(machine, reps, extra) {
  const date = machine.date.slice(0, 16).replace("T", " ") + " UTC";
  const bits = [`${machine.cores} cores (${machine.cpu})`, `Node ${machine.node}`, date, typeof reps === "string" ? reps : `${reps} rep${reps === 1 ? "" : "s"} per client, alternating`];
  if (extra) bits.push(extra);
  return `_${bits.join(" · ")}_`;
}

export function markdownTable(columns, rows) {
  const esc = (c) => String(c ?? "").replace(/\|/g, "\\|");
  const lines = [`| ${columns.map(esc).join(" | ")} |`, `|${columns.map((_, i) => (i === 0 ? " :-- " : " --: ")).join("|")}|`];
  for (const r of rows) lines.push(`| ${r.map(esc).join(" | ")} |`);
  return lines.join("\n");
}

// The parts of `npm test` that need something the machine may lack (Chromium, the runtime
// matrix's extra runtimes, servers). In CI (`CI=true`) every part is required: a missing one
// fails. Elsewhere a missing part is skipped, recorded here, and scripts/test.mjs lists it loudly
// at the end of the run with the command that enables it. Dependency-free on purpose.
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** One JSON line per missing part, for the run in progress (`.cache/` is gitignored). */
export const MISSING_FILE = join(root, ".cache", "missing-parts.jsonl");

/** Whether this is CI, where every part is required (`CI=true`, `CI=1`, as CI services set it). */
export function isCI() {
  const ci = (process.env.CI ?? "").toLowerCase();
  return ci !== "" && ci !== "0" && ci !== "false";
}

/**
 * Records that `part` could not run here, and why, with the command that enables it.
 * @param {{ part: string, reason: string, enable: string }} missing
 */
export function recordMissing({ part, reason, enable }) {
  mkdirSync(dirname(MISSING_FILE), { recursive: true });
  appendFileSync(MISSING_FILE, `${JSON.stringify({ part, reason, enable })}\n`);
}

/** The parts recorded since the last `clearMissing()`, each once. */
export function readMissing() {
  if (!existsSync(MISSING_FILE)) return [];
  const seen = new Map();
  for (const line of readFileSync(MISSING_FILE, "utf8").split("\n")) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line);
      seen.set(`${entry.part}\n${entry.reason}`, entry);
    } catch {
      // A line cut short by a killed process: the rest still count.
    }
  }
  return [...seen.values()];
}

export function clearMissing() {
  rmSync(MISSING_FILE, { force: true });
}

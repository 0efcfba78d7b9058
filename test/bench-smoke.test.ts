// Keeps the benchmark from rotting: `bench/run.mjs --quick --only overhead` must still run and
// print its table. Never checks a figure (performance targets live in the benchmark itself), and
// never installs the bench's own dependencies: with --no-install, rows that need the compared SDKs
// are skipped with a reason when bench/node_modules is absent.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = mkdtempSync(join(tmpdir(), "bench-smoke-"));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function runBench(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, "bench", "run.mjs"), ...args], { cwd: root, timeout: 45_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe("bench smoke", () => {
  it("runs the overhead section in quick mode and prints its table", async () => {
    const { code, stdout, stderr } = await runBench(["--quick", "--only", "overhead", "--reps", "2", "--no-install", "--out", outDir]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain("## 1. Overhead without network");
    expect(stdout).toMatch(/\| client \| µs per call/);
    // A measured figure for raw fetch and for our SDK, not an error text.
    expect(stdout).toMatch(/\| raw fetch \| \d[\d,.]* /);
    expect(stdout).toMatch(/\| ours \(fetch\) \| \d[\d,.]* /);
    // The official SDK is measured when the bench's dependencies are installed, else skipped with a reason.
    expect(stdout).toMatch(/\| official \| (\d[\d,.]* |skipped: )/);
    expect(stdout).toMatch(/cores .* Node v\d+/);
    const json = JSON.parse(readFileSync(join(outDir, "latest.json"), "utf8")) as { sections: Record<string, { data?: Record<string, unknown> }> };
    expect(Object.keys(json.sections)).toEqual(["overhead"]);
    expect(json.sections.overhead?.data?.["ours (fetch)"]).toBeDefined();
    expect(readFileSync(join(outDir, "chart.svg"), "utf8")).toMatch(/^<svg /);
  }, 60_000);

  it("refuses an unknown section with a usage message", async () => {
    const { code, stderr } = await runBench(["--only", "nope", "--out", outDir]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown section nope");
  });
});

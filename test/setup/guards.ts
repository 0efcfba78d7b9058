// Fails the run on any unhandled rejection and on any console.* call made while a test runs:
// the SDK and the emulator must never print on their own or leave a promise rejected unobserved.
import { afterEach, beforeEach, vi } from "vitest";

const unhandled: unknown[] = [];
process.on("unhandledRejection", (reason) => { unhandled.push(reason); });

const consoleCalls: string[] = [];
beforeEach(() => {
  consoleCalls.length = 0;
  for (const level of ["log", "info", "warn", "error", "debug", "trace"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleCalls.push(`console.${level}: ${args.map(String).join(" ").slice(0, 200)}`);
    });
  }
});

afterEach(async () => {
  // Let rejections from the test's last microtasks surface before judging.
  await new Promise((resolve) => setImmediate(resolve));
  vi.restoreAllMocks();
  if (unhandled.length) {
    const reasons = unhandled.splice(0).map((r) => (r instanceof Error ? `${r.name}: ${r.message}` : String(r)));
    throw new Error(`unhandled rejection(s) during this test:\n${reasons.join("\n")}`);
  }
  if (consoleCalls.length) {
    throw new Error(`console output during this test:\n${consoleCalls.join("\n")}`);
  }
});

// Starts the emulator (its build, from packages/emulator/dist) for a matrix run: auto-approve on,
// so PKCE needs no person; the rate limit off, so eight runtimes at once never trip it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * @param {string} root the repository root
 * @returns {Promise<{ emu: any, defaults: { clientId: string, clientSecret: string }, queueRateLimits(path: string): Promise<void> }>}
 */
export async function startMatrixEmulator(root) {
  // RUNTIMES_EMULATOR_DIST: another emulator build (e.g. of a clean checkout while the tree is mid-edit).
  const dist = process.env.RUNTIMES_EMULATOR_DIST ?? join(root, "packages", "emulator", "dist");
  if (!existsSync(join(dist, "index.js"))) throw new Error("packages/emulator is not built (run `npm run build`)");
  const mod = await import(pathToFileURL(join(dist, "index.js")).href);
  const emu = await mod.startEmulator({ port: 0, autoApprove: true, rateLimit: 0 });
  return {
    emu,
    defaults: { clientId: mod.DEFAULT_APP.clientId, clientSecret: mod.DEFAULT_APP.clientSecret },
    /** Two 429s with `Retry-After: 1` for the next two requests to `path` (exactly that prefix). */
    async queueRateLimits(path) {
      const response = await fetch(`${emu.controlUrl}/faults`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ match: { path }, count: 2, kind: "rate-limit", retryAfter: 1 }),
      });
      if (response.status !== 201) throw new Error(`the emulator refused the fault: ${response.status} ${await response.text()}`);
    },
  };
}

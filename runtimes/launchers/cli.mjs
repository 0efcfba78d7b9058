// The launcher for runtimes that run a file from the command line: Node, Deno and Bun. It runs in
// a throwaway app folder beside node_modules/spotify-web-api-sdk (the packed tarball, extracted), so
// `import "spotify-web-api-sdk"` goes through the runtime's own resolver and `exports` conditions.
import { runScenario } from "./scenario.mjs";
import { buildMarker, resultLine } from "./result.mjs";

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
const cfg = JSON.parse(args[0]);
const version = globalThis.Deno ? `deno ${globalThis.Deno.version.deno}`
  : globalThis.Bun ? `bun ${globalThis.Bun.version}` : `node ${globalThis.process.version}`;

let resolved;
try {
  resolved = import.meta.resolve("spotify-web-api-sdk");
} catch (error) {
  resolved = `unresolved (${error?.message ?? error})`;
}
let result;
try {
  const sdk = await import("spotify-web-api-sdk");
  result = { ...(await runScenario(sdk, cfg)), marker: buildMarker(sdk) };
} catch (error) {
  result = { ok: false, steps: { import: `FAIL: ${error?.name}: ${error?.message}` }, facts: {} };
}
globalThis.console.log(resultLine({ runtime: cfg.runtime, version, resolved, ...result }));
if (globalThis.Deno) globalThis.Deno.exit(0);
else globalThis.process.exit(0);

// The Cloudflare Worker launcher: workerd runs it; the host asks it, over loopback, to run the
// scenario. `spotify-web-api-sdk` is a module of this Worker's bundle (listed by the host, as wrangler
// would bundle it with the workerd/worker/browser conditions); the Worker itself calls the emulator.
import * as sdk from "spotify-web-api-sdk";
import { runScenario } from "./scenario.mjs";
import { buildMarker, resultLine } from "./result.mjs";

export default {
  async fetch(request, env) {
    const cfg = JSON.parse(env.MATRIX_CONFIG);
    let result;
    try {
      result = { ...(await runScenario(sdk, cfg)), marker: buildMarker(sdk) };
    } catch (error) {
      result = { ok: false, steps: { scenario: `FAIL: ${error?.name}: ${error?.message}` }, facts: {} };
    }
    return new Response(resultLine({ runtime: cfg.runtime, version: env.WORKERD_VERSION, resolved: env.SDK_RESOLVED, ...result }));
  },
};

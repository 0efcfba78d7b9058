// The Chromium launcher: a module script in a page served from 127.0.0.1 (a secure context).
// The import map (written by the host from the exports map's browser conditions, as Vite would)
// maps `spotify-web-api-sdk`. Runs the scenario, then a real PKCE redirect: to the emulator's
// /authorize (auto-approved) and back to /callback, where the SDK exchanges the code.
import * as sdk from "spotify-web-api-sdk";
import { runScenario } from "./scenario.mjs";
import { buildMarker, resultLine } from "./result.mjs";

const KEY = "runtime-matrix";
const finish = (result) => {
  sessionStorage.removeItem(KEY);
  globalThis.__matrixResult = resultLine(result);
};

async function main() {
  const here = new URL(location.href);
  if (here.pathname !== "/callback") {
    const cfg = JSON.parse(here.searchParams.get("cfg"));
    const base = {
      runtime: cfg.runtime, version: navigator.userAgent.match(/Chrom(e|ium)\/[\d.]+/)?.[0] ?? navigator.userAgent,
      resolved: document.querySelector("script[type=importmap]") ? JSON.parse(document.querySelector("script[type=importmap]").textContent).imports["spotify-web-api-sdk"] : undefined,
      marker: buildMarker(sdk),
    };
    const result = { ...base, ...(await runScenario(sdk, { ...cfg, pkce: false })) };
    sessionStorage.setItem(KEY, JSON.stringify({ cfg, result }));
    const redirectUri = `${location.origin}/callback`;
    const user = sdk.SpotifyApi.withUserAuthorization(cfg.clientId, redirectUri, ["user-read-private"], { baseUrl: cfg.api, accountsBaseUrl: cfg.origin });
    // Navigates away: the rest happens on /callback.
    await user.authenticate();
    return;
  }
  const saved = JSON.parse(sessionStorage.getItem(KEY) ?? "null");
  if (!saved) throw new Error("returned to /callback without the first half of the run");
  const { cfg, result } = saved;
  try {
    const user = sdk.SpotifyApi.withUserAuthorization(cfg.clientId, `${location.origin}/callback`, ["user-read-private"], { baseUrl: cfg.api, accountsBaseUrl: cfg.origin });
    const { authenticated } = await user.authenticate();
    if (!authenticated) throw new Error("authenticate() on the callback did not complete");
    if (location.search.includes("code=")) throw new Error("the code was left in the address bar");
    const me = await user.currentUser.profile();
    if (!me.id) throw new Error("no profile with the user's token");
    result.steps.pkce = "ok (browser redirect flow)";
  } catch (error) {
    result.steps.pkce = `FAIL: ${error?.name}: ${error?.message}`;
    result.ok = false;
  }
  finish(result);
}

main().catch((error) => finish({ ok: false, steps: { page: `FAIL: ${error?.name}: ${error?.message}` } }));

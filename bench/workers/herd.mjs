// Section 4 worker: 100 calls started together, cold, after the token expired and inside the
// renewal window. The clock is moved by offsetting Date.now (both SDKs read it for expiry), so
// no scenario waits an hour.
import { finish, fail, loadOurs, oursGetTrack } from "./clients.mjs";
import { TRACK_ID } from "../lib/payload.mjs";
import http from "node:http";

const job = JSON.parse(process.argv[2]);
const realNow = Date.now;
let offsetMs = 0;
Date.now = () => realNow() + offsetMs;

function mark(name) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${job.markUrl}/${name}`, { method: "POST", agent: false }, (res) => { res.resume(); res.on("end", resolve); });
    req.on("error", reject);
    req.end();
  });
}

async function makeHerdClient(name, base) {
  if (name === "ours" || name === "ours [baseline]") {
    const { SpotifyApi } = await loadOurs();
    const sdk = SpotifyApi.withClientCredentials("bench-client", "bench-secret", [], { baseUrl: `${base}/v1`, accountsBaseUrl: base });
    return oursGetTrack(sdk).get;
  }
  if (name === "official") {
    const { SpotifyApi } = await import("@spotify/web-api-ts-sdk");
    // 1.2.0 sends token requests to accounts.spotify.com through the global fetch: redirect them.
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => realFetch(String(input).replace("https://accounts.spotify.com", base), init);
    SpotifyApi.rootUrl = `${base}/v1/`;
    const sdk = SpotifyApi.withClientCredentials("bench-client", "bench-secret");
    return (id) => sdk.tracks.get(id);
  }
  throw new Error(`unknown client ${name}`);
}

try {
  const get = await makeHerdClient(job.client, job.base);
  const scenarios = {};
  const steps = [
    ["cold", 0],
    ["expired", 3_600_000 + 5_000], // 5 s past the first token's expiry
    ["window", 3_600_000 - 30_000], // 30 s before the renewed token's expiry (the SDK renews 60 s ahead)
  ];
  for (const [name, advance] of steps) {
    offsetMs += advance;
    await mark(name);
    const t0 = process.hrtime.bigint();
    const settled = await Promise.allSettled(Array.from({ length: job.calls }, () => get(TRACK_ID)));
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const failures = settled.filter((s) => s.status === "rejected" || typeof s.value?.id !== "string");
    scenarios[name] = { wallMs, failures: failures.length, firstFailure: failures[0]?.reason?.message };
  }
  await mark("end");
  finish({ scenarios });
} catch (e) {
  fail(e);
}

// The clients under comparison, each behind the same `getTrack(id)` so every worker times the
// same thing. Loaded inside a worker process only (one client per process).
import http from "node:http";
import https from "node:https";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
export const TOKEN = "bench-access-token";

export function longLivedToken(token = TOKEN) {
  return { access_token: token, token_type: "Bearer", expires_in: 3600, refresh_token: "bench-refresh", expires: Date.now() + 3_600_000 };
}

/**
 * Our SDK, from its build (packages/sdk/dist through the workspace link), or from the baseline
 * build when the bench set BENCH_SDK_DIR for this worker (`--baseline`).
 */
export async function loadOurs(subpath = ".") {
  const dir = process.env.BENCH_SDK_DIR;
  if (!dir) return import(subpath === "." ? "spotify-web-api-sdk" : `spotify-web-api-sdk/${subpath.slice(2)}`);
  const { exports } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const target = exports[subpath]?.node?.import?.default ?? exports[subpath]?.node?.default ?? exports[subpath]?.import?.default ?? exports[subpath]?.default;
  if (typeof target !== "string") throw new Error(`the baseline build has no ${subpath} entry for Node`);
  return import(pathToFileURL(join(dir, target)).href);
}

/** The Node transport factory of our SDK, or null while it does not exist. */
export async function findNodeTransport() {
  const mods = [];
  try { mods.push(await loadOurs("./node")); } catch { /* no node entry */ }
  mods.push(await loadOurs());
  for (const m of mods) {
    for (const [name, value] of Object.entries(m)) {
      if (typeof value === "function" && /^create\w*NodeTransport$/i.test(name)) return { name, create: value };
    }
  }
  return null;
}

/** `sdk.tracks.get` once the endpoint groups exist, `makeRequest` before. */
export function oursGetTrack(sdk) {
  if (sdk.tracks && typeof sdk.tracks.get === "function") return { via: "tracks.get", get: (id) => sdk.tracks.get(id) };
  return { via: "makeRequest", get: (id) => sdk.makeRequest("GET", `tracks/${id}`) };
}

/**
 * Builds a client. `base` is the server origin (no /v1); `fetchImpl` replaces fetch where a client
 * accepts one. Returns { getTrack(id), via, close?() }.
 */
export async function makeClient(name, { base, fetchImpl, token = TOKEN }) {
  // "[baseline]" clients are the same clients on the baseline build (loadOurs reads BENCH_SDK_DIR).
  switch (name.replace(/ \[baseline\]$/, "")) {
    case "raw fetch": {
      const f = fetchImpl ?? globalThis.fetch;
      return {
        via: "fetch + json()",
        async getTrack(id) {
          const r = await f(`${base}/v1/tracks/${id}`, { headers: { Authorization: `Bearer ${token}` } });
          if (!r.ok) throw new Error(`status ${r.status}`);
          return r.json();
        },
      };
    }
    case "raw fetch + timeout": {
      // What a careful hand-written call looks like: the same 30 s per-call timeout as the SDK's default.
      const f = fetchImpl ?? globalThis.fetch;
      return {
        via: "fetch + AbortSignal.timeout(30000) + json()",
        async getTrack(id) {
          const r = await f(`${base}/v1/tracks/${id}`, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(30_000) });
          if (!r.ok) throw new Error(`status ${r.status}`);
          return r.json();
        },
      };
    }
    case "raw node:http": {
      const secure = base.startsWith("https:");
      const agent = new (secure ? https : http).Agent({ keepAlive: true, maxSockets: 50 });
      const mod = secure ? https : http;
      return {
        via: "http.get + keep-alive Agent",
        getTrack(id) {
          return new Promise((resolve, reject) => {
            const req = mod.get(`${base}/v1/tracks/${id}`, { agent, headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } }, (res) => {
              const chunks = [];
              res.on("data", (c) => chunks.push(c));
              res.on("end", () => {
                if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
                try { resolve(JSON.parse(Buffer.concat(chunks).toString("utf8"))); } catch (e) { reject(e); }
              });
              res.on("error", reject);
            });
            req.on("error", reject);
          });
        },
        close: () => agent.destroy(),
      };
    }
    case "official": {
      const { SpotifyApi } = await import("@spotify/web-api-ts-sdk");
      SpotifyApi.rootUrl = `${base}/v1/`;
      const sdk = SpotifyApi.withAccessToken("bench-client", longLivedToken(token), fetchImpl ? { fetch: fetchImpl } : undefined);
      return { via: "tracks.get", getTrack: (id) => sdk.tracks.get(id) };
    }
    case "spotify-web-api-node": {
      if (fetchImpl) throw new Error("spotify-web-api-node cannot take a custom fetch (superagent on node:http)");
      patchWebApiNode(base);
      const SpotifyWebApi = require("spotify-web-api-node");
      const api = new SpotifyWebApi();
      api.setAccessToken(token);
      return { via: "getTrack", getTrack: async (id) => (await api.getTrack(id)).body };
    }
    case "ours (fetch)": {
      const { SpotifyApi } = await loadOurs();
      const sdk = SpotifyApi.withAccessToken("bench-client", longLivedToken(token), { baseUrl: `${base}/v1`, fetch: fetchImpl ?? ((u, i) => globalThis.fetch(u, i)) });
      const { via, get } = oursGetTrack(sdk);
      return { via, getTrack: get };
    }
    case "ours (fetch, no timeout)": {
      const { SpotifyApi } = await loadOurs();
      const sdk = SpotifyApi.withAccessToken("bench-client", longLivedToken(token), { baseUrl: `${base}/v1`, timeout: 0, fetch: fetchImpl ?? ((u, i) => globalThis.fetch(u, i)) });
      const { via, get } = oursGetTrack(sdk);
      return { via: `${via}, timeout: 0`, getTrack: get };
    }
    case "ours (node)": {
      const nt = await findNodeTransport();
      if (!nt) throw new Error("not available yet: the Node transport");
      const { SpotifyApi } = await loadOurs();
      const sdk = SpotifyApi.withAccessToken("bench-client", longLivedToken(token), { baseUrl: `${base}/v1`, transport: nt.create() });
      const { via, get } = oursGetTrack(sdk);
      return { via: `${via} + ${nt.name}()`, getTrack: get };
    }
    default:
      throw new Error(`unknown client ${name}`);
  }
}

/** spotify-web-api-node hard-codes https://api.spotify.com:443: point its request builder elsewhere. */
export function patchWebApiNode(base, accountsBase = base) {
  const Request = require("spotify-web-api-node/src/base-request");
  const proto = Object.getPrototypeOf(Request.builder());
  if (proto.__benchPatched) return;
  proto.__benchPatched = true;
  const build = proto.build;
  proto.build = function patchedBuild() {
    const target = new URL(this.host === "accounts.spotify.com" ? accountsBase : base);
    this.host = target.hostname;
    this.port = Number(target.port) || (target.protocol === "https:" ? 443 : 80);
    this.scheme = target.protocol.replace(":", "");
    return build.call(this);
  };
}

/** Prints the worker's one JSON result line and exits (some clients keep timers alive). */
export function finish(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
}

export function fail(error) {
  process.stdout.write(`${JSON.stringify({ error: String(error?.message ?? error) })}\n`, () => process.exit(1));
}

/**
 * `calls` calls of `get(id)` on `concurrency` lanes; a call that throws or answers without an `id`
 * is a failure (the first one kept to report).
 */
export async function runCalls(get, id, calls, concurrency) {
  let next = 0;
  let failures = 0;
  let firstError;
  async function lane() {
    while (next < calls) {
      next++;
      try {
        const t = await get(id);
        if (typeof t?.id !== "string") throw new Error("wrong answer");
      } catch (e) {
        failures++;
        firstError ??= e;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, lane));
  return { failures, firstError };
}

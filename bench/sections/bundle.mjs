// 5. Bundle size: what a browser app ships for a given use, bundled by esbuild (browser platform,
// ESM, minified, tree-shaken, esbuild's default target esnext), then gzip -9 and brotli -11 with
// node:zlib. Deterministic: one rep.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { BENCH_DIR, whileRebuilding } from "../lib/child.mjs";
import { fmtNum } from "../lib/stats.mjs";

export const meta = { id: "bundle", number: 5, title: "Bundle size (esbuild, browser, minified)" };

const OURS = "spotify-web-api-sdk";
// Targets (gzip), issue 21: every feature kept, the reductions its prototypes measured (modular
// -1,163 B, PKCE modular -2,858 B, facade -690 B) taken from main at the start of 2026-12-07's
// second session (19,749 / 25,463 / 33,732 B from dist, this section's measure).
const MODULAR_MAX = 18_586;
const PKCE_MODULAR_MAX = 22_605;
const FACADE_MAX = 33_042;
const OFFICIAL = "@spotify/web-api-ts-sdk";
const TRACK = "4iV5W9uYEdYUVa79Axb7Rh";

const CASES = [
  {
    name: "client credentials + tracks.get (SpotifyApi facade)",
    code: (pkg) => `import { SpotifyApi } from "${pkg}";
const sdk = SpotifyApi.withClientCredentials("client-id", "client-secret");
sdk.tracks.get("${TRACK}").then((t) => document.title = t.name);`,
  },
  {
    // The modular entry: a core client (createClient) and one group class. The official SDK has none.
    name: "client credentials + tracks.get (modular: createClient + TracksEndpoints)",
    code: (pkg) => `import { createClient, ClientCredentialsStrategy, TracksEndpoints } from "${pkg}";
const tracks = new TracksEndpoints(createClient({ auth: new ClientCredentialsStrategy("client-id", "client-secret") }));
tracks.get("${TRACK}").then((t) => document.title = t.name);`,
    official: "n/a: the official SDK has no modular entry (only the SpotifyApi facade)",
  },
  {
    name: "PKCE + currentUser.profile (SpotifyApi facade)",
    code: (pkg) => `import { SpotifyApi } from "${pkg}";
const sdk = SpotifyApi.withUserAuthorization("client-id", "https://example.com/callback", ["user-read-private"]);
sdk.currentUser.profile().then((u) => document.title = u.display_name);`,
  },
  {
    // CurrentUserEndpoints is the light group (profile, top items, follows): no library sub-groups.
    name: "PKCE + currentUser.profile (modular: createClient + CurrentUserEndpoints)",
    code: (pkg) => `import { createClient, AuthorizationCodeWithPKCEStrategy, CurrentUserEndpoints } from "${pkg}";
const me = new CurrentUserEndpoints(createClient({ auth: new AuthorizationCodeWithPKCEStrategy("client-id", "https://example.com/callback", ["user-read-private"]) }));
me.profile().then((u) => document.title = u.display_name);`,
    official: "n/a: the official SDK has no modular entry (only the SpotifyApi facade)",
  },
  { name: "the whole package", code: (pkg) => `export * from "${pkg}";` },
];

async function size(esbuild, code) {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: BENCH_DIR, loader: "js", sourcefile: "entry.js" },
    bundle: true, minify: true, format: "esm", platform: "browser", target: "esnext", write: false,
    logLevel: "silent", define: { "process.env.NODE_ENV": '"production"' },
  });
  const bytes = result.outputFiles[0].contents;
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export async function run(ctx) {
  if (!ctx.compared.ready) return { skipped: `esbuild comes with the bench's dependencies: ${ctx.compared.reason}` };
  const esbuild = await import("esbuild");
  const rows = [];
  const data = {};
  const B = (n) => `${fmtNum(n, 0)} B`;
  for (const c of CASES) {
    for (const [label, pkg] of [["ours", OURS], ["official", OFFICIAL]]) {
      if (label === "official" && c.official) {
        rows.push([c.name, label, c.official, "", ""]);
        continue;
      }
      try {
        const s = await whileRebuilding(() => size(esbuild, c.code(pkg)));
        data[`${label}: ${c.name}`] = s;
        rows.push([c.name, label, B(s.raw), B(s.gzip), B(s.brotli)]);
      } catch (e) {
        rows.push([c.name, label, `failed: ${e.message.split("\n")[0]}`, "", ""]);
      }
    }
  }
  const ours = (c) => data[`ours: ${c.name}`];
  const [facade, modular, , pkceModular] = CASES.map(ours);
  const notes = ["esbuild --bundle --minify --format=esm --platform=browser (target esnext, esbuild's default); gzip level 9 and brotli quality 11 (node:zlib)."];
  for (const [what, s, max] of [["facade", facade, FACADE_MAX], ["modular", modular, MODULAR_MAX], ["PKCE modular", pkceModular, PKCE_MODULAR_MAX]]) {
    if (s) notes.push(`Target ${what} ≤ ${B(max)} gzip: ${s.gzip <= max ? "met" : "not met"} (${B(s.gzip)}).`);
  }
  if (facade && modular) notes.push(`The modular client ships ${B(facade.gzip - modular.gzip)} less than the facade; what remains is the core every call needs: the pipeline (retries, timeouts, rate-limit pauses, typed errors), token lifecycle and ID parsing.`);
  const official = data[`official: ${CASES[0].name}`];
  if (official) notes.push(`The official SDK (${B(official.gzip)} for the facade case) is shown for comparison, not as a target: it has none of these features.`);
  return {
    reps: "one build each (sizes are deterministic)",
    extra: `esbuild ${esbuild.version}`,
    tables: [{ columns: ["what the app uses", "SDK", "minified", "gzip", "brotli"], rows }],
    notes,
    data,
  };
}

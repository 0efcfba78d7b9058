// 5. Bundle size: what a browser app ships for a given use, bundled by esbuild (browser platform,
// ESM, minified, tree-shaken), then gzip -9 and brotli -11 with node:zlib. Deterministic: one rep.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { BENCH_DIR, whileRebuilding } from "../lib/child.mjs";
import { fmtNum } from "../lib/stats.mjs";

export const meta = { id: "bundle", number: 5, title: "Bundle size (esbuild, browser, minified)" };

const OURS = "spotify-web-sdk";
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
    name: "PKCE + currentUser.profile",
    code: (pkg) => `import { SpotifyApi } from "${pkg}";
const sdk = SpotifyApi.withUserAuthorization("client-id", "https://example.com/callback", ["user-read-private"]);
sdk.currentUser.profile().then((u) => document.title = u.display_name);`,
  },
  { name: "the whole package", code: (pkg) => `export * from "${pkg}";` },
];

/** Subpath exports of our package beyond the main entry and the Node helpers: a modular entry. */
function modularEntries() {
  const require = createRequire(join(BENCH_DIR, "package.json"));
  const pkg = JSON.parse(readFileSync(require.resolve("spotify-web-sdk/package.json"), "utf8"));
  return Object.keys(pkg.exports ?? {}).filter((k) => ![".", "./node", "./package.json"].includes(k));
}

async function size(esbuild, code) {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: BENCH_DIR, loader: "js", sourcefile: "entry.js" },
    bundle: true, minify: true, format: "esm", platform: "browser", target: "es2020", write: false,
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
      try {
        const s = await whileRebuilding(() => size(esbuild, c.code(pkg)));
        data[`${label}: ${c.name}`] = s;
        rows.push([c.name, label, B(s.raw), B(s.gzip), B(s.brotli)]);
      } catch (e) {
        rows.push([c.name, label, `failed: ${e.message.split("\n")[0]}`, "", ""]);
      }
    }
  }
  const modular = modularEntries();
  rows.splice(2, 0, ["modular entry (core client + per-group import)", "ours", modular.length ? `subpaths ${modular.join(", ")}: not measured yet` : "not available yet: the package has no modular entry", "", ""]);
  const facade = data[`ours: ${CASES[0].name}`];
  const notes = ["esbuild --bundle --minify --format=esm --platform=browser; gzip level 9 and brotli quality 11 (node:zlib)."];
  if (facade) notes.push(`Target facade ≤ 6,110 B gzip: ${facade.gzip <= 6110 ? "met" : "not met"} (${B(facade.gzip)}; the official SDK: ${B(data[`official: ${CASES[0].name}`]?.gzip)}).`);
  return {
    reps: "one build each (sizes are deterministic)",
    extra: `esbuild ${esbuild.version}`,
    tables: [{ columns: ["what the app uses", "SDK", "minified", "gzip", "brotli"], rows }],
    notes,
    data,
  };
}

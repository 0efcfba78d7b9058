// Builds the SDK:
// - tsc emits ESM and CJS with declarations for each, so `import` and `require` both get types of
//   the right module kind;
// - esbuild then bundles the ESM entry points. Loading ~60 small modules cost more than the SDK's
//   own start-up: a bundled entry imports about 0.1 s faster in Node. The bundle stays ESM with
//   `sideEffects: false`, so bundlers still tree-shake it. Two bundles:
//   - the fetch build (`index.js`: browsers, Deno, Bun, workers), on its own;
//   - the Node build (`node/entry.js`, what `import "spotify-web-api-sdk"` is in Node, and
//     `node/index.js`, the `spotify-web-api-sdk/node` subpath) with code splitting, so the two share
//     one copy of every class and `instanceof` holds across them. No process loads both builds
//     (the `node` export condition picks one), so they need not share code. Bundled apart, the
//     Node entry loads as 3 files instead of 5: about 3 % of bare Node's start-up less in wall
//     time (file reads and module records; V8's instructions are the same).
// It builds into a staging folder and swaps it in at the end, so a process reading dist/ while a
// build runs (a test, the tour) never sees it half-written.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = require.resolve("typescript/bin/tsc");
const staging = join(pkg, `.dist-staging-${process.pid}`);
const dist = join(pkg, "dist");
/** The ESM files the `exports` map points at, in bundles that share code within themselves only. */
const ESM_BUNDLES = [["index.js"], ["node/entry.js", "node/index.js"], ["redis/index.js", "postgres/index.js"]];
/**
 * The store adapters (`/redis`, `/postgres`) take the error classes and the shared pause
 * (`sharePauseThrough`) from the package's own entry instead of a copy: `instanceof
 * TokenStoreError` (and `SpotifyError`) holds for what they throw whichever build of the SDK the
 * app loaded (Node's or the fetch one), and the fleet pause's code ships once.
 */
const ADAPTER_BUNDLE = 2;
const shareErrors = (esmDir) => ({
  name: "share-errors",
  setup(build) {
    const shared = [join(esmDir, "errors.js"), join(esmDir, "auth", "fleet-pause.js")];
    build.onResolve({ filter: /\/(errors|fleet-pause)\.js$/ }, (args) =>
      shared.includes(join(args.resolveDir, args.path)) ? { path: "spotify-web-api-sdk", external: true } : undefined);
  },
});

/**
 * Property names esbuild shortens in the ESM bundles: a consumer's minifier cannot rename a
 * property, so every use of these long internal names cost its full length in each app's bundle
 * (about 80 B gzip of the modular client, 120 B of the facade, measured on 2026-12-07). Only names that are no public
 * API (no exported type or class member of the reference, no protected member a subclass could
 * call), no wire format, no stored token or pending-login shape, no hook payload and no `toJSON`
 * view, that no code reaches through a string key, and that no built-in object has. Listed by
 * hand, not matched by a pattern: a new name is shortened only once someone checked it, and
 * test/build-mangled-props.test.ts fails for a name the public API has.
 * `#private` fields need no entry (a consumer's minifier shortens them).
 */
const MANGLED_PROPS = [
  // node/deadlines.ts: the entries of the Node entry's timeout list.
  "deadline", "onExpire", "prev", "linked",
  // http/core-pipeline.ts: a call's state between its attempts.
  "hookRequest", "renewedAfter401",
  // auth/lifecycle-store.ts and lifecycle-options.ts: the lifecycle's view of its store, its times.
  "fenced", "present", "writeOver", "writeMarker", "writeToken", "skewMs", "graceMs",
  // redaction.ts: the Redactor's builders.
  "addAuthorization", "addForm", "forRequest",
  // http/pause.ts, abort-listeners.ts: the 429 pause and the shared abort listener.
  "probeAnswered", "waiters",
  // http/url.ts: a compiled path's checked base; auth/shared-store.ts: a late answer's callback.
  "checkedFor", "onLate",
  // compat/caching.ts: GenericCache's private methods.
  "tryUpdateItem", "autoRenewRenewableItems", "itemDueToExpire",
];
/** One cache carried through every bundle: a name is shortened the same way in each, so they agree. */
let mangleCache = {};

function jsFiles(dir, suffixes = [".js"]) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path, suffixes) : suffixes.some((s) => name.endsWith(s)) ? [path] : [];
  });
}
/** JavaScript and its source maps (declaration maps end in `.d.ts.map` and stay). */
const JS_AND_MAPS = [".js", ".js.map"];

async function bundleEsm(esmDir) {
  const { build } = require("esbuild");
  const bundled = join(staging, "esm-bundled");
  for (const [index, entries] of ESM_BUNDLES.entries()) {
    const result = await build({
      entryPoints: entries.map((entry) => join(esmDir, entry)),
      outbase: esmDir,
      outdir: bundled,
      bundle: true,
      splitting: true,
      format: "esm",
      target: "es2022",
      platform: "neutral",
      // node: built-ins stay imports of the Node-only files; nothing else is external (no dependencies).
      external: ["node:*"],
      plugins: index === ADAPTER_BUNDLE ? [shareErrors(esmDir)] : [],
      // Named per bundle: a chunk of one bundle is never taken for the other's.
      chunkNames: `chunks/[name]-${index}-[hash]`,
      legalComments: "none",
      mangleProps: new RegExp(`^(${MANGLED_PROPS.join("|")})$`),
      mangleCache,
      // Maps chain through tsc's (esbuild reads each input's sourceMappingURL) to src/*.ts, which
      // the package ships: a stack trace names the TypeScript line, not dist/esm/node/entry.js:1302.
      sourcemap: true,
      sourcesContent: false,
      logLevel: "warning",
    });
    mangleCache = result.mangleCache;
  }
  // Keep tsc's declarations (they describe the same modules), replace its JavaScript.
  for (const file of jsFiles(esmDir, JS_AND_MAPS)) rmSync(file);
  for (const file of jsFiles(bundled, JS_AND_MAPS)) {
    const target = join(esmDir, relative(bundled, file));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(file, target);
  }
  rmSync(bundled, { recursive: true, force: true });
  assertAscii(jsFiles(esmDir));
}

/**
 * One non-ASCII character (a `…` in a kept doc comment) makes V8 read the whole 170 KB chunk as
 * UTF-16, which costs about 1% of Node's start-up for `import("spotify-web-api-sdk")` (measured in
 * instructions). esbuild escapes strings itself; this catches comments.
 */
function assertAscii(files) {
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const at = text.search(/[^\x00-\x7f]/);
    if (at !== -1) {
      const line = text.slice(0, at).split("\n").length;
      throw new Error(`${relative(staging, file)}:${line}: non-ASCII character ${JSON.stringify(text[at])} in the bundle; write it as ASCII in the source`);
    }
  }
}

rmSync(staging, { recursive: true, force: true });
try {
  for (const [config, out] of [["tsconfig.build.json", "esm"], ["tsconfig.cjs.json", "cjs"]]) {
    execFileSync(process.execPath, [tsc, "-p", join(pkg, config), "--outDir", join(staging, out)], { stdio: "inherit" });
  }
  mkdirSync(join(staging, "cjs"), { recursive: true });
  writeFileSync(join(staging, "cjs", "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
  await bundleEsm(join(staging, "esm"));
  const old = join(pkg, `.dist-old-${process.pid}`);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(staging, dist);
  rmSync(old, { recursive: true, force: true });
} finally {
  rmSync(staging, { recursive: true, force: true });
}

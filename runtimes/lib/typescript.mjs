// The oldest TypeScript the SDK supports (runtimes/package.json's `typescript-min`), compiling a
// consumer program against the installed tarball the way apps compile: `module: node16` (an ESM
// file and a CommonJS one) and `moduleResolution: bundler`. The README's "TypeScript" line names
// the same version; a declaration that needs a newer compiler fails here.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, tail } from "./proc.mjs";

/** What an app writes: the features whose declarations an older compiler has tripped on. */
const ESM = `import { ClientCredentialsStrategy, SpotifyApi, SpotifyError, type AccessToken } from "spotify-web-api-sdk";
const tokens: AccessToken[] = [];
const sdk = new SpotifyApi(new ClientCredentialsStrategy("id", "secret", [], { onTokenRefreshed: (t) => tokens.push(t) }));
const album = await sdk.albums.get("4aawyAB9vmqN3uQ7FjRGTy");
const title: string = album.name;
for await (const track of sdk.paginate(sdk.albums.tracks, album.id)) console.log(track.name);
try {
  await sdk.search("love", ["track"]);
} catch (error) {
  if (error instanceof SpotifyError) console.log(error.message);
}
console.log(title, tokens.length);
`;
const CJS = `import sdk = require("spotify-web-api-sdk");
const api: typeof sdk.SpotifyApi = sdk.SpotifyApi;
console.log(api, new sdk.ValidationError("x") instanceof sdk.SpotifyError);
`;
/** The SDK's declarations name DOM types (fetch, URL, Storage): the README says to include the DOM lib. */
const BASE = { target: "es2022", strict: true, noEmit: true, lib: ["es2022", "dom"], types: [] };
const CONFIGS = {
  node16: { compilerOptions: { ...BASE, module: "node16", moduleResolution: "node16" }, files: ["index.ts", "legacy.cts"] },
  bundler: { compilerOptions: { ...BASE, module: "esnext", moduleResolution: "bundler" }, files: ["index.ts"] },
};

/** @param {{ modules: string, app: string }} ctx */
export async function runTypeScript(ctx) {
  const pkgDir = join(ctx.modules, "typescript-min");
  let version;
  try {
    ({ version } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")));
  } catch {
    return { status: "unavailable", reason: "typescript-min is not in runtimes/node_modules", enable: "node runtimes/run.mjs (it installs runtimes/node_modules)" };
  }
  const dir = join(ctx.app, "typescript-consumer");
  mkdirSync(dir, { recursive: true });
  // The app folder's package.json says "type": "module": index.ts is ESM, legacy.cts CommonJS.
  writeFileSync(join(dir, "index.ts"), ESM);
  writeFileSync(join(dir, "legacy.cts"), CJS);
  const steps = {};
  for (const [name, config] of Object.entries(CONFIGS)) {
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
    const out = await run(process.execPath, [join(pkgDir, "bin", "tsc"), "-p", `tsconfig.${name}.json`], { cwd: dir, timeoutMs: 120_000 });
    steps[name] = out.code === 0 ? "ok" : `FAIL: ${tail(out.stdout || out.stderr, 4).replace(/\s+/g, " ") || `exit ${out.code ?? out.signal}`}`;
  }
  return { ok: true, version: `tsc ${version}`, steps, build: "./dist/esm/index.d.ts" };
}

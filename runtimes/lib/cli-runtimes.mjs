// Node 18/20/22/24, Deno and Bun: each runs launchers/cli.mjs in the app folder with its own
// binary from runtimes/node_modules, resolving `spotify-web-api-sdk` itself.
import { mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { findBinary, parseResult, run, tail } from "./proc.mjs";

const NODE_VERSIONS = { node18: "18", node20: "20", node22: "22", node24: "24" };

const PLATFORM = `${process.platform}-${process.arch}`;
const DENO_PKG = { "linux-x64": "linux-x64-glibc", "linux-arm64": "linux-arm64-glibc", "darwin-x64": "darwin-x64", "darwin-arm64": "darwin-arm64" }[PLATFORM];
const BUN_PKG = { "linux-x64": "bun-linux-x64", "linux-arm64": "bun-linux-aarch64", "darwin-x64": "bun-darwin-x64", "darwin-arm64": "bun-darwin-aarch64" }[PLATFORM];

/** `RUNTIMES_NODE18`…: a Node binary of the machine's own, where npm has no package for it. */
const overrideOf = (id) => `RUNTIMES_${id.toUpperCase()}`;

/** Where each runtime's binary can be: the platform package, or where its postinstall moved it. */
function candidates(id, modules) {
  if (id in NODE_VERSIONS) {
    const own = process.env[overrideOf(id)];
    return own ? [own] : [join(modules, `${id}-${PLATFORM}`, "bin", process.platform === "win32" ? "node.exe" : "node")];
  }
  if (id === "deno") return DENO_PKG ? [join(modules, "@deno", DENO_PKG, "deno"), join(modules, "deno", "deno")] : [];
  if (id === "bun") return BUN_PKG ? [join(modules, "@oven", BUN_PKG, "bin", "bun"), join(modules, "bun", "bin", "bun.exe")] : [];
  return [];
}

/** Why a runtime's binary is missing, and what enables it, in words a reader can act on. */
export function missingReason(id) {
  if (id in NODE_VERSIONS) {
    const v = NODE_VERSIONS[id];
    if (process.env[overrideOf(id)]) return { reason: `${overrideOf(id)} is ${process.env[overrideOf(id)]}, which is not a Node binary`, enable: `set ${overrideOf(id)} to a Node ${v} binary` };
    return {
      reason: `npm has no node-${PLATFORM} package of Node ${v} in runtimes/package.json`,
      enable: `install Node ${v} (e.g. \`nvm install ${v}\`) and set ${overrideOf(id)}=<its node binary> (e.g. $(nvm which ${v}))`,
    };
  }
  if ((id === "deno" && !DENO_PKG) || (id === "bun" && !BUN_PKG)) return { reason: `no ${id} binary package for ${PLATFORM}`, enable: `run the matrix on Linux or macOS (x64, arm64)` };
  return { reason: "its binary is not in runtimes/node_modules after the install", enable: "node runtimes/run.mjs (it installs runtimes/node_modules; see its output)" };
}

/**
 * @param {string} id node18 | node20 | node22 | node24 | deno | bun
 * @param {{ modules: string, app: string, cacheDir: string, sdkDir: string, cfg: object }} ctx
 */
export async function runCli(id, ctx) {
  const bin = findBinary(candidates(id, ctx.modules));
  if (!bin) return { status: "unavailable", ...missingReason(id) };
  const cfgArg = JSON.stringify(ctx.cfg);
  let args;
  const env = { ...process.env, NO_COLOR: "1" };
  delete env.NODE_OPTIONS;
  if (id === "deno") {
    const denoDir = join(ctx.cacheDir, "deno");
    mkdirSync(denoDir, { recursive: true });
    Object.assign(env, { DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" });
    // Only loopback, only the app folder: what this scenario needs, nothing more.
    args = ["run", "--no-lock", "--node-modules-dir=manual", "--allow-net=127.0.0.1", `--allow-read=${ctx.app}`, "cli.mjs", cfgArg];
  } else if (id === "bun") {
    const bunCache = join(ctx.cacheDir, "bun");
    mkdirSync(bunCache, { recursive: true });
    Object.assign(env, { BUN_INSTALL_CACHE_DIR: bunCache, DO_NOT_TRACK: "1" });
    args = ["--no-install", "cli.mjs", cfgArg];
  } else {
    args = ["cli.mjs", cfgArg];
  }
  const out = await run(bin, args, { cwd: ctx.app, env, timeoutMs: 90_000 });
  const result = parseResult(out.stdout);
  if (!result) {
    const why = out.timedOut ? "timed out after 90 s" : `exited ${out.code ?? out.signal} without a result line`;
    return { status: "fail", reason: `${why}: ${tail(out.stderr || out.stdout) || "(no output)"}` };
  }
  return { ...result, build: buildOf(result.resolved, ctx.sdkDir) };
}

/** "./dist/esm/index.js" for a file URL inside the installed package, else the URL as given. */
export function buildOf(resolved, sdkDir) {
  if (typeof resolved !== "string" || !resolved.startsWith("file:")) return resolved;
  const rel = relative(sdkDir, fileURLToPath(resolved));
  return rel.startsWith("..") ? `outside the installed tarball: ${fileURLToPath(resolved)}` : `./${rel.split("\\").join("/")}`;
}

// The Cloudflare Worker: workerd (the runtime under wrangler dev and miniflare) serves
// launchers/worker.mjs on a loopback port; its outbound network may reach loopback (the emulator).
// No bundler: every module of the SDK's build is listed in the config, as a bundle would hold it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { findBinary, freePort, parseResult, run, tail } from "./proc.mjs";
import { spawn } from "node:child_process";

const PKG = { "linux-x64": "workerd-linux-64", "linux-arm64": "workerd-linux-arm64", "darwin-x64": "workerd-darwin-64", "darwin-arm64": "workerd-darwin-arm64" }[`${process.platform}-${process.arch}`];

/**
 * The build's files the entry reaches through relative static imports: what a bundler would put in
 * the Worker. A bare import (e.g. `node:http`) stays as it is, so workerd reports it if it is wrong.
 */
function reachable(entryFile) {
  const seen = new Set();
  const todo = [entryFile];
  while (todo.length) {
    const file = todo.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) todo.push(join(dirname(file), m[1]));
  }
  return [...seen];
}

const q = (s) => JSON.stringify(s);

export async function runWorkerd(ctx) {
  const bin = PKG && findBinary([join(ctx.modules, "@cloudflare", PKG, "bin", "workerd"), join(ctx.modules, "workerd", "bin", "workerd")]);
  if (!bin) {
    return PKG
      ? { status: "unavailable", reason: "the workerd binary is not in runtimes/node_modules after the install", enable: "node runtimes/run.mjs (it installs runtimes/node_modules; see its output)" }
      : { status: "unavailable", reason: `no workerd binary package for ${process.platform}-${process.arch}`, enable: "run the matrix on Linux or macOS (x64, arm64)" };
  }
  if (!ctx.expected) return { status: "fail", reason: "the SDK's exports map selects nothing for workerd's conditions" };
  const version = (await run(bin, ["--version"], { timeoutMs: 15_000 })).stdout.trim();
  // workerd accepts compatibility dates up to its own release date.
  const compatDate = /\d{4}-\d{2}-\d{2}/.exec(version)?.[0] ?? "2025-01-01";
  const entry = `node_modules/spotify-web-api-sdk/${ctx.expected.replace(/^\.\//, "")}`;
  const modules = [
    { name: "worker.mjs", file: "worker.mjs" },
    { name: "scenario.mjs", file: "scenario.mjs" },
    { name: "result.mjs", file: "result.mjs" },
    // The bare specifier, as a bundler would map it, re-exporting the build the conditions pick.
    { name: "spotify-web-api-sdk", text: `export * from "./${entry}";` },
    ...reachable(join(ctx.app, entry)).map((file) => {
      const name = relative(ctx.app, file).split("\\").join("/");
      return { name, file: name };
    }),
  ];
  const port = await freePort();
  // In the app folder: embed paths are relative to the config file.
  const dir = mkdtempSync(join(ctx.app, "workerd-"));
  const config = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = ${q(`127.0.0.1:${port}`)}, http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [
${modules.map((m) => `    (name = ${q(m.name)}, esModule = ${m.file ? `embed ${q(`../${m.file}`)}` : q(m.text)}),`).join("\n")}
  ],
  compatibilityDate = ${q(compatDate)},
  bindings = [
    (name = "MATRIX_CONFIG", text = ${q(JSON.stringify(ctx.cfg))}),
    (name = "SDK_RESOLVED", text = ${q(ctx.expected)}),
    (name = "WORKERD_VERSION", text = ${q(version)}),
  ],
);
`;
  writeFileSync(join(dir, "config.capnp"), config);
  const child = spawn(bin, ["serve", join(dir, "config.capnp")], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => { output += d; });
  child.stderr.on("data", (d) => { output += d; });
  const exited = new Promise((resolve) => child.on("close", resolve));
  try {
    const { body, error } = await askWorker(`http://127.0.0.1:${port}/`, () => child.exitCode !== null);
    if (body === undefined) return { status: "fail", reason: `workerd did not answer (${error ?? "not listening within 15 s"}): ${tail(output) || "(no output)"}` };
    const result = parseResult(body);
    if (!result) return { status: "fail", reason: `the Worker answered without a result line: ${tail(body)} ${tail(output)}` };
    return { ...result, build: result.resolved };
  } finally {
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits for the socket (up to 15 s), then asks once (up to 90 s). */
async function askWorker(url, died) {
  const until = Date.now() + 15_000;
  while (Date.now() < until && !died()) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(90_000) });
      return { body: await response.text() };
    } catch (error) {
      // Only "not listening yet" is worth another try: anything else would run the scenario twice.
      if (error?.cause?.code !== "ECONNREFUSED") return { error: `${error?.name}: ${error?.cause?.message ?? error?.message}` };
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {};
}

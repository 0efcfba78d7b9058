// Redis and PostgreSQL for the shared token stores' tests: real servers on free loopback ports,
// started once per `npm test` and stopped at its end. The binaries are the system's: Debian's
// `redis-server` and `postgresql` packages, installed with apt-get when missing only in CI
// (`CI=true`, as root); elsewhere whatever is on PATH (Homebrew's, a distribution's), or the part
// is recorded as missing with the command that installs it (scripts/parts.mjs). PostgreSQL
// refuses to run as root, so as root it runs as its package's own unprivileged user.
// Dependency-free on purpose, like ensure-chromium.mjs.
import { spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { isCI } from "./parts.mjs";

/** What installs each server, for the message shown where it is missing. */
export const INSTALL_HINTS = Object.freeze({
  redis: process.platform === "darwin" ? "brew install redis" : "apt-get install -y redis-server (as root)",
  postgres: process.platform === "darwin" ? "brew install postgresql" : "apt-get install -y postgresql (as root)",
});

/** How long a server may take to start before it counts as missing (a busy 2-core machine). */
const START_TIMEOUT_MS = 30_000;
const isRoot = () => process.getuid?.() === 0;

function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Debian keeps PostgreSQL's server binaries off PATH, under /usr/lib/postgresql/<major>/bin. */
function postgresBinDir() {
  const base = "/usr/lib/postgresql";
  if (existsSync(base)) {
    const majors = readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const major of majors) if (existsSync(join(base, major, "bin", "initdb"))) return join(base, major, "bin");
  }
  const initdb = onPath("initdb");
  return initdb && onPath("postgres") ? join(initdb, "..") : undefined;
}

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], ...options });
    let stderr = "";
    child.stderr?.on("data", (chunk) => { stderr = (stderr + chunk).slice(-4000); });
    child.on("error", (error) => resolve({ code: -1, stderr: String(error.message) }));
    child.on("close", (code, signal) => resolve({ code: code ?? signal, stderr }));
  });
}

// apt-get runs once at a time per machine: both installs share one queue in this process.
let aptQueue = Promise.resolve();
let aptUpdated = false;

/** Installs a Debian package as root; `undefined` when done, else the reason it could not be. */
function aptInstall(pkg, say) {
  const attempt = async () => {
    if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) return "this is not a Debian-like Linux (no apt-get)";
    if (!isRoot()) return "installing it needs root";
    // Installing system packages is CI's business; on a contributor's machine the end of the run says how.
    if (!isCI()) return "it is not installed (npm test installs system packages only in CI)";
    say(`installing Debian's ${pkg} package (apt-get install -y ${pkg})…`);
    const started = Date.now();
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const apt = (args) => run("apt-get", ["-o", "DPkg::Lock::Timeout=120", ...args], { env });
    let result = await apt(["install", "-y", "-qq", "--no-install-recommends", pkg]);
    if (result.code !== 0 && !aptUpdated) {
      // A fresh machine has no package lists yet (or stale ones).
      aptUpdated = true;
      await apt(["update", "-qq"]);
      result = await apt(["install", "-y", "-qq", "--no-install-recommends", pkg]);
    }
    if (result.code !== 0) return `apt-get install -y ${pkg} failed: ${result.stderr.trim().split("\n").slice(-2).join(" ")}`;
    say(`installed ${pkg} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return undefined;
  };
  const result = aptQueue.then(attempt);
  aptQueue = result.then(() => undefined, () => undefined);
  return result;
}

/** A port free on 127.0.0.1 now (the server started next binds it; a lost race is retried). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `command` and resolves once a line of its output matches `ready`; rejects with the
 * output's tail when it exits first or takes too long.
 */
function startProcess(command, args, ready, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
    let output = "";
    let done = false;
    const finish = (error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.stdout.removeListener("data", onData);
      child.stderr.removeListener("data", onData);
      // Keep draining, so a chatty server never blocks on a full pipe.
      child.stdout.resume();
      child.stderr.resume();
      if (error) {
        child.kill("SIGKILL");
        reject(new Error(`${error}: ${output.trim().split("\n").slice(-3).join(" ")}`));
      } else resolve(child);
    };
    const onData = (chunk) => {
      output = (output + chunk).slice(-8000);
      if (ready.test(output)) finish();
    };
    const timer = setTimeout(() => finish(`did not start within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", (error) => finish(error.message));
    child.on("exit", (code, signal) => finish(`exited (${code ?? signal}) while starting`));
  });
}

/** Stops a child process: `signal` first, SIGKILL if it is still there after 5 s. */
function stopProcess(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => { clearTimeout(timer); resolve(); });
    child.kill(signal);
  });
}

/** Children still running when this process exits, however it exits, are ended with it. */
const running = new Set();
process.once("exit", () => {
  for (const { child, cleanup } of running) {
    try { child.kill("SIGKILL"); } catch { /* already gone */ }
    cleanup?.();
  }
});
function track(child, cleanup) {
  const entry = { child, cleanup };
  running.add(entry);
  child.once("exit", () => running.delete(entry));
}

/** Where `redis-server` is (installed now when missing and root); throws why it is not. */
export async function findRedisServer(say = () => {}) {
  const found = onPath("redis-server") ?? ["/usr/bin/redis-server", "/usr/local/bin/redis-server", "/opt/homebrew/bin/redis-server"].find(existsSync);
  if (found) return found;
  const why = await aptInstall("redis-server", say);
  if (why) throw new Error(`redis-server is missing and ${why}`);
  const installed = onPath("redis-server") ?? ["/usr/bin/redis-server"].find(existsSync);
  if (!installed) throw new Error("apt-get installed redis-server but the binary is not there");
  return installed;
}

/**
 * A Redis server of its own on a free loopback port: no persistence, no password. Tests use it
 * directly for what they cannot do to the shared one (pause it with SIGSTOP, restart it).
 * @returns {Promise<{ url: string, port: number, child: import("node:child_process").ChildProcess, stop(): Promise<void> }>}
 */
export async function startRedis({ say = () => {}, port } = {}) {
  const bin = await findRedisServer(say);
  for (let attempt = 0; ; attempt++) {
    const p = port ?? (await freePort());
    try {
      const child = await startProcess(bin, [
        "--port", String(p), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
        "--protected-mode", "no", "--daemonize", "no", "--loglevel", "notice",
      ], /Ready to accept connections/);
      track(child);
      return { url: `redis://127.0.0.1:${p}`, port: p, child, stop: () => stopProcess(child, "SIGTERM") };
    } catch (error) {
      if (port !== undefined || attempt >= 2 || !/already in use/i.test(String(error))) throw error;
    }
  }
}

/** The uid/gid PostgreSQL runs as when this is root: its package's `postgres` user, else `nobody`. */
function unprivilegedUser() {
  const users = existsSync("/etc/passwd") ? readFileSync("/etc/passwd", "utf8").split("\n").map((l) => l.split(":")) : [];
  const user = users.find((u) => u[0] === "postgres") ?? users.find((u) => u[0] === "nobody");
  return user ? { uid: Number(user[2]), gid: Number(user[3]) } : { uid: 65534, gid: 65534 };
}

/**
 * A PostgreSQL cluster of its own: `initdb` into a temporary folder, then `postgres` on a free
 * loopback port with durability off (a test database), trust authentication, no Unix socket.
 * @returns {Promise<{ url: string, port: number, child: import("node:child_process").ChildProcess, stop(): Promise<void> }>}
 */
export async function startPostgres({ say = () => {} } = {}) {
  let bin = postgresBinDir();
  if (!bin) {
    const why = await aptInstall("postgresql", say);
    if (why) throw new Error(`PostgreSQL (initdb, postgres) is missing and ${why}`);
    bin = postgresBinDir();
    if (!bin) throw new Error("apt-get installed postgresql but initdb is not there");
  }
  const owner = isRoot() ? unprivilegedUser() : undefined;
  // As root, TMPDIR may be a folder the unprivileged user cannot enter; /tmp is open to all.
  const base = owner && existsSync("/tmp") ? "/tmp" : tmpdir();
  const dataDir = mkdtempSync(join(base, "spotify-test-postgres-"));
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    if (owner) chownSync(dataDir, owner.uid, owner.gid);
    const env = { ...process.env, LC_ALL: "C", LANG: "C" };
    const initdb = await run(join(bin, "initdb"), [
      "-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync",
    ], { env, cwd: dataDir, ...owner });
    if (initdb.code !== 0) throw new Error(`initdb failed: ${initdb.stderr.trim().split("\n").slice(-2).join(" ")}`);
    for (let attempt = 0; ; attempt++) {
      const port = await freePort();
      try {
        const child = await startProcess(join(bin, "postgres"), [
          "-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
          "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200",
        ], /database system is ready to accept connections/, { env, cwd: dataDir, ...owner });
        track(child, cleanup);
        return {
          url: `postgres://postgres@127.0.0.1:${port}/postgres`,
          port,
          child,
          // SIGINT is PostgreSQL's fast shutdown: clients are disconnected, not waited for.
          stop: async () => { await stopProcess(child, "SIGINT"); cleanup(); },
        };
      } catch (error) {
        if (attempt >= 2 || !/already in use|could not bind/i.test(String(error))) throw error;
      }
    }
  } catch (error) {
    cleanup();
    throw error;
  }
}

/**
 * Starts both servers at once. Resolves (never rejects) with the environment to hand the tests:
 * `SPOTIFY_TEST_REDIS_URL` / `SPOTIFY_TEST_POSTGRES_URL` for each server that runs, and
 * `SPOTIFY_TEST_REDIS_MISSING` / `SPOTIFY_TEST_POSTGRES_MISSING` (the reason) for each that
 * cannot; `missing` lists those with the command that installs them.
 * @param {{ say?: (line: string) => void }} [options]
 */
export async function startServers({ say = () => {} } = {}) {
  const started = await Promise.allSettled([startRedis({ say }), startPostgres({ say })]);
  const env = {};
  const missing = [];
  const servers = [];
  for (const [name, result] of [["redis", started[0]], ["postgres", started[1]]]) {
    const NAME = name.toUpperCase();
    if (result.status === "fulfilled") {
      servers.push(result.value);
      env[`SPOTIFY_TEST_${NAME}_URL`] = result.value.url;
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      env[`SPOTIFY_TEST_${NAME}_MISSING`] = reason;
      missing.push({ name, reason, install: INSTALL_HINTS[name] });
    }
  }
  if (env.SPOTIFY_TEST_REDIS_URL) env.SPOTIFY_TEST_REDIS_SERVER = await findRedisServer();
  return { env, missing, stop: () => Promise.all(servers.map((s) => s.stop())).then(() => undefined) };
}

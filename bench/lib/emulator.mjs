// The emulator as a benchmark target. In this process for section 2 (a server the clients call,
// its connections counted), or in its own process for section 8 (its start-up and RSS measured).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { BENCH_DIR, cleanMessage, whileRebuilding } from "./child.mjs";
import { startServer } from "./servers.mjs";

export const DEFAULT_CLIENT = { id: "emulator-client-id", secret: "emulator-client-secret" };

/** A client-credentials token from the emulator's Accounts service. */
export async function emulatorToken(origin) {
  const basic = Buffer.from(`${DEFAULT_CLIENT.id}:${DEFAULT_CLIENT.secret}`).toString("base64");
  const r = await fetch(`${origin}/api/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: `Basic ${basic}` },
    body: "grant_type=client_credentials",
  });
  if (r.status !== 200) throw new Error(`POST /api/token answered ${r.status}`);
  return (await r.json()).access_token;
}

/**
 * Checks the emulator serves what the benchmark calls; returns { trackId } or { unavailable }.
 * A 501 means the handler is not written yet.
 */
export async function probeEmulator(origin, token) {
  const headers = { Authorization: `Bearer ${token}` };
  const s = await fetch(`${origin}/v1/search?q=a&type=track&limit=1`, { headers });
  if (s.status !== 200) return { unavailable: `the emulator's GET /v1/search (answers ${s.status})` };
  const trackId = (await s.json())?.tracks?.items?.[0]?.id;
  if (!trackId) return { unavailable: "a track in the emulator's search results" };
  const t = await fetch(`${origin}/v1/tracks/${trackId}`, { headers });
  if (t.status !== 200) return { unavailable: `the emulator's GET /v1/tracks/{id} (answers ${t.status})` };
  await t.arrayBuffer();
  return { trackId };
}

/** Section 2's target: { base, token, trackId, server (marks), close() } or { unavailable }. */
export async function emulatorTarget() {
  let mod;
  try {
    mod = await whileRebuilding(() => import("spotify-emulator"));
  } catch (e) {
    return { unavailable: `the emulator package (${cleanMessage(e.message.split("\n")[0])})` };
  }
  const emu = await mod.startEmulator({ port: 0, rateLimit: 0 });
  try {
    const token = await emulatorToken(emu.url);
    const probe = await probeEmulator(emu.url, token);
    if (probe.unavailable) {
      await emu.stop();
      return probe;
    }
    const counters = { connections: 0, requests: 0 };
    emu.server.on("connection", () => counters.connections++);
    emu.server.on("request", () => counters.requests++);
    const marks = await startServer(() => {}, { observe: counters });
    return {
      base: emu.url, token, trackId: probe.trackId, server: marks,
      async close() {
        await marks.close();
        await emu.stop();
      },
    };
  } catch (e) {
    await emu.stop();
    return { unavailable: `the emulator (${cleanMessage(e.message.split("\n")[0])})` };
  }
}

/** The emulator's CLI, from its build. */
export function emulatorCli() {
  const require = createRequire(join(BENCH_DIR, "package.json"));
  return join(require.resolve("spotify-emulator/package.json"), "..", "dist", "cli.js");
}

/**
 * Spawns a server process and resolves once `ready(url)` is true: { child, url, startMs }.
 * `urlFrom(stdoutSoFar)` extracts the origin (or null until printed).
 */
export function spawnServer(args, { urlFrom, ready, timeoutMs = 60_000, cwd = BENCH_DIR }) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let done = false;
    const fail = (e) => {
      if (done) return;
      done = true;
      child.kill("SIGKILL");
      reject(e);
    };
    const timer = setTimeout(() => fail(new Error(`not ready after ${timeoutMs} ms: ${cleanMessage(out.slice(-300))}`)), timeoutMs);
    child.on("exit", (code) => fail(new Error(`exited with ${code}: ${cleanMessage(out.slice(-300))}`)));
    // Only the tail is kept (for error messages): a chatty server must not cost this process.
    const keep = (d) => { out = (out + d).slice(-4000); };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    (async () => {
      while (!done) {
        const url = urlFrom(out);
        if (url && (await ready(url).catch(() => false))) {
          done = true;
          clearTimeout(timer);
          child.removeAllListeners("exit");
          child.stdout.off("data", keep).resume();
          child.stderr.off("data", keep).resume();
          return resolve({ child, url, startMs: Number(process.hrtime.bigint() - t0) / 1e6 });
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
  });
}

/** Resident and peak memory of a process, from /proc (Linux), in MiB. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1]);
    return { rssMiB: kb("VmRSS") / 1024, peakMiB: kb("VmHWM") / 1024 };
  } catch {
    return { rssMiB: NaN, peakMiB: NaN };
  }
}

export function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const t = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => { clearTimeout(t); resolve(); });
    child.kill("SIGTERM");
  });
}

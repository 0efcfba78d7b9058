/**
 * FileTokenStore holders in real processes: a holder killed with SIGKILL inside the lock does not
 * stop the others' refreshes; users of one file renew at the same time (one lock file per key); a
 * log-out in one process wins over another process's refresh in flight. Workers run the TypeScript
 * source through `node --import tsx`.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mostInside } from "./helpers/lock-log.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Session, ValidationError, type TokenStore } from "../src/index.js";
import { FileTokenStore } from "../src/node/index.js";
import { fakeClock, startAuthServer, type AuthServer } from "./helpers/auth-server.js";

const HOUR = 3_600_000;
const source = new URL("../src/node/file-store.ts", import.meta.url).href;
const root = fileURLToPath(new URL("../../..", import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// argv: <file> <key> <log> <holdMs>; prints "ready", waits for a line on stdin, takes lock(key),
// logs enter/exit around holdMs (holdMs -1: holds until killed) and prints "entered" inside.
const worker = `
import { appendFileSync } from "node:fs";
const { FileTokenStore } = await import(${JSON.stringify(source)});
const [file, key, log, holdMs] = process.argv.slice(2);
const store = new FileTokenStore(file);
process.stdout.write("ready\\n");
await new Promise((r) => process.stdin.once("data", r));
process.stdin.destroy();
await store.lock(key, async () => {
  appendFileSync(log, \`enter \${key}\\n\`);
  process.stdout.write("entered\\n");
  await new Promise((r) => (Number(holdMs) < 0 ? setInterval(() => undefined, 1000) : setTimeout(r, Number(holdMs))));
  appendFileSync(log, \`exit \${key}\\n\`);
});
`;

let dir: string;
let server: AuthServer | undefined;
let children: ChildProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sdk-file-holders-"));
  await writeFile(join(dir, "worker.mjs"), worker);
});
afterEach(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  children = [];
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

interface Worker { child: ChildProcess; go(): void; said(line: string): Promise<void>; exit: Promise<unknown> }

async function start(args: string[]): Promise<Worker> {
  const child = spawn(process.execPath, ["--import", "tsx", join(dir, "worker.mjs"), ...args], { cwd: root });
  children.push(child);
  let out = "";
  let err = "";
  child.stderr!.on("data", (d) => (err += d));
  const said = (line: string) => new Promise<void>((resolve, reject) => {
    const check = () => {
      if (out.split("\n").includes(line)) resolve();
      else if (child.exitCode !== null || child.signalCode !== null) reject(new Error(`worker exited before "${line}": ${err.slice(0, 500)}`));
    };
    child.stdout!.on("data", (d) => { out += d; check(); });
    child.on("exit", check);
    check();
  });
  const exit = new Promise((resolve) => child.on("exit", resolve));
  await said("ready");
  return { child, go: () => child.stdin!.write("go\n"), said, exit };
}

function session(store: TokenStore, clock: ReturnType<typeof fakeClock>, storeKey = "user") {
  return new Session({
    clientId: "client-id-1", clientSecret: "client-SECRET-value", redirectUri: "https://app.example/cb",
    store, storeKey, accountsBaseUrl: server!.accountsUrl, now: clock.now,
  });
}


describe("FileTokenStore holders across processes", () => {
  it("a holder killed (SIGKILL) inside the lock: another process's refresh under the default options succeeds", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const path = join(dir, "tokens.json");
    const pair = server.issue();
    await session(new FileTokenStore(path), clock).setAccessToken({ ...pair, token_type: "Bearer", expires_in: 3600 });
    const crashing = await start([path, "user", join(dir, "log"), "-1"]);
    crashing.go();
    await crashing.said("entered");
    crashing.child.kill("SIGKILL");
    await crashing.exit;
    clock.advance(HOUR);
    const survivor = session(new FileTokenStore(path), clock);
    await expect(survivor.getOrCreateAccessToken()).resolves.toMatchObject({ token_type: "Bearer" });
    expect(server.tokenRequests.map((r) => r.form.refresh_token)).toEqual([pair.refresh_token]);
  }, 30_000);

  it("staleLockMs must be shorter than lockTimeoutMs", () => {
    expect(() => new FileTokenStore({ path: join(dir, "t.json"), staleLockMs: 30_000 })).toThrow(ValidationError);
    expect(() => new FileTokenStore({ path: join(dir, "t.json"), lockTimeoutMs: Number.NaN })).toThrow(ValidationError);
    expect(() => new FileTokenStore({ path: join(dir, "t.json"), lockTimeoutMs: 50 })).not.toThrow();
  });

  it("two processes locking different keys of one file hold their locks at the same time", async () => {
    const path = join(dir, "tokens.json");
    const log = join(dir, "log");
    await writeFile(log, "");
    const workers = await Promise.all(["alice", "bob"].map((key) => start([path, key, log, "1500"])));
    for (const w of workers) w.go();
    await Promise.all(workers.map((w) => w.exit));
    expect(await mostInside(log)).toBe(2);
  }, 30_000);

  it("30 users in one file renew at the same time, not one after another", async () => {
    server = await startAuthServer({ rotate: true, tokenDelayMs: 150 });
    const clock = fakeClock();
    const path = join(dir, "tokens.json");
    let inside = 0;
    let most = 0;
    const counted = (): TokenStore => {
      const file = new FileTokenStore(path);
      return {
        get: (k) => file.get(k), set: (k, v) => file.set(k, v), delete: (k) => file.delete(k),
        compareAndSet: (k, e, v) => file.compareAndSet(k, e, v),
        lock: (k, fn) => file.lock(k, async () => {
          most = Math.max(most, ++inside);
          try {
            return await fn();
          } finally {
            inside--;
          }
        }),
      };
    };
    const users = Array.from({ length: 30 }, (_, i) => session(counted(), clock, `user-${i}`));
    for (const user of users) {
      const pair = server.issue();
      await user.setAccessToken({ ...pair, token_type: "Bearer", expires_in: 3600 });
    }
    clock.advance(HOUR);
    const results = await Promise.allSettled(users.map((user) => user.getOrCreateAccessToken()));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(server.tokenCount("refresh_token")).toBe(30);
    expect(most).toBeGreaterThan(1);
  }, 30_000);

  it("a log-out in this process while another process's refresh is in flight: that refresh fails logged_out and the file stays logged out", async () => {
    server = await startAuthServer({ rotate: true, tokenDelayMs: 600 });
    const clock = fakeClock();
    const path = join(dir, "tokens.json");
    const here = session(new FileTokenStore(path), clock, "spotify-web-sdk:session:client-id-1");
    const pair = server.issue();
    await here.setAccessToken({ ...pair, token_type: "Bearer", expires_in: 3600 });
    const holderScript = fileURLToPath(new URL("./helpers/auth-file-holder.ts", import.meta.url));
    const other = new Promise<{ failures: string[] }>((resolve, reject) => {
      execFile(process.execPath, ["--import", "tsx", holderScript, path, server!.accountsUrl, String(clock.now() + HOUR), "3"],
        { timeout: 25_000 }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))));
    });
    for (let i = 0; i < 4000 && server.tokenCount("refresh_token") === 0; i++) await sleep(5);
    here.removeAccessToken();
    const { failures } = await other;
    expect(failures).toHaveLength(3);
    expect(failures.every((f) => /logged_out/.test(f))).toBe(true);
    const stored = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
    expect(stored["spotify-web-sdk:session:client-id-1"]).toMatchObject({ logged_out: true });
    const fresh = session(new FileTokenStore(path), clock, "spotify-web-sdk:session:client-id-1");
    expect(await fresh.load()).toBeNull();
  }, 30_000);
});

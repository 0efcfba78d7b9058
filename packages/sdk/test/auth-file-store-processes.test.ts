/**
 * The Node file token store shared by real processes: no process loses another's write, the lock
 * stays exclusive when several processes find a stale lock file at once, and a holder busy longer
 * than `staleLockMs` keeps its lock. Workers run the TypeScript source through `node --import tsx`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mostInside } from "./helpers/lock-log.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FileTokenStore } from "../src/node/index.js";

// While on, every file system call on a lock file first waits 0-3 ms: the processes' calls interleave
// in many more orders than they would on an idle machine.
const jitter = vi.hoisted(() => ({ on: false }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<Record<string, unknown>>();
  const slow = (f: (...args: unknown[]) => unknown) => async (...args: unknown[]) => {
    if (jitter.on && String(args[0]).includes(".lock")) await new Promise((r) => setTimeout(r, Math.random() * 3));
    return f(...args);
  };
  const entries = Object.entries(fs).map(([name, f]) => [name, typeof f === "function" ? slow(f as never) : f]);
  return { ...Object.fromEntries(entries), default: fs };
});

const source = new URL("../src/node/file-store.ts", import.meta.url).href;
const root = fileURLToPath(new URL("../../..", import.meta.url));

// argv: <file> <staleLockMs> <mode> ...; prints "ready", waits for a line on stdin, then:
//   sets <prefix> <count> <inLock>: `count` sets of `<prefix>-<i>` (each inside lock() if inLock)
//   lock <log> <holdMs>: holds the lock for holdMs, logging enter/exit, and prints "entered"
const worker = `
import { appendFileSync } from "node:fs";
const { FileTokenStore } = await import(${JSON.stringify(source)});
const [file, staleLockMs, mode, a, b, c] = process.argv.slice(2);
const store = new FileTokenStore({ path: file, staleLockMs: Number(staleLockMs) });
process.stdout.write("ready\\n");
await new Promise((r) => process.stdin.once("data", r));
process.stdin.destroy();
if (mode === "sets") {
  for (let i = 0; i < Number(b); i++) {
    const write = () => store.set(c === "1" ? a : \`\${a}-\${i}\`, { i });
    await (c === "1" ? store.lock(a, write) : write());
  }
} else {
  await store.lock("k", async () => {
    appendFileSync(a, \`enter \${process.pid}\\n\`);
    process.stdout.write("entered\\n");
    await new Promise((r) => setTimeout(r, Number(b)));
    appendFileSync(a, \`exit \${process.pid}\\n\`);
  });
}
`;

let dir: string;
let children: ChildProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sdk-file-store-processes-"));
  await writeFile(join(dir, "worker.mjs"), worker);
});
afterEach(async () => {
  for (const child of children) if (child.exitCode === null) child.kill();
  children = [];
  await rm(dir, { recursive: true, force: true });
});

interface Worker { go(): void; said(line: string): Promise<void>; exit: Promise<number | null>; stderr(): string }

async function start(args: string[]): Promise<Worker> {
  const child = spawn(process.execPath, ["--import", "tsx", join(dir, "worker.mjs"), ...args], { cwd: root });
  children.push(child);
  let out = "";
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  const said = (line: string) => new Promise<void>((resolve, reject) => {
    const check = () => {
      if (out.split("\n").includes(line)) resolve();
      else if (child.exitCode !== null) reject(new Error(`worker exited before "${line}": ${err.slice(0, 500)}`));
    };
    child.stdout.on("data", (d) => { out += d; check(); });
    child.on("exit", check);
    check();
  });
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await said("ready");
  return { go: () => child.stdin.write("go\n"), said, exit, stderr: () => err };
}

async function finish(workers: Worker[]): Promise<void> {
  const codes = await Promise.all(workers.map((w) => w.exit));
  expect(codes, workers.map((w) => w.stderr()).join("\n")).toEqual(workers.map(() => 0));
}


describe("FileTokenStore across processes", () => {
  it("two processes writing different keys at once (one renewing under lock()) lose none of each other's writes", async () => {
    const path = join(dir, "tokens.json");
    const workers = await Promise.all([
      start([path, "5000", "sets", "user1", "30", "1"]),
      start([path, "5000", "sets", "login", "30", "0"]),
      start([path, "5000", "sets", "other", "30", "0"]),
    ]);
    for (const w of workers) w.go();
    await finish(workers);
    const saved = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
    const expected = ["login", "other"].flatMap((p) => Array.from({ length: 30 }, (_, i) => `${p}-${i}`));
    expect(expected.filter((key) => !saved[key])).toEqual([]);
    expect(saved.user1).toEqual({ i: 29 });
  }, 15_000);

  it("processes that all find a stale lock file at once take turns: never two inside the lock", async () => {
    const path = join(dir, "tokens.json");
    const log = join(dir, "log");
    let most = 0;
    for (let trial = 0; trial < 2 && most <= 1; trial++) {
      const lockFile = new FileTokenStore(path).lockPath("k");
      await writeFile(lockFile, "99999");
      const old = new Date(Date.now() - 60_000);
      await utimes(lockFile, old, old);
      await writeFile(log, "");
      const workers = await Promise.all(Array.from({ length: 5 }, () => start([path, "5000", "lock", log, "100"])));
      for (const w of workers) w.go();
      await finish(workers);
      most = await mostInside(log);
      expect((await readFile(log, "utf8")).match(/^enter/gm)).toHaveLength(5);
    }
    expect(most).toBe(1);
  }, 15_000);

  it("a stale lock file met by many contenders at once, their calls interleaved at random: never two inside", async () => {
    // Each store reaches the file through its own symlink to the directory, so this process's own
    // mutex does not serialise them: they contend through the lock file alone, as processes do.
    await mkdir(join(dir, "real"));
    const stores = await Promise.all(Array.from({ length: 4 }, async (_, i) => {
      await symlink(join(dir, "real"), join(dir, `via-${i}`));
      return new FileTokenStore({ path: join(dir, `via-${i}`, "tokens.json"), staleLockMs: 5_000 });
    }));
    const lockPath = new FileTokenStore(join(dir, "real", "tokens.json")).lockPath("k");
    let inside = 0;
    let most = 0;
    jitter.on = true;
    try {
      for (let round = 0; round < 15; round++) {
        await writeFile(lockPath, "99999");
        const old = new Date(Date.now() - 60_000);
        await utimes(lockPath, old, old);
        await Promise.all(stores.map((store) => store.lock("k", async () => {
          most = Math.max(most, ++inside);
          await new Promise((r) => setTimeout(r, 5));
          inside--;
        })));
      }
    } finally {
      jitter.on = false;
    }
    expect(most).toBe(1);
    expect(await readdir(join(dir, "real"))).toEqual([]);
  });

  it("a holder busy longer than staleLockMs keeps the lock: another process waits for it", async () => {
    const path = join(dir, "tokens.json");
    const log = join(dir, "log");
    await writeFile(log, "");
    const [holder, waiter] = await Promise.all([
      start([path, "300", "lock", log, "1500"]),
      start([path, "300", "lock", log, "10"]),
    ]);
    holder.go();
    await holder.said("entered");
    waiter.go();
    await finish([holder, waiter]);
    expect(await mostInside(log)).toBe(1);
  }, 15_000);
});

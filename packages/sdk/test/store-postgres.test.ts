/**
 * PostgresTokenStore against a real PostgreSQL through `pg` pools: the table it creates,
 * compare-and-set, advisory locks across pools and across processes (freed when the holder is
 * killed), time limits, option checks and secret-free errors.
 */
import { spawn } from "node:child_process";
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SpotifyError, TokenStoreError, ValidationError } from "../src/index.js";
import { PostgresTokenStore } from "../src/postgres/index.js";
import { describeWithServer, testServer } from "./helpers/servers.js";
import { storeContract } from "./helpers/store-contract.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const postgres = await testServer("postgres");
const WAIT = { timeout: 15_000 };
let seq = 0;
const uniqueKey = (name: string) => `${name}-${process.pid}-${++seq}`;
/** A table per run of this file: runs of it on one server never see each other's rows. */
const table = `tokens_test_${process.pid}`;

describeWithServer("postgres", postgres, "PostgresTokenStore", (url) => {
  const pools: pg.Pool[] = [];
  const pool = (max = 4, extra: pg.PoolConfig = {}) => {
    const p = new pg.Pool({ connectionString: url, max, ...extra });
    p.on("error", () => undefined);
    pools.push(p);
    return p;
  };
  let a: PostgresTokenStore;
  let b: PostgresTokenStore;
  beforeAll(() => {
    a = new PostgresTokenStore({ pool: pool(), table });
    b = new PostgresTokenStore({ pool: pool(), table });
  });
  afterAll(async () => {
    const admin = pool(2);
    await admin.query(`DROP TABLE IF EXISTS ${table}, ${table}_other`).catch(() => undefined);
    await Promise.all(pools.map((p) => p.end()));
  });

  it("creates its table, with the documented SQL, on first use (two stores at once)", async () => {
    const fresh = [new PostgresTokenStore({ pool: pool(), table: `${table}_other` }), new PostgresTokenStore({ pool: pool(), table: `${table}_other` })];
    await Promise.all(fresh.map((s, i) => s.set(`k${i}`, { revision: i })));
    expect(await fresh[1]!.get("k0")).toEqual({ revision: 0 });
    expect(fresh[0]!.createTableSql).toMatch(new RegExp(`^CREATE TABLE IF NOT EXISTS "${table}_other" \\(key text PRIMARY KEY, value jsonb NOT NULL`));
    const { rows } = await pools[0]!.query("SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position", [`${table}_other`]);
    expect(rows.map((r: { column_name: string }) => r.column_name)).toEqual(["key", "value", "revision", "updated_at"]);
  });

  storeContract(() => ({ a, b }), uniqueKey, { racers: 16 });

  it("lock excludes across pools: never two holders at once, every caller runs, callbacks use the pool", async () => {
    const key = uniqueKey("lock");
    let inside = 0;
    let most = 0;
    let ran = 0;
    const hold = (store: PostgresTokenStore) => async () => {
      inside++;
      most = Math.max(most, inside);
      // The callback reads and writes through the same pool while the lock's connection waits.
      const current = (await store.get(key)) as { revision: number } | null;
      await store.compareAndSet(key, current?.revision ?? null, { revision: (current?.revision ?? 0) + 1 });
      inside--;
      ran++;
    };
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).lock(key, hold(i % 2 ? a : b))));
    expect({ most, ran }).toEqual({ most: 1, ran: 10 });
    expect(await a.get(key)).toEqual({ revision: 10 });
  });

  it("locks on many keys at once in a pool of 2 do not starve their callbacks of a connection", async () => {
    const small = new PostgresTokenStore({ pool: pool(2), table });
    const keys = Array.from({ length: 4 }, (_, i) => uniqueKey(`many-${i}`));
    const results = await Promise.all(keys.map((key) => small.lock(key, async () => {
      await small.set(key, { revision: 1 });
      return small.get(key);
    })));
    expect(results).toEqual(keys.map(() => ({ revision: 1 })));
  });

  it("a holder killed mid-lock (kill -9): the server frees its lock, another process takes it", async () => {
    const key = uniqueKey("killed");
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "test/helpers/store-lock-holder.ts"), "postgres", url, key, "0", "60000", table],
      { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => { out += chunk.toString(); });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    try {
      await expect.poll(() => out, WAIT).toContain('"held"');
      const waiting = new PostgresTokenStore({ pool: pool(), table, lockTimeoutMs: 300 });
      await expect(waiting.lock(key, async () => "too soon")).rejects.toMatchObject({ name: "TokenStoreError", operation: "lock" });
      child.kill("SIGKILL");
      await exited;
      const after = new PostgresTokenStore({ pool: pool(), table, lockTimeoutMs: 10_000 });
      expect(await after.lock(key, async () => "taken over")).toBe("taken over");
    } finally {
      child.kill("SIGKILL");
    }
  }, 30_000);

  it("an idle connection the server drops ends a process whose pool has no 'error' listener; the documented set-up has one and goes on", async () => {
    // Each child builds its pool, parks one connection idle, prints its backend pid, then queries again.
    const script = (listen: boolean) => `import pg from "pg";
      const pool = new pg.Pool({ connectionString: process.env.PG_URL, max: 2 });
      ${listen ? 'pool.on("error", () => undefined);' : ""}
      const { rows } = await pool.query("SELECT pg_backend_pid() AS pid");
      console.log(rows[0].pid);
      setTimeout(async () => { await pool.query("SELECT 1"); console.log("alive"); await pool.end(); }, 800);`;
    const run = async (listen: boolean) => {
      const child = spawn(process.execPath, ["--input-type=module", "-e", script(listen)], { cwd: root, env: { ...process.env, PG_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => { out += chunk.toString(); });
      child.stderr.resume();
      const code = new Promise((resolve) => child.on("exit", resolve));
      await expect.poll(() => out, WAIT).toMatch(/^\d+\n/);
      await pools[0]!.query("SELECT pg_terminate_backend($1::int)", [Number(out.trim())]);
      return { code: await code, out };
    };
    expect((await run(false)).code).not.toBe(0);
    expect(await run(true)).toMatchObject({ code: 0, out: expect.stringContaining("alive") });
    const { readFileSync } = await import("node:fs");
    const docs = [readFileSync(join(root, "../../README.md"), "utf8"), readFileSync(join(root, "src/postgres/store.ts"), "utf8")];
    for (const doc of docs) {
      const built = doc.match(/const (\w+) = new pg\.Pool\(/g) ?? [];
      expect(built.length).toBeGreaterThan(0);
      for (const one of built) expect(doc).toContain(`${/const (\w+)/.exec(one)![1]}.on("error"`);
    }
  }, 30_000);

  describe("time limits", () => {
    let hole: Server;
    let holeUrl = "";
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      hole = createServer((socket) => { sockets.add(socket); socket.on("error", () => undefined); });
      await new Promise<void>((resolve) => hole.listen(0, "127.0.0.1", resolve));
      holeUrl = `postgres://postgres@127.0.0.1:${(hole.address() as AddressInfo).port}/postgres`;
    });
    afterAll(async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => hole.close(resolve));
    });

    it("every call to a server that does not answer fails with TokenStoreError(timeoutMs)", async () => {
      const store = new PostgresTokenStore({ pool: pool(4, { connectionString: holeUrl }), timeoutMs: 200 });
      const settled = await Promise.allSettled([
        store.get("k"), store.set("k", { revision: 1 }), store.delete("k"),
        store.compareAndSet("k", null, { revision: 1 }), store.lock("k", async () => "never"),
      ]);
      const errors = settled.map((r) => (r as PromiseRejectedResult).reason as TokenStoreError);
      for (const error of errors) {
        expect(error).toBeInstanceOf(TokenStoreError);
        expect(error).toBeInstanceOf(SpotifyError);
        expect(error.timeoutMs).toBe(200);
      }
    });

    it("a statement stuck behind another transaction's lock fails with TokenStoreError, and the store works on", async () => {
      const key = uniqueKey("stuck");
      await a.set(key, { revision: 1 });
      const blocker = await pools[0]!.connect();
      try {
        await blocker.query("BEGIN");
        await blocker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
        const stuck = new PostgresTokenStore({ pool: pool(), table, timeoutMs: 300 });
        await expect(stuck.get(key)).rejects.toMatchObject({ name: "TokenStoreError", operation: "get", timeoutMs: 300 });
        await blocker.query("ROLLBACK");
        expect(await stuck.get(key)).toEqual({ revision: 1 });
      } finally {
        blocker.release();
      }
    });
  });

  describe("errors and options", () => {
    it("refuses a pool of max 1, a table that is not an identifier, bad limits, before any call", () => {
      expect(() => new PostgresTokenStore({ pool: pool(1) })).toThrow(/max must be 2 or more/);
      for (const bad of ["tokens; DROP TABLE users", "a.b.c", "1tokens", "", "tok-ens", "\"tokens\""]) {
        expect(() => new PostgresTokenStore({ pool: pool(), table: bad }), bad).toThrow(ValidationError);
      }
      expect(() => new PostgresTokenStore({ pool: pool(), table: "public.tokens_x" })).not.toThrow();
      expect(() => new PostgresTokenStore({ pool: pool(), timeoutMs: -1 })).toThrow(/timeoutMs/);
      expect(() => new PostgresTokenStore({ pool: {} as pg.Pool })).toThrow(ValidationError);
    });

    it("refuses a bad key or value with a rejected ValidationError, before any call", async () => {
      const store = new PostgresTokenStore({ pool: { connect: () => Promise.reject(new Error("no call expected")) } });
      const lock = store.lock("", async () => 1);
      await expect(lock).rejects.toThrow(ValidationError);
      await expect(store.set("k", [] as unknown as object)).rejects.toThrow(ValidationError);
      await expect(store.compareAndSet("k", "1" as unknown as number, { revision: 1 })).rejects.toThrow(ValidationError);
    });

    it("a failing statement is a TokenStoreError without the value written", async () => {
      const store = new PostgresTokenStore({ pool: pool(), table: `${table}_other` });
      await store.get("x");
      // A value PostgreSQL's jsonb refuses (a NUL character): the server answers with an error.
      const error = await store.set("k", { revision: 1, access_token: "BQD-SECRET-token\u0000" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TokenStoreError);
      const seen = [String(error), JSON.stringify(error), String((error as Error).cause), (error as Error).stack ?? ""].join("\n");
      expect(seen).not.toContain("SECRET");
    });

    it("closed: calls fail with TokenStoreError; JSON shows the table only", async () => {
      const store = new PostgresTokenStore({ pool: pool(), table });
      expect(JSON.stringify(store)).toBe(`{"type":"PostgresTokenStore","table":"${table}"}`);
      await store.close();
      await expect(store.get("k")).rejects.toBeInstanceOf(TokenStoreError);
      await expect(store.lock("k", async () => 1)).rejects.toBeInstanceOf(TokenStoreError);
    });
  });
});

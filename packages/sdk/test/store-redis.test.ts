/**
 * RedisTokenStore against a real redis-server, through each client it takes: ioredis, node-redis,
 * and @upstash/redis (REST, through a local Upstash shim over the same server). Compare-and-set,
 * locks across clients, lease expiry of a frozen holder, time limits and secret-free errors.
 */
import { spawn } from "node:child_process";
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Redis as IoRedis } from "ioredis";
import { createClient } from "redis";
import { Redis as UpstashRedis } from "@upstash/redis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SpotifyError, storedRevision, TokenStoreError, ValidationError } from "../src/index.js";
import { RedisTokenStore, type RedisClientLike } from "../src/redis/index.js";
import { describeWithServer, privateRedis, testServer } from "./helpers/servers.js";
import { storeContract } from "./helpers/store-contract.js";
import { startUpstashShim, type UpstashShim } from "./helpers/upstash-shim.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const redis = await testServer("redis");
/** Bounds waits that must end (never a timing assertion). */
const WAIT = { timeout: 15_000 };
let seq = 0;
const uniqueKey = (name: string) => `${name}-${process.pid}-${++seq}`;

interface Driver {
  name: string;
  /** A new client of this kind on the server at `url` (each call a separate connection). */
  connect(url: string): Promise<RedisClientLike>;
}

const closers: Array<() => Promise<unknown> | unknown> = [];
let shim: UpstashShim | undefined;

const drivers: Driver[] = [
  {
    name: "ioredis",
    async connect(url) {
      const client = new IoRedis(url, { maxRetriesPerRequest: 1 });
      closers.push(() => client.disconnect());
      return client;
    },
  },
  {
    name: "node-redis",
    async connect(url) {
      const client = createClient({ url });
      client.on("error", () => undefined);
      await client.connect();
      closers.push(() => client.destroy());
      return client;
    },
  },
  {
    name: "@upstash/redis (REST shim)",
    async connect(url) {
      shim ??= await startUpstashShim(url);
      return new UpstashRedis({ url: shim.url, token: shim.token, retry: false, enableTelemetry: false });
    },
  },
];

describeWithServer("redis", redis, "RedisTokenStore", (url) => {
  afterAll(async () => {
    for (const close of closers.splice(0)) await close();
    await shim?.close();
  });

  describe.each(drivers)("through $name", (driver) => {
    let a: RedisTokenStore;
    let b: RedisTokenStore;
    beforeAll(async () => {
      a = new RedisTokenStore({ client: await driver.connect(url), prefix: "test" });
      b = new RedisTokenStore({ client: await driver.connect(url), prefix: "test" });
    });

    storeContract(() => ({ a, b }), uniqueKey, { racers: 20 });

    it("compareAndSet takes only a safe integer >= 0 as a stored revision, as storedRevision() does", async () => {
      const key = uniqueKey("norev");
      await a.set(key, { revision: "7" });
      expect(await b.compareAndSet(key, 7, { revision: 8 })).toBe(false);
      expect(await b.compareAndSet(key, 0, { revision: 1 })).toBe(true);
      for (const odd of [1.5, -3, 2 ** 60]) {
        await a.set(key, { revision: odd });
        expect(storedRevision(await a.get(key))).toBe(0);
        expect(await b.compareAndSet(key, odd, { revision: 9 })).toBe(false);
        expect(await b.compareAndSet(key, 0, { revision: 1 })).toBe(true);
      }
    });

    it("lock excludes across clients: never two holders at once, every caller runs", async () => {
      const key = uniqueKey("lock");
      let inside = 0;
      let most = 0;
      let ran = 0;
      const hold = async () => {
        inside++;
        most = Math.max(most, inside);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inside--;
        ran++;
      };
      await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).lock(key, hold)));
      expect({ most, ran }).toEqual({ most: 1, ran: 12 });
    });

    it("lock is released when the callback throws, and passes the error on", async () => {
      const key = uniqueKey("throws");
      await expect(a.lock(key, async () => { throw new Error("inner"); })).rejects.toThrow("inner");
      expect(await b.lock(key, async () => "next")).toBe("next");
    });

    it("keys are <prefix>:{<key>} (a Redis Cluster hash tag), the lock beside them", async () => {
      const key = uniqueKey("layout");
      const raw = new IoRedis(url);
      try {
        await a.set(key, { revision: 1 });
        expect(await raw.get(`test:{${key}}`)).toBe('{"revision":1}');
        await a.lock(key, async () => {
          expect(await raw.exists(`test:{${key}}:lock`)).toBe(1);
        });
      } finally {
        raw.disconnect();
      }
    });
  });

  describe("lease", () => {
    let client: IoRedis;
    beforeAll(() => { client = new IoRedis(url); });
    afterAll(() => { client.disconnect(); });

    it("a live holder keeps the lock past its lease: renewals", async () => {
      const key = uniqueKey("renew");
      const holder = new RedisTokenStore({ client, lockLeaseMs: 150 });
      const other = new RedisTokenStore({ client, lockLeaseMs: 150, lockTimeoutMs: 200 });
      await holder.lock(key, async (signal) => {
        await new Promise((resolve) => setTimeout(resolve, 600));
        await expect(other.lock(key, async () => "got it")).rejects.toBeInstanceOf(TokenStoreError);
        expect(signal.aborted).toBe(false);
      });
    });

    it("a frozen holder (SIGSTOP) loses the lock after its lease; when it wakes, its signal tells it and its release leaves the new holder's lock", async () => {
      const key = uniqueKey("frozen");
      const child = spawn(process.execPath, ["--import", "tsx", join(root, "test/helpers/store-lock-holder.ts"), "redis", url, key, "300", "1000"],
        { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
      const events: string[] = [];
      let buffer = "";
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
          events.push((JSON.parse(buffer.slice(0, nl)) as { event: string }).event);
          buffer = buffer.slice(nl + 1);
        }
      });
      const exited = new Promise((resolve) => child.on("exit", resolve));
      try {
        await expect.poll(() => events, WAIT).toContain("held");
        child.kill("SIGSTOP");
        const other = new RedisTokenStore({ client, lockLeaseMs: 300, lockTimeoutMs: 10_000 });
        const seen = await other.lock(key, async () => {
          child.kill("SIGCONT");
          await expect.poll(() => events, WAIT).toContain("done");
          return client.get(`{${key}}:lock`);
        });
        expect(seen, "the woken holder released only its own lock").not.toBeNull();
        expect(events).toEqual(["held", "lost", "done"]);
      } finally {
        child.kill("SIGCONT");
        child.kill("SIGKILL");
        await exited;
      }
    }, 30_000);
  });

  describe("time limits", () => {
    let hole: Server;
    let holeUrl = "";
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      // Accepts connections and never answers: a server that stopped responding.
      hole = createServer((socket) => { sockets.add(socket); socket.on("error", () => undefined); });
      await new Promise<void>((resolve) => hole.listen(0, "127.0.0.1", resolve));
      holeUrl = `redis://127.0.0.1:${(hole.address() as AddressInfo).port}`;
    });
    /** Clients of the hole, closed before it is (else they reconnect to a closed port). */
    const holeClients: Array<() => unknown> = [];
    afterAll(async () => {
      for (const close of holeClients.splice(0)) await close();
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => hole.close(resolve));
    });
    afterEach(() => { if (shim) shim.blackhole = false; });

    it.each(drivers)("every call through $name to a server that does not answer fails with TokenStoreError(timeoutMs)", async (driver) => {
      let client: RedisClientLike;
      if (driver.name.startsWith("@upstash")) {
        client = await driver.connect(url);
        shim!.blackhole = true;
      } else if (driver.name === "node-redis") {
        // node-redis connects before use: it would wait for the hole's handshake forever.
        const c = createClient({ url: holeUrl, socket: { connectTimeout: 60_000 } });
        c.on("error", () => undefined);
        void c.connect().catch(() => undefined);
        holeClients.push(() => c.destroy());
        client = c;
      } else {
        const c = new IoRedis(holeUrl, { maxRetriesPerRequest: null, lazyConnect: false });
        // Once the hole closes, ioredis reconnects and reports each refusal as an 'error' event.
        c.on("error", () => undefined);
        holeClients.push(() => c.disconnect());
        client = c;
      }
      const store = new RedisTokenStore({ client, timeoutMs: 200, lockTimeoutMs: 200 });
      const calls = [
        store.get("k"), store.set("k", { revision: 1 }), store.delete("k"),
        store.compareAndSet("k", null, { revision: 1 }), store.lock("k", async () => "never"),
      ];
      const settled = await Promise.allSettled(calls);
      for (const [i, result] of settled.entries()) {
        expect(result.status, `call ${i}`).toBe("rejected");
        const error = (result as PromiseRejectedResult).reason as TokenStoreError;
        expect(error).toBeInstanceOf(TokenStoreError);
        expect(error).toBeInstanceOf(SpotifyError);
        expect(error.timeoutMs).toBe(200);
      }
      expect(settled.map((r) => ((r as PromiseRejectedResult).reason as TokenStoreError).operation))
        .toEqual(["get", "set", "delete", "compareAndSet", "lock"]);
    });

    it("a redis-server paused with SIGSTOP: calls fail with TokenStoreError, and work again after SIGCONT", async () => {
      const server = await privateRedis();
      const client = new IoRedis(server.url, { maxRetriesPerRequest: null });
      try {
        const store = new RedisTokenStore({ client, timeoutMs: 300 });
        await store.set("k", { revision: 1, access_token: "before" });
        server.child.kill("SIGSTOP");
        await expect(store.get("k")).rejects.toMatchObject({ name: "TokenStoreError", operation: "get", timeoutMs: 300 });
        server.child.kill("SIGCONT");
        expect(await store.get("k")).toEqual({ revision: 1, access_token: "before" });
      } finally {
        server.child.kill("SIGCONT");
        client.disconnect();
        await server.stop();
      }
    }, 30_000);
  });

  describe("a restarted redis-server (no persistence)", () => {
    it.each(["ioredis", "node-redis"])("through %s: calls while it is down fail with TokenStoreError, calls after it is back succeed", async (name) => {
      let server = await privateRedis();
      const port = server.port;
      let client: RedisClientLike;
      let close: () => unknown;
      if (name === "ioredis") {
        const c = new IoRedis(server.url, { retryStrategy: () => 50 });
        c.on("error", () => undefined);
        client = c;
        close = () => c.disconnect();
      } else {
        const c = createClient({ url: server.url, socket: { reconnectStrategy: () => 50 } });
        c.on("error", () => undefined);
        await c.connect();
        client = c;
        close = () => c.destroy();
      }
      try {
        const store = new RedisTokenStore({ client, timeoutMs: 300 });
        await store.set("k", { revision: 1 });
        await server.stop();
        await expect(store.get("k")).rejects.toMatchObject({ name: "TokenStoreError", operation: "get" });
        server = await privateRedis(port);
        // Back, and empty: the store reads "nothing stored" (the lifecycle writes its copy back).
        await expect.poll(() => store.get("k").then((v) => v ?? "empty", () => "failed"), WAIT).toBe("empty");
        expect(await store.compareAndSet("k", null, { revision: 2 })).toBe(true);
      } finally {
        await close();
        await server.stop();
      }
    }, 30_000);
  });

  describe("errors and options", () => {
    it("an error from the service never carries the stored token (Upstash echoes the command)", async () => {
      await drivers[2]!.connect(url);
      const wrong = new UpstashRedis({ url: shim!.url, token: "wrong-token", retry: false, enableTelemetry: false });
      const store = new RedisTokenStore({ client: wrong });
      const secret = "BQD-access-SECRET-value-123";
      const error = await store.set("k", { revision: 1, access_token: secret, refresh_token: "AQ-refresh-SECRET" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TokenStoreError);
      const seen = [String(error), JSON.stringify(error), String((error as Error).cause), (error as Error).stack ?? ""].join("\n");
      expect(seen).not.toContain("SECRET");
      expect((error as TokenStoreError).operation).toBe("set");
    });

    it("refuses what is not a client and options out of range, before any call", () => {
      expect(() => new RedisTokenStore({ client: {} as RedisClientLike })).toThrow(ValidationError);
      const client = new IoRedis(url, { lazyConnect: true });
      expect(() => new RedisTokenStore({ client, timeoutMs: 0 })).toThrow(/timeoutMs/);
      expect(() => new RedisTokenStore({ client, lockLeaseMs: 1.5 })).toThrow(/lockLeaseMs/);
      expect(() => new RedisTokenStore({ client, prefix: 5 as unknown as string })).toThrow(/prefix/);
      client.disconnect();
    });

    it("refuses a bad key or value with a rejected ValidationError, before any call", async () => {
      const store = new RedisTokenStore({ client: { eval: () => { throw new Error("no call expected"); } } });
      const lock = store.lock("", async () => 1);
      await expect(lock).rejects.toThrow(ValidationError);
      await expect(store.get(42 as unknown as string)).rejects.toThrow(ValidationError);
      await expect(store.set("k", "text" as unknown as object)).rejects.toThrow(ValidationError);
      await expect(store.compareAndSet("k", Number.NaN, { revision: 1 })).rejects.toThrow(ValidationError);
    });

    it("keeps no process alive: a process whose client is gone exits while its lock's callback still runs", async () => {
      // The lease (60 s) would be renewed for a minute by a timer that held the process open.
      const script = [
        `import { Redis } from "ioredis";`,
        `import { RedisTokenStore } from ${JSON.stringify(join(root, "src/redis/index.ts"))};`,
        `const client = new Redis(${JSON.stringify(url)});`,
        `const store = new RedisTokenStore({ client, lockLeaseMs: 60000 });`,
        `void store.lock("alive-${process.pid}", async () => { process.stdout.write("held\\n"); client.disconnect(); await new Promise(() => {}); });`,
      ].join("\n");
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => { out += chunk.toString(); });
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => { child.kill("SIGKILL"); resolve(null); }, 15_000);
        child.on("exit", (c) => { clearTimeout(timer); resolve(c); });
      });
      expect(out).toBe("held\n");
      expect(code, "exited by itself").not.toBeNull();
    }, 30_000);

    it("closed: calls fail with TokenStoreError; JSON and inspection show no client", async () => {
      const client = new IoRedis(`redis://:hunter2-password@${url.slice("redis://".length)}`, { lazyConnect: true });
      const store = new RedisTokenStore({ client, prefix: "p" });
      expect(JSON.stringify(store)).toBe('{"type":"RedisTokenStore","prefix":"p"}');
      await store.close();
      await expect(store.get("k")).rejects.toBeInstanceOf(TokenStoreError);
      client.disconnect();
    });
  });
});

/**
 * The app's rate budget shared by its instances (`rateLimitStore`) over real Redis (ioredis,
 * node-redis: pushed; Upstash REST through the shim: polled) and PostgreSQL (polled): a 429 one
 * client gets holds back another client's Web API calls (each with its own store object and
 * connection, as two processes would have) until it has passed, then one probe goes first for
 * both; token requests never wait behind it. Counted at a real local server.
 */
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Redis as IoRedis } from "ioredis";
import { createClient } from "redis";
import { Redis as UpstashRedis } from "@upstash/redis";
import pg from "pg";
import { expect, it } from "vitest";
import { SessionPool, SpotifyApi, ValidationError, sharePauseThrough, type RateLimitStore } from "../src/index.js";
import * as node from "../src/node/entry.js";
import { RedisTokenStore } from "../src/redis/index.js";
import { PostgresTokenStore } from "../src/postgres/index.js";
import type { AuthServer } from "./helpers/auth-server.js";
import { describeWithServer, privateRedis, sharedStoreBed } from "./helpers/servers.js";
import { startUpstashShim } from "./helpers/upstash-shim.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { redis, postgres, closers, authServer, unique } = await sharedStoreBed();

type StoreFactory = (namespace: string) => Promise<RateLimitStore & { close(): Promise<void> }>;

const until = async (check: () => boolean) => {
  for (let i = 0; i < 1000 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

function clientOn(s: AuthServer, store: RateLimitStore, key: string) {
  return SpotifyApi.withClientCredentials("client-id-1", "client-SECRET-value", [], {
    baseUrl: s.apiUrl, accountsBaseUrl: s.accountsUrl, rateLimitStore: store, rateLimitKey: key, transport: "fetch",
  });
}

/** `call` is answered 429 (Retry-After 1 s, after 100 ms); resolves 250 ms after it reached the server. */
async function limitedCall(server: AuthServer, call: () => Promise<unknown>) {
  server.apiLog.length = 0;
  server.limitApi = 1;
  server.limitRetryAfter = 1;
  server.apiDelayMs = 100;
  const limited = call();
  await until(() => server.apiLog.length > 0);
  const limitedAt = server.apiLog[0]!.at;
  await new Promise((r) => setTimeout(r, 250));
  return { limited, limitedAt };
}

/** Two instances; `one` gets a 429 (Retry-After 1 s); `two` calls 10 times 250 ms after it. */
async function pauseAcross(makeStore: StoreFactory) {
  const server = await authServer();
  const key = unique("app");
  const [storeOne, storeTwo] = [await makeStore(key), await makeStore(key)];
  const [one, two] = [clientOn(server, storeOne, key), clientOn(server, storeTwo, key)];
  // Both instances in use (tokens held, watching the shared pause).
  await Promise.all([one.makeRequest("GET", "me"), two.makeRequest("GET", "me")]);
  await new Promise((r) => setTimeout(r, 100));
  const { limited, limitedAt } = await limitedCall(server, () => one.makeRequest("GET", "me"));
  const tokensBefore = server.tokenCount();
  const pending = [limited, ...Array.from({ length: 10 }, () => two.makeRequest("GET", "me"))];
  // A third client of the app, without a token yet: its token request goes during the pause.
  const three = clientOn(server, storeTwo, key);
  await three.authenticate();
  const tokenDuringPause = server.tokenCount() - tokensBefore === 1 && server.apiLog.length === 1;
  pending.push(three.makeRequest("GET", "me"));
  const calls = await Promise.allSettled(pending);
  const after = server.apiLog.slice(1);
  const probe = after[0]!;
  return {
    statuses: calls.map((c) => c.status),
    first429: server.apiLog[0]!.status,
    duringPause: after.filter((r) => r.at < limitedAt + 1000).length,
    // Sent before the first request after the pause was answered: only that one (the probe).
    beforeProbeAnswered: after.filter((r) => r.at < probe.end!).length,
    tokenDuringPause,
    stores: [storeOne, storeTwo],
  };
}

function expectOnePause(result: Awaited<ReturnType<typeof pauseAcross>>) {
  expect(result.first429).toBe(429);
  expect(result.statuses.every((s) => s === "fulfilled")).toBe(true);
  expect(result.duringPause).toBe(0);
  expect(result.beforeProbeAnswered).toBe(1);
  expect(result.tokenDuringPause).toBe(true);
}

const ioredisStore = (url: string): StoreFactory => async (namespace) => {
  const client = new IoRedis(url);
  const store = new RedisTokenStore({ client, prefix: namespace });
  closers.push(() => client.disconnect(), () => store.close());
  return store;
};

describeWithServer("redis", redis, "rateLimitStore over RedisTokenStore", (url) => {
  it("ioredis: a 429 in one instance holds back the other's calls until it has passed, then one probe goes first", async () => {
    expectOnePause(await pauseAcross(ioredisStore(url)));
  });

  it("node-redis: the same, pushed through the store's own subscriber connection", async () => {
    expectOnePause(await pauseAcross(async (namespace) => {
      const client = createClient({ url });
      client.on("error", () => undefined);
      await client.connect();
      const store = new RedisTokenStore({ client, prefix: namespace });
      closers.push(() => client.destroy(), () => store.close());
      return store;
    }));
  });

  it("@upstash/redis (REST, no subscription): the same, by polling", async () => {
    const shim = await startUpstashShim(url);
    closers.push(() => shim.close());
    expectOnePause(await pauseAcross(async (namespace) => {
      const store = new RedisTokenStore({ client: new UpstashRedis({ url: shim.url, token: shim.token }), prefix: namespace });
      closers.push(() => store.close());
      return store;
    }));
  });

  it("a call with a valid token costs no store command, token and pause shared through one store (ioredis: pushed, not polled)", async () => {
    const own = await privateRedis();
    const client = new IoRedis(own.url);
    closers.push(() => own.stop(), () => client.disconnect());
    const server = await authServer();
    const store = new RedisTokenStore({ client, prefix: "hot" });
    closers.push(() => store.close());
    const processed = async () => Number(/total_commands_processed:(\d+)/.exec(await client.info("stats"))![1]);
    const pool = new SessionPool({
      clientId: "client-id-1", clientSecret: "client-SECRET-value", store, rateLimitStore: store,
      baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl, transport: "fetch",
    });
    await pool.acceptToken("alice", { ...server.issue(), token_type: "Bearer", expires_in: 3600 });
    await pool.client("alice").makeRequest("GET", "me");
    // The store's subscriber connection (a duplicate: a ready check, then SUBSCRIBE) may still be
    // starting: wait until the server counts nothing but these INFO calls, then measure.
    for (let i = 0; i < 100; i++) {
      const first = await processed();
      if ((await processed()) - first === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const before = await processed();
    for (let i = 0; i < 50; i++) await pool.client("alice").makeRequest("GET", "me");
    // The second INFO is the one command counted.
    expect((await processed()) - before).toBe(1);
  });

  it("two pools (two instances) share a user through Redis at <prefix>:{<clientId>:<user>}:token, its lock on the same hash tag", async () => {
    const client = new IoRedis(url);
    closers.push(() => client.disconnect());
    const server = await authServer({ rotate: true });
    const prefix = `pool-keys-${process.pid}`;
    const pools = [0, 1].map(() => {
      const store = new RedisTokenStore({ client, prefix });
      closers.push(() => store.close());
      return new SessionPool({ clientId: "client-id-1", clientSecret: "client-SECRET-value", store, baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl, transport: "fetch" });
    });
    const token = { ...server.issue(), token_type: "Bearer", expires_in: 3600 };
    await pools[0]!.acceptToken("alice", token);
    expect(await client.get(`${prefix}:spotify-web-sdk:{client-id-1:alice}:token`)).toContain(token.access_token);
    const seen = await pools[1]!.client("alice").makeRequest<{ token: string }>("GET", "me");
    expect(seen.token).toBe(token.access_token);
    const renewed = await pools[1]!.forUser("alice").refreshAccessToken();
    expect(await pools[0]!.forUser("alice").load()).toMatchObject({ access_token: token.access_token });
    expect(JSON.parse((await client.get(`${prefix}:spotify-web-sdk:{client-id-1:alice}:token`))!)).toMatchObject({ access_token: renewed.access_token });
    const lockStore = new RedisTokenStore({ client, prefix });
    closers.push(() => lockStore.close());
    const lockValue = await lockStore.lock(pools[0]!.storeKey("alice"), () => client.get(`${prefix}:spotify-web-sdk:{client-id-1:alice}:token:lock`));
    expect(lockValue).toBeTruthy();
  });

  it("two processes: a 429 in this one holds back the other's calls until it has passed, then one probe goes first", async () => {
    const server = await authServer();
    const key = unique("app-processes");
    const prefix = `processes-${process.pid}`;
    const one = clientOn(server, await ioredisStore(url)(prefix), key);
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "test/helpers/rate-limit-instance.ts"), url, prefix, key, server.apiUrl, server.accountsUrl],
      { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
    closers.push(() => child.kill("SIGKILL"));
    const answers: Array<{ ok: number; failed: number }> = [];
    let buffer = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
        answers.push(JSON.parse(buffer.slice(0, nl)) as { ok: number; failed: number });
        buffer = buffer.slice(nl + 1);
      }
    });
    const callsThere = async (n: number) => {
      const before = answers.length;
      child.stdin.write(`calls ${n}\n`);
      await expect.poll(() => answers.length, { timeout: 15_000, interval: 20 }).toBeGreaterThan(before);
      return answers.at(-1)!;
    };
    // Both instances in use (tokens held, watching the shared pause).
    await Promise.all([one.makeRequest("GET", "me"), callsThere(1)]);
    await new Promise((r) => setTimeout(r, 100));
    const { limited, limitedAt } = await limitedCall(server, () => one.makeRequest("GET", "me"));
    const [there] = await Promise.all([callsThere(10), limited]);
    expect(there).toEqual({ ok: 10, failed: 0 });
    const after = server.apiLog.slice(1);
    expect(server.apiLog[0]!.status).toBe(429);
    expect(after.filter((r) => r.at < limitedAt + 1000)).toEqual([]);
    expect(after.filter((r) => r.at < after[0]!.end!)).toHaveLength(1);
  });

  it("max-merges pauses on Redis's clock and elects one probe among owners", async () => {
    const store = await ioredisStore(url)(`merge-${process.pid}`);
    const key = unique("app-merge");
    expect(await store.pausedFor(key)).toBe(0);
    const long = await store.recordPause(key, 5_000);
    const short = await store.recordPause(key, 1);
    expect(long).toBeGreaterThan(4_000);
    expect(short).toBeGreaterThan(4_000);
    expect(await store.electProbe(key, "owner-a", 1_000)).toMatchObject({ kind: "paused" });
    await store.recordPause(key, 1);
    const shortKey = unique("app-short");
    await store.recordPause(shortKey, 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(await store.electProbe(shortKey, "owner-a", 1_000)).toEqual({ kind: "probe" });
    expect(await store.electProbe(shortKey, "owner-b", 1_000)).toMatchObject({ kind: "pending" });
    await store.endPause(shortKey, "owner-a");
    expect(await store.electProbe(shortKey, "owner-b", 1_000)).toEqual({ kind: "go" });
  });

  it("close() closes the subscriber connection it opened", async () => {
    const client = new IoRedis(url);
    closers.push(() => client.disconnect());
    const store = new RedisTokenStore({ client, prefix: `close-${process.pid}` });
    const stop = store.watchPauses("app", () => undefined);
    expect(typeof stop).toBe("function");
    await new Promise((r) => setTimeout(r, 100));
    const named = async () => String(await client.call("CLIENT", "LIST")).split("\n").filter((l) => / cmd=(subscribe|ssubscribe)/.test(l) || / sub=1/.test(l)).length;
    const before = await named();
    await store.close();
    let now = before;
    for (let i = 0; i < 200 && now === before; i++) {
      await new Promise((r) => setTimeout(r, 10));
      now = await named();
    }
    expect(before).toBeGreaterThan(0);
    expect(now).toBe(before - 1);
  });
});

describeWithServer("postgres", postgres, "rateLimitStore over PostgresTokenStore", (url) => {
  it("a 429 in one instance holds back the other's calls until it has passed (polled), then one probe goes first", async () => {
    expectOnePause(await pauseAcross(async () => {
      const pool = new pg.Pool({ connectionString: url, max: 4 });
      pool.on("error", () => undefined);
      closers.push(() => pool.end());
      return new PostgresTokenStore({ pool, table: "rate_limit_test" });
    }));
  });
});

const tokenAuth = () => ({ getOrCreateAccessToken: async () => ({ access_token: "x", token_type: "Bearer", expires_in: 3600 }), getAccessToken: async () => null, removeAccessToken() {}, setConfiguration() {} });
/** A store of the app's own, without `sharePause`. */
const bareStore = (): RateLimitStore => ({ recordPause: async () => 0, pausedFor: async () => 0, electProbe: async () => ({ kind: "probe" as const }), endPause: async () => undefined });

it("a rateLimitStore that is not one, or no client id to key it by, is a ValidationError when the client is built", () => {
  const auth = tokenAuth();
  expect(() => new SpotifyApi(auth, { rateLimitStore: {} as never })).toThrow(ValidationError);
  const store: RateLimitStore = { ...bareStore(), sharePause(key, logger) { return sharePauseThrough(this, key, logger); } };
  expect(() => new SpotifyApi(auth, { rateLimitStore: store })).toThrow(ValidationError);
  expect(() => new SpotifyApi(auth, { rateLimitStore: store, rateLimitKey: "app" })).not.toThrow();
  expect(() => new SpotifyApi(auth, { rateLimitStore: { ...bareStore(), recordPause: undefined } as never, rateLimitKey: "app" })).toThrow(ValidationError);
});

it("outside Node a store of the app's own without sharePause is refused when the facade or a pool is built, naming sharePauseThrough; the Node build shares it", () => {
  const refused = (build: () => unknown) => {
    let error: unknown;
    try {
      build();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ parameter: "rateLimitStore" });
    expect((error as Error).message).toContain("sharePauseThrough");
  };
  refused(() => new SpotifyApi(tokenAuth(), { rateLimitStore: bareStore(), rateLimitKey: "app" }));
  refused(() => SpotifyApi.withAccessToken("app", { access_token: "x", token_type: "Bearer", expires_in: 3600 }, { rateLimitStore: bareStore() }));
  refused(() => new SessionPool({ clientId: "app", clientSecret: "secret", rateLimitStore: bareStore() }));
  expect(() => new node.SpotifyApi(tokenAuth(), { rateLimitStore: bareStore(), rateLimitKey: "app" })).not.toThrow();
  expect(() => node.SpotifyApi.withAccessToken("app", { access_token: "x", token_type: "Bearer", expires_in: 3600 }, { rateLimitStore: bareStore() })).not.toThrow();
  expect(() => new node.SessionPool({ clientId: "app", clientSecret: "secret", rateLimitStore: bareStore() })).not.toThrow();
});

it("RedisTokenStore and PostgresTokenStore bring their own sharePause (a fetch-build client shares them)", () => {
  expect(typeof RedisTokenStore.prototype.sharePause).toBe("function");
  expect(typeof PostgresTokenStore.prototype.sharePause).toBe("function");
});

it("a rateLimitStore that never answers delays no call for good and fails none: each instance keeps its own pause", async () => {
  const server = await authServer();
  const hung = new Promise<never>(() => undefined);
  const store: RateLimitStore = {
    recordPause: () => hung, pausedFor: () => hung, electProbe: () => hung, endPause: () => hung,
    sharePause(key, logger) { return sharePauseThrough(this, key, logger); },
  };
  const sdk = clientOn(server, store, "app-hung");
  await sdk.makeRequest("GET", "me");
  server.limitApi = 1;
  server.limitRetryAfter = 1;
  // The 429's pause is kept here; its probe goes when the store does not elect one.
  await expect(sdk.makeRequest("GET", "me")).resolves.toMatchObject({ id: "me" });
  expect(server.apiLog.map((r) => r.status)).toEqual([200, 429, 200]);
}, 15_000);

/**
 * The token lifecycle over the shared stores: two holders of one user's login (two Sessions, each
 * with its own store instance and connection, as two processes would have), single-use refresh
 * tokens rotated on every renewal, many calls after the token expired. One token request per
 * expiry, every call served, no log-out; for Redis (ioredis, node-redis) and PostgreSQL.
 */
import { Redis as IoRedis } from "ioredis";
import { createClient } from "redis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { Session, type TokenStore } from "../src/index.js";
import { RedisTokenStore } from "../src/redis/index.js";
import { PostgresTokenStore } from "../src/postgres/index.js";
import { fakeClock, type AuthServer } from "./helpers/auth-server.js";
import { describeWithServer, sharedStoreBed } from "./helpers/servers.js";

const HOUR = 3_600_000;
const { redis, postgres, closers, authServer, unique } = await sharedStoreBed();

type StoreFactory = (namespace: string, lockLeaseMs?: number) => Promise<TokenStore>;

function sessionOn(store: TokenStore, s: AuthServer, clock: ReturnType<typeof fakeClock>) {
  return new Session({
    clientId: "client-id-1", clientSecret: "client-SECRET-value", redirectUri: "https://app.example/cb",
    store, accountsBaseUrl: s.accountsUrl, now: clock.now,
  });
}

/** `holders` (2) holders renew one rotated login through `makeStore`, `calls` at once each, `rounds` times. */
async function renewTogether(makeStore: StoreFactory, options: { tokenDelayMs: number; lockLeaseMs?: number; rounds: number; calls: number; holders?: number; whileRenewing?: (done: Promise<unknown>) => Promise<void> }) {
  const server = await authServer({ rotate: true, tokenDelayMs: options.tokenDelayMs });
  const clock = fakeClock();
  const namespace = unique("lifecycle");
  const holders: Session[] = [];
  for (let i = 0; i < (options.holders ?? 2); i++) holders.push(sessionOn(await makeStore(namespace, options.lockLeaseMs), server, clock));
  await holders[0]!.setAccessToken({ ...server.issue(), token_type: "Bearer", expires_in: 3600 });
  for (const holder of holders.slice(1)) await holder.load();
  const failures: string[] = [];
  const perRound: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    clock.advance(HOUR);
    const before = server.tokenCount("refresh_token");
    const settled = Promise.allSettled(Array.from({ length: options.calls * holders.length }, (_, i) => holders[i % holders.length]!.getOrCreateAccessToken()));
    await options.whileRenewing?.(settled);
    const results = await settled;
    perRound.push(server.tokenCount("refresh_token") - before);
    for (const r of results) if (r.status === "rejected") failures.push(String(r.reason));
    const tokens = new Set(results.flatMap((r) => (r.status === "fulfilled" ? [r.value.access_token] : [])));
    expect(tokens.size, `round ${round}: every caller gets the one renewed token`).toBe(1);
  }
  return { failures, refreshes: server.tokenCount("refresh_token"), perRound };
}

/** `client` with the lock extension script answered "renewed" without reaching Redis. */
function withoutLeaseRenewal(client: IoRedis): IoRedis {
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === "eval") {
        return (script: string, ...rest: Array<string | number>) => (script.includes("PEXPIRE") ? Promise.resolve(1) : Reflect.apply(target.eval, target, [script, ...rest]));
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const redisStores: Array<[string, (url: string) => StoreFactory]> = [
  ["ioredis", (url) => async (namespace, lockLeaseMs) => {
    const client = new IoRedis(url);
    closers.push(() => client.disconnect());
    return new RedisTokenStore({ client, prefix: namespace, ...(lockLeaseMs ? { lockLeaseMs } : {}) });
  }],
  ["node-redis", (url) => async (namespace, lockLeaseMs) => {
    const client = createClient({ url });
    client.on("error", () => undefined);
    await client.connect();
    closers.push(() => client.destroy());
    return new RedisTokenStore({ client, prefix: namespace, ...(lockLeaseMs ? { lockLeaseMs } : {}) });
  }],
];

describeWithServer("redis", redis, "the token lifecycle over RedisTokenStore", (url) => {
  it.each(redisStores)("%s: two holders, rotating refresh tokens, 4 expiries: one token request each, no failure", async (_name, factory) => {
    const { failures, refreshes } = await renewTogether(factory(url), { tokenDelayMs: 30, rounds: 4, calls: 10 });
    expect(failures).toEqual([]);
    expect(refreshes).toBe(4);
  });

  it("after holder A's log-out, A's calls fail with logged_out as B's do, each at every call, with no token request", async () => {
    const server = await authServer();
    const clock = fakeClock();
    const namespace = unique("logout");
    const [storeA, storeB] = [await redisStores[0]![1](url)(namespace), await redisStores[1]![1](url)(namespace)];
    const [a, b] = [sessionOn(storeA, server, clock), sessionOn(storeB, server, clock)];
    await a.setAccessToken({ ...server.issue(), token_type: "Bearer", expires_in: 3600 });
    await b.load();
    a.removeAccessToken();
    const key = "spotify-web-sdk:session:client-id-1";
    for (let i = 0; i < 200 && !(await storeB.get(key) as { logged_out?: boolean } | null)?.logged_out; i++) await new Promise((r) => setTimeout(r, 5));
    clock.advance(HOUR);
    for (const holder of [a, b, a, b]) await expect(holder.getOrCreateAccessToken()).rejects.toMatchObject({ name: "AuthError", error: "logged_out" });
    expect(server.tokenCount()).toBe(0);
  });

  it("a token request slower than the lock's lease: the renewed lease keeps the other holder waiting", async () => {
    const { failures, refreshes } = await renewTogether(redisStores[0]![1](url), { tokenDelayMs: 400, lockLeaseMs: 100, rounds: 2, calls: 5 });
    expect(failures).toEqual([]);
    expect(refreshes).toBe(2);
  });

  // The issue's target is "at most 2 token requests per expiry". With the lease never renewed,
  // a holder that is slow and one that is dead look the same to the others, and the kill -9 target
  // (the others renew within lease + 250 ms) requires them to go ahead: so each holder that takes
  // the lapsed lock before the first answer is stored spends once, one request per holder. That is
  // the floor: 2 with two holders (the target), 3 with three.
  it.each([2, 3])("a lease of 100 ms that is never renewed, token requests of 400 ms, %i holders: every call served, no log-out, at most one request per holder", async (holders) => {
    // The holder believes its lease renewed (the extension never reaches Redis), so the lock lapses
    // under it and the next holder spends the same refresh token: only the compare-and-set fence
    // and the wait for the other holder's revision stand between that and a log-out.
    const factory: StoreFactory = async (namespace, lockLeaseMs) => {
      const client = new IoRedis(url);
      closers.push(() => client.disconnect());
      return new RedisTokenStore({ client: withoutLeaseRenewal(client), prefix: namespace, lockLeaseMs });
    };
    const { failures, perRound } = await renewTogether(factory, { tokenDelayMs: 400, lockLeaseMs: 100, rounds: 3, calls: 5, holders });
    expect(failures).toEqual([]);
    for (const requests of perRound) expect(requests).toBeLessThanOrEqual(holders);
    expect(perRound.some((requests) => requests > 1), `the lapsed lock let another token request through (${perRound.join(", ")})`).toBe(true);
  });
});

describeWithServer("postgres", postgres, "the token lifecycle over PostgresTokenStore", (url) => {
  const table = `lifecycle_test_${process.pid}`;
  const pools: pg.Pool[] = [];
  afterAll(async () => {
    await pools[0]?.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
    await Promise.all(pools.map((p) => p.end()));
  });
  // One table (one login), written afresh by each test.
  const factory: StoreFactory = async () => {
    const pool = new pg.Pool({ connectionString: url, max: 3 });
    pool.on("error", () => undefined);
    pools.push(pool);
    return new PostgresTokenStore({ pool, table });
  };

  it("two holders, rotating refresh tokens, 4 expiries: one token request each, no failure", async () => {
    const { failures, refreshes } = await renewTogether(factory, { tokenDelayMs: 30, rounds: 4, calls: 10 });
    expect(failures).toEqual([]);
    expect(refreshes).toBe(4);
  });

  it("the lock's connection ended every 100 ms under token requests of 400 ms: every call served, no log-out", async () => {
    // An advisory lock has no lease to let lapse: it lasts as long as its holder's connection. The
    // comparable fault is that connection ended by the server mid-refresh (pg_terminate_backend),
    // which frees the lock at once while the holder's token request goes on.
    const killer = new pg.Pool({ connectionString: url, max: 1 });
    pools.push(killer);
    const endLockHolders = async (done: Promise<unknown>) => {
      let over = false;
      void done.then(() => { over = true; });
      while (!over) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (!over) await killer.query("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()");
      }
    };
    const { failures, perRound } = await renewTogether(factory, { tokenDelayMs: 400, rounds: 3, calls: 5, holders: 3, whileRenewing: endLockHolders });
    expect(failures).toEqual([]);
    for (const requests of perRound) expect(requests).toBeLessThanOrEqual(3);
    expect(perRound.some((requests) => requests > 1), `an ended lock let another token request through (${perRound.join(", ")})`).toBe(true);
  });
});

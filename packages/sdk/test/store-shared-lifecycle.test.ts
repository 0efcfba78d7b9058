/**
 * The token lifecycle over the shared stores: two holders of one user's login (two Sessions, each
 * with its own store instance and connection, as two processes would have), single-use refresh
 * tokens rotated on every renewal, many calls after the token expired. One token request per
 * expiry, every call served, no log-out; for Redis (ioredis, node-redis) and PostgreSQL.
 */
import { Redis as IoRedis } from "ioredis";
import { createClient } from "redis";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { Session, type TokenStore } from "../src/index.js";
import { RedisTokenStore } from "../src/redis/index.js";
import { PostgresTokenStore } from "../src/postgres/index.js";
import { fakeClock, startAuthServer, type AuthServer } from "./helpers/auth-server.js";
import { describeWithServer, testServer } from "./helpers/servers.js";

const HOUR = 3_600_000;
const redis = await testServer("redis");
const postgres = await testServer("postgres");
let server: AuthServer | undefined;
let seq = 0;
const closers: Array<() => unknown> = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(async () => {
  for (const close of closers.splice(0)) await close();
});

type StoreFactory = (namespace: string, lockLeaseMs?: number) => Promise<TokenStore>;

function sessionOn(store: TokenStore, s: AuthServer, clock: ReturnType<typeof fakeClock>) {
  return new Session({
    clientId: "client-id-1", clientSecret: "client-SECRET-value", redirectUri: "https://app.example/cb",
    store, accountsBaseUrl: s.accountsUrl, now: clock.now,
  });
}

/** Two holders renew one rotated login through `makeStore`, `calls` at once each, `rounds` times. */
async function renewTogether(makeStore: StoreFactory, options: { tokenDelayMs: number; lockLeaseMs?: number; rounds: number; calls: number }) {
  server = await startAuthServer({ rotate: true, tokenDelayMs: options.tokenDelayMs });
  const clock = fakeClock();
  const namespace = `lifecycle-${process.pid}-${++seq}`;
  const [one, two] = [
    sessionOn(await makeStore(namespace, options.lockLeaseMs), server, clock),
    sessionOn(await makeStore(namespace, options.lockLeaseMs), server, clock),
  ];
  await one.setAccessToken({ ...server.issue(), token_type: "Bearer", expires_in: 3600 });
  await two.load();
  const failures: string[] = [];
  for (let round = 0; round < options.rounds; round++) {
    clock.advance(HOUR);
    const results = await Promise.allSettled(Array.from({ length: options.calls * 2 }, (_, i) => (i % 2 ? one : two).getOrCreateAccessToken()));
    for (const r of results) if (r.status === "rejected") failures.push(String(r.reason));
    const tokens = new Set(results.flatMap((r) => (r.status === "fulfilled" ? [r.value.access_token] : [])));
    expect(tokens.size, `round ${round}: every caller gets the one renewed token`).toBe(1);
  }
  return { failures, refreshes: server.tokenCount("refresh_token") };
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

  it("a token request slower than the lock's lease: the renewed lease keeps the other holder waiting", async () => {
    const { failures, refreshes } = await renewTogether(redisStores[0]![1](url), { tokenDelayMs: 400, lockLeaseMs: 100, rounds: 2, calls: 5 });
    expect(failures).toEqual([]);
    expect(refreshes).toBe(2);
  });
});

describeWithServer("postgres", postgres, "the token lifecycle over PostgresTokenStore", (url) => {
  const table = `lifecycle_test_${process.pid}`;
  const pools: pg.Pool[] = [];
  afterAll(async () => {
    await pools[0]?.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
    await Promise.all(pools.map((p) => p.end()));
  });
  // One table (one login) for the one test here.
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
});

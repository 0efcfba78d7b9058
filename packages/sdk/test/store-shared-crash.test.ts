/**
 * A holder of a user's lock killed with SIGKILL (a crashed instance, another process): the other
 * instances' renewals of that user go on once the lock is free again (Redis: its lease runs out;
 * PostgreSQL: the server frees it with the dead connection), with one token request, and nobody is
 * logged out. Over real redis-server and PostgreSQL, the holder a real second process.
 */
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Redis as IoRedis } from "ioredis";
import pg from "pg";
import { expect, it } from "vitest";
import { Session, type TokenStore } from "../src/index.js";
import { RedisTokenStore } from "../src/redis/index.js";
import { PostgresTokenStore } from "../src/postgres/index.js";
import { fakeClock } from "./helpers/auth-server.js";
import { describeWithServer, sharedStoreBed } from "./helpers/servers.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const WAIT = { timeout: 15_000, interval: 20 };
const { redis, postgres, closers, authServer, unique } = await sharedStoreBed();

/** Another process takes the lock of `key` and holds it (as if mid-renewal) until killed. */
async function killedHolder(args: string[]): Promise<{ kill(): Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "test/helpers/store-lock-holder.ts"), ...args], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const events: string[] = [];
  child.stdout.on("data", (chunk: Buffer) => events.push(...chunk.toString().split("\n").filter(Boolean)));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  closers.push(() => child.kill("SIGKILL"));
  await expect.poll(() => events.join(), WAIT).toContain("held");
  return {
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
  };
}

/** Two instances of one user: the lock holder dies, the other renews the expired token. */
async function renewAfterCrash(store: TokenStore, holderArgs: (key: string) => string[]) {
  const server = await authServer({ rotate: true });
  const clock = fakeClock();
  const key = unique("crash");
  const session = new Session({
    clientId: "client-id-1", clientSecret: "client-SECRET-value", store, storeKey: key, accountsBaseUrl: server.accountsUrl, now: clock.now,
  });
  await session.setAccessToken({ ...server.issue(), token_type: "Bearer", expires_in: 3600 });
  const holder = await killedHolder(holderArgs(key));
  clock.advance(3_600_000);
  const renewals = Array.from({ length: 5 }, () => session.getOrCreateAccessToken());
  await holder.kill();
  const tokens = await Promise.all(renewals);
  return { tokens: new Set(tokens.map((t) => t.access_token)), refreshes: server.tokenCount("refresh_token"), stored: await store.get(key) };
}

describeWithServer("redis", redis, "a Redis lock holder killed (SIGKILL)", (url) => {
  it("the other instance renews once the lease runs out: one token request, no log-out", async () => {
    const client = new IoRedis(url);
    closers.push(() => client.disconnect());
    const store = new RedisTokenStore({ client, lockLeaseMs: 500 });
    closers.push(() => store.close());
    const result = await renewAfterCrash(store, (key) => ["redis", url, key, "500", "60000"]);
    expect(result.tokens.size).toBe(1);
    expect(result.refreshes).toBe(1);
    expect(result.stored).toMatchObject({ access_token: [...result.tokens][0] });
  });
});

describeWithServer("postgres", postgres, "a PostgreSQL lock holder killed (SIGKILL)", (url) => {
  it("the server frees the lock with the dead connection: the other instance renews, one token request, no log-out", async () => {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    pool.on("error", () => undefined);
    closers.push(() => pool.end());
    const store = new PostgresTokenStore({ pool, table: "crash_test" });
    const result = await renewAfterCrash(store, (key) => ["postgres", url, key, "0", "60000", "crash_test"]);
    expect(result.tokens.size).toBe(1);
    expect(result.refreshes).toBe(1);
    expect(result.stored).toMatchObject({ access_token: [...result.tokens][0] });
  });
});

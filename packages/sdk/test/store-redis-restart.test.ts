/**
 * redis-server killed and restarted under two instances of one user whose token expires meanwhile,
 * with persistence (appendonly, fsync always: the token survives) and without (the key is gone:
 * lost data, written back by a holder). While it is down every call settles (a typed error: the
 * store's time limit), nothing is logged out, and once it is back every call succeeds.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis as IoRedis } from "ioredis";
import { afterAll, afterEach, expect, it } from "vitest";
import { findRedisServer, freePort } from "../../../scripts/ensure-servers.mjs";
import { Session, SpotifyError } from "../src/index.js";
import { RedisTokenStore } from "../src/redis/index.js";
import { fakeClock, startAuthServer, type AuthServer } from "./helpers/auth-server.js";
import { describeWithServer, testServer } from "./helpers/servers.js";

const redis = await testServer("redis");
let server: AuthServer | undefined;
const closers: Array<() => unknown> = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const close of closers.splice(0).reverse()) await close();
});
afterAll(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A redis-server of this test's own on `port`, its files in `dir`. */
async function redisOn(bin: string, port: number, dir: string, persistent: boolean): Promise<ChildProcess> {
  const child = spawn(bin, [
    "--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--protected-mode", "no",
    ...(persistent ? ["--appendonly", "yes", "--appendfsync", "always"] : ["--appendonly", "no"]),
  ], { stdio: ["ignore", "pipe", "ignore"] });
  closers.push(() => child.kill("SIGKILL"));
  await new Promise<void>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 15_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (/Ready to accept connections/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return child;
}

/** Settles `calls`, each bounded by `ms` so a hang fails the test instead of stalling it. */
function settleWithin(calls: Array<Promise<unknown>>, ms: number) {
  return Promise.all(calls.map((call) => Promise.race([
    call.then(() => "ok", (error: unknown) => error),
    new Promise((resolve) => setTimeout(() => resolve("hung"), ms)),
  ])));
}

describeWithServer("redis", redis, "redis-server restarted under two instances", () => {
  it.each([["without persistence", false], ["with persistence (appendonly)", true]] as const)("%s: calls settle typed while it is down, no log-out, all succeed once it is back", async (_title, persistent) => {
    const bin = await findRedisServer();
    const dir = mkdtempSync(join(tmpdir(), "redis-restart-"));
    closers.push(() => rmSync(dir, { recursive: true, force: true }));
    const port = await freePort();
    let redisServer = await redisOn(bin, port, dir, persistent);
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const sessions = [0, 1].map(() => {
      const client = new IoRedis({ port, host: "127.0.0.1", retryStrategy: () => 50 });
      client.on("error", () => undefined);
      const store = new RedisTokenStore({ client, lockLeaseMs: 1_000 });
      closers.push(() => client.disconnect(), () => store.close());
      return new Session({ clientId: "client-id-1", clientSecret: "client-SECRET-value", store, storeKey: "user-1", accountsBaseUrl: server!.accountsUrl, now: clock.now });
    });
    await sessions[0]!.setAccessToken({ ...server.issue(), token_type: "Bearer", expires_in: 3600 });
    await sessions[1]!.load();

    redisServer.kill("SIGKILL");
    await new Promise((resolve) => redisServer.once("exit", resolve));
    clock.advance(3_600_000);
    const whileDown = await settleWithin(sessions.flatMap((s) => [s.getOrCreateAccessToken(), s.getOrCreateAccessToken()]), 10_000);
    expect(whileDown.filter((r) => r === "hung")).toEqual([]);
    for (const outcome of whileDown) expect(outcome === "ok" || outcome instanceof SpotifyError).toBe(true);
    expect(whileDown.some((r) => r instanceof SpotifyError && /logged_out|invalid_grant/.test(r.message))).toBe(false);

    redisServer = await redisOn(bin, port, dir, persistent);
    let after: unknown[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      after = await settleWithin(sessions.flatMap((s) => [s.getOrCreateAccessToken(), s.getOrCreateAccessToken()]), 10_000);
      if (after.every((r) => r === "ok")) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(after).toEqual(["ok", "ok", "ok", "ok"]);
    const [one, two] = await Promise.all(sessions.map((s) => s.getOrCreateAccessToken()));
    expect(one!.access_token).toBe(two!.access_token);
    expect(server.tokenCount("refresh_token")).toBe(1);
  }, 60_000);
});

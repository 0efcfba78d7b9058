#!/usr/bin/env node
/**
 * Several worker processes of one small server sharing their users' tokens through Redis, with
 * `SessionPool` and `RedisTokenStore`. Users log in with PKCE (the browser posts its token, seed
 * 000's flow), so every renewal spends a single-use refresh token: two workers renewing one user at
 * once would log them out. The script expires every token a few times while the workers serve
 * many concurrent calls, and prints the token requests each expiry caused (one per user) from the
 * emulator's log.
 *
 *   node examples/multi-instance/main.mjs      # needs a Redis: REDIS_URL (default redis://127.0.0.1:6379)
 *
 * WORKERS (4), USERS (5), CALLS per expiry (100) and EXPIRIES (3) are optional. Talks to an
 * embedded spotify-emulator, or to the one at SPOTIFY_EMULATOR_URL. POSTGRES_URL shares the tokens
 * through PostgreSQL instead; CONFIDENTIAL=1 logs users in with the client secret (Session).
 */
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { SessionPool, SpotifyError } from "spotify-web-api-sdk";
import { RedisTokenStore } from "spotify-web-api-sdk/redis";
import { PostgresTokenStore } from "spotify-web-api-sdk/postgres";

const env = process.env;
const redisUrl = env.REDIS_URL ?? "redis://127.0.0.1:6379";
const postgresUrl = env.POSTGRES_URL;
const confidential = env.CONFIDENTIAL === "1";
const count = (name, fallback) => {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`${name} must be a whole number >= 1\n`);
    process.exit(2);
  }
  return value;
};

if (process.argv[2] === "--worker") await worker();
else await main();

/** One instance of the app: a SessionPool over Redis behind a small HTTP server. */
async function worker() {
  let store;
  let closeClient;
  if (postgresUrl) {
    const { default: pg } = await import("pg");
    const db = new pg.Pool({ connectionString: postgresUrl, max: 4 });
    db.on("error", () => undefined);
    store = new PostgresTokenStore({ pool: db, table: "spotify_example_tokens" });
    closeClient = () => db.end();
  } else {
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
    redis.on("error", () => undefined);
    store = new RedisTokenStore({ client: redis, prefix: env.KEY_PREFIX });
    closeClient = () => redis.disconnect();
  }
  // Without a client secret the tokens come from the browser (PKCE) and are renewed without one.
  const pool = new SessionPool({
    clientId: env.CLIENT_ID, ...(confidential ? { clientSecret: env.CLIENT_SECRET } : {}), store, rateLimitStore: store, prefix: env.KEY_PREFIX,
    baseUrl: `${env.EMULATOR_URL}/v1`, accountsBaseUrl: env.EMULATOR_URL,
  });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://worker");
    const user = url.searchParams.get("user") ?? "";
    const reply = (status, body) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    try {
      if (req.method === "POST" && url.pathname === "/token") {
        let text = "";
        for await (const chunk of req) text += chunk;
        await pool.acceptToken(user, JSON.parse(text));
        return reply(204, {});
      }
      if (url.pathname === "/me") return reply(200, { id: (await pool.client(user).currentUser.profile()).id });
      reply(404, { error: "not found" });
    } catch (error) {
      reply(error instanceof SpotifyError ? 502 : 500, { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  });
  server.listen(0, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
  process.on("SIGTERM", async () => {
    server.close();
    await store.close();
    await closeClient();
    process.exit(0);
  });
}

async function main() {
  const workers = count("WORKERS", 4);
  const users = count("USERS", 5);
  const calls = count("CALLS", 100);
  const expiries = count("EXPIRIES", 3);

  if (!postgresUrl) {
    const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on("error", () => undefined);
    try {
      await probe.connect();
      await probe.ping();
    } catch {
      process.stderr.write(`No Redis at ${redisUrl}: start one (redis-server) or set REDIS_URL.\n`);
      process.exit(2);
    } finally {
      probe.disconnect();
    }
  }

  const { DEFAULT_APP, EmulatorControl, startEmulator } = await import("spotify-emulator");
  // A log long enough for a round of many calls (and their 429s), read once per expiry.
  const emulator = env.SPOTIFY_EMULATOR_URL ? undefined : await startEmulator({ port: 0, logSize: 100_000 });
  const emulatorUrl = (env.SPOTIFY_EMULATOR_URL ?? emulator.url).replace(/\/+$/, "");
  const control = new EmulatorControl(emulatorUrl);
  const shared = postgresUrl ? "PostgreSQL" : `Redis at ${redisUrl}`;
  console.log(`spotify-emulator at ${emulatorUrl}, ${shared}: ${workers} workers, ${users} users${confidential ? " (client secret)" : ""}`);

  const children = [];
  const stop = async () => {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : undefined)));
    await emulator?.stop();
  };
  try {
    const workerEnv = {
      ...env, CLIENT_ID: DEFAULT_APP.clientId, CLIENT_SECRET: DEFAULT_APP.clientSecret, EMULATOR_URL: emulatorUrl,
      KEY_PREFIX: `multi-instance-${process.pid}-${Date.now()}`,
    };
    const origins = await Promise.all(Array.from({ length: workers }, () => new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--worker"], { env: workerEnv, stdio: ["ignore", "pipe", "inherit"] });
      children.push(child);
      let out = "";
      child.stdout.setEncoding("utf8").on("data", (text) => {
        out += text;
        const match = /listening on (\S+)/.exec(out);
        if (match) resolve(match[1]);
      });
      child.once("exit", (code) => reject(new Error(`a worker exited (${code}) before it listened`)));
    })));

    // Each user logs in with PKCE (issued by the emulator here) and "the browser" posts the token to a worker.
    const ids = [];
    for (let i = 0; i < users; i++) {
      const user = await control.createUser({ display_name: `Listener ${i + 1}` });
      const token = await control.issueToken({ clientId: DEFAULT_APP.clientId, userId: user.id, scopes: "all", pkce: !confidential });
      const posted = await fetch(`${origins[i % workers]}/token?user=${encodeURIComponent(user.id)}`, { method: "POST", body: JSON.stringify(token) });
      if (posted.status !== 204) throw new Error(`posting a token failed: ${posted.status} ${await posted.text()}`);
      ids.push(user.id);
    }
    // Every worker serves every user once, so each holds each token in memory, as after a while of traffic.
    await Promise.all(origins.flatMap((origin) => ids.map((id) => fetch(`${origin}/me?user=${encodeURIComponent(id)}`).then((r) => r.text()))));

    let failedTotal = 0;
    let loggedOut = 0;
    for (let round = 1; round <= expiries; round++) {
      await control.clearLog();
      await control.expireTokens({});
      // `calls` at once, spread over the workers and users: every worker finds every token expired (a 401).
      const answers = await Promise.all(Array.from({ length: calls }, async (_, i) => {
        const response = await fetch(`${origins[i % workers]}/me?user=${encodeURIComponent(ids[i % users])}`);
        return { status: response.status, body: await response.json() };
      }));
      const failed = answers.filter((a) => a.status !== 200);
      failedTotal += failed.length;
      loggedOut += failed.filter((a) => /logged_out|invalid_grant/.test(a.body.error ?? "")).length;
      const log = (await control.log({ limit: 100_000 })).entries;
      const tokenRequests = log.filter((e) => e.operationId === "oauth-token");
      const refused = tokenRequests.filter((e) => e.status !== 200).length;
      const limited = log.filter((e) => e.status === 429).length;
      console.log(`expiry ${round}: ${tokenRequests.length} token requests for ${users} users (${refused} refused), ${calls - failed.length}/${calls} calls ok, ${limited} answered 429`);
      for (const f of failed.slice(0, 3)) console.log(`  failed: ${f.body.error}`);
    }
    console.log(`done: ${failedTotal} failed calls, ${loggedOut} log-outs`);
  } finally {
    await stop();
  }
}

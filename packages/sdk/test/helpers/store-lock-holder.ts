/**
 * A second process holding a shared store's lock (run with `node --import tsx`), so a test can
 * freeze it with SIGSTOP (it stops renewing) or kill it. Prints one JSON line per event:
 * {"event":"held"} once it holds the lock, {"event":"lost","reason":...} when its signal aborts,
 * {"event":"done"} when it let go. argv: redis|postgres <url> <key> <leaseMs> <holdMs> [table]
 */
import { Redis } from "ioredis";
import pg from "pg";
import { RedisTokenStore } from "../../src/redis/index.js";
import { PostgresTokenStore } from "../../src/postgres/index.js";

const [kind, url, key, leaseMs, holdMs, table] = process.argv.slice(2) as [string, string, string, string, string, string?];
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
const redis = kind === "redis" ? new Redis(url) : undefined;
const pool = kind === "postgres" ? new pg.Pool({ connectionString: url, max: 2 }) : undefined;
const store = redis ? new RedisTokenStore({ client: redis, lockLeaseMs: Number(leaseMs) }) : new PostgresTokenStore({ pool: pool!, ...(table ? { table } : {}) });
await store.lock(key, async (signal: AbortSignal) => {
  signal.addEventListener("abort", () => say({ event: "lost", reason: String((signal.reason as Error)?.name) }));
  say({ event: "held" });
  await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
});
say({ event: "done" });
await store.close();
redis?.disconnect();
await pool?.end();

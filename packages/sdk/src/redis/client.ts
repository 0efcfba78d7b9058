/**
 * The Redis clients {@link RedisTokenStore} takes, described by the one method it calls (EVAL), so
 * no driver is imported: the app's own client does the talking.
 * @module
 */
import { ValidationError } from "../errors.js";

/**
 * An `ioredis` 5 or 6 client or cluster (also `iovalkey`): told apart by its `call` method.
 * `eval(script, numberOfKeys, ...keysThenArguments)`.
 */
export interface IoRedisClientLike {
  /** Not called: its presence tells an ioredis client from the others. */
  call(...args: never[]): unknown;
  /** `EVAL`: the script, how many of the strings after it are keys, the keys, then the arguments. */
  eval(script: string, numberOfKeys: number, ...keysAndArguments: string[]): Promise<unknown>;
}

/**
 * A `redis` (node-redis) 4, 5 or 6 client or cluster (also `@valkey/client`-style forks): told
 * apart by its `sendCommand` method. `eval(script, { keys, arguments })`.
 */
export interface NodeRedisClientLike {
  /** Not called: its presence tells a node-redis client from an Upstash one. */
  sendCommand(...args: never[]): unknown;
  /** `EVAL` with the keys and the arguments apart. */
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** An `@upstash/redis` client (REST, so edge runtimes can use it): `eval(script, keys, arguments)`. */
export interface UpstashRedisClientLike {
  /** `EVAL` over Upstash's REST API, with the keys and the arguments apart. */
  eval(script: string, keys: string[], args: string[]): Promise<unknown>;
}

/** Any client {@link RedisTokenStore} can use. */
export type RedisClientLike = IoRedisClientLike | NodeRedisClientLike | UpstashRedisClientLike;

/** Runs a Lua script with its keys and arguments, on whichever client the app gave. */
export type EvalFn = (script: string, keys: string[], args: string[]) => Promise<unknown>;

/** Picks how to call EVAL on `client`; a `ValidationError` for something that is not a Redis client. */
export function evalFor(client: unknown): EvalFn {
  const c = client as Partial<Record<"call" | "sendCommand" | "eval", unknown>> | null;
  if (!c || (typeof c !== "object" && typeof c !== "function") || typeof c.eval !== "function") {
    throw new ValidationError(
      "RedisTokenStore: client must be an ioredis, node-redis or @upstash/redis client (an object with an eval method)",
      { parameter: "client" },
    );
  }
  if (typeof c.call === "function") {
    const io = client as IoRedisClientLike;
    return (script, keys, args) => io.eval(script, keys.length, ...keys, ...args);
  }
  if (typeof c.sendCommand === "function") {
    const node = client as NodeRedisClientLike;
    return (script, keys, args) => node.eval(script, { keys, arguments: args });
  }
  const upstash = client as UpstashRedisClientLike;
  return (script, keys, args) => upstash.eval(script, keys, args);
}

/**
 * The scripts. Each touches one key, so all work on a Redis Cluster. Revisions follow
 * `TokenStore.compareAndSet`: the stored JSON's numeric `revision`, 0 without one, none (`''`
 * as the expected argument) for a missing key.
 */
export const SCRIPTS = {
  get: "return redis.call('GET', KEYS[1])",
  set: "redis.call('SET', KEYS[1], ARGV[1]) return 1",
  delete: "redis.call('DEL', KEYS[1]) return 1",
  compareAndSet: `
local current = redis.call('GET', KEYS[1])
if not current then
  if ARGV[1] ~= '' then return 0 end
else
  if ARGV[1] == '' then return 0 end
  local revision = 0
  local ok, decoded = pcall(cjson.decode, current)
  local r = ok and type(decoded) == 'table' and decoded['revision']
  -- As storedRevision(): a safe integer >= 0 counts, anything else is revision 0.
  if type(r) == 'number' and r >= 0 and r <= 9007199254740991 and math.floor(r) == r then revision = r end
  if revision ~= tonumber(ARGV[1]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[2])
return 1`,
  acquire: "if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end return 0",
  extend: "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0",
  release: "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0",
} as const;

/** A script's 1 (done) or 0, whatever the client turned the integer reply into. */
export function isOne(reply: unknown): boolean {
  return reply === 1 || reply === "1" || reply === "OK";
}

/** The server's clock in ms, in a script (Redis `TIME`: every instance measures by the same clock). */
const NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)";

/**
 * The shared rate-limit pause (`RateLimitStore`): KEYS[1] holds "paused until" (the server's ms),
 * KEYS[2] the probe's owner, or `!done` once a probe was answered. Both keys share a hash tag.
 */
export const RATE_SCRIPTS = {
  /** ARGV: ms to pause, channel. Max-merges, forgets the probe, publishes the ms left. */
  record: `${NOW}
local untilMs = now + tonumber(ARGV[1])
local old = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if old > untilMs then untilMs = old end
redis.call('SET', KEYS[1], string.format('%d', untilMs), 'PX', math.floor(untilMs - now) + 60000)
redis.call('DEL', KEYS[2])
redis.call('PUBLISH', ARGV[2], string.format('%d', untilMs - now))
return untilMs - now`,
  left: `${NOW}
local untilMs = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if untilMs > now then return untilMs - now end
return 0`,
  /** ARGV: owner, lease ms. Answers {kind, ms}. */
  elect: `${NOW}
local untilMs = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if untilMs > now then return {'paused', untilMs - now} end
local probe = redis.call('GET', KEYS[2])
if not probe then
  redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
  return {'probe', 0}
end
if probe == '!done' then return {'go', 0} end
if probe == ARGV[1] then return {'probe', 0} end
return {'pending', redis.call('PTTL', KEYS[2])}`,
  /** ARGV: owner, channel. */
  end: `if redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('SET', KEYS[2], '!done', 'PX', 60000)
  redis.call('PUBLISH', ARGV[2], '0')
end
return 1`,
} as const;

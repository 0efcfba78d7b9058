/**
 * Another instance of an app in a process of its own (run with `node --import tsx`): a client
 * sharing the app's 429 pause through a RedisTokenStore. Each line "calls N" on stdin sends N
 * Web API calls at once and prints {"ok":n,"failed":m} when they have settled.
 * argv: <redisUrl> <prefix> <rateLimitKey> <apiUrl> <accountsUrl>
 */
import { createInterface } from "node:readline";
import { Redis } from "ioredis";
import { SpotifyApi } from "../../src/index.js";
import { RedisTokenStore } from "../../src/redis/index.js";

const [redisUrl, prefix, key, apiUrl, accountsUrl] = process.argv.slice(2) as [string, string, string, string, string];
const client = new Redis(redisUrl);
const store = new RedisTokenStore({ client, prefix });
const sdk = SpotifyApi.withClientCredentials("client-id-1", "client-SECRET-value", [], {
  baseUrl: apiUrl, accountsBaseUrl: accountsUrl, rateLimitStore: store, rateLimitKey: key, transport: "fetch",
});
for await (const line of createInterface({ input: process.stdin })) {
  const n = Number(/^calls (\d+)$/.exec(line)?.[1] ?? 0);
  const settled = await Promise.allSettled(Array.from({ length: n }, () => sdk.makeRequest("GET", "me")));
  process.stdout.write(`${JSON.stringify({ ok: settled.filter((s) => s.status === "fulfilled").length, failed: settled.filter((s) => s.status === "rejected").length })}\n`);
}
await store.close();
client.disconnect();

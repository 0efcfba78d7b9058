/**
 * `spotify-web-api-sdk/redis`: a token store shared by every instance of an app through Redis,
 * Valkey or Upstash. It imports no driver: it takes the client the app already has (`ioredis`,
 * `redis`, `@upstash/redis`, all optional peer dependencies).
 * @packageDocumentation
 * @module spotify-web-api-sdk/redis
 */
export { RedisTokenStore, type RedisTokenStoreOptions } from "./store.js";
export type { RedisClientLike, IoRedisClientLike, NodeRedisClientLike, UpstashRedisClientLike } from "./client.js";

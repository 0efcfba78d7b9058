/**
 * The pipeline's link to the pause an app's instances share, when a `rateLimitStore` is given.
 * The code of the link (`auth/fleet-pause.ts`) comes with the store (its `sharePause`) or with
 * the client (the `SpotifyApi` facade, the Node entry): a client without a store ships none of it.
 * @module
 */
import { ValidationError } from "../errors.js";
import type { RequestConfig } from "./config.js";
import type { RateLimitStore, SharedPause } from "./rate-limit-store.js";
import type { RuntimeParts } from "./send.js";

const METHODS = ["recordPause", "pausedFor", "electProbe", "endPause"] as const;

/**
 * The link to the app's shared pause, or `undefined` without a `rateLimitStore`.
 * @throws ValidationError when the store is not one, has no key, or nothing can share it
 */
export function sharedPauseOf(options: RequestConfig, parts: RuntimeParts | undefined): SharedPause | undefined {
  const store = options.rateLimitStore as Partial<RateLimitStore> | undefined;
  if (store === undefined) return undefined;
  if (typeof store !== "object" || store === null || METHODS.some((m) => typeof store[m] !== "function")) {
    throw new ValidationError("rateLimitStore must be a RateLimitStore (RedisTokenStore, PostgresTokenStore, or an object with recordPause, pausedFor, electProbe and endPause)", { parameter: "rateLimitStore" });
  }
  const key = options.rateLimitKey;
  if (key !== undefined && (typeof key !== "string" || key === "")) {
    throw new ValidationError("rateLimitKey must be a non-empty string (the app's client id)", { parameter: "rateLimitKey" });
  }
  if (key === undefined) {
    throw new ValidationError("rateLimitStore needs the app's client id: the auth strategy has no clientId, so pass rateLimitKey", { parameter: "rateLimitKey" });
  }
  const shared = store as RateLimitStore;
  if (typeof shared.sharePause === "function") return shared.sharePause(key, options.logger);
  if (parts?.sharePause) return parts.sharePause(shared, key, options.logger);
  throw new ValidationError("rateLimitStore: a store of your own is shared by SpotifyApi and by Node's createClient; elsewhere give it sharePause(key, logger) { return sharePauseThrough(this, key, logger) }", { parameter: "rateLimitStore" });
}

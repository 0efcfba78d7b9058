/**
 * The pipeline's link to the pause an app's instances share, when a `rateLimitStore` is given.
 * The link's code (`auth/fleet-pause.ts`, which also checks the store and the key) comes with the
 * store (its `sharePause`) or with the client (the `SpotifyApi` facade, the Node entry): a client
 * without a store ships none of it.
 * @module
 */
import { ValidationError } from "../errors.js";
import type { RequestConfig } from "./config.js";
import type { SharedPause } from "./rate-limit-store.js";
import type { RuntimeParts } from "./send.js";

/**
 * The link to the app's shared pause, or `undefined` without a `rateLimitStore`.
 * @throws ValidationError when the store is not one, has no key, or nothing here can share it
 */
export function sharedPauseOf(options: RequestConfig, parts: RuntimeParts | undefined): SharedPause | undefined {
  const store = options.rateLimitStore;
  if (store === undefined) return undefined;
  const { rateLimitKey: key, logger } = options;
  if (typeof store?.sharePause === "function") return store.sharePause(key!, logger);
  if (parts?.sharePause) return parts.sharePause(store, key!, logger);
  throw new ValidationError("rateLimitStore: only SpotifyApi and the Node build share a store without sharePause (RedisTokenStore and PostgresTokenStore have it)", { parameter: "rateLimitStore" });
}

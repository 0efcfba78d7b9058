/**
 * The pipeline's link to the pause an app's instances share, when a `rateLimitStore` is given.
 * The link's code (`auth/fleet-pause.ts`, which also checks the store and the key) comes with the
 * store (its `sharePause`), or in the Node build with the client: a client without a store ships
 * none of it.
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
  throw new ValidationError(
    "rateLimitStore has no sharePause: outside the Node build a store of your own must bring it, as RedisTokenStore and PostgresTokenStore do: sharePause(key, logger) { return sharePauseThrough(this, key, logger); } (sharePauseThrough is exported by spotify-web-api-sdk)",
    { parameter: "rateLimitStore" },
  );
}

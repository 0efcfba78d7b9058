/**
 * spotify-web-sdk: the Spotify Web API SDK for TypeScript.
 * @packageDocumentation
 */
export * from "./errors.js";
export type * from "./http/types.js";
export type * from "./options.js";
export type { AccessToken, IAuthStrategy } from "./auth/types.js";
export { emptyAccessToken, isEmptyAccessToken } from "./auth/types.js";
export { SpotifyApi, type AuthenticationResponse } from "./client.js";
export { createPipeline, Pipeline, DEFAULT_BASE_URL, DEFAULT_ACCOUNTS_BASE_URL, DEFAULT_TIMEOUT_MS, type PipelineOptions } from "./http/pipeline.js";
export { createFetchTransport } from "./http/fetch-transport.js";
export { DEFAULT_RETRY, type RetryPolicy } from "./http/retry.js";
export * from "./compat/index.js";

/**
 * spotify-web-sdk: the Spotify Web API SDK for TypeScript.
 * @packageDocumentation
 */
export * from "./errors.js";
export type * from "./http/types.js";
export type * from "./options.js";
export type { AccessToken, IAuthStrategy } from "./auth/types.js";
export { emptyAccessToken, isEmptyAccessToken } from "./auth/types.js";

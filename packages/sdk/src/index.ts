/**
 * spotify-web-api-sdk: the Spotify Web API SDK for TypeScript.
 *
 * Its folders are floors, each importing only from those below it (type imports included):
 * `errors.ts`, `redaction.ts`, `ids.ts`, `inspect-as.ts` → `http/` (the pipeline, its request
 * settings, a `TokenSource` for tokens) → `options.ts` (1.2.0's names) → `auth/` (strategies,
 * adapted to the `TokenSource`) → `pagination/`, `endpoints/` → `compat/` → `create-client.ts`,
 * `client.ts`, `pool/` → the entries (`index.ts`, `node/`, `redis/`, `postgres/`).
 * @packageDocumentation
 * @module spotify-web-api-sdk
 */
export * from "./errors.js";
export type * from "./http/types.js";
export type { RateLimitStore, ProbeTurn, SharedPause, PauseLogger } from "./http/rate-limit-store.js";
export { sharePauseThrough } from "./auth/fleet-pause.js";
export type * from "./options.js";
export type { AccessToken, IAuthStrategy } from "./auth/types.js";
export { emptyAccessToken, isEmptyAccessToken } from "./auth/types.js";
export { SpotifyApi, type AuthenticationResponse } from "./client.js";
export { createClient, type ClientOptions, type SpotifyClient } from "./create-client.js";
export { CorePipeline, DEFAULT_BASE_URL, DEFAULT_ACCOUNTS_BASE_URL, DEFAULT_TIMEOUT_MS, type CorePipelineOptions, type PipelineView } from "./http/core-pipeline.js";
export type { BearerToken, TokenSource } from "./http/token-source.js";
export { createPipeline, Pipeline, type PipelineOptions } from "./auth/pipeline.js";
export { createFetchTransport } from "./http/fetch-transport.js";
export { DEFAULT_MAX_RESPONSE_BYTES } from "./http/parse.js";
/**
 * The transport a client uses when given neither `fetch` nor `transport`: `"fetch"` in this build,
 * `"node"` (its own HTTP/1.1 client on `node:net` / `node:tls`) in the build Node resolves through
 * the `node` condition.
 */
export const transportKind: "fetch" | "node" = "fetch";
export { DEFAULT_RETRY, type RetryPolicy } from "./http/retry.js";
export * from "./compat/index.js";
export { ClientCredentialsStrategy } from "./auth/client-credentials.js";
export { ProvidedAccessTokenStrategy, type RefreshTokenAction } from "./auth/provided-token.js";
export { AuthorizationCodeWithPKCEStrategy, type PkceOptions } from "./auth/pkce.js";
export { Session, type SessionOptions, type SessionSettings, type SessionArguments, type AuthorizeUrlOptions } from "./auth/session.js";
export { MemoryTokenStore, LocalStorageTokenStore, storedRevision, type TokenStore, type StoredRecord, type LocalStorageTokenStoreOptions } from "./auth/stores.js";
export { TokenLifecycle, DEFAULT_SKEW_SECONDS, DEFAULT_INVALID_GRANT_GRACE_MS, type LifecycleOptions, type LifecycleConfig, type TokenRefreshedCallback } from "./auth/lifecycle.js";
export type { AuthOptions } from "./auth/strategy-base.js";
export type { ScopeCheckOptions } from "./auth/validation.js";
export type { WebCrypto } from "./auth/crypto.js";
export { Scopes, KNOWN_SCOPES, isKnownScope } from "./auth/scopes.js";
export type * from "./models/index.js";
export * from "./endpoints/index.js";
export * from "./pagination/index.js";
export * from "./ids.js";
export { SessionPool, DEFAULT_MAX_SESSIONS, type SessionPoolOptions, type PoolClasses } from "./pool/session-pool.js";
export { request, type OperationArguments, type OperationRequestOptions } from "./operations/request.js";
export type { OperationClient } from "./operations/send.js";
export type { OperationSignatures, OperationId, OperationParameters, OperationResponse } from "./operations/signatures.generated.js";
export type { OperationPaging } from "./operations/types.js";
export * from "./operations/generated.js";

/**
 * spotify-web-api-sdk as Node resolves it (the `node` export condition): everything the package
 * exports, except that a client given neither `fetch` nor `transport` sends through the Node
 * transport (HTTP/1.1 on its own keep-alive connections) instead of `fetch`: about a sixth of
 * the CPU per call.
 * Deno, Bun, workers and browsers resolve the fetch build, which never imports `node:`.
 *
 * Nothing global is changed: the default is applied by this entry's own `SpotifyApi`,
 * `createPipeline`, `Pipeline`, `createClient` and auth strategies, which pass the transport as an
 * option (a strategy uses it for the token requests it sends on its own, before or without a
 * client). Clients that use the default share one pool of sockets (like Node's global agent), so a server that builds a client
 * per user reuses connections across them, and the sockets stay bounded per origin.
 * @packageDocumentation
 */
import type { AccessToken, IAuthStrategy } from "../auth/types.js";
import { AuthorizationCodeWithPKCEStrategy as FetchPkceStrategy, type PkceOptions } from "../auth/pkce.js";
import { ClientCredentialsStrategy as FetchClientCredentialsStrategy } from "../auth/client-credentials.js";
import { ProvidedAccessTokenStrategy as FetchProvidedAccessTokenStrategy, type RefreshTokenAction } from "../auth/provided-token.js";
import { DEFAULT_TRANSPORT, type AuthOptions } from "../auth/strategy-base.js";
import { sharePauseThrough } from "../auth/fleet-pause.js";
import { Session as FetchSession, sessionOptions, type SessionArguments, type SessionOptions, type SessionSettings } from "../auth/session.js";
import type { WebCrypto } from "../auth/crypto.js";
import { SpotifyApi as FetchSpotifyApi } from "../client.js";
import { createClient as fetchCreateClient, type ClientOptions, type SpotifyClient } from "../create-client.js";
import { Pipeline as FetchPipeline, type PipelineOptions } from "../auth/pipeline.js";
import { RUNTIME_PARTS, type RuntimeParts } from "../http/send.js";
import type { SdkOptions } from "../options.js";
import { SessionPool as FetchSessionPool, type PoolClasses } from "../pool/session-pool.js";
import { builtin } from "./runtime/builtins.js";
import { lazyNodeTransport } from "./lazy-transport.js";
import { Deadlines } from "./deadlines.js";
import { SignalPool } from "./signal-pool.js";

export * from "../index.js";

/** This build's default transport: the Node transport. */
export const transportKind: "fetch" | "node" = "node";

/** One pool of connections for every client on the default; its code loads with the first request. */
const sharedTransport = lazyNodeTransport();

/**
 * What Node does better its own way: one timer for a pipeline's per-attempt deadlines, pooled
 * `AbortController`s (each costs about 5 µs of CPU in Node). Other runtimes get the plain ones.
 * Servers are where stores are shared: any `rateLimitStore` is, bytes do not count here.
 */
const nodeParts: RuntimeParts = { timers: () => new Deadlines(), controllers: () => new SignalPool(), sharePause: sharePauseThrough };

/** The options with Node's parts, and the Node transport unless the caller chose `fetch` or a transport. */
function withNodeTransport<T extends { fetch?: unknown; transport?: unknown }>(options: T | undefined): T {
  const chosen = !!options && (options.fetch !== undefined || options.transport !== undefined);
  // Not an options object: left as it is, for the client to refuse.
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) return options;
  return (chosen ? { ...options, [RUNTIME_PARTS]: nodeParts } : { ...options, transport: sharedTransport, [RUNTIME_PARTS]: nodeParts }) as unknown as T;
}

/**
 * A strategy's options with the Node transport as the default of its token requests (used when
 * neither the strategy nor its client was given a `fetch` or transport). Anything that is not an
 * options object goes through unchanged, for the base class to refuse.
 */
function authOptions<T extends AuthOptions>(options: T | undefined): T | undefined {
  const isOptions = options === undefined || (typeof options === "object" && options !== null && !Array.isArray(options));
  if (!isOptions || options?.fetch !== undefined || options?.transport !== undefined) return options;
  // A default, not a choice: the client's `fetch` or transport comes before it once attached.
  return { ...options, [DEFAULT_TRANSPORT]: sharedTransport } as unknown as T;
}

/** Node 18 has no global `crypto`: the PKCE strategy then gets `node:crypto`'s. */
function pkceCrypto(): { crypto?: WebCrypto } {
  return (globalThis as { crypto?: { subtle?: unknown } }).crypto?.subtle ? {} : { crypto: builtin("node:crypto").webcrypto as unknown as WebCrypto };
}

/**
 * Authorization Code with PKCE; in Node 18 (no global `crypto`) it uses `node:crypto`'s WebCrypto
 * unless a `crypto` option is given, so a strategy built directly works on every Node version.
 */
export class AuthorizationCodeWithPKCEStrategy extends FetchPkceStrategy {
  constructor(clientId: string, redirectUri: string, scopes: string[] = [], options: PkceOptions = {}) {
    super(clientId, redirectUri, scopes, { ...authOptions(options), crypto: options?.crypto ?? pkceCrypto().crypto });
  }
}

/** Client credentials; in Node its token requests go through the Node transport. */
export class ClientCredentialsStrategy extends FetchClientCredentialsStrategy {
  constructor(clientId: string, clientSecret: string, scopes: string[] = [], options: AuthOptions = {}) {
    super(clientId, clientSecret, scopes, authOptions(options));
  }
}

/** A token handed over by another party; in Node its renewals go through the Node transport. */
export class ProvidedAccessTokenStrategy extends FetchProvidedAccessTokenStrategy {
  constructor(clientId: string, accessToken: AccessToken, refreshTokenAction?: RefreshTokenAction, options: AuthOptions = {}) {
    super(clientId, accessToken, refreshTokenAction, authOptions(options));
  }
}

/** A server-side session; in Node 18 its `generateState()` uses `node:crypto`'s WebCrypto. */
export class Session extends FetchSession {
  constructor(clientId: string, clientSecret: string, redirectUri?: string, options?: SessionSettings);
  constructor(options: SessionOptions);
  constructor(...args: SessionArguments) {
    const options = sessionOptions(args);
    // A missing or non-object argument goes through as is, for the base class's ValidationError.
    super(options && typeof options === "object" ? { ...authOptions(options)!, crypto: options.crypto ?? pkceCrypto().crypto } : options);
  }
}

/**
 * The Spotify Web API client; in Node it sends through the Node transport unless
 * `fetch` or `transport` is given (`transport: "fetch"` turns the Node transport off).
 *
 * @example
 * ```ts
 * import { SpotifyApi } from "spotify-web-api-sdk";
 * const sdk = SpotifyApi.withClientCredentials(clientId, clientSecret);
 * const viaFetch = SpotifyApi.withClientCredentials(clientId, clientSecret, [], { transport: "fetch" });
 * ```
 */
export class SpotifyApi extends FetchSpotifyApi {
  constructor(authentication: IAuthStrategy, config: SdkOptions = {}) {
    super(authentication, withNodeTransport(config));
  }

  protected static override readonly strategies = { AuthorizationCodeWithPKCEStrategy, ClientCredentialsStrategy, ProvidedAccessTokenStrategy };
}

/** The request pipeline; in Node its default transport is the Node transport. */
export class Pipeline extends FetchPipeline {
  constructor(options: PipelineOptions = {}) {
    super(withNodeTransport(options));
  }
}

/** Creates the request pipeline; in Node its default transport is the Node transport. */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  return new Pipeline(options);
}

/**
 * Builds a client for the endpoint group classes, without the `SpotifyApi` facade; in Node its
 * default transport is the Node transport.
 *
 * @example
 * ```ts
 * import { createClient, ClientCredentialsStrategy, TracksEndpoints } from "spotify-web-api-sdk";
 * const tracks = new TracksEndpoints(createClient({ auth: new ClientCredentialsStrategy(id, secret) }));
 * ```
 */
export function createClient(options: ClientOptions): SpotifyClient {
  return fetchCreateClient(withNodeTransport(options));
}

/**
 * Many users in one server; in Node the pool's one pipeline sends through the Node transport
 * unless `fetch` or `transport` is given.
 *
 * @example
 * ```ts
 * import { SessionPool } from "spotify-web-api-sdk";
 * const pool = new SessionPool({ clientId, clientSecret, redirectUri, store });
 * const me = await pool.client(userId).currentUser.profile();
 * ```
 */
export class SessionPool extends FetchSessionPool {
  protected static override readonly classes: PoolClasses = { SpotifyApi, Session, Pipeline };
}

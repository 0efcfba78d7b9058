/**
 * `createClient`: the modular entry. A client without endpoint groups: the one request pipeline,
 * its auth strategy and the context every group class is built with. Import only the groups an
 * app uses and a bundler leaves the others out.
 * @module
 */
import type { IAuthStrategy } from "./auth/types.js";
import { createEndpointContext, type EndpointContext } from "./endpoints/base.js";
import { ValidationError } from "./errors.js";
import { createPipeline, type Pipeline, type PipelineView } from "./auth/pipeline.js";
import type { ExchangeHooks } from "./http/types.js";
import type { SdkConfiguration, SdkOptions } from "./options.js";

/**
 * 1.2.0's request options, which only the `SpotifyApi` facade installs: refused by
 * {@link createClient} rather than silently ignored.
 */
const FACADE_ONLY = ["beforeRequest", "afterRequest", "deserializer", "responseValidator", "errorHandler"] as const;

/**
 * What {@link createClient} takes: the auth strategy, and the options `SpotifyApi` takes except
 * 1.2.0's request hooks and handlers (`beforeRequest`, `afterRequest`, `deserializer`,
 * `responseValidator`, `errorHandler`), which only the facade installs.
 */
export interface ClientOptions extends Omit<SdkOptions, (typeof FACADE_ONLY)[number]> {
  /**
   * The token provider: a `ClientCredentialsStrategy`, `AuthorizationCodeWithPKCEStrategy`,
   * `ProvidedAccessTokenStrategy`, `Session`, or your own `IAuthStrategy`.
   */
  auth: IAuthStrategy;
}

/**
 * A client built by {@link createClient}. It is the context every endpoint group class takes
 * (`new TracksEndpoints(client)`), and it can send any request through its pipeline.
 */
export interface SpotifyClient extends EndpointContext {
  /** The auth strategy the client was built with. */
  readonly auth: IAuthStrategy;
}

/**
 * Builds a client without the `SpotifyApi` facade: same pipeline (retries, timeouts, rate-limit
 * pauses, typed errors, token renewal), same auth strategies, but no endpoint group until you
 * create one. Pass the client to the groups you need; a bundler then ships only those
 * (`sideEffects: false`, no top-level work in the group modules).
 *
 * It carries none of 1.2.0's behaviour, which the facade installs: 1.2.0's request hooks and
 * handlers are refused (use `hooks`: `beforeRequest`, `afterResponse`, `beforeError`), and the
 * strategy's configuration holds no 1.2.0 default object. A `cachingStrategy` or
 * `redirectionStrategy` given is passed on to the strategy: the PKCE strategy finds the token
 * 1.2.0 cached only through one (`cachingStrategy: new LocalStorageCachingStrategy()`).
 *
 * Each group is a class taking the client: `AlbumsEndpoints`, `ArtistsEndpoints`,
 * `AudiobooksEndpoints`, `BrowseEndpoints`, `ChaptersEndpoints`, `CurrentUserEndpoints` (profile,
 * top items, followed artists; the library is `CurrentUserTracksEndpoints`, ..., `LibraryEndpoints`),
 * `EpisodesEndpoints`, `MarketsEndpoints`, `PlayerEndpoints`, `PlaylistsEndpoints`,
 * `RecommendationsEndpoints`, `SearchEndpoints`, `ShowsEndpoints`, `TracksEndpoints`,
 * `UsersEndpoints`. Paged methods work with {@link paginateMethod}.
 *
 * @example
 * ```ts
 * import { createClient, ClientCredentialsStrategy, TracksEndpoints } from "spotify-web-api-sdk";
 * const client = createClient({ auth: new ClientCredentialsStrategy(clientId, clientSecret) });
 * const tracks = new TracksEndpoints(client);
 * const track = await tracks.get("4iV5W9uYEdYUVa79Axb7Rh");
 * ```
 * @example
 * ```ts
 * import { createClient, paginateMethod, AlbumsEndpoints } from "spotify-web-api-sdk";
 * const albums = new AlbumsEndpoints(createClient({ auth: strategy, timeout: 10_000 }));
 * const all = await paginateMethod(albums.tracks, ["4aawyAB9vmqN3uQ7FjRGTy"]).toArray();
 * ```
 * @example
 * ```ts
 * import { createClient, AuthorizationCodeWithPKCEStrategy, CurrentUserEndpoints } from "spotify-web-api-sdk";
 * const client = createClient({ auth: new AuthorizationCodeWithPKCEStrategy(clientId, redirectUri, ["user-read-private"]) });
 * const me = await new CurrentUserEndpoints(client).profile();
 * ```
 * @throws ValidationError when `options.auth` is not an auth strategy, or for one of 1.2.0's
 * request hooks or handlers (`errorHandler`, ...)
 */
export function createClient(options: ClientOptions): SpotifyClient {
  const { auth, ...config } = options ?? ({} as ClientOptions);
  if (!auth || typeof auth.getOrCreateAccessToken !== "function") {
    throw new ValidationError("createClient needs an auth strategy (an IAuthStrategy): createClient({ auth })", { parameter: "auth" });
  }
  for (const name of FACADE_ONLY) {
    if ((config as SdkOptions)[name] !== undefined) {
      throw new ValidationError(`createClient does not take 1.2.0's ${name} (SpotifyApi does): use hooks (beforeRequest, afterResponse, beforeError)`, { parameter: name });
    }
  }
  const { pipeline, configuration } = assembleClient(auth, config);
  auth.setConfiguration(configuration);
  return { auth, ...createEndpointContext(pipeline) };
}

/** What a client is made of (shared by `SpotifyApi` and {@link createClient}). */
export interface ClientParts {
  /** What groups call (the facade puts 1.2.0's `errorHandler` in front of it). */
  pipeline: Pipeline | PipelineView;
  /**
   * What the auth strategy receives through `setConfiguration`: the options, the resolved base
   * URLs, `fetch` and the pipeline; no 1.2.0 default object (the facade adds those).
   */
  configuration: SdkConfiguration;
}

/**
 * An option key (a symbol: no app passes it by accident) that builds a client on an existing
 * pipeline instead of a new one: a `SessionPool`'s users share one transport and one rate-limit
 * pause. The other request options are then the pipeline's.
 * @internal
 */
export const ON_PIPELINE: unique symbol = Symbol("spotify-web-api-sdk.onPipeline");

/**
 * Builds a client's pipeline and the configuration its strategy receives. `auth` may be a getter
 * (`SpotifyApi` can switch strategies); `exchange` is what the facade adds around each Web API
 * request (1.2.0's hooks; a shared pipeline has its own).
 * @internal
 */
export function assembleClient(auth: IAuthStrategy | (() => IAuthStrategy), options: SdkOptions, exchange?: ExchangeHooks): ClientParts {
  const { [ON_PIPELINE]: shared, ...rest } = options as SdkOptions & { [ON_PIPELINE]?: Pipeline };
  const pipeline = shared ? shared.withAuth(auth) : createPipeline({ ...rest, auth, ...(exchange ? { exchange } : {}) });
  const configuration = {
    ...rest,
    fetch: rest.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    baseUrl: pipeline.baseUrl,
    accountsBaseUrl: pipeline.accountsBaseUrl,
    pipeline,
  } as SdkConfiguration;
  return { pipeline, configuration };
}

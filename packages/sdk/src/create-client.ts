/**
 * `createClient`: the modular entry. A client without endpoint groups: the one request pipeline,
 * its auth strategy and the context every group class is built with. Import only the groups an
 * app uses and a bundler leaves the others out.
 * @module
 */
import type { IAuthStrategy } from "./auth/types.js";
import {
  DefaultResponseDeserializer,
  DefaultResponseValidator,
  DocumentLocationRedirectionStrategy,
  InMemoryCachingStrategy,
  LocalStorageCachingStrategy,
  NoOpErrorHandler,
} from "./compat/index.js";
import { createEndpointContext, type EndpointContext } from "./endpoints/base.js";
import { ValidationError } from "./errors.js";
import { createPipeline, type Pipeline, type PipelineView } from "./http/pipeline.js";
import type { ApiRequest } from "./http/types.js";
import type { RequestPipeline, SdkConfiguration, SdkOptions } from "./options.js";

/** What {@link createClient} takes: the auth strategy, and every option `SpotifyApi` takes. */
export interface ClientOptions extends SdkOptions {
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
 * Builds a client without the `SpotifyApi` facade: same options, same pipeline (retries,
 * timeouts, rate-limit pauses, typed errors, token renewal), same auth strategies, but no endpoint
 * group until you create one. Pass the client to the groups you need; a bundler then ships only
 * those (`sideEffects: false`, no top-level work in the group modules).
 *
 * Each group is a class taking the client: `AlbumsEndpoints`, `ArtistsEndpoints`,
 * `AudiobooksEndpoints`, `BrowseEndpoints`, `ChaptersEndpoints`, `CurrentUserEndpoints`,
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
 * @throws ValidationError when `options.auth` is not an auth strategy
 */
export function createClient(options: ClientOptions): SpotifyClient {
  const { auth, ...config } = options ?? ({} as ClientOptions);
  if (!auth || typeof auth.getOrCreateAccessToken !== "function") {
    throw new ValidationError("createClient needs an auth strategy (an IAuthStrategy): createClient({ auth })", { parameter: "auth" });
  }
  const { configuration, requester } = assembleClient(auth, config);
  auth.setConfiguration(configuration);
  return { auth, ...createEndpointContext(requester, { nullWhenHandled: config.errorHandler !== undefined }) };
}

/** What a client is made of (shared by `SpotifyApi` and {@link createClient}). */
export interface ClientParts {
  pipeline: Pipeline | PipelineView;
  /** What the auth strategy receives through `setConfiguration`. */
  configuration: SdkConfiguration;
  /** The pipeline, behind the 1.2.0 `errorHandler` when one is set: what groups call. */
  requester: RequestPipeline;
}

/**
 * An option key (a symbol: no app passes it by accident) that builds a client on an existing
 * pipeline instead of a new one: a `SessionPool`'s users share one transport and one rate-limit
 * pause. The other request options are then the pipeline's.
 * @internal
 */
export const ON_PIPELINE: unique symbol = Symbol("spotify-web-api-sdk.onPipeline");

/**
 * Builds a client's pipeline, the configuration its strategy receives and the requester its
 * groups call. `auth` may be a getter (`SpotifyApi` can switch strategies).
 * @internal
 */
export function assembleClient(auth: IAuthStrategy | (() => IAuthStrategy), options: SdkOptions): ClientParts {
  const { [ON_PIPELINE]: shared, ...rest } = options as SdkOptions & { [ON_PIPELINE]?: Pipeline };
  const pipeline = shared ? shared.withAuth(auth) : createPipeline({ ...rest, auth });
  return { pipeline, configuration: resolveConfiguration(rest, pipeline), requester: withErrorHandler(pipeline, rest.errorHandler) };
}

function resolveConfiguration(options: SdkOptions, pipeline: Pipeline | PipelineView): SdkConfiguration {
  const inBrowser = typeof (globalThis as { document?: unknown }).document !== "undefined"
    && typeof (globalThis as { localStorage?: unknown }).localStorage !== "undefined";
  return {
    ...options,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    beforeRequest: options.beforeRequest ?? (() => {}),
    afterRequest: options.afterRequest ?? (() => {}),
    deserializer: options.deserializer ?? new DefaultResponseDeserializer(),
    responseValidator: options.responseValidator ?? new DefaultResponseValidator(),
    errorHandler: options.errorHandler ?? new NoOpErrorHandler(),
    redirectionStrategy: options.redirectionStrategy ?? new DocumentLocationRedirectionStrategy(),
    cachingStrategy: options.cachingStrategy ?? (inBrowser ? new LocalStorageCachingStrategy() : new InMemoryCachingStrategy()),
    baseUrl: pipeline.baseUrl,
    accountsBaseUrl: pipeline.accountsBaseUrl,
    pipeline,
  };
}

/** 1.2.0: an error handler that returns `true` makes the call resolve `null`. */
function withErrorHandler(pipeline: Pipeline | PipelineView, handler: SdkOptions["errorHandler"]): RequestPipeline {
  if (!handler) return pipeline;
  return {
    async request<T>(request: ApiRequest): Promise<T> {
      try {
        return await pipeline.request<T>(request);
      } catch (error) {
        if (await handler.handleErrors(error)) return null as T;
        throw error;
      }
    },
  };
}

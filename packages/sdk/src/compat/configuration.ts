/**
 * What 1.2.0's `SpotifyApi` did with its options beyond the request pipeline: the configuration
 * its strategies received, filled with 1.2.0's default objects, and the `errorHandler` that turns
 * a handled error into `null`. Installed by the facade (`client.ts`) only: `createClient` never
 * imports this module, so a modular bundle ships none of it.
 * @module
 */
import type { SdkConfiguration, SdkOptions, RequestPipeline } from "../options.js";
import type { ApiRequest } from "../http/types.js";
import { InMemoryCachingStrategy, LocalStorageCachingStrategy } from "./caching.js";
import { DefaultResponseDeserializer, DefaultResponseValidator, DocumentLocationRedirectionStrategy, NoOpErrorHandler } from "./handlers.js";

/**
 * 1.2.0's resolved configuration: the client's (`core`, as `createClient` builds it) with every
 * 1.2.0 object the app did not give set to 1.2.0's default, as a strategy written for 1.2.0 may
 * read them (`configuration.cachingStrategy.getOrCreate(...)`).
 */
export function compatConfiguration(options: SdkOptions, core: SdkConfiguration): SdkConfiguration {
  const inBrowser = typeof (globalThis as { document?: unknown }).document !== "undefined"
    && typeof (globalThis as { localStorage?: unknown }).localStorage !== "undefined";
  return {
    ...core,
    beforeRequest: options.beforeRequest ?? (() => {}),
    afterRequest: options.afterRequest ?? (() => {}),
    deserializer: options.deserializer ?? new DefaultResponseDeserializer(),
    responseValidator: options.responseValidator ?? new DefaultResponseValidator(),
    errorHandler: options.errorHandler ?? new NoOpErrorHandler(),
    redirectionStrategy: options.redirectionStrategy ?? new DocumentLocationRedirectionStrategy(),
    cachingStrategy: options.cachingStrategy ?? (inBrowser ? new LocalStorageCachingStrategy() : new InMemoryCachingStrategy()),
  };
}

/** 1.2.0: an error handler that returns `true` makes the call resolve `null`. */
export function withErrorHandler(pipeline: RequestPipeline, handler: SdkOptions["errorHandler"]): RequestPipeline {
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

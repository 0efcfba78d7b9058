/**
 * The options of the `SpotifyApi` facade: `@spotify/web-api-ts-sdk` 1.2.0's `SdkOptions`, with
 * their meaning there, over this SDK's request settings ({@link RequestConfig}, declared in
 * `http/config.ts`). Types only.
 * @module
 */
import type { RequestConfig, RequestImplementation } from "./http/config.js";
import type { RequestPipeline } from "./http/types.js";

export type { HookRequest, Hooks, Logger, RequestConfig, RequestImplementation, RetryOptions } from "./http/config.js";
export type { RequestPipeline } from "./http/types.js";

/** 1.2.0: decides whether an error is handled; `true` makes the call resolve `null`. */
export interface IHandleErrors {
  /** Sees an error before it is thrown; resolving `true` swallows it (the call resolves `null`). */
  handleErrors(error: any): Promise<boolean>;
}

/** 1.2.0: inspects a response before it is read; throw to fail the call. */
export interface IValidateResponses {
  /** Inspects each response (error responses only once retries are spent); a throw fails the call. */
  validateResponse: (response: Response) => Promise<any | null>;
}

/** 1.2.0: turns a response into the value a call resolves to. */
export interface IResponseDeserializer {
  /** Reads the response body into the call's result. */
  deserialize<TReturnType>(response: Response): Promise<TReturnType>;
}

/** 1.2.0: how a browser is sent to the authorize page and what happens on return. */
export interface IRedirectionStrategy {
  /** Sends the browser to `targetUrl` (the authorize page). */
  redirect(targetUrl: string | URL): Promise<void>;
  /** Part of 1.2.0's interface, kept so its implementations compile; this SDK does not call it. */
  onReturnFromRedirect(): Promise<void>;
}

/** 1.2.0: a cached item may carry an absolute expiry. */
export interface ICachable {
  /** When the item expires, in ms since the epoch; `-1` means already expired. */
  expires?: number;
  /** Removed from the cache the first time it is read (a PKCE verifier). */
  expiresOnAccess?: boolean;
}

/** 1.2.0: the cache the PKCE strategy keeps its token and verifier in. */
export interface ICachingStrategy {
  /** The cached item, or the one `createFunction` makes (then cached); `updateFunction` may renew it before it expires. */
  getOrCreate<T>(
    cacheKey: string,
    createFunction: () => Promise<T & ICachable & object>,
    updateFunction?: (item: T) => Promise<T & ICachable & object>,
  ): Promise<T & ICachable>;
  /** The cached item, or `null` when there is none or it expired. */
  get<T>(cacheKey: string): Promise<(T & ICachable) | null>;
  /** Caches `item` under `cacheKey` (its `expires` is an absolute time in ms). */
  setCacheItem<T>(cacheKey: string, item: T & ICachable): void;
  /** Forgets the item under `cacheKey`. */
  remove(cacheKey: string): void;
}

/**
 * Everything a `SpotifyApi` can be configured with, every field optional: the request settings
 * of {@link RequestConfig}, and 1.2.0's hooks and handlers, which only the facade installs.
 */
export interface SdkOptions extends RequestConfig {
  /** 1.2.0: called with the URL and `RequestInit` before each request is sent (headers redacted). */
  beforeRequest?: (url: string, options: RequestInit) => void;
  /** 1.2.0: called with the URL, `RequestInit` and `Response` after each response. */
  afterRequest?: (url: string, options: RequestInit, response: Response) => void;
  /** 1.2.0: replaces how a successful response is read. */
  deserializer?: IResponseDeserializer;
  /** 1.2.0: inspects each successful response; throw to fail the call. */
  responseValidator?: IValidateResponses;
  /** 1.2.0: decides whether an error is handled; `true` makes the call resolve `null`. */
  errorHandler?: IHandleErrors;
  /** 1.2.0: how the browser goes to the authorize page. */
  redirectionStrategy?: IRedirectionStrategy;
  /** 1.2.0: where the PKCE strategy keeps its token and verifier. */
  cachingStrategy?: ICachingStrategy;
}

/** 1.2.0: the resolved configuration a strategy receives through `setConfiguration`. */
export interface SdkConfiguration extends SdkOptions {
  fetch: RequestImplementation;
  beforeRequest: (url: string, options: RequestInit) => void;
  afterRequest: (url: string, options: RequestInit, response: Response) => void;
  deserializer: IResponseDeserializer;
  responseValidator: IValidateResponses;
  errorHandler: IHandleErrors;
  redirectionStrategy: IRedirectionStrategy;
  cachingStrategy: ICachingStrategy;
  /**
   * The client's request pipeline. Built-in strategies send their token requests through it, so
   * the injected `fetch`, the timeout, hooks and logger apply to them too.
   */
  pipeline?: RequestPipeline;
}

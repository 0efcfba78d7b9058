export { GenericCache, InMemoryCachingStrategy, LocalStorageCachingStrategy, type ICacheStore } from "./caching.js";
export {
  ConsoleLoggingErrorHandler,
  DefaultResponseDeserializer,
  DefaultResponseValidator,
  DocumentLocationRedirectionStrategy,
  NoOpErrorHandler,
} from "./handlers.js";

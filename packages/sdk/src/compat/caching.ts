/**
 * 1.2.0's caching strategies, kept so code and caches written for `@spotify/web-api-ts-sdk`
 * keep working (the PKCE strategy reads its `spotify-sdk:*` keys through them).
 * @module
 */
import { isEmptyAccessToken } from "../auth/types.js";
import type { ICachable, ICachingStrategy } from "../options.js";
import { SpotifyError } from "../errors.js";

/** A synchronous string key-value store under a {@link GenericCache}. */
export interface ICacheStore {
  /** The value under `key`, or `null`. */
  get(key: string): string | null;
  /** Stores `value` under `key`. */
  set(key: string, value: string): void;
  /** Forgets `key`. */
  remove(key: string): void;
}

/**
 * 1.2.0's cache over an {@link ICacheStore}: items carry an absolute `expires`; an update
 * function registered with `getOrCreate` renews an item shortly before it expires.
 * Unlike 1.2.0, a failed renewal is not printed with `console.error`: the item is left to expire.
 */
export class GenericCache implements ICachingStrategy {
  /**
   * A cache over `storage`; with an `autoRenewInterval`, a timer (unref'd) renews items before they expire.
   * @param storage Where items are kept.
   * @param updateFunctions Renewal functions by key (those `getOrCreate` registers go here).
   * @param autoRenewInterval How often, in ms, to renew items close to expiry; `0` never (the default).
   * @param autoRenewWindow How close to expiry, in ms, an item is renewed (default two minutes).
   */
  constructor(
    private readonly storage: ICacheStore,
    private readonly updateFunctions: Map<string, (item: any) => Promise<any>> = new Map(),
    private readonly autoRenewInterval = 0,
    private readonly autoRenewWindow = 2 * 60 * 1000,
  ) {
    if (this.autoRenewInterval > 0) {
      const timer = setInterval(() => void this.autoRenewRenewableItems(), this.autoRenewInterval);
      (timer as { unref?: () => void }).unref?.();
    }
  }

  async getOrCreate<T>(
    cacheKey: string,
    createFunction: () => Promise<T & ICachable & object>,
    updateFunction?: (item: T) => Promise<T & ICachable & object>,
  ): Promise<T & ICachable> {
    if (updateFunction) this.updateFunctions.set(cacheKey, updateFunction);
    const item = await this.get<T>(cacheKey);
    if (item) return item;
    const created = await createFunction();
    if (!created) throw new SpotifyError(`Could not create cache item ${cacheKey}`);
    if (!isEmptyAccessToken(created)) this.setCacheItem(cacheKey, created);
    return created;
  }

  async get<T>(cacheKey: string): Promise<(T & ICachable) | null> {
    let item = this.read<T>(cacheKey);
    const update = this.updateFunctions.get(cacheKey);
    if (this.itemDueToExpire(item) && update) {
      await this.tryUpdateItem(cacheKey, item, update);
      item = this.read<T>(cacheKey);
    }
    if (!item) return null;
    if (item.expires && (item.expires === -1 || item.expires <= Date.now())) {
      this.remove(cacheKey);
      return null;
    }
    if (item.expiresOnAccess === true) this.remove(cacheKey);
    return item;
  }

  /** Stores `value` to expire `expiresIn` ms from now. */
  set<T>(cacheKey: string, value: T, expiresIn: number): void {
    this.setCacheItem(cacheKey, { ...value, expires: Date.now() + expiresIn } as T & ICachable);
  }

  setCacheItem<T>(cacheKey: string, item: T & ICachable): void {
    this.storage.set(cacheKey, JSON.stringify(item));
  }

  remove(cacheKey: string): void {
    this.storage.remove(cacheKey);
  }

  private read<T>(cacheKey: string): (T & ICachable) | null {
    const text = this.storage.get(cacheKey);
    if (!text) return null;
    try {
      return JSON.parse(text) as T & ICachable;
    } catch {
      return null;
    }
  }

  private itemDueToExpire(item: ICachable | null): boolean {
    return !!item?.expires && item.expires - Date.now() < this.autoRenewWindow;
  }

  private async autoRenewRenewableItems(): Promise<void> {
    for (const [key, update] of this.updateFunctions) {
      const item = this.read(key);
      if (item && this.itemDueToExpire(item)) await this.tryUpdateItem(key, item, update);
    }
  }

  private async tryUpdateItem(key: string, item: unknown, update: (item: any) => Promise<any>): Promise<void> {
    try {
      const updated = await update(item);
      if (updated) this.setCacheItem(key, updated);
    } catch {
      // The stale item expires on its own; the caller then obtains a new one.
    }
  }
}

class DictionaryCacheStore implements ICacheStore {
  private readonly cache = new Map<string, string>();
  get(key: string) {
    return this.cache.get(key) ?? null;
  }
  set(key: string, value: string) {
    this.cache.set(key, value);
  }
  remove(key: string) {
    this.cache.delete(key);
  }
}

class LocalStorageCacheStore implements ICacheStore {
  get(key: string) {
    return globalThis.localStorage.getItem(key);
  }
  set(key: string, value: string) {
    globalThis.localStorage.setItem(key, value);
  }
  remove(key: string) {
    globalThis.localStorage.removeItem(key);
  }
}

/** 1.2.0: a cache in memory (the default outside browsers). */
export class InMemoryCachingStrategy extends GenericCache {
  /** An empty cache, without automatic renewal. */
  constructor() {
    super(new DictionaryCacheStore());
  }
}

/** 1.2.0: a cache in `localStorage` (the default in browsers). */
export class LocalStorageCachingStrategy extends GenericCache {
  /** A cache over the page's `localStorage`, without automatic renewal. */
  constructor() {
    super(new LocalStorageCacheStore());
  }
}

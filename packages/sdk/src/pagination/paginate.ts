/**
 * Walks paged results: item by item (`for await`), page by page, or into an array. Offset pages
 * after the first are planned as pages are taken, a bounded window ahead, fetched with bounded
 * concurrency and given in order; cursor pages follow their cursors one after another.
 * @module
 */
import { AbortError, ValidationError } from "../errors.js";
import { onAbort } from "../http/abort-listeners.js";
import type { CursorPage, Page } from "../models/types.js";

/** How a walk runs. */
export interface PaginateOptions {
  /**
   * Stop after this many items. Default: all. Offset walks read the first `limit` positions of the
   * list, so they give fewer items when Spotify leaves unavailable ones out of a page.
   */
  limit?: number;
  /**
   * How many offset pages may be in flight at once (cursor pages are always sequential).
   * @default 4
   */
  concurrency?: number;
  /** Stops the walk: the pending requests are aborted and the iteration throws `AbortError`. */
  signal?: AbortSignal;
  /** Items per request. Default: the operation's maximum. */
  pageSize?: number;
}

/** Fetches one offset page. */
export type OffsetPageFetcher<T> = (offset: number, limit: number, signal: AbortSignal) => Promise<Page<T>>;
/** Fetches one cursor page; `cursor` is `undefined` for the first. */
export type CursorPageFetcher<T> = (cursor: string | undefined, limit: number, signal: AbortSignal) => Promise<CursorPage<T>>;

/** Where pages come from. */
export type PageSource<T> =
  | {
      /** Pages addressed by `offset` and `limit`. */
      kind: "offset";
      /** Items per request. */
      pageSize: number;
      /** Fetches the page at an offset. */
      fetch: OffsetPageFetcher<T>;
      /** The largest offset the operation accepts (search: 1000); no limit when absent. */
      maxOffset?: number;
    }
  | {
      /** Pages linked by cursors. */
      kind: "cursor";
      /** Items per request. */
      pageSize: number;
      /** Which cursor leads to the next page: `after` (followed artists) or `before` (recently played). */
      cursorFrom: "after" | "before";
      /** Fetches the page after a cursor. */
      fetch: CursorPageFetcher<T>;
    };

type Settled<P> = { ok: true; value: P } | { ok: false; error: unknown };

function settle<P>(promise: Promise<P>): Promise<Settled<P>> {
  return promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
}

/**
 * A paged result, ready to walk. An offset walk ends at `limit`, at an empty page, at the end the
 * first page's `total` announced (a `total` that is not a count is read as unknown, and the walk
 * goes on to an empty page), or past the operation's largest offset (search: 1000).
 *
 * @example
 * ```ts
 * for await (const item of sdk.paginate(sdk.playlists.getPlaylistItems, playlistId)) console.log(item.item?.name);
 * const first100 = await sdk.paginate(sdk.currentUser.tracks.savedTracks).toArray({ limit: 100 });
 * for await (const page of sdk.paginate(sdk.albums.tracks, albumId).pages()) if ("offset" in page) console.log(page.offset);
 * ```
 */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #source: PageSource<T>;
  readonly #options: PaginateOptions;

  /**
   * A walk over `source`; nothing is fetched until it is iterated. Usually built by
   * `sdk.paginate(method, ...args)`.
   * @throws {@link ValidationError} for options out of range.
   */
  constructor(source: PageSource<T>, options: PaginateOptions = {}) {
    this.#source = source;
    this.#options = options;
    checkOptions(options);
  }

  /** A copy with other options (`limit`, `concurrency`, `signal`, `pageSize`). */
  withOptions(options: PaginateOptions): Paginator<T> {
    return new Paginator(this.#source, { ...this.#options, ...options });
  }

  /** Walks the pages, in order. The last one may be cut to the `limit`. */
  async *pages(options: PaginateOptions = {}): AsyncGenerator<Page<T> | CursorPage<T>, void, undefined> {
    const opts = { ...this.#options, ...options };
    checkOptions(opts);
    const controller = new AbortController();
    // Through the signal's one shared listener: many walks (and calls) may share one signal.
    const { signal } = opts;
    const stopListening = signal ? onAbort(signal, () => controller.abort(signal.reason)) : undefined;
    try {
      if (this.#source.kind === "offset") yield* this.#offsetPages(opts, controller.signal);
      else yield* this.#cursorPages(this.#source, opts, controller.signal);
    } finally {
      stopListening?.();
      // Stops requests still in flight when the caller breaks out early or a page failed.
      controller.abort();
    }
  }

  /** Every item of every page, in order (`for await (const item of paginator)`). */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** Collects the items into an array (all of them, or up to `limit`). */
  async toArray(options: PaginateOptions = {}): Promise<T[]> {
    const out: T[] = [];
    for await (const page of this.pages(options)) out.push(...page.items);
    return out;
  }

  async *#offsetPages(opts: PaginateOptions, signal: AbortSignal): AsyncGenerator<Page<T>, void, undefined> {
    const source = this.#source as Extract<PageSource<T>, { kind: "offset" }>;
    const size = opts.pageSize ?? source.pageSize;
    const max = opts.limit ?? Number.POSITIVE_INFINITY;
    if (max === 0) return;
    const fetchAt = (offset: number, pageLimit: number) => {
      throwIfAborted(opts.signal);
      return source.fetch(offset, Math.min(pageLimit, max - offset), signal);
    };
    const firstLimit = Math.min(size, max);
    const first = await fetchAt(0, firstLimit);
    yield cut(first, max);
    throwIfAborted(opts.signal);
    if (first.items.length === 0) return;
    // Offsets count positions in the list, not items returned: Spotify leaves unavailable items
    // out of a page, so a short page is not a smaller page. Only a smaller `limit` in the answer
    // (the server capping the request) changes how far one page reaches.
    const reported = first.limit;
    const step = Number.isInteger(reported) && reported > 0 && reported < firstLimit ? reported : firstLimit;
    // The server's `total` only keeps requests from being sent past the end it announced; offsets
    // are planned one at a time as pages are taken, never as a list built from it (a `total` of
    // 1e11 once made an array V8 could not allocate). A `total` that is not a count is unknown:
    // the walk then goes on until an empty page.
    const total = first.total;
    const announced = typeof total === "number" && Number.isSafeInteger(total) && total >= 0 ? total : Number.POSITIVE_INFINITY;
    const end = Math.min(announced, max);
    const lastOffset = source.maxOffset ?? Number.POSITIVE_INFINITY;
    // Requests start as soon as any slot frees (not only the oldest), up to `concurrency` in
    // flight and a bounded number of pages ahead of the consumer; pages still come out in order.
    const concurrency = opts.concurrency ?? 4;
    const maxAhead = concurrency * 2;
    const pending: Array<Promise<Settled<Page<T>>>> = [];
    let nextOffset = step;
    let inFlight = 0;
    let launched = 0;
    let yielded = 0;
    // Set when the walk ends (a page failed, an empty page, the consumer left): nothing more starts.
    let stopped = false;
    const launch = () => {
      while (!stopped && nextOffset < end && nextOffset <= lastOffset && inFlight < concurrency && launched - yielded < maxAhead && !signal.aborted) {
        inFlight++;
        pending[launched++] = settle(fetchAt(nextOffset, step)).then((result) => {
          inFlight--;
          if (!result.ok) stopped = true;
          launch();
          return result;
        });
        nextOffset += step;
      }
    };
    let seen = first.items.length;
    try {
      launch();
      while (yielded < launched && seen < max) {
        const result = await pending[yielded]!;
        delete pending[yielded];
        yielded++;
        if (!result.ok) throw normalizeAbort(result.error, opts.signal);
        throwIfAborted(opts.signal);
        // An empty page is the end of the list, whatever `total` said.
        const last = result.value.items.length === 0;
        if (last) stopped = true;
        const page = cut(result.value, max - seen);
        seen += page.items.length;
        launch();
        yield page;
        if (last) break;
      }
      throwIfAborted(opts.signal);
    } finally {
      // Stops launching; requests in flight are aborted by the caller of this generator.
      stopped = true;
    }
  }

  async *#cursorPages(
    source: Extract<PageSource<T>, { kind: "cursor" }>,
    opts: PaginateOptions,
    signal: AbortSignal,
  ): AsyncGenerator<CursorPage<T>, void, undefined> {
    const size = opts.pageSize ?? source.pageSize;
    const max = opts.limit ?? Number.POSITIVE_INFINITY;
    let seen = 0;
    let cursor: string | undefined;
    const visited = new Set<string>();
    while (seen < max) {
      throwIfAborted(opts.signal);
      let page: CursorPage<T>;
      try {
        page = await source.fetch(cursor, Math.min(size, max - seen), signal);
      } catch (error) {
        throw normalizeAbort(error, opts.signal);
      }
      const out = cut(page, max - seen);
      seen += out.items.length;
      yield out;
      const nextCursor = page.cursors?.[source.cursorFrom] ?? null;
      // A repeated cursor would loop forever; a missing `next` means the end.
      if (!page.next || nextCursor === null || page.items.length === 0 || visited.has(nextCursor)) return;
      visited.add(nextCursor);
      cursor = nextCursor;
    }
  }
}

function cut<P extends { items: unknown[] }>(page: P, max: number): P {
  return page.items.length > max ? { ...page, items: page.items.slice(0, Math.max(0, max)) } : page;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError("pagination aborted", { cause: signal.reason });
}

function normalizeAbort(error: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted && !(error instanceof AbortError)) return new AbortError("pagination aborted", { cause: error });
  return error;
}

function checkOptions(options: PaginateOptions): void {
  const { limit, concurrency, pageSize } = options;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new ValidationError(`limit must be a non-negative integer, got ${String(limit)}`, { parameter: "limit" });
  }
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)) {
    throw new ValidationError(`concurrency must be an integer from 1 to 64, got ${String(concurrency)}`, { parameter: "concurrency" });
  }
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1)) {
    throw new ValidationError(`pageSize must be a positive integer, got ${String(pageSize)}`, { parameter: "pageSize" });
  }
}

/**
 * `paginate(method, ...args)`: walks any paged SDK method, given the arguments before its paging
 * ones. The method is called once with them while its request is recorded, not sent; each page is
 * that request again with the walk's `limit` and `offset` (or cursor), as the operation's `paging`
 * describes. No method declares where its paging arguments are.
 * @module
 */
import { checkPaging, planCall, type PlannedCall } from "../endpoints/base.js";
import { UnexpectedResponseError, ValidationError } from "../errors.js";
import type { CursorPage, Page } from "../models/types.js";
import type { OperationPaging } from "../operations/types.js";
import { Paginator, type PageSource, type PaginateOptions } from "./paginate.js";

/** The item type of a page (offset or cursor). */
export type Unpage<P> = P extends Page<infer T> ? T : P extends CursorPage<infer T> ? T : never;
/** The item type of a paged response (a page, or an object wrapping one: `{albums: Page}`). */
export type PageItem<R> = R extends Page<unknown> | CursorPage<unknown> ? Unpage<R> : Unpage<R[keyof R]>;

/** Any method that resolves to a page. */
export type PagedMethod = (...args: any[]) => Promise<unknown>;

/**
 * Walks the pages of `method` called with `args` (the arguments before its paging ones). Paging
 * arguments given are checked as the method checks them (a `limit` over its maximum fails the
 * walk), then replaced by the walk's own. `method` must be an SDK paged method
 * (`sdk.albums.tracks`, ...).
 * @throws ValidationError when `method` is not a paged SDK method or (search) asks for several
 * types; the walk fails with the method's own `ValidationError` when it refuses `args`.
 */
export function paginateMethod<F extends PagedMethod>(
  method: F,
  args: readonly unknown[],
  options: PaginateOptions = {},
): Paginator<PageItem<Awaited<ReturnType<F>>>> {
  const planned = planCall(method, args);
  const call = planned?.call;
  if (!call) {
    if (!planned) throw notPaged();
    // A group method that refused these arguments before building a request: the walk fails
    // with the method's own error (which names the argument), as a call would.
    const refused = Promise.resolve(planned.result).then(() => Promise.reject(notPaged()));
    refused.catch(() => {});
    return new Paginator<never>({ kind: "offset", pageSize: 1, fetch: () => refused }, options) as Paginator<PageItem<Awaited<ReturnType<F>>>>;
  }
  const paging = call.op.paging;
  if (!paging) throw notPaged();
  const type = call.parts.query?.type;
  if (Array.isArray(type) && type.length !== 1) {
    // Search answers one page per type: a walk follows one list.
    throw new ValidationError("paginate walks one list at a time: pass a single type, e.g. [\"track\"]", { parameter: "type" });
  }
  const source = sourceFor(call, paging);
  return new Paginator(source, options) as Paginator<PageItem<Awaited<ReturnType<F>>>>;
}

function notPaged(): ValidationError {
  return new ValidationError("paginate needs a paged SDK method, such as sdk.playlists.getPlaylistItems, and arguments it accepts", { parameter: "method" });
}

function sourceFor(call: PlannedCall, paging: OperationPaging): PageSource<any> {
  const { op, parts } = call;
  // The recorded query keeps its order; only the paging values change.
  const fetch = async (paged: { limit: number; offset?: number }, signal: AbortSignal) => {
    checkPaging(op, paged.limit, paged.offset); // a pageSize the operation does not take
    return pageOf(await call.send({ ...parts, query: { ...parts.query, ...paged }, signal }));
  };
  if (paging.kind === "offset") {
    return {
      kind: "offset",
      pageSize: paging.maxLimit,
      ...(paging.maxOffset !== undefined ? { maxOffset: paging.maxOffset } : {}),
      fetch: (offset, limit, signal) => fetch({ limit, offset }, signal),
    };
  }
  return {
    kind: "cursor",
    pageSize: paging.maxLimit,
    cursorFrom: paging.cursor,
    // The first page keeps the caller's cursors; the next ones follow one, never both (Spotify refuses both).
    fetch: (cursor, limit, signal) =>
      fetch(cursor === undefined ? { limit } : { limit, after: undefined, before: undefined, [paging.cursor]: cursor } as { limit: number }, signal),
  };
}

/** The page of an answer: the answer itself, or the one page it wraps (`{albums: Page}`). */
function pageOf(response: unknown): any {
  if (isPage(response)) return response;
  if (typeof response === "object" && response !== null) {
    for (const value of Object.values(response)) if (isPage(value)) return value;
  }
  // The method is a paged one (checked before): the server answered something else.
  throw new UnexpectedResponseError("paginate: the answer holds no page (no \"items\" array)", {
    status: 200, contentType: "application/json", body: JSON.stringify(response) ?? String(response),
  });
}

function isPage(value: unknown): boolean {
  return typeof value === "object" && value !== null && Array.isArray((value as { items?: unknown }).items);
}

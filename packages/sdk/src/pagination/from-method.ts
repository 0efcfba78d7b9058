/**
 * `paginate(method, ...args)`: walks any paged SDK method, given the arguments before its paging
 * ones.
 * @module
 */
import { UnexpectedResponseError, ValidationError } from "../errors.js";
import type { CursorPage, Page } from "../models/types.js";
import { pagedSpecOf, type PagedSpec } from "./marker.js";
import { Paginator, type PageSource, type PaginateOptions } from "./paginate.js";

/** The item type of a page (offset or cursor). */
export type Unpage<P> = P extends Page<infer T> ? T : P extends CursorPage<infer T> ? T : never;
/** The item type of a paged response (a page, or an object wrapping one: `{albums: Page}`). */
export type PageItem<R> = R extends Page<unknown> | CursorPage<unknown> ? Unpage<R> : Unpage<R[keyof R]>;

/** Any method that resolves to a page. */
export type PagedMethod = (...args: any[]) => Promise<unknown>;

/**
 * Walks the pages of `method` called with `args` (the arguments before its paging ones; paging
 * arguments given are replaced). `method` must be an SDK paged method (`sdk.albums.tracks`, ...).
 * @throws ValidationError when `method` is not a paged SDK method.
 */
export function paginateMethod<F extends PagedMethod>(
  method: F,
  args: readonly unknown[],
  options: PaginateOptions = {},
): Paginator<PageItem<Awaited<ReturnType<F>>>> {
  const spec = pagedSpecOf(method);
  if (!spec) {
    throw new ValidationError("paginate needs a paged SDK method, such as sdk.playlists.getPlaylistItems", { parameter: "method" });
  }
  return new Paginator(sourceFor(method, args, spec), options) as Paginator<PageItem<Awaited<ReturnType<F>>>>;
}

function call(method: PagedMethod, args: readonly unknown[], spec: PagedSpec, set: Record<number, unknown>, signal: AbortSignal) {
  const full = [...args];
  while (full.length <= spec.optionsIndex) full.push(undefined);
  for (const [index, value] of Object.entries(set)) full[Number(index)] = value;
  full[spec.optionsIndex] = { ...(full[spec.optionsIndex] as object | undefined), signal };
  return method(...full).then((response) => {
    const key = typeof spec.unwrap === "function" ? spec.unwrap(args) : spec.unwrap;
    const page = key ? (response as Record<string, unknown> | null)?.[key] : response;
    if (!page || typeof page !== "object" || !Array.isArray((page as { items?: unknown }).items)) {
      // The method is a paged one (checked before): the server answered something else.
      throw new UnexpectedResponseError(`paginate: the answer holds no page${key ? ` under "${key}"` : ""} (no "items" array)`, {
        status: 200, contentType: "application/json", body: JSON.stringify(response) ?? String(response),
      });
    }
    return page;
  });
}

function sourceFor(method: PagedMethod, args: readonly unknown[], spec: PagedSpec): PageSource<any> {
  if (typeof spec.unwrap === "function") spec.unwrap(args); // refuses unusable arguments before any request
  if (spec.kind === "offset") {
    return {
      kind: "offset",
      pageSize: spec.maxLimit,
      ...(spec.maxOffset !== undefined ? { maxOffset: spec.maxOffset } : {}),
      fetch: (offset, limit, signal) =>
        call(method, args, spec, { [spec.limitIndex]: limit, [spec.offsetIndex!]: offset }, signal) as Promise<Page<unknown>>,
    };
  }
  return {
    kind: "cursor",
    pageSize: spec.maxLimit,
    cursorFrom: spec.cursorFrom ?? "after",
    fetch: (cursor, limit, signal) => {
      const set: Record<number, unknown> = { [spec.limitIndex]: limit };
      if (cursor !== undefined) set[spec.cursorIndex!] = spec.cursorArg ? spec.cursorArg(cursor) : cursor;
      return call(method, args, spec, set, signal) as Promise<CursorPage<unknown>>;
    },
  };
}

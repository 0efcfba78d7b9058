/**
 * How `paginate` knows where a paged method takes its `limit`, `offset` or cursor: the method
 * carries a {@link PagedSpec} under a private symbol.
 * @module
 */

/** Where a paged method's paging arguments are, and how its response holds the page. */
export interface PagedSpec {
  /** Offset paging (`limit`, `offset`, `total`) or cursor paging (`cursors`). */
  readonly kind: "offset" | "cursor";
  /** Position of the `limit` argument. */
  readonly limitIndex: number;
  /** Position of the `offset` argument (offset paging). */
  readonly offsetIndex?: number;
  /** Position of the cursor argument (cursor paging). */
  readonly cursorIndex?: number;
  /** Which cursor leads to the next page: `after` (followed artists) or `before` (recently played). */
  readonly cursorFrom?: "after" | "before";
  /** Turns a cursor into the method's argument (recently played takes `{type, timestamp}`). */
  readonly cursorArg?: (cursor: string) => unknown;
  /** Position of the trailing `RequestOptions` argument (for the abort signal). */
  readonly optionsIndex: number;
  /** The largest `limit` the operation accepts: the page size used. */
  readonly maxLimit: number;
  /** The key holding the page when the response wraps it (`{albums: Page}`), or how to find it from the arguments. */
  readonly unwrap?: string | ((args: readonly unknown[]) => string);
  /** The largest `offset` the operation accepts (search: 1000). */
  readonly maxOffset?: number;
}

const PAGED = Symbol.for("spotify-web-api-sdk.paged");

/** Attaches `spec` to `fn`. */
export function markPaged<F extends (...args: never[]) => unknown>(fn: F, spec: PagedSpec): F {
  Object.defineProperty(fn, PAGED, { value: spec });
  return fn;
}

/** The spec attached to `fn`, if it is a paged method. */
export function pagedSpecOf(fn: unknown): PagedSpec | undefined {
  return typeof fn === "function" ? (fn as unknown as Record<symbol, PagedSpec | undefined>)[PAGED] : undefined;
}

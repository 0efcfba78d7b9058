/**
 * Pagination: `Paginator` (items, pages, arrays; bounded concurrency), `paginateMethod` for SDK
 * paged methods.
 * @module
 */
export { Paginator, type PaginateOptions, type PageSource, type OffsetPageFetcher, type CursorPageFetcher } from "./paginate.js";
export { paginateMethod, type PageItem, type PagedMethod, type Unpage } from "./from-method.js";

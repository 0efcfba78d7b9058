// Spotify's offset paging object, with href/next/previous pointing back at the emulator.

/** Query parameters kept in href/next/previous besides offset and limit (market, include_groups...). */
export type ExtraQuery = Record<string, string | undefined>;

function url(base: string, offset: number, limit: number, extra: ExtraQuery): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) q.set(k, v);
  q.set("offset", String(offset));
  q.set("limit", String(limit));
  return `${base}?${q.toString()}`;
}

/** Spotify's offset paging object; `next`/`previous` are null at the ends, as Spotify sends them. */
export interface Paging<T> {
  href: string;
  items: T[];
  limit: number;
  next: string | null;
  offset: number;
  previous: string | null;
  total: number;
}

/**
 * Builds a paging object for `total` items of which `items` (already sliced) start at `offset`.
 * @param base the endpoint URL without query, e.g. `${apiBase}/albums/{id}/tracks`
 */
export function paging<T>(base: string, items: T[], offset: number, limit: number, total: number, extra: ExtraQuery = {}): Paging<T> {
  // With limit 0 (allowed by /artists/{id}/albums) both links would name this same page, and a
  // client following them would never stop.
  const moves = limit > 0;
  return {
    href: url(base, offset, limit, extra),
    items,
    limit,
    next: moves && offset + limit < total ? url(base, offset + limit, limit, extra) : null,
    offset,
    previous: moves && offset > 0 ? url(base, Math.max(0, offset - limit), limit, extra) : null,
    total,
  };
}

/**
 * Drops `next` when it would pass the route's maximum offset (search 1000, playlist lists
 * 100,000): the route refuses that offset with a 400, so the link would lead nowhere.
 */
export function capNext<T>(page: Paging<T>, maxOffset: number): Paging<T> {
  if (page.offset + page.limit > maxOffset) page.next = null;
  return page;
}

/** Pages an index range [0, total) through a mapping function, fetching only the visible slice. */
export function pageRange<T>(base: string, total: number, offset: number, limit: number, item: (i: number) => T, extra: ExtraQuery = {}): Paging<T> {
  const items: T[] = [];
  for (let i = offset; i < Math.min(total, offset + limit); i++) items.push(item(i));
  return paging(base, items, offset, limit, total, extra);
}

/** Pages an in-memory list. */
export function pageList<S, T>(base: string, list: readonly S[], offset: number, limit: number, item: (s: S) => T, extra: ExtraQuery = {}): Paging<T> {
  return paging(base, list.slice(offset, offset + limit).map(item), offset, limit, list.length, extra);
}

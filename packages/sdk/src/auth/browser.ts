/**
 * The little the PKCE strategy needs from a browser page: its query string, a way to remove the
 * returned `code` from the address bar, and a redirect. Reached through `globalThis` so the module
 * loads (and is tree-shaken) anywhere.
 * @module
 */

interface LocationLike {
  href: string;
  search: string;
  assign(url: string): void;
}

interface HistoryLike {
  replaceState(data: unknown, unused: string, url?: string): void;
}

/** The page's location and history, or `undefined` outside a browser page. */
export function browserPage(): { location: LocationLike; history: HistoryLike } | undefined {
  const g = globalThis as { location?: LocationLike; history?: HistoryLike; document?: unknown };
  if (!g.document || !g.location || typeof g.location.search !== "string" || !g.history) return undefined;
  return { location: g.location, history: g.history };
}

const CALLBACK_PARAMS = ["code", "state", "error", "error_description"];

/** Removes the authorization response from the address bar, so a reload does not replay it. */
export function removeCallbackParams(page: { location: LocationLike; history: HistoryLike }): void {
  const url = new URL(page.location.href);
  for (const name of CALLBACK_PARAMS) url.searchParams.delete(name);
  const title = (globalThis as { document?: { title?: string } }).document?.title ?? "";
  page.history.replaceState({}, title, url.search ? url.href : url.href.replace("?", ""));
}

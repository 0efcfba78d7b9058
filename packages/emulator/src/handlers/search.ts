// GET /search: one paging object per requested type; `limit` applies per type.
import { paging } from "../catalog/paging.js";
import { parseQuery } from "../catalog/query.js";
import { SEARCH_TYPES, type SearchType } from "../catalog/search.js";
import { isAvailable } from "../catalog/render.js";
import { int, nov2024, ok, store, view } from "./common.js";
import { findPlaylist, simplifiedPlaylist } from "./playlist-view.js";
import { ApiProblem, type HandlerContext, type HandlerTable } from "./types.js";

const KEYS: Record<SearchType, string> = {
  album: "albums", artist: "artists", playlist: "playlists", track: "tracks", show: "shows", episode: "episodes", audiobook: "audiobooks",
};

/**
 * Rendered answers of recent searches: catalog results never change, so a repeated search only
 * costs serialisation. Keyed by everything that shapes the answer; bounded.
 */
const answers = new WeakMap<object, Map<string, unknown>>();
const ANSWER_CACHE = 200;
const CACHED_ITEMS = 30;

export const searchHandlers: HandlerTable = {
  search: (ctx) => {
    const s = store(ctx);
    const v = view(ctx);
    const key = JSON.stringify([ctx.apiBase, ctx.query.q, ctx.query.type, ctx.query.limit, ctx.query.offset, v.market ?? null, v.nov2024, v.resume, ctx.auth.profile]);
    let cache = answers.get(s.catalog);
    if (!cache) answers.set(s.catalog, (cache = new Map()));
    const hit = cache.get(key);
    if (hit !== undefined) return ok(hit);
    const body = answer(ctx);
    // Only small answers are kept, which bounds the cache to a few MB.
    const items = Object.values(body).reduce<number>((n, page) => n + (page as { items: unknown[] }).items.length, 0);
    if (items <= CACHED_ITEMS) {
      if (cache.size >= ANSWER_CACHE) cache.delete(cache.keys().next().value as string);
      cache.set(key, body);
    }
    return ok(body);
  },
};

function answer(ctx: HandlerContext): Record<string, unknown> {
  const q = (ctx.query.q ?? "").trim();
  if (q === "") throw new ApiProblem(400, "No search query");
  const types = (ctx.query.type ?? "").split(",").map((t) => t.trim());
  if (types.length === 0 || types.some((t) => !(SEARCH_TYPES as readonly string[]).includes(t))) throw new ApiProblem(400, "Bad search type field");
  const maxLimit = ctx.auth.profile === "dev-2026" ? 10 : 50;
  const limit = int(ctx, "limit", ctx.auth.profile === "dev-2026" ? 5 : 20, 0, maxLimit);
  const offset = int(ctx, "offset", 0, 0, 1000);
  const s = store(ctx);
  const v = view(ctx);
  const parsed = parseQuery(q);
  const hideEditorial = nov2024(ctx);
  const out: Record<string, unknown> = {};
  for (const type of new Set(types) as Set<SearchType>) {
    let matches = s.search.search(type, parsed);
    if (type === "playlist" && hideEditorial) matches = matches.filter((i) => !s.catalog.playlist(i).editorial);
    if ((type === "track" || type === "album") && v.market) {
      matches = matches.filter((i) => isAvailable(s.catalog.album(type === "track" ? s.catalog.albumOfTrack(i) : i), v.market));
    }
    const slice = matches.slice(offset, offset + limit);
    const items = slice.map((i) => {
      switch (type) {
        case "track": return s.render.track(i, v);
        case "album": return s.render.albumSimple(i, v);
        case "artist": return s.render.artist(i, v);
        case "playlist": return simplifiedPlaylist(ctx, findPlaylist(ctx, s.catalog.id("playlist", i)));
        case "show": return s.render.showSimple(i, v);
        case "episode": return s.render.episodeSimple(i, v);
        case "audiobook": return s.render.audiobookSimple(i, v);
      }
    });
    out[KEYS[type]] = paging(`${ctx.apiBase}/search`, items, offset, limit, matches.length, { q, type, market: ctx.query.market });
  }
  return out;
}

// GET /search: one paging object per requested type; `limit` applies per type.
import { capNext, paging } from "../catalog/paging.js";
import { MAX_QUERY_LENGTH, parseQuery } from "../catalog/query.js";
import { SEARCH_TYPES, type SearchType } from "../catalog/search.js";
import { isAvailable } from "../catalog/render.js";
import { int, nov2024, ok, store, view } from "./common.js";
import { findPlaylist, simplifiedPlaylist } from "./playlist-view.js";
import { ApiProblem, type HandlerContext, type HandlerTable } from "./types.js";

const KEYS: Record<SearchType, string> = {
  album: "albums", artist: "artists", playlist: "playlists", track: "tracks", show: "shows", episode: "episodes", audiobook: "audiobooks",
};

/** The spec's maximum `offset`. */
const MAX_OFFSET = 1000;

// Rendered answers are cached once, by the platform's response cache (webapi/response-cache.ts);
// the search index keeps its own result lists, so an uncached search (with playlists) stays cheap.
export const searchHandlers: HandlerTable = {
  search: (ctx) => ok(answer(ctx)),
};

function answer(ctx: HandlerContext): Record<string, unknown> {
  const q = (ctx.query.q ?? "").trim();
  if (q === "") throw new ApiProblem(400, "No search query");
  if (q.length > MAX_QUERY_LENGTH) throw new ApiProblem(400, `Query too long: the emulator searches at most ${MAX_QUERY_LENGTH} characters`);
  const types = (ctx.query.type ?? "").split(",").map((t) => t.trim());
  if (types.length === 0 || types.some((t) => !(SEARCH_TYPES as readonly string[]).includes(t))) throw new ApiProblem(400, "Bad search type field");
  const maxLimit = ctx.auth.profile === "dev-2026" ? 10 : 50;
  const limit = int(ctx, "limit", ctx.auth.profile === "dev-2026" ? 5 : 20, 0, maxLimit);
  const offset = int(ctx, "offset", 0, 0, MAX_OFFSET);
  const s = store(ctx);
  // Externally hosted episodes are marked unplayable unless the client says it plays them (spec).
  const v = { ...view(ctx), externalUnplayable: ctx.query.include_external !== "audio" };
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
    out[KEYS[type]] = capNext(paging(`${ctx.apiBase}/search`, items, offset, limit, matches.length, { q, type, market: ctx.query.market, include_external: ctx.query.include_external }), MAX_OFFSET);
  }
  return out;
}

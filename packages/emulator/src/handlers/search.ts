// GET /search: one paging object per requested type; `limit` applies per type.
import { capNext, paging } from "../catalog/paging.js";
import { MAX_QUERY_LENGTH, parseQuery } from "../catalog/query.js";
import { SEARCH_TYPES, type SearchType } from "../catalog/search.js";
import { drive, filterSteps } from "../catalog/slices.js";
import { isAvailable } from "../catalog/render.js";
import { int, nov2024, ok, store, view } from "./common.js";
import { findPlaylist, simplifiedPlaylist } from "./playlist-view.js";
import { ApiProblem, type HandlerContext, type HandlerTable } from "./types.js";

const KEYS: Record<SearchType, string> = {
  album: "albums", artist: "artists", playlist: "playlists", track: "tracks", show: "shows", episode: "episodes", audiobook: "audiobooks",
};

/** The spec's maximum `offset`. */
const MAX_OFFSET = 1000;

/**
 * GET /search. Rendered answers are cached once, by the platform's response cache
 * (http/answer-cache.ts, by the rules of webapi/cacheable.ts); the search index keeps its own
 * result lists, and fixture playlists have a word index of their own (state/playlist-map.ts), so
 * an uncached search (with playlists) stays cheap.
 */
export const searchHandlers: HandlerTable = {
  search: async (ctx) => ok(await answer(ctx)),
};

// Async so a broad search is worked through a slice per event-loop turn (catalog/slices.ts): other
// requests are answered meanwhile.
async function answer(ctx: HandlerContext): Promise<Record<string, unknown>> {
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
    let matches = await s.search.searchAsync(type, parsed);
    if (type === "playlist" && hideEditorial) matches = matches.filter((i) => !s.catalog.playlist(i).editorial);
    if ((type === "track" || type === "album") && v.market) {
      const market = v.market;
      matches = await drive(filterSteps(matches, (i) => isAvailable(s.catalog.album(type === "track" ? s.catalog.albumOfTrack(i) : i), market)));
    }
    if (type === "playlist") {
      // Fixture playlists are the emulator's playlists, not catalog records: found by the words of
      // their name or owner's name, with the index's rules.
      const fixtures = s.playlists.searchFixtures([...parsed.terms, ...parsed.artist, ...parsed.album, ...parsed.track], hideEditorial);
      const ids = [...fixtures, ...matches.map((i) => s.catalog.id("playlist", i))];
      const items = ids.slice(offset, offset + limit).map((id) => simplifiedPlaylist(ctx, findPlaylist(ctx, id)));
      out.playlists = capNext(paging(`${ctx.apiBase}/search`, items, offset, limit, ids.length, { q, type, market: ctx.query.market, include_external: ctx.query.include_external }), MAX_OFFSET);
      continue;
    }
    const slice = matches.slice(offset, offset + limit);
    const items = slice.map((i) => {
      switch (type) {
        case "track": return s.render.track(i, v);
        case "album": return s.render.albumSimple(i, v);
        case "artist": return s.render.artist(i, v);
        case "show": return s.render.showSimple(i, v);
        case "episode": return s.render.episodeSimple(i, v);
        case "audiobook": return s.render.audiobookSimple(i, v);
      }
    });
    out[KEYS[type]] = capNext(paging(`${ctx.apiBase}/search`, items, offset, limit, matches.length, { q, type, market: ctx.query.market, include_external: ctx.query.include_external }), MAX_OFFSET);
  }
  return out;
}

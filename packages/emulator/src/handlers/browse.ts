// Browse (categories, featured and category playlists), markets, genre seeds, recommendations.
import { attributes } from "../catalog/analysis.js";
import { pageList } from "../catalog/paging.js";
import { hash32, hashString, Rng } from "../catalog/prng.js";
import { CATEGORIES, GENRES, MARKETS } from "../catalog/words.js";
import { rebase } from "../fixtures/dress.js";
import { int, list, lookup, nov2024, ok, store, view, pageParams } from "./common.js";
import { findPlaylist, simplifiedPlaylist } from "./playlist-view.js";
import { ApiProblem, type HandlerContext, type HandlerTable } from "./types.js";

/** Fixture categories first, then the synthetic ones (none with fixturesOnly). */
function categoryIds(ctx: HandlerContext): string[] {
  const s = store(ctx);
  const own = [...s.fixtures.categories.keys()];
  return s.catalog.synthetic ? [...own, ...CATEGORIES.map((c) => c.id).filter((id) => !s.fixtures.categories.has(id))] : own;
}

function findCategory(ctx: HandlerContext, id: string): Record<string, unknown> {
  if (!categoryIds(ctx).includes(id)) throw new ApiProblem(404, "Resource not found");
  return renderCategory(ctx, id);
}

/** A category of {@link categoryIds}. */
function renderCategory(ctx: HandlerContext, id: string): Record<string, unknown> {
  const fixture = store(ctx).fixtures.categories.get(id);
  return fixture ? (rebase(fixture, ctx.apiBase) as Record<string, unknown>) : category(ctx, CATEGORIES.findIndex((c) => c.id === id));
}

/** The genre seeds: the fixtures' list when one was loaded, otherwise the synthetic catalog's. */
function genres(ctx: HandlerContext): string[] {
  const own = store(ctx).fixtures.genres;
  return own.size > 0 ? [...own] : [...GENRES];
}

function category(ctx: HandlerContext, index: number): Record<string, unknown> {
  const c = CATEGORIES[index];
  return {
    href: `${ctx.apiBase}/browse/categories/${c.id}`,
    icons: [{ url: `https://t.scdn.co/images/${hash32(index, 77).toString(16)}.jpeg`, height: 274, width: 274 }],
    id: c.id,
    name: c.name,
  };
}

function editorial(ctx: HandlerContext, inCategory?: number): string[] {
  const s = store(ctx);
  const out: string[] = [];
  for (let i = 0; i < (s.catalog.synthetic ? s.catalog.sizes.editorialPlaylists : 0); i++) {
    if (inCategory === undefined || s.catalog.playlist(i).category === inCategory) out.push(s.catalog.id("playlist", i));
  }
  return out;
}

function playlistsPage(ctx: HandlerContext, base: string, ids: string[]) {
  const { limit, offset } = pageParams(ctx);
  // With the Nov 2024 switch on, editorial playlists are hidden (their ids would answer 404).
  const visible = nov2024(ctx) ? [] : ids;
  return pageList(base, visible, offset, limit, (id) => simplifiedPlaylist(ctx, findPlaylist(ctx, id)), { locale: ctx.query.locale });
}

const RANGES = ["acousticness", "danceability", "duration_ms", "energy", "instrumentalness", "key", "liveness", "loudness", "mode", "popularity", "speechiness", "tempo", "time_signature", "valence"];

/**
 * Browse and recommendations: categories, featured and category playlists, markets, genre seeds, and
 * recommendations filtered by the tunable attributes.
 */
export const browseHandlers: HandlerTable = {
  "get-categories": (ctx) => {
    const { limit, offset } = pageParams(ctx);
    return ok({ categories: pageList(`${ctx.apiBase}/browse/categories`, categoryIds(ctx), offset, limit, (id) => renderCategory(ctx, id), { locale: ctx.query.locale }) });
  },
  "get-a-category": (ctx) => ok(findCategory(ctx, ctx.params.category_id)),
  "get-a-categories-playlists": (ctx) => {
    const fixture = findCategory(ctx, ctx.params.category_id);
    const index = CATEGORIES.findIndex((c) => c.id === ctx.params.category_id);
    if (index < 0) return ok({ message: fixture.name, playlists: playlistsPage(ctx, `${ctx.apiBase}/browse/categories/${ctx.params.category_id}/playlists`, []) });
    return ok({ message: CATEGORIES[index].name, playlists: playlistsPage(ctx, `${ctx.apiBase}/browse/categories/${CATEGORIES[index].id}/playlists`, editorial(ctx, index)) });
  },
  "get-featured-playlists": (ctx) => ok({ message: "Popular Playlists", playlists: playlistsPage(ctx, `${ctx.apiBase}/browse/featured-playlists`, editorial(ctx).slice(0, 50)) }),
  "get-available-markets": (ctx) => ok({ markets: store(ctx).fixtures.markets.size > 0 ? [...store(ctx).fixtures.markets] : [...MARKETS] }),
  "get-recommendation-genres": (ctx) => ok({ genres: genres(ctx) }),
  "get-recommendations": (ctx) => {
    const s = store(ctx);
    const seedArtists = ctx.query.seed_artists ? list(ctx, "seed_artists", 5) : [];
    const seedTracks = ctx.query.seed_tracks ? list(ctx, "seed_tracks", 5) : [];
    const seedGenres = ctx.query.seed_genres ? list(ctx, "seed_genres", 5) : [];
    const total = seedArtists.length + seedTracks.length + seedGenres.length;
    if (total === 0) throw new ApiProblem(400, "At least one seed must be provided");
    if (total > 5) throw new ApiProblem(400, "Too many seeds provided (at most 5)");
    const artists = seedArtists.map((id) => lookup(ctx, "artist", id));
    const tracks = seedTracks.map((id) => lookup(ctx, "track", id));
    for (const g of seedGenres) if (!GENRES.includes(g) && !s.fixtures.genres.has(g)) throw new ApiProblem(400, `Invalid genre seed: ${g}`);
    const limit = int(ctx, "limit", 20, 1, 100);
    const checks: Array<(a: Record<string, number>) => boolean> = [];
    for (const name of RANGES) {
      const min = ctx.query[`min_${name}`];
      const max = ctx.query[`max_${name}`];
      if (min !== undefined) checks.push((a) => a[name] >= Number(min));
      if (max !== undefined) checks.push((a) => a[name] <= Number(max));
    }
    // The pool: the seed artists' top tracks, the seed tracks' albums, then tracks picked from the seeds.
    const pool: number[] = [];
    for (const a of artists) pool.push(...s.catalog.artistTopTracks(a));
    for (const t of tracks) {
      const [from, to] = s.catalog.albumTrackRange(s.catalog.albumOfTrack(t));
      for (let i = from; i < to; i++) if (i !== t) pool.push(i);
    }
    const rng = new Rng(hashString(ctx.query.seed_artists + "|" + ctx.query.seed_tracks + "|" + ctx.query.seed_genres, s.catalog.seed));
    const first = s.catalog.first("track");
    const n = s.catalog.end("track") - first;
    for (let i = 0; n > 0 && i < limit * 20; i++) pool.push(first + rng.int(n));
    const chosen: number[] = [];
    for (const t of new Set(pool)) {
      if (chosen.length >= limit) break;
      if (checks.length === 0 || checks.every((c) => c(attributes(s.catalog, t)))) chosen.push(t);
    }
    const v = view(ctx);
    const seeds = [
      ...seedArtists.map((id) => ({ type: "ARTIST", id, href: `${ctx.apiBase}/artists/${id}` })),
      ...seedTracks.map((id) => ({ type: "TRACK", id, href: `${ctx.apiBase}/tracks/${id}` })),
      ...seedGenres.map((id) => ({ type: "GENRE", id, href: null })),
    ].map((seed) => ({ ...seed, initialPoolSize: pool.length, afterFilteringSize: chosen.length, afterRelinkingSize: chosen.length }));
    return ok({ seeds, tracks: chosen.map((t) => s.render.track(t, v)) });
  },
};

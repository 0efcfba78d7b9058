// Browse (categories, featured and category playlists), markets, genre seeds, recommendations.
import { attributes } from "../catalog/analysis.js";
import { pageList } from "../catalog/paging.js";
import { hash32, hashString, Rng } from "../catalog/prng.js";
import { CATEGORIES, GENRES, MARKETS } from "../catalog/words.js";
import { int, list, lookup, nov2024, ok, store, view, pageParams } from "./common.js";
import { findPlaylist, simplifiedPlaylist } from "./playlist-view.js";
import { ApiProblem, type HandlerContext, type HandlerTable } from "./types.js";

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
  for (let i = 0; i < s.catalog.sizes.editorialPlaylists; i++) {
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

export const browseHandlers: HandlerTable = {
  "get-categories": (ctx) => {
    const { limit, offset } = pageParams(ctx);
    const indices = CATEGORIES.map((_, i) => i);
    return ok({ categories: pageList(`${ctx.apiBase}/browse/categories`, indices, offset, limit, (i) => category(ctx, i), { locale: ctx.query.locale }) });
  },
  "get-a-category": (ctx) => {
    const index = CATEGORIES.findIndex((c) => c.id === ctx.params.category_id);
    if (index < 0) throw new ApiProblem(404, "Resource not found");
    return ok(category(ctx, index));
  },
  "get-a-categories-playlists": (ctx) => {
    const index = CATEGORIES.findIndex((c) => c.id === ctx.params.category_id);
    if (index < 0) throw new ApiProblem(404, "Resource not found");
    return ok({ message: CATEGORIES[index].name, playlists: playlistsPage(ctx, `${ctx.apiBase}/browse/categories/${CATEGORIES[index].id}/playlists`, editorial(ctx, index)) });
  },
  "get-featured-playlists": (ctx) => ok({ message: "Popular Playlists", playlists: playlistsPage(ctx, `${ctx.apiBase}/browse/featured-playlists`, editorial(ctx).slice(0, 50)) }),
  "get-available-markets": () => ok({ markets: [...MARKETS] }),
  "get-recommendation-genres": () => ok({ genres: [...GENRES] }),
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
    for (const g of seedGenres) if (!GENRES.includes(g)) throw new ApiProblem(400, `Invalid genre seed: ${g}`);
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
    for (let i = 0; i < limit * 20; i++) pool.push(rng.int(s.catalog.sizes.tracks));
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

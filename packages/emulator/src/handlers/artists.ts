// Artists: get one, several, their albums, top tracks and related artists.
import { pageList } from "../catalog/paging.js";
import { isAvailable } from "../catalog/render.js";
import { ApiProblem, type HandlerTable } from "./types.js";
import { list, lookup, lookupMany, ok, store, view, pageParams } from "./common.js";

const GROUPS = ["album", "single", "appears_on", "compilation"] as const;

/** The artist operations: artists, their albums by `include_groups`, top tracks and related artists. */
export const artistHandlers: HandlerTable = {
  "get-an-artist": (ctx) => {
    const index = lookup(ctx, "artist", ctx.params.id);
    return ok(store(ctx).render.artist(index, view(ctx)));
  },
  "get-multiple-artists": (ctx) => {
    const v = view(ctx);
    const r = store(ctx).render;
    return ok({ artists: lookupMany(ctx, "artist", list(ctx, "ids", 50)).map((i) => (i === null ? null : r.artist(i, v))) });
  },
  "get-an-artists-albums": (ctx) => {
    const artist = lookup(ctx, "artist", ctx.params.id);
    const s = store(ctx);
    const maxLimit = ctx.auth.profile === "dev-2026" ? 10 : 50;
    const { limit, offset } = pageParams(ctx, ctx.auth.profile === "dev-2026" ? 5 : 20, maxLimit);
    const raw = ctx.query.include_groups;
    const groups = raw ? raw.split(",").map((g) => g.trim()) : [...GROUPS];
    if (groups.some((g) => !(GROUPS as readonly string[]).includes(g))) throw new ApiProblem(400, "Invalid include_groups");
    const v = view(ctx);
    const own = s.catalog.artistAlbums(artist).map((a) => ({ a, group: s.catalog.album(a).type as string }));
    // With a market, albums not licensed there are left out.
    const entries = [
      ...own.filter((e) => groups.includes(e.group)),
      ...(groups.includes("appears_on") ? s.catalog.artistAppearsOn(artist).map((a) => ({ a, group: "appears_on" })) : []),
    ].filter((e) => isAvailable(s.catalog.album(e.a), v.market));
    const extra = { include_groups: raw, market: ctx.query.market };
    return ok(pageList(`${ctx.apiBase}/artists/${ctx.params.id}/albums`, entries, offset, limit, (e) => s.render.albumSimple(e.a, v, e.group), extra));
  },
  "get-an-artists-top-tracks": (ctx) => {
    const artist = lookup(ctx, "artist", ctx.params.id);
    const s = store(ctx);
    const v = view(ctx);
    return ok({ tracks: s.catalog.artistTopTracks(artist).map((t) => s.render.track(t, v)) });
  },
  "get-an-artists-related-artists": (ctx) => {
    const artist = lookup(ctx, "artist", ctx.params.id);
    const s = store(ctx);
    const v = view(ctx);
    return ok({ artists: s.catalog.relatedArtists(artist).map((a) => s.render.artist(a, v)) });
  },
};

// Albums: get one, several, an album's tracks, new releases.
import { pageList } from "../catalog/paging.js";
import { list, lookup, lookupMany, ok, store, view, pageParams } from "./common.js";
import type { HandlerTable } from "./types.js";

/** The album operations: one or several albums, an album's tracks and new releases, from the catalog and fixtures. */
export const albumHandlers: HandlerTable = {
  "get-an-album": (ctx) => {
    const index = lookup(ctx, "album", ctx.params.id);
    return ok(store(ctx).render.album(index, view(ctx)));
  },
  "get-multiple-albums": (ctx) => {
    const v = view(ctx);
    const r = store(ctx).render;
    return ok({ albums: lookupMany(ctx, "album", list(ctx, "ids", 20)).map((i) => (i === null ? null : r.album(i, v))) });
  },
  "get-an-albums-tracks": (ctx) => {
    const index = lookup(ctx, "album", ctx.params.id);
    const { limit, offset } = pageParams(ctx);
    return ok(store(ctx).render.albumTracks(index, view(ctx), offset, limit));
  },
  "get-new-releases": (ctx) => {
    const s = store(ctx);
    const { limit, offset } = pageParams(ctx);
    const v = view(ctx);
    const fresh = s.newReleases();
    return ok({ albums: pageList(`${ctx.apiBase}/browse/new-releases`, fresh, offset, limit, (i) => s.render.albumSimple(i, v)) });
  },
};

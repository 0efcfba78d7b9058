// Shows and episodes.
import { list, lookup, lookupMany, ok, store, view, pageParams } from "./common.js";
import type { HandlerTable } from "./types.js";

/** The show and episode operations (the saved ones live with the library). */
export const showHandlers: HandlerTable = {
  "get-a-show": (ctx) => ok(store(ctx).render.show(lookup(ctx, "show", ctx.params.id), view(ctx))),
  "get-multiple-shows": (ctx) => {
    const v = view(ctx);
    const r = store(ctx).render;
    return ok({ shows: lookupMany(ctx, "show", list(ctx, "ids", 50)).map((i) => (i === null ? null : r.showSimple(i, v))) });
  },
  "get-a-shows-episodes": (ctx) => {
    const index = lookup(ctx, "show", ctx.params.id);
    const { limit, offset } = pageParams(ctx);
    return ok(store(ctx).render.showEpisodes(index, view(ctx), offset, limit));
  },
  "get-an-episode": (ctx) => ok(store(ctx).render.episode(lookup(ctx, "episode", ctx.params.id), view(ctx))),
  "get-multiple-episodes": (ctx) => {
    const v = view(ctx);
    const r = store(ctx).render;
    return ok({ episodes: lookupMany(ctx, "episode", list(ctx, "ids", 50)).map((i) => (i === null ? null : r.episode(i, v))) });
  },
};

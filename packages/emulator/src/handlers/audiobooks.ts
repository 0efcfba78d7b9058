// Audiobooks and chapters.
import { list, lookup, lookupMany, ok, store, view, pageParams } from "./common.js";
import type { HandlerTable } from "./types.js";

/** The audiobook and chapter operations (the saved-audiobooks ones live with the library). */
export const audiobookHandlers: HandlerTable = {
  "get-an-audiobook": (ctx) => ok(store(ctx).render.audiobook(lookup(ctx, "audiobook", ctx.params.id), view(ctx))),
  "get-multiple-audiobooks": (ctx) => {
    const v = view(ctx);
    const r = store(ctx).render;
    return ok({ audiobooks: lookupMany(ctx, "audiobook", list(ctx, "ids", 50)).map((i) => (i === null ? null : r.audiobook(i, v))) });
  },
  "get-audiobook-chapters": (ctx) => {
    const index = lookup(ctx, "audiobook", ctx.params.id);
    const { limit, offset } = pageParams(ctx);
    return ok(store(ctx).render.audiobookChapters(index, view(ctx), offset, limit));
  },
  "get-a-chapter": (ctx) => ok(store(ctx).render.chapter(lookup(ctx, "chapter", ctx.params.id), view(ctx))),
  "get-several-chapters": (ctx) => {
    const v = view(ctx);
    const r = store(ctx).render;
    return ok({ chapters: lookupMany(ctx, "chapter", list(ctx, "ids", 50)).map((i) => (i === null ? null : r.chapter(i, v))) });
  },
};

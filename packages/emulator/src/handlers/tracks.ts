// Tracks, audio features and audio analysis.
import { analysis, features } from "../catalog/analysis.js";
import { list, lookup, lookupMany, ok, store, view } from "./common.js";
import type { HandlerTable } from "./types.js";

/**
 * The track operations: one or several tracks (relinked for a market where the app's profile allows), audio
 * features and analysis.
 */
export const trackHandlers: HandlerTable = {
  "get-track": (ctx) => {
    const index = lookup(ctx, "track", ctx.params.id);
    return ok(store(ctx).render.track(index, view(ctx)));
  },
  "get-several-tracks": (ctx) => {
    const v = view(ctx);
    const r = store(ctx).render;
    return ok({ tracks: lookupMany(ctx, "track", list(ctx, "ids", 50)).map((i) => (i === null ? null : r.track(i, v))) });
  },
  "get-audio-features": (ctx) => {
    const index = lookup(ctx, "track", ctx.params.id);
    return ok(features(store(ctx).catalog, index, ctx.apiBase));
  },
  "get-several-audio-features": (ctx) => {
    const c = store(ctx).catalog;
    return ok({ audio_features: lookupMany(ctx, "track", list(ctx, "ids", 100)).map((i) => (i === null ? null : features(c, i, ctx.apiBase))) });
  },
  "get-audio-analysis": (ctx) => {
    const index = lookup(ctx, "track", ctx.params.id);
    return ok(analysis(store(ctx).catalog, index));
  },
};

// Follows: artists and users (cursor-paged list of followed artists), playlists.
import { isBase62Id } from "../catalog/ids.js";
import { emptyOk, int, list, me, noContent, ok, store, view } from "./common.js";
import { findPlaylist } from "./playlist-view.js";
import { ApiProblem, type HandlerContext, type HandlerTable } from "./types.js";

function followType(ctx: HandlerContext): "artist" | "user" {
  const type = ctx.query.type;
  if (type !== "artist" && type !== "user") throw new ApiProblem(400, "Invalid type");
  return type;
}

function targets(ctx: HandlerContext, type: "artist" | "user"): string[] {
  const ids = list(ctx, "ids", 50);
  if (type === "artist") for (const id of ids) if (!isBase62Id(id)) throw new ApiProblem(400, "invalid id");
  return ids;
}

/**
 * Following artists, users and playlists: follow, unfollow, check and the cursor-paged list of followed
 * artists.
 */
export const followHandlers: HandlerTable = {
  "get-followed": (ctx) => {
    if (ctx.query.type !== "artist") throw new ApiProblem(400, "Only the type artist is supported");
    const s = store(ctx);
    const limit = int(ctx, "limit", 20, 1, 50);
    const after = ctx.query.after;
    // Ordered by id, so that `after` (the last id of the previous page) stays a stable cursor.
    const all = [...s.user(me(ctx)).library.follows.artist.keys()].filter((id) => s.catalog.indexOf("artist", id) !== undefined).sort();
    const rest = after ? all.filter((id) => id > after) : all;
    const page = rest.slice(0, limit);
    const v = view(ctx);
    const base = `${ctx.apiBase}/me/following`;
    const last = page[page.length - 1];
    const q = (extra: string) => `${base}?type=artist${extra}&limit=${limit}`;
    return ok({
      artists: {
        href: q(after ? `&after=${after}` : ""),
        items: page.map((id) => s.render.artist(s.catalog.indexOf("artist", id)!, v)),
        limit,
        next: rest.length > limit && last ? q(`&after=${last}`) : null,
        cursors: last ? { after: last } : {},
        total: all.length,
      },
    });
  },
  "follow-artists-users": (ctx) => {
    const type = followType(ctx);
    const lib = store(ctx).user(me(ctx)).library;
    const now = ctx.now();
    for (const id of targets(ctx, type)) {
      if (type === "artist" && store(ctx).catalog.indexOf("artist", id) === undefined) continue;
      lib.add(lib.follows[type], id, now);
    }
    return noContent;
  },
  "unfollow-artists-users": (ctx) => {
    const type = followType(ctx);
    const lib = store(ctx).user(me(ctx)).library;
    for (const id of targets(ctx, type)) lib.follows[type].delete(id);
    return noContent;
  },
  "check-current-user-follows": (ctx) => {
    const type = followType(ctx);
    const lib = store(ctx).user(me(ctx)).library;
    return ok(targets(ctx, type).map((id) => lib.follows[type].has(id)));
  },
  "follow-playlist": (ctx) => {
    const ref = findPlaylist(ctx, ctx.params.playlist_id);
    const lib = store(ctx).user(me(ctx)).library;
    lib.add(lib.follows.playlist, ref.id, ctx.now());
    return emptyOk;
  },
  "unfollow-playlist": (ctx) => {
    const ref = findPlaylist(ctx, ctx.params.playlist_id);
    store(ctx).user(me(ctx)).library.follows.playlist.delete(ref.id);
    return emptyOk;
  },
  "check-if-user-follows-playlist": (ctx) => {
    const ref = findPlaylist(ctx, ctx.params.playlist_id);
    // Without `ids` the question is about the caller, which an app token cannot be.
    const ids = ctx.query.ids || ctx.auth.userId === undefined ? list(ctx, "ids", 1) : [me(ctx)];
    const s = store(ctx);
    return ok(ids.map((userId) => (ctx.state.users.has(userId) ? s.user(userId).library.follows.playlist.has(ref.id) : false)));
  },
};

// The user's library: per-type saved items (the pre-2026 endpoints) and the 2026 /me/library.
import { isBase62Id, type KindName } from "../catalog/ids.js";
import { pageList } from "../catalog/paging.js";
import { parseUri } from "../catalog/uris.js";
import type { SavedKind } from "../state/library.js";
import { emptyOk, iso, list, me, ok, store, view, pageParams } from "./common.js";
import { findPlaylist, knownUser } from "./playlist-view.js";
import { ApiProblem, type HandlerContext, type HandlerTable } from "./types.js";

const MAX_LIBRARY_URIS = 40;

function idsFor(ctx: HandlerContext): string[] {
  const ids = list(ctx, "ids", 50);
  for (const id of ids) if (!isBase62Id(id)) throw new ApiProblem(400, "invalid id");
  return ids;
}

function known(ctx: HandlerContext, kind: KindName, id: string): boolean {
  return store(ctx).catalog.indexOf(kind, id) !== undefined;
}

function savedList(kind: SavedKind, path: string, key: string) {
  return (ctx: HandlerContext) => {
    const s = store(ctx);
    const lib = s.user(me(ctx)).library;
    const { limit, offset } = pageParams(ctx);
    const v = view(ctx);
    const render = (id: string) => {
      const i = s.catalog.indexOf(kind, id)!;
      switch (kind) {
        case "track": return s.render.track(i, v);
        case "album": return s.render.album(i, v);
        case "episode": return s.render.episode(i, v);
        case "show": return s.render.showSimple(i, v);
        case "audiobook": return s.render.audiobook(i, v);
      }
    };
    const entries = lib.list(lib.saved[kind]).filter(([id]) => known(ctx, kind, id));
    return ok(pageList(`${ctx.apiBase}/me/${path}`, entries, offset, limit, ([id, at]) => ({ added_at: iso(at), [key]: render(id) }), { market: ctx.query.market }));
  };
}

function save(kind: SavedKind) {
  return (ctx: HandlerContext) => {
    const lib = store(ctx).user(me(ctx)).library;
    const now = ctx.now();
    const body = ctx.body as { timestamped_ids?: Array<{ id: string; added_at: string }> } | undefined;
    if (kind === "track" && ctx.query.ids === undefined && Array.isArray(body?.timestamped_ids)) {
      if (body.timestamped_ids.length > 50) throw new ApiProblem(400, "Too many ids requested");
      for (const t of body.timestamped_ids) {
        if (typeof t !== "object" || t === null || typeof t.id !== "string" || typeof t.added_at !== "string") throw new ApiProblem(400, "Invalid timestamped_ids");
        const at = Date.parse(t.added_at);
        if (!isBase62Id(t.id) || Number.isNaN(at)) throw new ApiProblem(400, "invalid id");
        if (known(ctx, kind, t.id)) lib.saved.track.set(t.id, at);
      }
      return emptyOk;
    }
    for (const id of idsFor(ctx)) if (known(ctx, kind, id)) lib.add(lib.saved[kind], id, now);
    return emptyOk;
  };
}

function remove(kind: SavedKind) {
  return (ctx: HandlerContext) => {
    const lib = store(ctx).user(me(ctx)).library;
    for (const id of idsFor(ctx)) lib.saved[kind].delete(id);
    return emptyOk;
  };
}

function contains(kind: SavedKind) {
  return (ctx: HandlerContext) => {
    const lib = store(ctx).user(me(ctx)).library;
    return ok(idsFor(ctx).map((id) => lib.saved[kind].has(id)));
  };
}

type Slot = { map: Map<string, number>; id: string };

/** Where a /me/library URI lives in the user's data (artists only for contains, §3.3; saving them is accepted too). */
function slot(ctx: HandlerContext, uri: string): Slot {
  const parsed = parseUri(uri);
  if (!parsed) throw new ApiProblem(400, `Invalid URI: ${uri}`);
  const lib = store(ctx).user(me(ctx)).library;
  const { type, id } = parsed;
  if (type === "user") return { map: lib.follows.user, id };
  if (!isBase62Id(id)) throw new ApiProblem(400, "invalid id");
  if (type === "playlist") return { map: lib.follows.playlist, id };
  if (type === "artist") return { map: lib.follows.artist, id };
  if (type === "track" || type === "album" || type === "episode" || type === "show" || type === "audiobook") return { map: lib.saved[type], id };
  throw new ApiProblem(400, `Unsupported URI type: ${type}`);
}

function libraryUris(ctx: HandlerContext): string[] {
  return list(ctx, "uris", MAX_LIBRARY_URIS);
}

function exists(ctx: HandlerContext, uri: string): boolean {
  const p = parseUri(uri)!;
  if (p.type === "user") return knownUser(ctx, p.id);
  if (p.type === "playlist") {
    try {
      findPlaylist(ctx, p.id);
      return true;
    } catch {
      return false;
    }
  }
  return known(ctx, p.type as KindName, p.id);
}

/**
 * The user's library: saved tracks, albums, episodes, shows and audiobooks (list, save, remove, check), and
 * the URI-based library operations of February 2026.
 */
export const libraryHandlers: HandlerTable = {
  "get-users-saved-tracks": savedList("track", "tracks", "track"),
  "get-users-saved-albums": savedList("album", "albums", "album"),
  "get-users-saved-episodes": savedList("episode", "episodes", "episode"),
  "get-users-saved-shows": savedList("show", "shows", "show"),
  "get-users-saved-audiobooks": savedList("audiobook", "audiobooks", "audiobook"),
  "save-tracks-user": save("track"),
  "save-albums-user": save("album"),
  "save-episodes-user": save("episode"),
  "save-shows-user": save("show"),
  "save-audiobooks-user": save("audiobook"),
  "remove-tracks-user": remove("track"),
  "remove-albums-user": remove("album"),
  "remove-episodes-user": remove("episode"),
  "remove-shows-user": remove("show"),
  "remove-audiobooks-user": remove("audiobook"),
  "check-users-saved-tracks": contains("track"),
  "check-users-saved-albums": contains("album"),
  "check-users-saved-episodes": contains("episode"),
  "check-users-saved-shows": contains("show"),
  "check-users-saved-audiobooks": contains("audiobook"),
  "save-library-items": (ctx) => {
    const uris = libraryUris(ctx);
    const slots = uris.map((u) => slot(ctx, u));
    const now = ctx.now();
    uris.forEach((uri, i) => {
      if (exists(ctx, uri) && !slots[i].map.has(slots[i].id)) slots[i].map.set(slots[i].id, now);
    });
    return emptyOk;
  },
  "remove-library-items": (ctx) => {
    for (const s of libraryUris(ctx).map((u) => slot(ctx, u))) s.map.delete(s.id);
    return emptyOk;
  },
  "check-library-contains": (ctx) => ok(libraryUris(ctx).map((u) => slot(ctx, u)).map((s) => s.map.has(s.id))),
};


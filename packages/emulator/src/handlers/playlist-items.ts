// Playlist items: list, add (201), replace or reorder, remove; `/items` and the deprecated
// `/tracks` share the code. Every change bumps the snapshot (behaviour.md §2.9).
import { isBase62Id } from "../catalog/ids.js";
import { isLocalUri, parseUri } from "../catalog/uris.js";
import type { PlaylistItem, UserPlaylist } from "../state/playlists.js";
import { int, me, ok, store, view, pageParams } from "./common.js";
import { applyFields, parseFields } from "./fields.js";
import { canReadItems, editable, findPlaylist, itemsPage } from "./playlist-view.js";
import { ApiProblem, type HandlerContext, type HandlerTable } from "./types.js";

const MAX_ITEMS = 100;

type Body = Record<string, unknown>;

function body(ctx: HandlerContext): Body {
  const b = ctx.body;
  if (b === undefined || b === null) return {};
  if (typeof b !== "object" || Array.isArray(b)) throw new ApiProblem(400, "Error parsing json");
  return b as Body;
}

/** `uris` from the query (comma-separated; it wins) or the body. */
function urisOf(ctx: HandlerContext): string[] | undefined {
  const q = ctx.query.uris;
  if (q !== undefined && q !== "") return q.split(",").map((u) => u.trim()).filter((u) => u !== "");
  const b = body(ctx).uris;
  if (b === undefined) return undefined;
  if (!Array.isArray(b) || b.some((u) => typeof u !== "string")) throw new ApiProblem(400, "Invalid uris");
  return b as string[];
}

/** Checks that every URI names an existing track or episode (local files cannot be added). */
function addable(ctx: HandlerContext, uris: string[]): void {
  if (uris.length > MAX_ITEMS) throw new ApiProblem(400, "Too many items: at most 100 per request");
  const c = store(ctx).catalog;
  for (const uri of uris) {
    if (isLocalUri(uri)) throw new ApiProblem(400, "Local files cannot be added to a playlist");
    const p = parseUri(uri);
    if (!p || (p.type !== "track" && p.type !== "episode")) throw new ApiProblem(400, `Invalid track uri: ${uri}`);
    if (!isBase62Id(p.id)) throw new ApiProblem(400, "Invalid base62 id");
    if (c.indexOf(p.type, p.id) === undefined) throw new ApiProblem(400, "Payload contains a non-existing ID");
  }
}

function checkSnapshot(playlist: UserPlaylist, snapshot: unknown): void {
  if (snapshot === undefined) return;
  if (typeof snapshot !== "string" || !playlist.knowsSnapshot(snapshot)) throw new ApiProblem(400, "Invalid snapshot id");
}

function integer(value: unknown, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new ApiProblem(400, `Invalid ${name.replace(/_/g, " ")}`);
  return value;
}

function list(maxLimit: number, path: "items" | "tracks") {
  return (ctx: HandlerContext) => {
    const ref = findPlaylist(ctx, ctx.params.playlist_id);
    if (!canReadItems(ctx, ref)) throw new ApiProblem(403, "Forbidden");
    const { limit, offset } = pageParams(ctx, 20, maxLimit);
    const page = itemsPage(ctx, ref, view(ctx), offset, limit, path);
    return ok(ctx.query.fields ? applyFields(page, parseFields(ctx.query.fields)) : page);
  };
}

function add(ctx: HandlerContext) {
  const playlist = editable(ctx, findPlaylist(ctx, ctx.params.playlist_id));
  const uris = urisOf(ctx);
  if (!uris || uris.length === 0) throw new ApiProblem(400, "Missing required parameter: uris");
  addable(ctx, uris);
  const items = playlist.data.items;
  const raw = ctx.query.position !== undefined ? int(ctx, "position", 0) : integer(body(ctx).position, "position", items.length);
  if (raw > items.length) throw new ApiProblem(400, "Index out of bounds");
  const now = ctx.now();
  const user = me(ctx);
  items.splice(raw, 0, ...uris.map((uri): PlaylistItem => ({ uri, addedAt: now, addedBy: user })));
  return ok({ snapshot_id: playlist.touch() }, 201);
}

function update(ctx: HandlerContext) {
  const playlist = editable(ctx, findPlaylist(ctx, ctx.params.playlist_id));
  const b = body(ctx);
  const uris = urisOf(ctx);
  const items = playlist.data.items;
  if (b.range_start === undefined) {
    if (uris === undefined) throw new ApiProblem(400, "Missing required parameter: uris or range_start");
    addable(ctx, uris);
    const now = ctx.now();
    const user = me(ctx);
    playlist.data.items = uris.map((uri) => ({ uri, addedAt: now, addedBy: user }));
    return ok({ snapshot_id: playlist.touch() });
  }
  checkSnapshot(playlist, b.snapshot_id);
  const start = integer(b.range_start, "range_start");
  const length = integer(b.range_length, "range_length", 1);
  const before = integer(b.insert_before, "insert_before");
  if (start + length > items.length || before > items.length) throw new ApiProblem(400, "Index out of bounds");
  // Inserting a range before one of its own items (or right after itself) leaves it where it
  // is; Spotify still answers with a new snapshot.
  if (before < start || before > start + length) {
    const moved = items.splice(start, length);
    items.splice(before > start ? before - length : before, 0, ...moved);
  }
  return ok({ snapshot_id: playlist.touch() });
}

function remove(key: "items" | "tracks") {
  return (ctx: HandlerContext) => {
    const playlist = editable(ctx, findPlaylist(ctx, ctx.params.playlist_id));
    const b = body(ctx);
    const wanted = b[key] ?? b[key === "items" ? "tracks" : "items"];
    if (!Array.isArray(wanted) || wanted.length === 0) throw new ApiProblem(400, `Missing required field: ${key}`);
    if (wanted.length > MAX_ITEMS) throw new ApiProblem(400, "Too many items: at most 100 per request");
    checkSnapshot(playlist, b.snapshot_id);
    const items = playlist.data.items;
    const drop = new Set<number>();
    for (const w of wanted as Array<{ uri?: unknown; positions?: unknown }>) {
      if (typeof w !== "object" || w === null || typeof w.uri !== "string") throw new ApiProblem(400, "Invalid item: a uri is required");
      const uri = w.uri;
      if (w.positions !== undefined) {
        if (!Array.isArray(w.positions)) throw new ApiProblem(400, "Invalid positions");
        for (const p of w.positions) {
          if (typeof p !== "number" || items[p]?.uri !== uri) throw new ApiProblem(400, "Could not remove tracks, please check parameters.");
          drop.add(p);
        }
      } else {
        if (!isLocalUri(uri) && !parseUri(uri)) throw new ApiProblem(400, `Invalid track uri: ${uri}`);
        items.forEach((item, i) => {
          if (item.uri === uri) drop.add(i);
        });
      }
    }
    playlist.data.items = items.filter((_, i) => !drop.has(i));
    return ok({ snapshot_id: playlist.touch() });
  };
}

/**
 * Reading and changing a playlist's items: list, add, remove, reorder and replace, each change a new
 * snapshot.
 */
export const playlistItemHandlers: HandlerTable = {
  "get-playlists-items": list(50, "items"),
  "get-playlists-tracks": list(100, "tracks"),
  "add-items-to-playlist": add,
  "add-tracks-to-playlist": add,
  "reorder-or-replace-playlists-items": update,
  "reorder-or-replace-playlists-tracks": update,
  "remove-items-playlist": remove("items"),
  "remove-tracks-playlist": remove("tracks"),
};

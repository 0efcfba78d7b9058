// Playlists: get, create, change details, list a user's, cover images.
import { capNext, pageList } from "../catalog/paging.js";
import { emptyOk, me, ok, store, view, pageParams } from "./common.js";
import { applyFields, parseFields } from "./fields.js";
import { editable, findPlaylist, fullPlaylist, imageHash, knownUser, needModifyScope, type PlaylistRef, playlistImages, simplifiedPlaylist } from "./playlist-view.js";
import { ApiProblem, type HandlerContext, type HandlerTable } from "./types.js";

const IMAGE_MAX = 256 * 1024;
/** "Maximum offset: 100.000" (spec, both playlist lists). */
const MAX_OFFSET = 100_000;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

interface DetailsBody {
  name?: unknown;
  public?: unknown;
  collaborative?: unknown;
  description?: unknown;
}

function details(ctx: HandlerContext, requireName: boolean): { name?: string; public?: boolean; collaborative?: boolean; description?: string } {
  const body = (ctx.body ?? {}) as DetailsBody;
  if (typeof body !== "object" || Array.isArray(body)) throw new ApiProblem(400, "Error parsing json");
  if (requireName && (typeof body.name !== "string" || body.name.trim() === "")) throw new ApiProblem(400, "Missing required field: name");
  const check = (v: unknown, type: string, name: string) => {
    if (v !== undefined && typeof v !== type) throw new ApiProblem(400, `Invalid ${name}`);
  };
  check(body.name, "string", "name");
  check(body.public, "boolean", "public");
  check(body.collaborative, "boolean", "collaborative");
  check(body.description, "string", "description");
  const out: { name?: string; public?: boolean; collaborative?: boolean; description?: string } = {};
  if (body.name !== undefined) out.name = body.name as string;
  if (body.public !== undefined) out.public = body.public as boolean;
  if (body.collaborative !== undefined) out.collaborative = body.collaborative as boolean;
  if (body.description !== undefined) out.description = body.description as string;
  return out;
}

/** "To create collaborative playlists you must have granted playlist-modify-private and playlist-modify-public" (spec). */
function needCollaborativeScopes(ctx: HandlerContext): void {
  needModifyScope(ctx, false);
  needModifyScope(ctx, true);
}

function create(ctx: HandlerContext) {
  const d = details(ctx, true);
  const isPublic = d.public ?? true;
  const collaborative = d.collaborative ?? false;
  if (collaborative && isPublic) throw new ApiProblem(400, "A collaborative playlist cannot be public");
  if (collaborative) needCollaborativeScopes(ctx);
  else needModifyScope(ctx, isPublic);
  const s = store(ctx);
  const playlist = s.createPlaylist(me(ctx), { name: d.name!, description: d.description ?? null, public: isPublic, collaborative });
  return ok(fullPlaylist(ctx, findPlaylist(ctx, playlist.id), view(ctx)), 201);
}

/** Playlists a user shows on their profile: their own public ones and the public ones they follow. */
function publicPlaylistsOf(ctx: HandlerContext, userId: string): PlaylistRef[] {
  const s = store(ctx);
  const refs: PlaylistRef[] = [];
  if (ctx.state.users.has(userId)) {
    const lib = s.user(userId).library;
    for (const [id] of lib.list(lib.follows.playlist)) {
      const ref = tryFind(ctx, id);
      if (ref && (ref.kind === "catalog" || ref.playlist.data.public || (userId === ctx.auth.userId && readable(ctx, ref)))) refs.push(ref);
    }
    return refs;
  }
  for (let i = 0; i < s.catalog.sizes.playlists; i++) {
    if (s.catalog.playlist(i).ownerId !== userId) continue;
    const ref = tryFind(ctx, s.catalog.id("playlist", i));
    if (ref) refs.push(ref);
  }
  // Public playlists of a user met only in fixtures (their owner).
  for (const p of s.playlists.values()) {
    if (!p.data.fixture || p.data.ownerId !== userId || !p.data.public) continue;
    const ref = tryFind(ctx, p.id);
    if (ref) refs.push(ref);
  }
  return refs;
}

/**
 * Whether a listing may show a playlist to this token: the policy lets any token list playlists,
 * and the playlist-read-* scopes decide which non-public ones it sees.
 */
function readable(ctx: HandlerContext, ref: PlaylistRef): boolean {
  if (ref.kind === "catalog" || ref.playlist.data.public) return true;
  return ctx.auth.scopes.has(ref.collaborative ? "playlist-read-collaborative" : "playlist-read-private");
}

function tryFind(ctx: HandlerContext, id: string): PlaylistRef | undefined {
  try {
    return findPlaylist(ctx, id);
  } catch {
    return undefined;
  }
}

/**
 * Playlists themselves: get, create, change details, list a user's or the current user's, and their cover
 * images.
 */
export const playlistHandlers: HandlerTable = {
  "get-playlist": (ctx) => {
    const body = fullPlaylist(ctx, findPlaylist(ctx, ctx.params.playlist_id), view(ctx));
    return ok(ctx.query.fields ? applyFields(body, parseFields(ctx.query.fields)) : body);
  },
  "change-playlist-details": (ctx) => {
    const playlist = editable(ctx, findPlaylist(ctx, ctx.params.playlist_id));
    const d = details(ctx, false);
    const next = { ...playlist.data, ...d };
    if (next.collaborative && next.public) throw new ApiProblem(400, "A collaborative playlist cannot be public");
    if (d.public !== undefined) needModifyScope(ctx, d.public);
    if (d.collaborative === true) needCollaborativeScopes(ctx);
    Object.assign(playlist.data, d);
    playlist.touch();
    return emptyOk;
  },
  "create-playlist": create,
  "create-playlist-for-user": (ctx) => {
    if (ctx.params.user_id !== me(ctx)) throw new ApiProblem(403, "You cannot create a playlist for another user.");
    return create(ctx);
  },
  "get-a-list-of-current-users-playlists": (ctx) => {
    const s = store(ctx);
    const lib = s.user(me(ctx)).library;
    const { limit, offset } = pageParams(ctx, 20, 50, MAX_OFFSET);
    const refs = lib.list(lib.follows.playlist).map(([id]) => tryFind(ctx, id)).filter((r): r is PlaylistRef => r !== undefined && readable(ctx, r));
    return ok(capNext(pageList(`${ctx.apiBase}/me/playlists`, refs, offset, limit, (r) => simplifiedPlaylist(ctx, r)), MAX_OFFSET));
  },
  "get-list-users-playlists": (ctx) => {
    const userId = ctx.params.user_id;
    if (!knownUser(ctx, userId)) throw new ApiProblem(404, "Resource not found");
    const { limit, offset } = pageParams(ctx, 20, 50, MAX_OFFSET);
    const refs = publicPlaylistsOf(ctx, userId);
    return ok(capNext(pageList(`${ctx.apiBase}/users/${encodeURIComponent(userId)}/playlists`, refs, offset, limit, (r) => simplifiedPlaylist(ctx, r)), MAX_OFFSET));
  },
  "get-playlist-cover": (ctx) => ok(playlistImages(ctx, findPlaylist(ctx, ctx.params.playlist_id))),
  "upload-custom-playlist-cover": (ctx) => {
    const playlist = editable(ctx, findPlaylist(ctx, ctx.params.playlist_id));
    const text = typeof ctx.body === "string" ? ctx.body.replace(/\s+/g, "") : "";
    if (text === "" || !BASE64.test(text)) throw new ApiProblem(400, "Image must be Base64 encoded JPEG");
    if (text.length > IMAGE_MAX) throw new ApiProblem(413, "Image too large: the maximum is 256 KB");
    const bytes = Buffer.from(text, "base64");
    if (bytes.length < 3 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) throw new ApiProblem(400, "Image must be Base64 encoded JPEG");
    playlist.data.image = imageHash(text);
    playlist.data.imageData = text;
    return { status: 202 };
  },
};

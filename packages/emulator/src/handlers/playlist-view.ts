// Playlists as the caller sees them: catalog playlists (read-only, owned by Spotify or curators)
// and user playlists; who may read their items (dev-2026: owner or collaborator only, §2.9) and
// who may change them; rendering of playlist and playlist item objects.
import { createHash } from "node:crypto";
import { isBase62Id } from "../catalog/ids.js";
import { rebase } from "../fixtures/dress.js";
import { pageList, type Paging } from "../catalog/paging.js";
import { externalUrls, images, type Json, type View } from "../catalog/render.js";
import { isLocalUri, localParts, parseUri } from "../catalog/uris.js";
import type { PlaylistItem, UserPlaylist } from "../state/playlists.js";
import { snapshotFor } from "../state/playlists.js";
import { iso, nov2024, store } from "./common.js";
import { ApiProblem, type HandlerContext } from "./types.js";

/**
 * A playlist found by id: one of the synthetic catalog's, or a user playlist (made through the API, seeded,
 * or loaded from fixtures).
 */
export type PlaylistRef =
  | { kind: "catalog"; id: string; index: number; ownerId: string; collaborative: false }
  | { kind: "user"; id: string; playlist: UserPlaylist; ownerId: string; collaborative: boolean };

const CATALOG_EPOCH = Date.UTC(2026, 0, 1);

/** Finds a playlist: 400 for a malformed id, 404 when unknown or hidden by the Nov 2024 rules. */
export function findPlaylist(ctx: HandlerContext, id: string): PlaylistRef {
  if (!isBase62Id(id)) throw new ApiProblem(400, "invalid id");
  const s = store(ctx);
  let user = s.playlists.get(id);
  if (!user && s.catalog.indexOf("playlist", id) === undefined) {
    // Seeded playlists exist once their owner's data does; make sure every known user has some.
    for (const userId of ctx.state.users.keys()) s.user(userId);
    user = s.playlists.get(id);
  }
  if (user) {
    // A Spotify-owned playlist captured as a fixture is editorial: hidden as the catalog's are (§3.1).
    if (user.data.fixture && user.data.ownerId === "spotify" && nov2024(ctx)) throw new ApiProblem(404, "Resource not found");
    return { kind: "user", id, playlist: user, ownerId: user.data.ownerId, collaborative: user.data.collaborative };
  }
  const index = s.catalog.indexOf("playlist", id);
  if (index === undefined) throw new ApiProblem(404, "Resource not found");
  const rec = s.catalog.playlist(index);
  if (rec.editorial && nov2024(ctx)) throw new ApiProblem(404, "Resource not found");
  return { kind: "catalog", id, index, ownerId: rec.ownerId, collaborative: false };
}

function follows(ctx: HandlerContext, ref: PlaylistRef): boolean {
  return ctx.auth.userId !== undefined && store(ctx).user(ctx.auth.userId).library.follows.playlist.has(ref.id);
}

/** Owner, or a follower of a collaborative playlist. */
export function isMember(ctx: HandlerContext, ref: PlaylistRef): boolean {
  if (ctx.auth.userId === undefined) return false;
  return ref.ownerId === ctx.auth.userId || (ref.collaborative && follows(ctx, ref));
}

/**
 * Whether the caller may see the items: development-mode apps since February 2026 only for playlists the
 * user owns or collaborates on.
 */
export function canReadItems(ctx: HandlerContext, ref: PlaylistRef): boolean {
  return ctx.auth.profile !== "dev-2026" || isMember(ctx, ref);
}

/**
 * The modify scope a playlist's visibility calls for (behaviour.md §1.8): the platform only
 * checks that one of the two was granted, since it cannot know which playlist is meant.
 */
export function needModifyScope(ctx: HandlerContext, isPublic: boolean): void {
  const scope = isPublic ? "playlist-modify-public" : "playlist-modify-private";
  if (!ctx.auth.scopes.has(scope)) throw new ApiProblem(403, "Insufficient client scope");
}

/** Only the owner and collaborators change a playlist, with the scope its visibility calls for. */
export function editable(ctx: HandlerContext, ref: PlaylistRef): UserPlaylist {
  if (ref.kind !== "user" || !isMember(ctx, ref)) throw new ApiProblem(403, "You cannot change a playlist you do not own or collaborate on.");
  needModifyScope(ctx, ref.playlist.data.public);
  return ref.playlist;
}

/** A user loaded as a fixture (a playlist's owner, a profile). */
export function fixtureUser(ctx: HandlerContext, userId: string): Json | undefined {
  return store(ctx).fixtures.objects.user.get(userId);
}

/** The display name a playlist's owner shows with; null for a user the emulator does not know. */
export function displayName(ctx: HandlerContext, userId: string): string | null {
  if (userId === "spotify") return "Spotify";
  const known = ctx.state.users.get(userId);
  if (known) return known.display_name;
  const fixture = fixtureUser(ctx, userId);
  if (fixture && (typeof fixture.display_name === "string" || fixture.display_name === null)) return fixture.display_name;
  const curator = /^curator-(\d+)$/.exec(userId);
  return curator ? store(ctx).catalog.curator(Number(curator[1]) - 1).name : null;
}

/**
 * Whether a user id is one GET /users/{id} answers: emulator users, fixture users, Spotify and the
 * catalog's curators.
 */
export function knownUser(ctx: HandlerContext, userId: string): boolean {
  if (userId === "spotify" || ctx.state.users.has(userId) || fixtureUser(ctx, userId)) return true;
  const curator = /^curator-(\d+)$/.exec(userId);
  return curator !== null && Number(curator[1]) >= 1 && Number(curator[1]) <= store(ctx).catalog.sizes.curators;
}

/** A user as playlists reference it (owner, added_by): id and links, no profile fields. */
export function userRef(ctx: HandlerContext, userId: string): Json {
  return { external_urls: externalUrls("user", userId), href: `${ctx.apiBase}/users/${encodeURIComponent(userId)}`, id: userId, type: "user", uri: `spotify:user:${userId}` };
}

function entries(ctx: HandlerContext, ref: PlaylistRef): PlaylistItem[] {
  if (ref.kind === "user") return ref.playlist.data.items;
  const s = store(ctx);
  const rec = s.catalog.playlist(ref.index);
  return Array.from({ length: rec.itemCount }, (_, k) => ({
    uri: `spotify:track:${s.catalog.id("track", s.catalog.playlistTrack(ref.index, k))}`,
    addedAt: CATALOG_EPOCH + k * 3_600_000,
    addedBy: rec.ownerId,
  }));
}

/** How many items the playlist has, for `tracks.total` and `items.total`. */
export function itemCount(ctx: HandlerContext, ref: PlaylistRef): number {
  return ref.kind === "user" ? ref.playlist.data.items.length : store(ctx).catalog.playlist(ref.index).itemCount;
}

/** A track, episode or local file as the spec's TrackObject / EpisodeObject; null if gone. */
export function media(ctx: HandlerContext, uri: string, v: View): Json | null {
  const s = store(ctx);
  if (isLocalUri(uri)) {
    const p = localParts(uri);
    return {
      artists: [{ name: p.artist, type: "artist" }], disc_number: 0, duration_ms: p.seconds * 1000, explicit: false,
      external_ids: {}, external_urls: {}, name: p.title, track_number: 0, type: "track", uri, is_local: true,
    };
  }
  const parsed = parseUri(uri);
  if (!parsed) return null;
  if (parsed.type === "track") {
    const i = s.catalog.indexOf("track", parsed.id);
    return i === undefined ? null : s.render.track(i, v);
  }
  if (parsed.type === "episode") {
    const i = s.catalog.indexOf("episode", parsed.id);
    return i === undefined ? null : s.render.episode(i, v);
  }
  return null;
}

/**
 * A page of the playlist's items as PlaylistTrackObjects, with `track` and `item` both set and links that
 * keep market and additional_types.
 */
export function itemsPage(ctx: HandlerContext, ref: PlaylistRef, v: View, offset: number, limit: number, path = "items"): Paging<Json> {
  const base = `${ctx.apiBase}/playlists/${ref.id}/${path}`;
  const extra = { market: ctx.query.market, additional_types: ctx.query.additional_types };
  return pageList(base, entries(ctx, ref), offset, limit, (e) => {
    const m = media(ctx, e.uri, v);
    return { added_at: iso(e.addedAt), added_by: userRef(ctx, e.addedBy), is_local: isLocalUri(e.uri), item: m, track: m };
  }, extra);
}

/** The playlist's images: an uploaded cover (served by the emulator), the fixture's, or derived ones. */
export function playlistImages(ctx: HandlerContext, ref: PlaylistRef): Json[] {
  const s = store(ctx);
  if (ref.kind === "user" && ref.playlist.data.image) {
    // The uploaded JPEG is served by the emulator itself (webapi/images.ts); a cover saved by an
    // older version without its bytes keeps a CDN-looking URL.
    const { image, imageData } = ref.playlist.data;
    const url = imageData ? `${ctx.apiBase.slice(0, -"/v1".length)}/image/${image}` : `https://image-cdn-ak.spotifycdn.com/image/${image}`;
    return [{ url, height: null, width: null }];
  }
  const first = entries(ctx, ref).find((e) => parseUri(e.uri)?.type === "track");
  const track = first ? s.catalog.indexOf("track", parseUri(first.uri)!.id) : undefined;
  if (track === undefined) return [];
  return images(s.catalog.seed, s.catalog.albumOfTrack(track), 1);
}

/**
 * A fixture playlist shows its own fields (images, colours, owner, followers, its snapshot id
 * until it changes); what the app can change (name, description, visibility, items) is the state's.
 */
function fixtureFields(ctx: HandlerContext, ref: PlaylistRef, out: Json): Json {
  const fixture = ref.kind === "user" ? ref.playlist.data.fixture : undefined;
  if (!fixture) return out;
  const own = new Set(["id", "name", "description", "public", "collaborative", "href", "uri", "type", "items", "tracks", "followers"]);
  if (ref.kind === "user" && ref.playlist.data.version > 1) own.add("snapshot_id");
  for (const [k, v] of Object.entries(fixture)) if (!own.has(k)) out[k] = rebase(v, ctx.apiBase);
  if (ref.kind === "user" && ref.playlist.data.image) out.images = playlistImages(ctx, ref);
  return out;
}

function fields(ctx: HandlerContext, ref: PlaylistRef): Json {
  return fixtureFields(ctx, ref, baseFields(ctx, ref));
}

function baseFields(ctx: HandlerContext, ref: PlaylistRef): Json {
  const s = store(ctx);
  const d = ref.kind === "user" ? ref.playlist.data : undefined;
  const rec = ref.kind === "catalog" ? s.catalog.playlist(ref.index) : undefined;
  return {
    collaborative: d ? d.collaborative : false,
    description: d ? d.description : rec!.description,
    external_urls: externalUrls("playlist", ref.id),
    href: `${ctx.apiBase}/playlists/${ref.id}`,
    id: ref.id,
    images: playlistImages(ctx, ref),
    name: d ? d.name : rec!.name,
    owner: { ...userRef(ctx, ref.ownerId), display_name: displayName(ctx, ref.ownerId) },
    public: d ? d.public : true,
    snapshot_id: d ? snapshotFor(ref.id, d.version) : snapshotFor(ref.id, 1),
    type: "playlist",
    uri: `spotify:playlist:${ref.id}`,
  };
}

/** A playlist as lists show it (SimplifiedPlaylistObject): item counts without the items. */
export function simplifiedPlaylist(ctx: HandlerContext, ref: PlaylistRef): Json {
  const out = fields(ctx, ref);
  const tracks = { href: `${ctx.apiBase}/playlists/${ref.id}/tracks`, total: itemCount(ctx, ref) };
  const items = { href: `${ctx.apiBase}/playlists/${ref.id}/items`, total: itemCount(ctx, ref) };
  if (out.description === null) out.description = "";
  return { ...out, items, tracks };
}

/**
 * A playlist as GET /playlists/{id} answers it, with followers and the first page of items when the caller
 * may read them.
 */
export function fullPlaylist(ctx: HandlerContext, ref: PlaylistRef, v: View): Json {
  const s = store(ctx);
  const fixture = ref.kind === "user" ? (ref.playlist.data.fixture?.followers as { total?: unknown } | undefined) : undefined;
  const followers = ref.kind === "catalog" ? s.catalog.playlist(ref.index).followers : typeof fixture?.total === "number" ? fixture.total + s.followersOf(ref.id) : s.followersOf(ref.id);
  const out: Json = { ...fields(ctx, ref), followers: { href: null, total: followers } };
  if (canReadItems(ctx, ref)) {
    const page = itemsPage(ctx, ref, v, 0, 100);
    out.items = page;
    // The deprecated `tracks` is the same page under its old path (rendered once).
    const old = (url: string | null) => url && url.replace(`/playlists/${ref.id}/items?`, `/playlists/${ref.id}/tracks?`);
    out.tracks = { ...page, href: old(page.href), next: old(page.next), previous: old(page.previous) };
  }
  return out;
}

/** A stable hash of an uploaded cover: its URL's last segment. */
export function imageHash(base64: string): string {
  return createHash("sha1").update(base64).digest("hex");
}

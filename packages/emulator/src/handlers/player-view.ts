// The player as handlers see it: applying the clock, resolving the target device, loading a
// context, and rendering devices and contexts.
import { externalUrls, type Json } from "../catalog/render.js";
import { isLocalUri, localParts, parseUri } from "../catalog/uris.js";
import type { DeviceRec, Player } from "../state/player.js";
import type { UserData } from "../state/webapi.js";
import { me, store } from "./common.js";
import { findPlaylist } from "./playlist-view.js";
import { ApiProblem, type HandlerContext } from "./types.js";

/**
 * A player failure as Spotify words it (`Player command failed: ...` with a reason such as
 * NO_ACTIVE_DEVICE).
 */
export function playerError(status: number, message: string, reason: string): ApiProblem {
  return new ApiProblem(status, `Player command failed: ${message}`, reason);
}

/**
 * How long a URI plays, for the player's clock: local files carry their length; unknown URIs give
 * undefined.
 */
export function durationOf(ctx: HandlerContext): (uri: string) => number | undefined {
  const c = store(ctx).catalog;
  return (uri) => {
    if (isLocalUri(uri)) return localParts(uri).seconds * 1000;
    const p = parseUri(uri);
    if (p?.type === "track") {
      const i = c.indexOf("track", p.id);
      return i === undefined ? undefined : c.track(i).durationMs;
    }
    if (p?.type === "episode") {
      const i = c.indexOf("episode", p.id);
      return i === undefined ? undefined : c.episode(i).durationMs;
    }
    return undefined;
  };
}

/** The user's data with playback moved to the emulator's current time. */
export function synced(ctx: HandlerContext): UserData {
  const user = store(ctx).user(me(ctx));
  user.player.advance(ctx.now(), durationOf(ctx), (uri, playedAt, context) => user.library.recordPlay({ uri, playedAt, ...(context ? { context } : {}) }));
  return user;
}

/** Player commands are Premium-only. */
export function requirePremium(ctx: HandlerContext): void {
  if (ctx.state.users.get(me(ctx))?.product !== "premium") throw playerError(403, "Premium required", "PREMIUM_REQUIRED");
}

/** The device a command goes to: `device_id` (which becomes active) or the active one. */
export function targetDevice(ctx: HandlerContext, player: Player): DeviceRec {
  const id = ctx.query.device_id;
  if (id) {
    const device = player.device(id);
    if (!device) throw new ApiProblem(404, "Device not found");
    player.s.active = device.id;
    return device;
  }
  const active = player.activeDevice;
  if (!active) throw playerError(404, "No active device found", "NO_ACTIVE_DEVICE");
  return active;
}

/** A device as GET /me/player/devices shows it; only the player's active one is `is_active`. */
export function deviceObject(player: Player, d: DeviceRec): Json {
  return { id: d.id, is_active: player.s.active === d.id, is_private_session: false, is_restricted: false, name: d.name, type: d.type, volume_percent: d.volume, supports_volume: d.supportsVolume };
}

/**
 * The playback `context` object for a context URI; null without one (a list of URIs plays without a
 * context).
 */
export function contextObject(ctx: HandlerContext, uri: string | null): Json | null {
  const p = uri ? parseUri(uri) : undefined;
  if (!p) return null;
  return { type: p.type, href: `${ctx.apiBase}/${p.type}s/${p.id}`, external_urls: externalUrls(p.type, p.id), uri };
}

/** The items a context URI plays, in order. */
export function contextItems(ctx: HandlerContext, uri: string): string[] {
  const p = parseUri(uri);
  if (!p) throw new ApiProblem(400, "Invalid context uri");
  const c = store(ctx).catalog;
  const notFound = () => new ApiProblem(404, "Context not found");
  switch (p.type) {
    case "album": {
      const a = c.indexOf("album", p.id);
      if (a === undefined) throw notFound();
      const [from, to] = c.albumTrackRange(a);
      return Array.from({ length: to - from }, (_, i) => `spotify:track:${c.id("track", from + i)}`);
    }
    case "artist": {
      const a = c.indexOf("artist", p.id);
      if (a === undefined) throw notFound();
      return c.artistTopTracks(a).map((t) => `spotify:track:${c.id("track", t)}`);
    }
    case "show": {
      const s = c.indexOf("show", p.id);
      if (s === undefined) throw notFound();
      const show = c.show(s);
      return Array.from({ length: show.episodeCount }, (_, i) => `spotify:episode:${c.id("episode", show.episodeStart + show.episodeCount - 1 - i)}`);
    }
    case "playlist": {
      const ref = findPlaylist(ctx, p.id);
      if (ref.kind === "user") return ref.playlist.data.items.map((i) => i.uri).filter((u) => !isLocalUri(u));
      const rec = c.playlist(ref.index);
      return Array.from({ length: rec.itemCount }, (_, k) => `spotify:track:${c.id("track", c.playlistTrack(ref.index, k))}`);
    }
    default:
      throw new ApiProblem(400, "Invalid context uri");
  }
}

/** A playable track or episode URI, or a 400. */
export function playable(ctx: HandlerContext, uri: unknown): string {
  if (typeof uri !== "string") throw new ApiProblem(400, "Invalid uri");
  const p = parseUri(uri);
  if (!p || (p.type !== "track" && p.type !== "episode") || durationOf(ctx)(uri) === undefined) throw new ApiProblem(400, `Invalid uri: ${uri}`);
  return uri;
}

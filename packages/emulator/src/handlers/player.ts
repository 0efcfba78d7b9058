// The Player API: state, devices, commands (204), queue and recently played (behaviour.md §2.5, §2.10).
import { int, noContent, ok, store, view } from "./common.js";
import { media } from "./playlist-view.js";
import { contextItems, contextObject, deviceObject, durationOf, playable, playerError, requirePremium, synced, targetDevice } from "./player-view.js";
import { ApiProblem, type HandlerContext, type HandlerResult, type HandlerTable } from "./types.js";

function playback(ctx: HandlerContext, full: boolean): HandlerResult {
  const { player } = synced(ctx);
  const device = player.activeDevice;
  const s = player.s;
  if (!device || (!full && s.current === null)) return noContent;
  const type = s.current === null ? "unknown" : s.current.startsWith("spotify:episode:") ? "episode" : "track";
  // Episodes are only described to callers that opt in with additional_types=episode.
  const wantsEpisodes = (ctx.query.additional_types ?? "").split(",").includes("episode");
  const item = s.current && (type !== "episode" || wantsEpisodes) ? media(ctx, s.current, view(ctx)) : null;
  const body: Record<string, unknown> = {
    context: contextObject(ctx, s.context),
    timestamp: ctx.now(),
    progress_ms: Math.floor(s.progress),
    is_playing: s.playing,
    item,
    currently_playing_type: type,
    actions: { interrupting_playback: false, pausing: !s.playing, resuming: s.playing, seeking: false, skipping_next: false, skipping_prev: false, toggling_repeat_context: false, toggling_repeat_track: false, toggling_shuffle: false, transferring_playback: false },
  };
  if (full) Object.assign(body, { device: deviceObject(player, device), repeat_state: s.repeat, shuffle_state: s.shuffle });
  return ok(body);
}

/** Premium check, clock, target device; then the command. */
function command(run: (ctx: HandlerContext, u: ReturnType<typeof synced>) => void) {
  return (ctx: HandlerContext): HandlerResult => {
    requirePremium(ctx);
    const user = synced(ctx);
    targetDevice(ctx, user.player);
    run(ctx, user);
    user.player.s.anchor = ctx.now();
    return noContent;
  };
}

interface PlayBody {
  context_uri?: unknown;
  uris?: unknown;
  offset?: { position?: unknown; uri?: unknown };
  position_ms?: unknown;
}

function offsetIndex(items: string[], offset: PlayBody["offset"]): number {
  if (offset === undefined || offset === null) return 0;
  if (typeof offset !== "object") throw new ApiProblem(400, "Invalid offset");
  if (offset.position !== undefined) {
    if (typeof offset.position !== "number" || !Number.isInteger(offset.position) || offset.position < 0 || offset.position >= items.length) throw new ApiProblem(400, "Invalid offset");
    return offset.position;
  }
  if (offset.uri !== undefined) {
    const i = items.indexOf(String(offset.uri));
    if (i < 0) throw new ApiProblem(400, "Invalid offset");
    return i;
  }
  return 0;
}

/**
 * The player operations: playback state, devices, commands (play, pause, seek, skip, volume, shuffle,
 * repeat, transfer), queue and recently played.
 */
export const playerHandlers: HandlerTable = {
  "get-information-about-the-users-current-playback": (ctx) => playback(ctx, true),
  "get-the-users-currently-playing-track": (ctx) => playback(ctx, false),
  "get-a-users-available-devices": (ctx) => {
    const { player } = synced(ctx);
    return ok({ devices: player.s.devices.map((d) => deviceObject(player, d)) });
  },
  "transfer-a-users-playback": (ctx) => {
    requirePremium(ctx);
    const b = (ctx.body ?? {}) as { device_ids?: unknown; play?: unknown };
    if (!Array.isArray(b.device_ids) || b.device_ids.length === 0) throw new ApiProblem(400, "Missing required field: device_ids");
    if (b.device_ids.length > 1) throw new ApiProblem(400, "Only one device id may be given");
    const { player } = synced(ctx);
    const device = player.device(String(b.device_ids[0]));
    if (!device) throw new ApiProblem(404, "Device not found");
    player.s.active = device.id;
    if (b.play === true && player.s.current !== null) {
      player.s.playing = true;
      player.s.anchor = ctx.now();
    }
    return noContent;
  },
  "start-a-users-playback": command((ctx, { player }) => {
    const b = (ctx.body ?? {}) as PlayBody;
    const now = ctx.now();
    if (b.position_ms !== undefined && (typeof b.position_ms !== "number" || b.position_ms < 0)) throw new ApiProblem(400, "Invalid position_ms");
    if (b.context_uri !== undefined || b.uris !== undefined) {
      let items: string[];
      let context: string | null = null;
      if (b.context_uri !== undefined) {
        if (typeof b.context_uri !== "string") throw new ApiProblem(400, "Invalid context uri");
        items = contextItems(ctx, b.context_uri);
        context = b.context_uri;
      } else {
        if (!Array.isArray(b.uris) || b.uris.length === 0) throw new ApiProblem(400, "Invalid uris");
        items = b.uris.map((u) => playable(ctx, u));
      }
      if (items.length === 0) throw playerError(404, "No playable items in the context", "NO_SPECIFIC_TRACK");
      player.load(context, items, offsetIndex(items, b.offset), 0, now);
    } else if (player.s.current === null) {
      throw playerError(404, "Nothing to resume", "NO_SPECIFIC_TRACK");
    } else {
      player.s.playing = true;
    }
    if (typeof b.position_ms === "number") player.seek(b.position_ms, durationOf(ctx));
    player.s.anchor = now;
  }),
  "pause-a-users-playback": command((_ctx, { player }) => {
    if (!player.s.playing) throw playerError(403, "Restriction violated", "ALREADY_PAUSED");
    player.s.playing = false;
  }),
  "skip-users-playback-to-next-track": command((_ctx, { player }) => {
    if (!player.step(1, true)) throw playerError(403, "Restriction violated", "NO_NEXT_TRACK");
  }),
  "skip-users-playback-to-previous-track": command((_ctx, { player }) => {
    if (player.s.progress > 3000) player.s.progress = 0;
    else player.step(-1, true);
  }),
  "seek-to-position-in-currently-playing-track": command((ctx, { player }) => {
    if (player.s.current === null) throw playerError(404, "No track currently playing", "NO_SPECIFIC_TRACK");
    player.seek(int(ctx, "position_ms", 0, 0), durationOf(ctx));
  }),
  "set-repeat-mode-on-users-playback": command((ctx, { player }) => {
    const state = ctx.query.state;
    if (state !== "track" && state !== "context" && state !== "off") throw new ApiProblem(400, "Invalid state");
    player.s.repeat = state;
  }),
  "set-volume-for-users-playback": command((ctx, { player }) => {
    const device = targetDevice(ctx, player);
    if (!device.supportsVolume) throw playerError(403, "Cannot control device volume", "VOLUME_CONTROL_DISALLOW");
    device.volume = int(ctx, "volume_percent", 0, 0, 100);
  }),
  "toggle-shuffle-for-users-playback": command((ctx, { player }) => {
    const state = ctx.query.state;
    if (state !== "true" && state !== "false") throw new ApiProblem(400, "Invalid state");
    player.setShuffle(state === "true", ctx.now());
  }),
  "add-to-queue": command((ctx, { player }) => {
    player.s.queue.push(playable(ctx, ctx.query.uri));
  }),
  "get-queue": (ctx) => {
    const { player } = synced(ctx);
    const s = player.s;
    const v = view(ctx);
    if (!player.activeDevice || s.current === null) return ok({ currently_playing: null, queue: [] });
    const upcoming = [...s.queue, ...s.items.slice(s.index + 1)].slice(0, 20);
    return ok({ currently_playing: media(ctx, s.current, v), queue: upcoming.map((u) => media(ctx, u, v)).filter((m) => m !== null) });
  },
  "get-recently-played": (ctx) => {
    const { library } = synced(ctx);
    const limit = int(ctx, "limit", 20, 1, 50);
    const after = ctx.query.after !== undefined ? int(ctx, "after", 0) : undefined;
    const before = ctx.query.before !== undefined ? int(ctx, "before", 0) : undefined;
    if (after !== undefined && before !== undefined) throw new ApiProblem(400, "Only one of after or before may be given");
    const plays = library.history.filter((h) => h.uri.startsWith("spotify:track:") && durationOf(ctx)(h.uri) !== undefined);
    let page = plays;
    if (before !== undefined) page = plays.filter((h) => h.playedAt < before).slice(0, limit);
    else if (after !== undefined) page = plays.filter((h) => h.playedAt > after).slice(-limit);
    else page = plays.slice(0, limit);
    const s = store(ctx);
    const v = view(ctx);
    const base = `${ctx.apiBase}/me/player/recently-played`;
    const oldest = page[page.length - 1];
    const newest = page[0];
    const more = oldest !== undefined && plays.some((h) => h.playedAt < oldest.playedAt);
    return ok({
      href: `${base}?limit=${limit}${after !== undefined ? `&after=${after}` : ""}${before !== undefined ? `&before=${before}` : ""}`,
      items: page.map((h) => ({ track: s.render.track(s.catalog.indexOf("track", h.uri.slice(14))!, v), played_at: new Date(h.playedAt).toISOString(), context: contextObject(ctx, h.context ?? null) })),
      limit,
      next: more ? `${base}?before=${oldest.playedAt}&limit=${limit}` : null,
      cursors: newest ? { after: String(newest.playedAt), before: String(oldest.playedAt) } : {},
      total: plays.length,
    });
  },
};


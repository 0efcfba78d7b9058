// The player: devices, commands, a position that follows the emulator's clock, queue, history.
import { describe, expect, it } from "vitest";
import { harness } from "./webapi-harness.js";

type State = { is_playing: boolean; progress_ms: number; item: { uri: string; duration_ms: number }; device: { id: string; volume_percent: number }; repeat_state: string; shuffle_state: boolean; context: { uri: string } | null };

async function setUp() {
  const h = harness();
  const devices = ((await h.ok("get-a-users-available-devices")).body as { devices: Array<{ id: string; is_active: boolean }> }).devices;
  return { h, devices };
}

async function state(h: ReturnType<typeof harness>): Promise<State> {
  return (await h.ok("get-information-about-the-users-current-playback")).body as State;
}

function albumUris(h: ReturnType<typeof harness>, album: number): string[] {
  const [from, to] = h.web.catalog.albumTrackRange(album);
  return Array.from({ length: to - from }, (_, i) => `spotify:track:${h.web.catalog.id("track", from + i)}`);
}

/** An album of at least `n` tracks. */
function albumWith(h: ReturnType<typeof harness>, n: number): number {
  for (let a = 0; ; a++) if (h.web.catalog.album(a).trackCount >= n) return a;
}

describe("player", () => {
  it("answers 204 with no active device, and NO_ACTIVE_DEVICE for commands", async () => {
    const { h, devices } = await setUp();
    expect(devices).toHaveLength(2);
    expect(devices.every((d) => !d.is_active)).toBe(true);
    expect((await h.ok("get-information-about-the-users-current-playback")).status).toBe(204);
    expect((await h.ok("get-the-users-currently-playing-track")).status).toBe(204);
    const r = await h.call("pause-a-users-playback");
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ error: { status: 404, message: "Player command failed: No active device found", reason: "NO_ACTIVE_DEVICE" } });
    expect((await h.call("start-a-users-playback", { query: { device_id: "nope" } })).status).toBe(404);
  });

  it("refuses commands for a free user with PREMIUM_REQUIRED, but lists devices", async () => {
    const { h } = await setUp();
    const free = { auth: { userId: "emulator-free-user" } };
    const r = await h.call("start-a-users-playback", free);
    expect(r.status).toBe(403);
    expect(r.problem?.reason).toBe("PREMIUM_REQUIRED");
    expect((await h.ok("get-a-users-available-devices", free)).status).toBe(200);
  });

  it("advances with the clock: progress grows, the next track starts at the end, history records it", async () => {
    const { h, devices } = await setUp();
    const album = albumWith(h, 3);
    const items = albumUris(h, album);
    const ctxUri = `spotify:album:${h.web.catalog.id("album", album)}`;
    await h.ok("start-a-users-playback", { query: { device_id: devices[1].id }, body: { context_uri: ctxUri } });
    let s = await state(h);
    expect(s).toMatchObject({ is_playing: true, progress_ms: 0, device: { id: devices[1].id }, context: { uri: ctxUri } });
    expect(s.item.uri).toBe(items[0]);
    h.clock.now += 10_000;
    s = await state(h);
    expect(s.progress_ms).toBe(10_000);
    const first = s.item.duration_ms;
    h.clock.now += first - 10_000 + 2_500;
    s = await state(h);
    expect(s.item.uri).toBe(items[1]);
    expect(s.progress_ms).toBe(2_500);
    const history = (await h.ok("get-recently-played", { query: { limit: "1" } })).body as { items: Array<{ track: { uri: string }; played_at: string; context: { uri: string } }> };
    expect(history.items[0].track.uri).toBe(items[0]);
    expect(history.items[0].context.uri).toBe(ctxUri);
    expect(Date.parse(history.items[0].played_at)).toBe(h.clock.now - 2_500);
    // Paused: time stands still.
    await h.ok("pause-a-users-playback");
    h.clock.now += 60_000;
    s = await state(h);
    expect(s).toMatchObject({ is_playing: false, progress_ms: 2_500 });
    expect((await h.call("pause-a-users-playback")).status).toBe(403);
  });

  it("stops at the end of the context with repeat off, and wraps with repeat context", async () => {
    const { h, devices } = await setUp();
    const album = albumWith(h, 2);
    const items = albumUris(h, album);
    await h.ok("start-a-users-playback", { query: { device_id: devices[0].id }, body: { uris: items.slice(0, 2) } });
    h.clock.now += 3_600_000;
    let s = await state(h);
    expect(s.is_playing).toBe(false);
    await h.ok("set-repeat-mode-on-users-playback", { query: { state: "context" } });
    await h.ok("start-a-users-playback", { body: { uris: items.slice(0, 2) } });
    h.clock.now += 24 * 3_600_000;
    s = await state(h);
    expect(s.is_playing).toBe(true);
    expect(s.repeat_state).toBe("context");
  });

  it("skips, seeks past the end, sets volume and shuffle, transfers, queues", async () => {
    const { h, devices } = await setUp();
    const album = albumWith(h, 4);
    const items = albumUris(h, album);
    const ctxUri = `spotify:album:${h.web.catalog.id("album", album)}`;
    await h.ok("transfer-a-users-playback", { body: { device_ids: [devices[0].id], play: false } });
    expect((await state(h)).device.id).toBe(devices[0].id);
    await h.ok("start-a-users-playback", { body: { context_uri: ctxUri, offset: { uri: items[1] }, position_ms: 5_000 } });
    expect((await state(h)).item.uri).toBe(items[1]);
    await h.ok("skip-users-playback-to-next-track");
    expect((await state(h)).item.uri).toBe(items[2]);
    await h.ok("skip-users-playback-to-previous-track");
    expect((await state(h)).item.uri).toBe(items[1]);
    const length = (await state(h)).item.duration_ms;
    await h.ok("seek-to-position-in-currently-playing-track", { query: { position_ms: String(length + 1_000) } });
    let s = await state(h);
    expect(s.item.uri).toBe(items[2]);
    // The next song starts from its beginning: the excess is not carried over (spec).
    expect(s.progress_ms).toBe(0);
    expect(s.is_playing).toBe(true);
    await h.ok("set-volume-for-users-playback", { query: { volume_percent: "15" } });
    await h.ok("toggle-shuffle-for-users-playback", { query: { state: "true" } });
    s = await state(h);
    expect(s.device.volume_percent).toBe(15);
    expect(s.shuffle_state).toBe(true);
    const extra = `spotify:track:${h.web.catalog.id("track", 0)}`;
    await h.ok("add-to-queue", { query: { uri: extra } });
    const queue = (await h.ok("get-queue")).body as { currently_playing: { uri: string }; queue: Array<{ uri: string }> };
    expect(queue.currently_playing.uri).toBe(items[2]);
    expect(queue.queue[0].uri).toBe(extra);
    expect(queue.queue[1].uri).toBe(items[3]);
    await h.ok("skip-users-playback-to-next-track");
    expect((await state(h)).item.uri).toBe(extra);
    expect((await h.call("add-to-queue", { query: { uri: "spotify:album:x" } })).status).toBe(400);
    expect((await h.call("transfer-a-users-playback", { body: { device_ids: [devices[0].id, devices[1].id] } })).status).toBe(400);
    await h.ok("transfer-a-users-playback", { body: { device_ids: [devices[1].id] } });
    expect((await state(h)).device.id).toBe(devices[1].id);
  });
});

describe("shuffle", () => {
  it("plays every item of the context once, in another order, and goes back to context order when off", async () => {
    const { h, devices } = await setUp();
    const album = albumWith(h, 8);
    const items = albumUris(h, album);
    await h.ok("start-a-users-playback", { query: { device_id: devices[0].id }, body: { context_uri: `spotify:album:${h.web.catalog.id("album", album)}` } });
    await h.ok("toggle-shuffle-for-users-playback", { query: { state: "true" } });
    const played = [(await state(h)).item.uri];
    for (let i = 1; i < items.length; i++) {
      await h.ok("skip-users-playback-to-next-track");
      played.push((await state(h)).item.uri);
    }
    expect([...played].sort()).toEqual([...items].sort());
    expect(played).not.toEqual(items);
    await h.ok("toggle-shuffle-for-users-playback", { query: { state: "false" } });
    const at = items.indexOf(played[played.length - 1]);
    await h.ok("skip-users-playback-to-next-track");
    expect((await state(h)).item.uri).toBe(items[(at + 1) % items.length]);
  });
});

describe("episodes in the player", () => {
  it("describes an episode only with additional_types=episode", async () => {
    const { h, devices } = await setUp();
    const episode = `spotify:episode:${h.web.catalog.id("episode", 3)}`;
    await h.ok("start-a-users-playback", { query: { device_id: devices[0].id }, body: { uris: [episode] } });
    const plain = (await h.ok("get-information-about-the-users-current-playback")).body as { item: unknown; currently_playing_type: string };
    expect(plain).toMatchObject({ item: null, currently_playing_type: "episode" });
    const opted = (await h.ok("get-the-users-currently-playing-track", { query: { additional_types: "track,episode" } })).body as { item: { type: string; uri: string } };
    expect(opted.item).toMatchObject({ type: "episode", uri: episode });
  });
});

describe("recently played", () => {
  it("pages with exclusive before/after cursors in ms and refuses both at once", async () => {
    const h = harness();
    const all = (await h.ok("get-recently-played", { query: { limit: "50" } })).body as { items: Array<{ played_at: string }>; total: number };
    expect(all.items.length).toBe(20);
    const times = all.items.map((i) => Date.parse(i.played_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const first = (await h.ok("get-recently-played", { query: { limit: "5" } })).body as { items: Array<{ played_at: string }>; next: string; cursors: { before: string; after: string } };
    expect(first.cursors.before).toBe(String(times[4]));
    expect(first.cursors.after).toBe(String(times[0]));
    const next = Object.fromEntries(new URL(first.next).searchParams);
    const second = (await h.ok("get-recently-played", { query: next })).body as { items: Array<{ played_at: string }> };
    expect(second.items.map((i) => Date.parse(i.played_at))).toEqual(times.slice(5, 10));
    const after = (await h.ok("get-recently-played", { query: { after: String(times[3]), limit: "50" } })).body as { items: Array<{ played_at: string }> };
    expect(after.items.map((i) => Date.parse(i.played_at))).toEqual(times.slice(0, 3));
    expect((await h.call("get-recently-played", { query: { after: "1", before: "2" } })).status).toBe(400);
  });
});

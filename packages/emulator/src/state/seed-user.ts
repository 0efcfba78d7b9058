// The seeded starting point of a user's data, derived from (seed, user id) so that reset() can
// simply forget users: they are re-created identically (relative to the clock) on next use.
import { createHash } from "node:crypto";
import type { Catalog } from "../catalog/catalog.js";
import { derivedId } from "../catalog/ids.js";
import { hashString, Rng } from "../catalog/prng.js";
import { Library, type SavedKind } from "./library.js";
import { Player } from "./player.js";
import { UserPlaylist } from "./playlists.js";

const DAY = 86_400_000;

function deviceId(seed: number, userId: string, n: number): string {
  return createHash("sha1").update(`${seed}:${userId}:device:${n}`).digest("hex");
}

/** The id of the n-th playlist a user creates. */
export function playlistIdFor(seed: number, userId: string, n: number): string {
  return derivedId(seed, `playlist:${userId}:${n}`);
}

/** What a new user starts with: a library, a player with devices, and playlists. */
export interface SeededUser {
  library: Library;
  player: Player;
  playlists: UserPlaylist[];
}

/** @param synthetic false with `fixturesOnly`: the library, history, playlists and player start empty */
export function seedUser(catalog: Catalog, userId: string, now: number, synthetic = true): SeededUser {
  const rng = new Rng(hashString(userId, catalog.seed));
  const s = catalog.sizes;
  const lib = new Library();
  const devices = [
    { id: deviceId(catalog.seed, userId, 0), name: "Emulator Web Player", type: "Computer", volume: 70, supportsVolume: true },
    { id: deviceId(catalog.seed, userId, 1), name: "Emulator Phone", type: "Smartphone", volume: 50, supportsVolume: true },
  ];
  if (!synthetic) {
    const player = new Player({ devices, active: null, context: null, items: [], index: 0, current: null, queue: [], progress: 0, anchor: now, playing: false, repeat: "off", shuffle: false });
    return { library: lib, player, playlists: [] };
  }
  const pickIds = (kind: SavedKind, count: number, n: number) => {
    for (let i = 0; i < n; i++) lib.add(lib.saved[kind], catalog.id(kind, rng.int(count)), now - (i + 1) * DAY);
  };
  pickIds("track", s.tracks, 30);
  pickIds("album", s.albums, 8);
  pickIds("episode", s.episodes, 5);
  pickIds("show", s.shows, 4);
  pickIds("audiobook", s.audiobooks, 2);
  for (let i = 0; i < 12; i++) lib.add(lib.follows.artist, catalog.id("artist", rng.int(s.artists)), now - (i + 1) * DAY);
  for (let i = 0; i < 4; i++) lib.add(lib.follows.playlist, catalog.id("playlist", rng.int(s.playlists)), now - (i + 1) * DAY);

  // Twenty plays that ended just before now, newest first.
  let at = now - 60_000;
  for (let i = 0; i < 20; i++) {
    const t = catalog.track(rng.int(s.tracks));
    lib.history.push({ uri: `spotify:track:${t.id}`, playedAt: at, context: `spotify:album:${catalog.id("album", t.album)}` });
    at -= t.durationMs + rng.int(600_000);
  }

  const playlists: UserPlaylist[] = [];
  const makePlaylist = (name: string, uris: string[]) => {
    const id = playlistIdFor(catalog.seed, userId, lib.createdPlaylists++);
    const created = now - 30 * DAY;
    playlists.push(new UserPlaylist({
      id, ownerId: userId, name, description: `${name}, seeded by the emulator.`, public: true, collaborative: false,
      items: uris.map((uri, i) => ({ uri, addedAt: created + i * 60_000, addedBy: userId })), version: 1, createdAt: created,
    }));
    lib.add(lib.follows.playlist, id, created);
  };
  const tracks = (n: number) => Array.from({ length: n }, () => `spotify:track:${catalog.id("track", rng.int(s.tracks))}`);
  makePlaylist("My Mix", [...tracks(24), "spotify:local:Emulator+Band:Home+Tapes:Garage+Demo:187"]);
  makePlaylist("Road Trip", [...tracks(11), `spotify:episode:${catalog.id("episode", rng.int(s.episodes))}`]);

  const album = catalog.album(rng.int(s.albums));
  const items = Array.from({ length: album.trackCount }, (_, i) => `spotify:track:${catalog.id("track", album.trackStart + i)}`);
  const player = new Player({
    devices,
    active: null,
    context: `spotify:album:${album.id}`,
    items,
    index: 0,
    current: items[0] ?? null,
    queue: [],
    progress: 0,
    anchor: now,
    playing: false,
    repeat: "off",
    shuffle: false,
  });
  return { library: lib, player, playlists };
}

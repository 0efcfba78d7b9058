// The Web API's state: the generated catalog (derived on demand) and per-user data (library,
// follows, playlists, player, history). Only users that were touched are kept, so reset() is
// cheap and toJSON() small.
import { Catalog } from "../catalog/catalog.js";
import { Renderer } from "../catalog/render.js";
import { parseQuery } from "../catalog/query.js";
import { SEARCH_TYPES, SearchIndex } from "../catalog/search.js";
import { FixtureCatalog } from "../fixtures/catalog.js";
import { type FixtureDoc, FixtureSet, loadChunked, loadSync } from "../fixtures/load.js";
// Fixture documents are not part of toJSON(): with --data-dir they have their own file
// (fixtures/sources.ts), written when they change, so a state write stays small.
import { fixturePlaylists } from "./fixture-playlists.js";
import { Library, type LibraryJSON } from "./library.js";
import { Player, type PlayerJSON } from "./player.js";
import { PlaylistMap } from "./playlist-map.js";
import { UserPlaylist, type UserPlaylistJSON } from "./playlists.js";
import { playlistIdFor, seedUser } from "./seed-user.js";
import type { WebApiState } from "./types.js";

/** Options of {@link createWebApiState}. */
export interface WebApiOptions {
  seed: number;
  /** Number of tracks; the other record counts derive from it. */
  catalogSize: number;
  now: () => number;
  /** Fixture documents (what Web API calls returned), served with the catalog. */
  fixtures?: FixtureDoc[];
  /** Serve the fixtures only: no synthetic catalog, and users start with an empty library. @default false */
  fixturesOnly?: boolean;
}

/** A user's library and player, made on first use. */
export interface UserData {
  library: Library;
  player: Player;
}

interface StoreJSON {
  format: 1;
  seed: number;
  catalogSize: number;
  nov2024Restrictions: boolean;
  users: Record<string, { library: LibraryJSON; player: PlayerJSON }>;
  playlists: UserPlaylistJSON[];
}

function isPlayer(p: unknown): p is PlayerJSON {
  const s = p as PlayerJSON;
  return typeof s === "object" && s !== null && Array.isArray(s.devices) && Array.isArray(s.items) && Array.isArray(s.queue) && typeof s.progress === "number" && typeof s.anchor === "number";
}

function isPlaylist(p: unknown): p is UserPlaylistJSON {
  const s = p as UserPlaylistJSON;
  return typeof s === "object" && s !== null && typeof s.id === "string" && typeof s.ownerId === "string" && typeof s.name === "string" && Array.isArray(s.items) && typeof s.version === "number";
}

/** Fixture indices start after the synthetic ones. */
function offsets(c: Catalog) {
  const s = c.sizes;
  return { track: s.tracks, album: s.albums, artist: s.artists, show: s.shows, episode: s.episodes, audiobook: s.audiobooks, chapter: s.chapters };
}

/**
 * The Web API's data: the catalog (synthetic and fixtures), its renderer and search index, users' libraries
 * and players, and every user playlist; what handlers read and change.
 */
export class WebApiStore implements WebApiState {
  catalog: Catalog;
  render: Renderer;
  private searchIndex?: SearchIndex;
  /**
   * Whether the 27 Nov 2024 restrictions hide Spotify-owned editorial playlists (404) and preview
   * URLs for apps that are not `extended`. The platform's per-app switch, when it reaches the
   * handlers, takes precedence.
   * @default true
   */
  nov2024Restrictions = true;
  private readonly people = new Map<string, UserData>();
  /** Every user playlist by id (made, seeded or from fixtures), with a search index of the fixture ones. */
  readonly playlists = new PlaylistMap();

  /** The loaded fixtures (empty without any). */
  fixtures = new FixtureSet();

  constructor(private options: WebApiOptions) {
    this.catalog = new Catalog(options.seed, options.catalogSize);
    this.render = new Renderer(this.catalog);
    this.catalog.synthetic = !options.fixturesOnly;
    if (options.fixtures?.length) {
      const set = new FixtureSet();
      loadSync(set, options.fixtures);
      this.install(set);
    }
  }

  /** Builds the fixture records for `set` and serves them from now on (fixture playlists as loaded, unless changed). */
  private install(set: FixtureSet, built = set.size > 0 ? FixtureCatalog.build(set, this.catalog.seed, offsets(this.catalog)) : undefined): void {
    this.fixtures = set;
    this.catalog.fixtures = built;
    this.searchIndex?.fixturesChanged();
    for (const p of fixturePlaylists(set, this.options.now())) {
      const had = this.playlists.get(p.id);
      if (!had || (had.data.fixture && had.data.version === 1)) this.playlists.set(p.id, p);
    }
    for (const [userId, data] of this.people) this.followOwnFixtures(userId, data);
  }

  /**
   * Owners follow their playlists (a created one is followed at once), so a fixture playlist of a
   * user the emulator knows (an exported one brought back) is in that user's `GET /me/playlists`.
   */
  private followOwnFixtures(userId: string, data: UserData): void {
    const follows = data.library.follows.playlist;
    for (const p of this.playlists.values()) if (p.data.fixture && p.data.ownerId === userId && !follows.has(p.id)) data.library.add(follows, p.id, p.data.createdAt);
  }

  /**
   * Loads more fixture documents, a chunk per event-loop turn; nothing changes unless all of
   * them load.
   * @throws FixtureError for a document that is not what a Web API call returns
   */
  loadFixtures(docs: FixtureDoc[]): Promise<FixtureSet> {
    // One load at a time: each builds on the documents the previous one installed.
    const run = this.loading.then(() => this.load(docs));
    this.loading = run.catch(() => undefined);
    return run;
  }

  private loading: Promise<unknown> = Promise.resolve();

  private async load(docs: FixtureDoc[]): Promise<FixtureSet> {
    const set = new FixtureSet();
    await loadChunked(set, [...this.fixtures.docs, ...docs]);
    const steps = FixtureCatalog.create(set, this.catalog.seed, offsets(this.catalog));
    let next = steps.next();
    for (; !next.done; next = steps.next()) await new Promise<void>((resolve) => setImmediate(resolve));
    // Installed at once after the last await: no request sees half of it.
    this.install(set, set.size > 0 ? next.value : undefined);
    return set;
  }

  get now(): () => number {
    return this.options.now;
  }

  /** The search index, built on the first search. */
  get search(): SearchIndex {
    this.searchIndex ??= new SearchIndex(this.catalog);
    return this.searchIndex;
  }

  /**
   * Builds the search indexes in the background, a slice per event-loop turn (requests are served
   * in between), so that the first search does not pay for them. Optional: without it they are
   * built on first use, sliced the same way.
   */
  async warmUp(): Promise<void> {
    for (const type of SEARCH_TYPES) await this.search.prepareAsync(type);
    // The album facets year:, tag: and genre: filters read.
    await this.search.prepareAsync("album", parseQuery("tag:new"));
  }

  newReleases(): number[] {
    return this.catalog.newAlbums();
  }

  /** A user's data, seeded on first use. */
  user(userId: string): UserData {
    let data = this.people.get(userId);
    if (!data) {
      const seeded = seedUser(this.catalog, userId, this.options.now(), this.catalog.synthetic);
      data = { library: seeded.library, player: seeded.player };
      this.people.set(userId, data);
      for (const p of seeded.playlists) if (!this.playlists.has(p.id)) this.playlists.set(p.id, p);
      this.followOwnFixtures(userId, data);
    }
    return data;
  }

  /** How many users (with data) follow a playlist. */
  followersOf(playlistId: string): number {
    let n = 0;
    for (const u of this.people.values()) if (u.library.follows.playlist.has(playlistId)) n++;
    return n;
  }

  hasUser(userId: string): boolean {
    return this.people.has(userId);
  }

  /** Creates a playlist owned by `userId` (who follows it). */
  createPlaylist(userId: string, fields: { name: string; description: string | null; public: boolean; collaborative: boolean }): UserPlaylist {
    const lib = this.user(userId).library;
    let id = playlistIdFor(this.catalog.seed, userId, lib.createdPlaylists++);
    while (this.playlists.has(id)) id = playlistIdFor(this.catalog.seed, userId, lib.createdPlaylists++);
    const now = this.options.now();
    const playlist = new UserPlaylist({ id, ownerId: userId, ...fields, items: [], version: 1, createdAt: now });
    this.playlists.set(id, playlist);
    lib.follows.playlist.set(id, now);
    return playlist;
  }

  toJSON(): StoreJSON {
    const users: StoreJSON["users"] = {};
    for (const [id, u] of this.people) users[id] = { library: u.library.toJSON(), player: u.player.toJSON() };
    return {
      format: 1,
      seed: this.catalog.seed,
      catalogSize: this.catalog.sizes.tracks,
      nov2024Restrictions: this.nov2024Restrictions,
      users,
      playlists: [...this.playlists.values()].map((p) => structuredClone(p.data)),
    };
  }

  /** @throws TypeError when `data` is not a Web API state written by toJSON() */
  restore(data: unknown): void {
    if (typeof data !== "object" || data === null || (data as StoreJSON).format !== 1) {
      throw new TypeError("spotify-emulator: the Web API state is not in a known format");
    }
    const d = data as StoreJSON;
    if (d.seed !== this.catalog.seed || d.catalogSize !== this.catalog.sizes.tracks) {
      this.options = { ...this.options, seed: d.seed, catalogSize: d.catalogSize };
      this.catalog = new Catalog(d.seed, d.catalogSize);
      this.catalog.synthetic = !this.options.fixturesOnly;
      this.render = new Renderer(this.catalog);
      this.searchIndex = undefined;
    }
    this.people.clear();
    this.playlists.clear();
    this.nov2024Restrictions = d.nov2024Restrictions !== false;
    for (const [id, u] of Object.entries(d.users ?? {})) {
      if (!isPlayer(u?.player) || typeof u.library !== "object" || u.library === null) throw new TypeError(`spotify-emulator: the saved data of user ${id} is damaged`);
      this.people.set(id, { library: Library.fromJSON(u.library), player: new Player(structuredClone(u.player)) });
    }
    for (const p of d.playlists ?? []) {
      if (!isPlaylist(p)) throw new TypeError("spotify-emulator: a saved playlist is damaged");
      this.playlists.set(p.id, new UserPlaylist(structuredClone(p)));
    }
    // Rebuilt: a restored seed moves where fixture indices start; fixture playlists not saved come back.
    this.install(this.fixtures);
  }

  /** Back to the start: users forgotten, fixture playlists as loaded. */
  reset(): void {
    this.people.clear();
    this.playlists.clear();
    this.nov2024Restrictions = true;
    this.install(this.fixtures);
  }
}

/**
 * Creates the Web API state. Start-up stays cheap whatever the catalog size: records are derived
 * on demand and the search index is built on the first search.
 * @example
 * const web = createWebApiState({ seed: 42, catalogSize: 100_000, now: Date.now });
 */
export function createWebApiState(options: WebApiOptions): WebApiStore {
  return new WebApiStore(options);
}

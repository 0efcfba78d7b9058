// One user's library: saved items per type, follows, and the play history. Ordered maps of
// id → epoch ms, serialised as arrays of pairs.

/** The item types a user can save to the library. */
export const SAVED_KINDS = ["track", "album", "episode", "show", "audiobook"] as const;
/** One of SAVED_KINDS. */
export type SavedKind = (typeof SAVED_KINDS)[number];
/** What a user can follow. */
export const FOLLOW_KINDS = ["artist", "user", "playlist"] as const;
/** One of FOLLOW_KINDS. */
export type FollowKind = (typeof FOLLOW_KINDS)[number];

/** One play in the history behind GET /me/player/recently-played. */
export interface PlayRecord {
  /** spotify:track:... or spotify:episode:... */
  uri: string;
  playedAt: number;
  context?: string;
}

/** A library as --data-dir keeps it: the ordered maps as arrays of [id, added-at] pairs. */
export interface LibraryJSON {
  saved: Record<SavedKind, Array<[string, number]>>;
  follows: Record<FollowKind, Array<[string, number]>>;
  history: PlayRecord[];
  createdPlaylists: number;
}

/** Spotify keeps the last 50 plays. */
export const HISTORY_SIZE = 50;

function emptyMaps<K extends string>(kinds: readonly K[]): Record<K, Map<string, number>> {
  return Object.fromEntries(kinds.map((k) => [k, new Map<string, number>()])) as Record<K, Map<string, number>>;
}

/** One user's saved items, follows and play history, each map in the order items were added. */
export class Library {
  readonly saved = emptyMaps(SAVED_KINDS);
  readonly follows = emptyMaps(FOLLOW_KINDS);
  history: PlayRecord[] = [];
  /** How many playlists this user has created (their ids derive from it). */
  createdPlaylists = 0;

  /** Saved items of a kind, most recently added first. */
  list(map: Map<string, number>): Array<[string, number]> {
    return [...map].map((e, i) => [e, i] as const).sort((x, y) => y[0][1] - x[0][1] || y[1] - x[1]).map((e) => e[0]);
  }

  add(map: Map<string, number>, id: string, at: number): void {
    if (!map.has(id)) map.set(id, at);
  }

  recordPlay(play: PlayRecord): void {
    this.history.unshift(play);
    if (this.history.length > HISTORY_SIZE) this.history.length = HISTORY_SIZE;
  }

  toJSON(): LibraryJSON {
    const pairs = <K extends string>(maps: Record<K, Map<string, number>>) =>
      Object.fromEntries(Object.entries<Map<string, number>>(maps).map(([k, m]) => [k, [...m]])) as Record<K, Array<[string, number]>>;
    return { saved: pairs(this.saved), follows: pairs(this.follows), history: this.history.map((h) => ({ ...h })), createdPlaylists: this.createdPlaylists };
  }

  static fromJSON(data: LibraryJSON): Library {
    const lib = new Library();
    for (const k of SAVED_KINDS) for (const [id, at] of data.saved?.[k] ?? []) lib.saved[k].set(String(id), Number(at));
    for (const k of FOLLOW_KINDS) for (const [id, at] of data.follows?.[k] ?? []) lib.follows[k].set(String(id), Number(at));
    lib.history = Array.isArray(data.history) ? data.history.map((h) => ({ uri: String(h.uri), playedAt: Number(h.playedAt), ...(h.context ? { context: String(h.context) } : {}) })) : [];
    lib.createdPlaylists = Number(data.createdPlaylists) || 0;
    return lib;
  }
}

// The store's user playlists by id, with a word index of the fixture playlists so that search
// (type=playlist) looks up its words instead of tokenising every playlist's name per query. The
// index follows the map: a playlist is indexed when set, dropped when deleted or cleared, and
// indexed again whenever it changes (UserPlaylist.touch(), which every change calls: a rename
// included).
import { words } from "../catalog/query.js";
import type { UserPlaylist } from "./playlists.js";

/** What a fixture playlist is found by: the words of its name and of its owner's display name. */
function searchWords(p: UserPlaylist): string[] {
  const owner = (p.data.fixture?.owner ?? {}) as { display_name?: unknown };
  return [...words(p.data.name), ...words(typeof owner.display_name === "string" ? owner.display_name : "")];
}

/** First index in sorted `list` whose value is not below `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A Map of the user playlists that keeps a search index of the fixture ones current. */
export class PlaylistMap extends Map<string, UserPlaylist> {
  /** Insertion order per id (what iterating the map gives), so search answers in the same order. */
  private readonly rank = new Map<string, number>();
  private nextRank = 0;
  /** The words each indexed playlist was indexed under. */
  private readonly indexed = new Map<string, string[]>();
  private readonly postings = new Map<string, Set<string>>();
  /** The posting words, sorted for prefix lookups; rebuilt on the first search after a word comes or goes. */
  private vocabulary: string[] | undefined = [];

  override set(id: string, playlist: UserPlaylist): this {
    const had = super.get(id);
    if (had && had !== playlist) had.onTouch = undefined;
    if (!this.rank.has(id)) this.rank.set(id, this.nextRank++);
    super.set(id, playlist);
    playlist.onTouch = () => {
      if (super.get(id) === playlist) this.index(id, playlist);
    };
    this.index(id, playlist);
    return this;
  }

  override delete(id: string): boolean {
    const had = super.get(id);
    if (!had) return false;
    had.onTouch = undefined;
    this.unindex(id);
    this.rank.delete(id);
    return super.delete(id);
  }

  override clear(): void {
    for (const p of super.values()) p.onTouch = undefined;
    super.clear();
    this.rank.clear();
    this.indexed.clear();
    this.postings.clear();
    this.vocabulary = [];
  }

  /**
   * The ids of the public fixture playlists whose name or owner's name has every word of `want`
   * (the last one also as a prefix), in the map's order; `hideEditorial` leaves out Spotify's own.
   */
  searchFixtures(want: readonly string[], hideEditorial: boolean): string[] {
    if (want.length === 0) return [];
    const last = want.length - 1;
    // The rarest exact word narrows the candidates; a one-word query takes every word it prefixes.
    let candidates: Iterable<string>;
    if (last > 0) {
      let smallest: Set<string> | undefined;
      for (let i = 0; i < last; i++) {
        const ids = this.postings.get(want[i]!);
        if (!ids) return [];
        if (!smallest || ids.size < smallest.size) smallest = ids;
      }
      candidates = smallest!;
    } else {
      const vocabulary = (this.vocabulary ??= [...this.postings.keys()].sort());
      const found = new Set<string>();
      for (let i = lowerBound(vocabulary, want[0]!); i < vocabulary.length && vocabulary[i]!.startsWith(want[0]!); i++) {
        for (const id of this.postings.get(vocabulary[i]!)!) found.add(id);
      }
      candidates = found;
    }
    const out: string[] = [];
    for (const id of candidates) {
      const p = super.get(id)!;
      if (!p.data.public || (hideEditorial && p.data.ownerId === "spotify")) continue;
      const have = this.indexed.get(id)!;
      if (want.every((w, i) => have.some((h) => h === w || (i === last && h.startsWith(w))))) out.push(id);
    }
    return out.sort((a, b) => this.rank.get(a)! - this.rank.get(b)!);
  }

  private index(id: string, playlist: UserPlaylist): void {
    this.unindex(id);
    if (!playlist.data.fixture) return;
    const found = searchWords(playlist);
    this.indexed.set(id, found);
    for (const w of found) {
      let ids = this.postings.get(w);
      if (!ids) {
        this.postings.set(w, (ids = new Set()));
        this.vocabulary = undefined;
      }
      ids.add(id);
    }
  }

  private unindex(id: string): void {
    const was = this.indexed.get(id);
    if (!was) return;
    this.indexed.delete(id);
    for (const w of was) {
      const ids = this.postings.get(w);
      if (!ids) continue;
      ids.delete(id);
      if (ids.size === 0) {
        this.postings.delete(w);
        this.vocabulary = undefined;
      }
    }
  }
}

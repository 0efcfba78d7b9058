// How fixture playlists become the emulator's playlists: a fixture playlist is a user playlist
// owned by its owner, with its items (a removed track stays as an item whose track is null), so
// every playlist operation works on it and reset returns it to the fixture.
import type { FixtureSet, Json } from "../fixtures/load.js";
import { UserPlaylist } from "./playlists.js";

const PAGE_KEYS = ["tracks", "items"];

/** The emulator's playlists for the fixture playlists, as loaded (version 1). */
export function fixturePlaylists(set: FixtureSet, now: number): UserPlaylist[] {
  const out: UserPlaylist[] = [];
  for (const [id, raw] of set.objects.playlist) {
    const owner = (raw.owner ?? {}) as Json;
    const ownerId = typeof owner.id === "string" ? owner.id : "spotify";
    const items = (set.playlistItems.get(id) ?? []).filter((item) => item !== undefined).map((item) => {
      const media = (item.track ?? item.item) as Json | null | undefined;
      const addedBy = (item.added_by ?? {}) as Json;
      const at = typeof item.added_at === "string" ? Date.parse(item.added_at) : Number.NaN;
      // A removed track keeps its place as an item without a track (uri "").
      return { uri: media && typeof media.uri === "string" ? media.uri : "", addedAt: Number.isNaN(at) ? 0 : at, addedBy: typeof addedBy.id === "string" ? addedBy.id : ownerId };
    });
    const fixture: Json = {};
    for (const [k, v] of Object.entries(raw)) if (!PAGE_KEYS.includes(k)) fixture[k] = v;
    out.push(new UserPlaylist({
      id, ownerId, name: typeof raw.name === "string" ? raw.name : "", description: typeof raw.description === "string" ? raw.description : null,
      public: raw.public !== false, collaborative: raw.collaborative === true, items, version: 1, createdAt: now, fixture,
    }));
  }
  return out;
}

// Library, follows, profiles, markets, dev-2026 field stripping, multi-gets, search paging, and
// the state's toJSON/restore/reset.
import { describe, expect, it } from "vitest";
import { createWebApiState } from "../src/state/webapi.js";
import { harness } from "./webapi-harness.js";

describe("library", () => {
  it("/me/library saves, checks and removes URIs of every type from the query or a JSON body", async () => {
    const h = harness();
    const c = h.web.catalog;
    const uris = [`spotify:track:${c.id("track", 1)}`, `spotify:album:${c.id("album", 1)}`, `spotify:show:${c.id("show", 1)}`, `spotify:episode:${c.id("episode", 1)}`, `spotify:audiobook:${c.id("audiobook", 1)}`, `spotify:playlist:${c.id("playlist", c.sizes.editorialPlaylists + 2)}`, "spotify:user:curator-3", `spotify:artist:${c.id("artist", 9)}`];
    const before = (await h.ok("check-library-contains", { query: { uris: uris.join(",") } })).body as boolean[];
    await h.ok("save-library-items", { query: { uris: uris.slice(0, 4).join(",") } });
    await h.ok("save-library-items", { body: { uris: uris.slice(4) } });
    expect((await h.ok("check-library-contains", { query: { uris: uris.join(",") } })).body).toEqual(uris.map(() => true));
    expect(before).toEqual(uris.map(() => false));
    const saved = (await h.ok("get-users-saved-tracks")).body as { items: Array<{ track: { uri: string } }> };
    expect(saved.items[0].track.uri).toBe(uris[0]);
    await h.ok("remove-library-items", { query: { uris: uris.join(",") } });
    expect((await h.ok("check-library-contains", { query: { uris: uris.join(",") } })).body).toEqual(uris.map(() => false));
  });

  it("/me/library refuses more than 40 URIs, bad URIs and a missing uris", async () => {
    const h = harness();
    const many = Array.from({ length: 41 }, (_, i) => `spotify:track:${h.web.catalog.id("track", i)}`);
    expect((await h.call("save-library-items", { body: { uris: many } })).status).toBe(400);
    expect((await h.call("save-library-items", { query: { uris: "spotify:banana:1" } })).status).toBe(400);
    expect((await h.call("remove-library-items", { query: { uris: "spotify:track:short" } })).problem?.message).toBe("invalid id");
    expect((await h.call("check-library-contains", {})).status).toBe(400);
  });

  it("per-type endpoints save in order, check, remove, and refuse malformed ids", async () => {
    const h = harness();
    const c = h.web.catalog;
    const ids = [c.id("album", 11), c.id("album", 12)];
    await h.ok("save-albums-user", { query: { ids: ids.join(",") } });
    const list = (await h.ok("get-users-saved-albums", { query: { limit: "2" } })).body as { items: Array<{ album: { id: string } }>; total: number };
    expect(list.items.map((i) => i.album.id).sort()).toEqual([...ids].sort());
    expect((await h.ok("check-users-saved-albums", { query: { ids: `${ids[0]},${c.id("album", 13)}` } })).body).toEqual([true, false]);
    await h.ok("remove-albums-user", { query: { ids: ids[0] } });
    expect((await h.ok("check-users-saved-albums", { query: { ids: ids[0] } })).body).toEqual([false]);
    expect((await h.call("save-tracks-user", { query: { ids: "bad" } })).problem?.message).toBe("invalid id");
  });

  it("lists followed artists with an `after` cursor, wrapped in {artists}", async () => {
    const h = harness();
    const c = h.web.catalog;
    const ids = Array.from({ length: 30 }, (_, i) => c.id("artist", 100 + i));
    await h.ok("follow-artists-users", { query: { type: "artist", ids: ids.join(",") } });
    const seen: string[] = [];
    let query: Record<string, string> = { type: "artist", limit: "7" };
    let total = 0;
    for (let guard = 0; guard < 20; guard++) {
      const page = ((await h.ok("get-followed", { query })).body as { artists: { items: Array<{ id: string }>; next: string | null; total: number; cursors: { after?: string } } }).artists;
      total = page.total;
      seen.push(...page.items.map((a) => a.id));
      if (!page.next) break;
      expect(page.cursors.after).toBe(page.items[page.items.length - 1].id);
      query = Object.fromEntries(new URL(page.next).searchParams);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    for (const id of ids) expect(seen).toContain(id);
    expect((await h.call("get-followed", { query: { type: "user" } })).status).toBe(400);
    expect((await h.ok("check-current-user-follows", { query: { type: "artist", ids: `${ids[0]},${c.id("artist", 99)}` } })).body).toEqual([true, false]);
  });
});

describe("profiles and fields", () => {
  it("/me shows email and private fields only with their scopes", async () => {
    const h = harness();
    const none = (await h.ok("get-current-users-profile", { auth: { scopes: new Set() } })).body as Record<string, unknown>;
    expect(none).toMatchObject({ id: "emulator-user", display_name: "Emulator User", type: "user", uri: "spotify:user:emulator-user" });
    expect(none.account_id).toMatch(/^[0-9a-f]{32}$/);
    for (const f of ["email", "country", "product", "explicit_content"]) expect(none).not.toHaveProperty(f);
    const all = (await h.ok("get-current-users-profile")).body as Record<string, unknown>;
    expect(all).toMatchObject({ email: "emulator-user@example.com", country: "US", product: "premium" });
    const dev = (await h.ok("get-current-users-profile", { profile: "dev-2026" })).body as Record<string, unknown>;
    for (const f of ["email", "country", "product", "explicit_content", "followers"]) expect(dev).not.toHaveProperty(f);
    expect(dev.account_id).toBe(all.account_id);
  });

  it("dev-2026 strips the February 2026 fields and keeps external_ids", async () => {
    const h = harness();
    const c = h.web.catalog;
    const track = (await h.ok("get-track", { params: { id: c.id("track", 3) }, profile: "dev-2026" })).body as Record<string, Record<string, unknown>>;
    expect(track).not.toHaveProperty("popularity");
    expect(track).not.toHaveProperty("available_markets");
    expect(track.external_ids).toHaveProperty("isrc");
    expect(track.album).not.toHaveProperty("available_markets");
    const album = (await h.ok("get-an-album", { params: { id: c.id("album", 3) }, profile: "dev-2026" })).body as Record<string, unknown>;
    for (const f of ["label", "popularity", "available_markets"]) expect(album).not.toHaveProperty(f);
    expect(album.external_ids).toHaveProperty("upc");
    const artist = (await h.ok("get-an-artist", { params: { id: c.id("artist", 3) }, profile: "dev-2026" })).body as Record<string, unknown>;
    expect(artist).not.toHaveProperty("followers");
    expect(artist).toHaveProperty("genres");
    const show = (await h.ok("get-a-show", { params: { id: c.id("show", 3) }, profile: "dev-2026" })).body as Record<string, unknown>;
    expect(show).not.toHaveProperty("publisher");
    const book = (await h.ok("get-an-audiobook", { params: { id: c.id("audiobook", 3) }, profile: "dev-2026" })).body as Record<string, Record<string, unknown[]>>;
    expect(book).not.toHaveProperty("publisher");
    expect(book.chapters.items[0]).not.toHaveProperty("available_markets");
    const full = (await h.ok("get-track", { params: { id: c.id("track", 3) } })).body as Record<string, unknown>;
    expect(full).toHaveProperty("popularity");
    expect(full).toHaveProperty("available_markets");
  });

  it("resolves from_token to the user's country, refuses it for app tokens, and marks unavailable tracks", async () => {
    const h = harness();
    const c = h.web.catalog;
    let restricted = 0;
    while (!c.album(restricted).markets) restricted++;
    const t = c.album(restricted).trackStart;
    const us = (await h.ok("get-track", { params: { id: c.id("track", t) }, query: { market: "from_token" } })).body as Record<string, unknown>;
    expect(us).toMatchObject({ is_playable: true });
    expect(us).not.toHaveProperty("available_markets");
    const app = { auth: { kind: "app" as const, userId: undefined } };
    const se = (await h.ok("get-track", { params: { id: c.id("track", t) }, query: { market: "SE" }, ...app })).body as Record<string, unknown>;
    expect(se).toMatchObject({ is_playable: false, restrictions: { reason: "market" } });
    expect((await h.call("get-track", { params: { id: c.id("track", t) }, query: { market: "from_token" }, ...app })).status).toBe(400);
    expect((await h.call("get-track", { params: { id: c.id("track", t) }, query: { market: "XX" }, ...app })).status).toBe(400);
  });

  it("gives episodes a resume point only with user-read-playback-position", async () => {
    const h = harness();
    const id = h.web.catalog.id("episode", 2);
    expect((await h.ok("get-an-episode", { params: { id } })).body).toHaveProperty("resume_point", { fully_played: false, resume_position_ms: 0 });
    expect((await h.ok("get-an-episode", { params: { id }, auth: { scopes: new Set() } })).body).not.toHaveProperty("resume_point");
  });

  it("multi-gets return null for unknown ids and 400 for malformed ones; single gets 404/400", async () => {
    const h = harness();
    const c = h.web.catalog;
    const res = (await h.ok("get-several-tracks", { query: { ids: `${c.id("track", 1)},${"Z".repeat(22)}` } })).body as { tracks: unknown[] };
    expect(res.tracks[1]).toBeNull();
    expect((res.tracks[0] as { id: string }).id).toBe(c.id("track", 1));
    expect((await h.call("get-several-tracks", { query: { ids: "short" } })).problem?.message).toBe("invalid id");
    expect((await h.call("get-an-artist", { params: { id: c.id("album", 1) } })).problem).toMatchObject({ status: 404, message: "Resource not found" });
    expect((await h.call("get-an-artist", { params: { id: "x" } })).problem).toMatchObject({ status: 400, message: "invalid id" });
  });
});

describe("search and artist albums", () => {
  it("applies the limit per type, pages with next, and uses dev-2026 defaults", async () => {
    const h = harness();
    const dev = (await h.ok("search", { query: { q: "the", type: "track,artist" }, profile: "dev-2026" })).body as Record<string, { items: unknown[]; limit: number; total: number; next: string | null }>;
    expect(dev.tracks.limit).toBe(5);
    expect(dev.tracks.items).toHaveLength(5);
    expect(dev.artists.items.length).toBeLessThanOrEqual(5);
    expect((await h.call("search", { query: { q: "the", type: "track", limit: "11" }, profile: "dev-2026" })).status).toBe(400);
    const wide = (await h.ok("search", { query: { q: "the", type: "track", limit: "50" } })).body as Record<string, { items: Array<{ id: string }>; next: string }>;
    expect(wide.tracks.items).toHaveLength(50);
    const next = (await h.ok("search", { query: Object.fromEntries(new URL(wide.tracks.next).searchParams) })).body as Record<string, { items: Array<{ id: string }>; offset: number }>;
    expect(next.tracks.offset).toBe(50);
    expect(next.tracks.items[0].id).not.toBe(wide.tracks.items[0].id);
    expect((await h.call("search", { query: { q: "x", type: "song" } })).status).toBe(400);
    // Editorial playlists are hidden from dev-mode searches.
    const pl = (await h.ok("search", { query: { q: "pop", type: "playlist", limit: "10" }, profile: "dev-2026" })).body as { playlists: { items: Array<{ owner: { id: string } }> } };
    for (const p of pl.playlists.items) expect(p.owner.id).not.toBe("spotify");
  });

  it("repeated searches answer the same, per profile and restriction switch", async () => {
    const h = harness();
    const tracks = { q: "love", type: "track", limit: "5" };
    const dev1 = (await h.ok("search", { query: tracks, profile: "dev-2026" })).body as { tracks: { items: Array<Record<string, unknown>> } };
    const ext = (await h.ok("search", { query: tracks })).body as typeof dev1;
    const dev2 = (await h.ok("search", { query: tracks, profile: "dev-2026" })).body as typeof dev1;
    expect(dev1.tracks.items).toHaveLength(5);
    expect(dev2).toEqual(dev1);
    expect(dev1.tracks.items[0]).not.toHaveProperty("popularity");
    expect(ext.tracks.items[0]).toHaveProperty("popularity");
    // Editorial playlists reappear when the Nov 2024 switch is turned off.
    const playlists = { q: "pop", type: "playlist", limit: "5" };
    const hidden = (await h.ok("search", { query: playlists, profile: "dev-2026" })).body as { playlists: { total: number } };
    h.web.nov2024Restrictions = false;
    const shown = (await h.ok("search", { query: playlists, profile: "dev-2026" })).body as { playlists: { total: number } };
    expect(shown.playlists.total).toBeGreaterThan(hidden.playlists.total);
  });

  it("filters an artist's albums by include_groups with dev-2026 limits", async () => {
    const h = harness();
    const id = h.web.catalog.id("artist", 4);
    const all = (await h.ok("get-an-artists-albums", { params: { id }, query: { limit: "50" } })).body as { items: Array<{ album_group: string }>; total: number };
    const singles = (await h.ok("get-an-artists-albums", { params: { id }, query: { include_groups: "single", limit: "50" } })).body as { items: Array<{ album_group: string }>; total: number };
    for (const a of singles.items) expect(a.album_group).toBe("single");
    expect(singles.total).toBeLessThanOrEqual(all.total);
    const dev = (await h.ok("get-an-artists-albums", { params: { id }, profile: "dev-2026" })).body as { limit: number };
    expect(dev.limit).toBe(5);
    expect((await h.call("get-an-artists-albums", { params: { id }, query: { limit: "11" }, profile: "dev-2026" })).status).toBe(400);
  });
});

describe("state", () => {
  it("serialises per-user data, restores it into a fresh state, and resets to the seeded state", async () => {
    const h = harness();
    const c = h.web.catalog;
    await h.ok("save-tracks-user", { query: { ids: c.id("track", 77) } });
    const p = (await h.ok("create-playlist", { body: { name: "Persisted" } })).body as { id: string };
    await h.ok("add-items-to-playlist", { params: { playlist_id: p.id }, body: { uris: [`spotify:track:${c.id("track", 5)}`] } });
    const snapshot = JSON.parse(JSON.stringify(h.web.toJSON())) as unknown;

    const other = harness();
    other.web.restore(snapshot);
    const saved = (await other.ok("check-users-saved-tracks", { query: { ids: c.id("track", 77) } })).body;
    expect(saved).toEqual([true]);
    const items = (await other.ok("get-playlists-items", { params: { playlist_id: p.id } })).body as { total: number };
    expect(items.total).toBe(1);
    expect(JSON.parse(JSON.stringify(other.web.toJSON()))).toEqual(snapshot);

    other.web.reset();
    expect((await other.ok("check-users-saved-tracks", { query: { ids: c.id("track", 77) } })).body).toEqual([false]);
    expect((await other.call("get-playlist", { params: { playlist_id: p.id } })).status).toBe(404);
    expect(() => createWebApiState({ seed: 1, catalogSize: 10, now: () => 0 }).restore({ nope: true })).toThrow(TypeError);
    const damaged = JSON.parse(JSON.stringify(snapshot)) as { users: Record<string, { player: unknown }> };
    damaged.users["emulator-user"].player = { devices: "no" };
    expect(() => createWebApiState({ seed: 1, catalogSize: 10, now: () => 0 }).restore(damaged)).toThrow(/damaged/);
  });
});

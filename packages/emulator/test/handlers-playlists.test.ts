// Playlists: snapshot ids, item operations, paging, local files, permissions and profiles.
import { describe, expect, it } from "vitest";
import { harness } from "./webapi-harness.js";

type Page = { href: string; items: Array<{ item: { uri: string } | null; track: unknown; is_local: boolean }>; next: string | null; previous: string | null; offset: number; limit: number; total: number };

async function newPlaylist(h: ReturnType<typeof harness>, name = "Test") {
  const res = await h.ok("create-playlist", { body: { name } });
  return res.body as { id: string; snapshot_id: string };
}

function uris(h: ReturnType<typeof harness>, from: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `spotify:track:${h.web.catalog.id("track", from + i)}`);
}

async function items(h: ReturnType<typeof harness>, id: string): Promise<string[]> {
  const res = await h.ok("get-playlists-items", { params: { playlist_id: id }, query: { limit: "50" } });
  return (res.body as Page).items.map((i) => i.item!.uri);
}

describe("playlist items", () => {
  it("changes the snapshot on every write and keeps item order", async () => {
    const h = harness();
    const p = await newPlaylist(h);
    const [a, b, c, d] = uris(h, 0, 4);
    const s1 = ((await h.ok("add-items-to-playlist", { params: { playlist_id: p.id }, body: { uris: [a, b, c] } })).body as { snapshot_id: string }).snapshot_id;
    expect(s1).not.toBe(p.snapshot_id);
    const s2 = ((await h.ok("add-items-to-playlist", { params: { playlist_id: p.id }, query: { uris: d, position: "1" } })).body as { snapshot_id: string }).snapshot_id;
    expect(await items(h, p.id)).toEqual([a, d, b, c]);
    // Reorder with the older snapshot: still applied to the latest version.
    const s3 = ((await h.ok("reorder-or-replace-playlists-items", { params: { playlist_id: p.id }, body: { range_start: 0, range_length: 2, insert_before: 4, snapshot_id: s1 } })).body as { snapshot_id: string }).snapshot_id;
    expect(await items(h, p.id)).toEqual([b, c, a, d]);
    const s4 = ((await h.ok("remove-items-playlist", { params: { playlist_id: p.id }, body: { items: [{ uri: a, positions: [2] }] } })).body as { snapshot_id: string }).snapshot_id;
    expect(await items(h, p.id)).toEqual([b, c, d]);
    expect(new Set([p.snapshot_id, s1, s2, s3, s4]).size).toBe(5);
    const got = (await h.ok("get-playlist", { params: { playlist_id: p.id } })).body as { snapshot_id: string };
    expect(got.snapshot_id).toBe(s4);
    // Replace.
    await h.ok("reorder-or-replace-playlists-items", { params: { playlist_id: p.id }, query: { uris: [a, a].join(",") } });
    expect(await items(h, p.id)).toEqual([a, a]);
    await h.ok("remove-items-playlist", { params: { playlist_id: p.id }, body: { items: [{ uri: a }] } });
    expect(await items(h, p.id)).toEqual([]);
  });

  it("rejects bad positions, unknown snapshots, more than 100 items, unknown ids and local files", async () => {
    const h = harness();
    const p = await newPlaylist(h);
    const pl = { playlist_id: p.id };
    await h.ok("add-items-to-playlist", { params: pl, body: { uris: uris(h, 0, 3) } });
    const bad = async (op: string, req: Parameters<typeof h.call>[1], message: RegExp) => {
      const r = await h.call(op, req);
      expect(r.status).toBe(400);
      expect(r.problem?.message).toMatch(message);
    };
    await bad("remove-items-playlist", { params: pl, body: { items: [{ uri: uris(h, 0, 1)[0], positions: [1] }] } }, /check parameters/);
    await bad("reorder-or-replace-playlists-items", { params: pl, body: { range_start: 0, insert_before: 1, snapshot_id: "bm9wZQ==" } }, /snapshot/);
    await bad("reorder-or-replace-playlists-items", { params: pl, body: { range_start: 2, range_length: 2, insert_before: 0 } }, /out of bounds/);
    await bad("add-items-to-playlist", { params: pl, body: { uris: uris(h, 0, 101) } }, /100/);
    await bad("add-items-to-playlist", { params: pl, body: { uris: [`spotify:track:${"A".repeat(22)}`] } }, /non-existing/);
    await bad("add-items-to-playlist", { params: pl, body: { uris: ["spotify:local:a:b:c:10"] } }, /Local files/);
    await bad("add-items-to-playlist", { params: pl, query: { uris: uris(h, 0, 1)[0], position: "9" } }, /out of bounds/);
    expect(await items(h, p.id)).toEqual(uris(h, 0, 3));
  });

  it("keeps local files in seeded playlists, returns both item and track, and reorders around them", async () => {
    const h = harness();
    const mine = (await h.ok("get-a-list-of-current-users-playlists")).body as { items: Array<{ id: string; name: string; owner: { id: string } }> };
    const mix = mine.items.find((p) => p.name === "My Mix")!;
    expect(mix.owner.id).toBe("emulator-user");
    const page = (await h.ok("get-playlists-items", { params: { playlist_id: mix.id }, query: { limit: "50" } })).body as Page;
    const local = page.items.findIndex((i) => i.is_local);
    expect(local).toBe(page.items.length - 1);
    expect(page.items[local].item?.uri).toMatch(/^spotify:local:/);
    for (const i of page.items) expect(i.track).toEqual(i.item);
    const full = (await h.ok("get-playlist", { params: { playlist_id: mix.id } })).body as { items: Page; tracks: Page };
    expect(full.items.href).toContain(`/playlists/${mix.id}/items?`);
    expect(full.tracks.href).toContain(`/playlists/${mix.id}/tracks?`);
    expect(full.tracks.items).toEqual(full.items.items);
    await h.ok("reorder-or-replace-playlists-items", { params: { playlist_id: mix.id }, body: { range_start: local, insert_before: 0 } });
    const after = (await h.ok("get-playlists-items", { params: { playlist_id: mix.id }, query: { limit: "50" } })).body as Page;
    expect(after.items[0].is_local).toBe(true);
    expect(after.total).toBe(page.total);
  });

  it("pages through 1,000 items with no loss or repeat, following next", async () => {
    const h = harness();
    const p = await newPlaylist(h);
    const all = uris(h, 100, 1000);
    for (let i = 0; i < 1000; i += 100) await h.ok("add-items-to-playlist", { params: { playlist_id: p.id }, body: { uris: all.slice(i, i + 100) } });
    const seen: string[] = [];
    let query: Record<string, string> = { limit: "50" };
    let pages = 0;
    for (;;) {
      const page = (await h.ok("get-playlists-items", { params: { playlist_id: p.id }, query })).body as Page;
      expect(page.total).toBe(1000);
      expect(page.href.startsWith(`http://127.0.0.1:9/v1/playlists/${p.id}/items?`)).toBe(true);
      expect(page.previous === null).toBe(page.offset === 0);
      seen.push(...page.items.map((i) => i.item!.uri));
      pages++;
      if (!page.next) break;
      query = Object.fromEntries(new URL(page.next).searchParams);
    }
    expect(pages).toBe(20);
    expect(seen).toEqual(all);
    // The deprecated path pages the same items with its own maximum of 100.
    const old = (await h.ok("get-playlists-tracks", { params: { playlist_id: p.id }, query: { limit: "100", offset: "900" } })).body as Page;
    expect(old.items).toHaveLength(100);
    expect(old.next).toBeNull();
  });
});

describe("playlist access", () => {
  it("dev-2026: contents only for the owner or a collaborator; others get metadata and a 403 on items", async () => {
    const h = harness();
    const p = await newPlaylist(h);
    await h.ok("add-items-to-playlist", { params: { playlist_id: p.id }, body: { uris: uris(h, 0, 2) } });
    const asOther = { auth: { userId: "emulator-free-user" }, profile: "dev-2026" as const };
    const meta = (await h.ok("get-playlist", { params: { playlist_id: p.id }, ...asOther })).body as Record<string, unknown>;
    expect(meta.name).toBe("Test");
    expect(meta).not.toHaveProperty("items");
    expect(meta).not.toHaveProperty("tracks");
    expect((await h.call("get-playlists-items", { params: { playlist_id: p.id }, ...asOther })).status).toBe(403);
    // Extended apps still see everything; the owner always does.
    expect((await h.ok("get-playlist", { params: { playlist_id: p.id }, auth: { userId: "emulator-free-user" } })).body).toHaveProperty("items");
    expect((await h.ok("get-playlist", { params: { playlist_id: p.id }, profile: "dev-2026" })).body).toHaveProperty("items");
    // Writes by someone else are refused.
    expect((await h.call("add-items-to-playlist", { params: { playlist_id: p.id }, body: { uris: uris(h, 5, 1) }, auth: { userId: "emulator-free-user" } })).status).toBe(403);
  });

  it("a follower of a collaborative playlist may read and change it", async () => {
    const h = harness();
    const p = (await h.ok("create-playlist", { body: { name: "Shared", public: false, collaborative: true } })).body as { id: string };
    const friend = { auth: { userId: "emulator-free-user" }, profile: "dev-2026" as const };
    expect((await h.call("get-playlists-items", { params: { playlist_id: p.id }, ...friend })).status).toBe(403);
    await h.ok("follow-playlist", { params: { playlist_id: p.id }, ...friend });
    expect(((await h.ok("get-playlist", { params: { playlist_id: p.id } })).body as { followers: { total: number } }).followers.total).toBe(2);
    await h.ok("add-items-to-playlist", { params: { playlist_id: p.id }, body: { uris: uris(h, 0, 1) }, ...friend });
    const page = (await h.ok("get-playlists-items", { params: { playlist_id: p.id }, ...friend })).body as Page;
    expect(page.total).toBe(1);
    expect((await h.call("create-playlist", { body: { name: "x", public: true, collaborative: true } })).status).toBe(400);
  });

  it("hides Spotify-owned editorial playlists behind the Nov 2024 switch", async () => {
    const h = harness();
    const editorial = h.web.catalog.id("playlist", 0);
    expect((await h.call("get-playlist", { params: { playlist_id: editorial }, profile: "dev-2026" })).status).toBe(404);
    const ok = (await h.ok("get-playlist", { params: { playlist_id: editorial }, profile: "extended" })).body as { owner: { id: string } };
    expect(ok.owner.id).toBe("spotify");
    h.web.nov2024Restrictions = false;
    expect((await h.call("get-playlist", { params: { playlist_id: editorial }, profile: "dev-2026" })).status).toBe(200);
    // The platform's per-app switch, when present, wins.
    expect((await h.call("get-playlist", { params: { playlist_id: editorial }, auth: { restrictNov2024: true } as never })).status).toBe(404);
  });

  it("filters answers with `fields`", async () => {
    const h = harness();
    const p = await newPlaylist(h, "Fields");
    await h.ok("add-items-to-playlist", { params: { playlist_id: p.id }, body: { uris: uris(h, 0, 2) } });
    const got = (await h.ok("get-playlist", { params: { playlist_id: p.id }, query: { fields: "name,items(total,items(added_by.id,item(name,album(name))))" }, partial: true })).body;
    const track = h.web.catalog.track(0);
    expect(got).toEqual({
      name: "Fields",
      items: { total: 2, items: [{ added_by: { id: "emulator-user" }, item: { name: track.name, album: { name: h.web.catalog.album(track.album).name } } }, expect.anything()] },
    });
    const page = (await h.ok("get-playlists-items", { params: { playlist_id: p.id }, query: { fields: "!items,total" }, partial: true })).body;
    expect(page).toEqual({ total: 2 });
    const without = (await h.ok("get-playlists-items", { params: { playlist_id: p.id }, query: { fields: "!items" }, partial: true })).body as Record<string, unknown>;
    expect(without).not.toHaveProperty("items");
    expect(without).toHaveProperty("href");
    for (const bad of ["items(", "a..b", "!a.b", "x)"]) expect((await h.call("get-playlist", { params: { playlist_id: p.id }, query: { fields: bad } })).status).toBe(400);
  });

  it("answers 400 for a malformed id and 404 for an unknown one", async () => {
    const h = harness();
    expect((await h.call("get-playlist", { params: { playlist_id: "nope" } })).problem?.message).toBe("invalid id");
    expect((await h.call("get-playlist", { params: { playlist_id: "A".repeat(22) } })).problem?.message).toBe("Resource not found");
  });

  it("creates, renames and uploads a cover; a non-JPEG cover is refused", async () => {
    const h = harness();
    const p = await newPlaylist(h);
    expect((await h.ok("get-playlist-cover", { params: { playlist_id: p.id } })).body).toEqual([]);
    await h.ok("change-playlist-details", { params: { playlist_id: p.id }, body: { name: "New name", description: "d", public: false } });
    const got = (await h.ok("get-playlist", { params: { playlist_id: p.id } })).body as { name: string; public: boolean; description: string };
    expect(got).toMatchObject({ name: "New name", public: false, description: "d" });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString("base64");
    expect((await h.call("upload-custom-playlist-cover", { params: { playlist_id: p.id }, body: png })).status).toBe(400);
    expect((await h.call("upload-custom-playlist-cover", { params: { playlist_id: p.id }, body: "not base64!" })).status).toBe(400);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xdb, 1, 2, 3]).toString("base64");
    expect((await h.ok("upload-custom-playlist-cover", { params: { playlist_id: p.id }, body: jpeg })).status).toBe(202);
    const images = (await h.ok("get-playlist-cover", { params: { playlist_id: p.id } })).body as unknown[];
    expect(images).toHaveLength(1);
    // Creating for another user is refused; a private playlist needs playlist-modify-private.
    expect((await h.call("create-playlist-for-user", { params: { user_id: "someone-else" }, body: { name: "x" } })).status).toBe(403);
    expect((await h.call("create-playlist", { body: { name: "x", public: false }, auth: { scopes: new Set(["playlist-modify-public"]) } })).status).toBe(403);
  });
});

/**
 * Pagination: every item once and in order, bounded concurrency, cursors followed, early stops,
 * aborts and failures that leave nothing dangling.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AbortError, Paginator, ServerError, ValidationError } from "../src/index.js";
import { json, spotifyError, type RecordedRequest } from "./helpers/test-server.js";
import { ID, startHarness, type Harness } from "./helpers/endpoint-client.js";

const TOTAL = 1000;
let inFlight = 0;
let maxInFlight = 0;
let failAt: number | undefined;
// Knobs for short pages: list length, positions Spotify leaves out (unavailable items), a server cap
// on `limit`, and extra latency for successful pages.
let total = TOTAL;
let missing = new Set<number>();
let cap: number | undefined;
let slowBy = 0;

function page(req: RecordedRequest, res: Parameters<Parameters<typeof startHarness>[0] & {}>[1]): void {
  const url = new URL(req.url, "http://x");
  const offset = Number(url.searchParams.get("offset") ?? 0);
  const limit = Number(url.searchParams.get("limit") ?? 20);
  if (url.pathname.endsWith("/following") || url.pathname.endsWith("/recently-played")) return cursor(url, res);
  if (failAt !== undefined && offset === failAt) return spotifyError(res, 500, "boom");
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  const served = cap === undefined ? limit : Math.min(limit, cap);
  const items = Array.from({ length: Math.max(0, Math.min(served, total - offset)) }, (_, i) => offset + i)
    .filter((position) => !missing.has(position)).map((position) => ({ item: { id: `i-${position}` } }));
  const body = { href: req.url, items, limit: served, offset, total, next: offset + served < total ? "next" : null, previous: null };
  // Later pages answer sooner, so out-of-order arrival is the norm.
  setTimeout(() => { inFlight--; json(res, 200, url.pathname === "/v1/browse/new-releases" ? { albums: body } : url.pathname === "/v1/search" ? { tracks: body } : body); }, Math.max(1, 30 - offset / 50) + slowBy);
}

const FOLLOWED = Array.from({ length: 130 }, (_, i) => `artist-${String(i).padStart(3, "0")}`);
function cursor(url: URL, res: Parameters<typeof page>[1]): void {
  const limit = Number(url.searchParams.get("limit") ?? 20);
  if (url.pathname.endsWith("/recently-played")) {
    // Times 200..1 (ms), newest first; `before` walks back.
    const before = Number(url.searchParams.get("before") ?? 201);
    const times = Array.from({ length: 200 }, (_, i) => 200 - i).filter((t) => t < before).slice(0, limit);
    const last = times[times.length - 1];
    return json(res, 200, { href: "h", limit, total: 200, items: times.map((t) => ({ played_at: String(t), track: { id: `t-${t}` } })),
      next: last && last > 1 ? "next" : null, cursors: { after: String(times[0] ?? ""), before: last ? String(last) : null } });
  }
  const after = url.searchParams.get("after");
  const start = after ? FOLLOWED.indexOf(after) + 1 : 0;
  const items = FOLLOWED.slice(start, start + limit).map((id) => ({ id }));
  const end = start + items.length >= FOLLOWED.length;
  json(res, 200, { artists: { href: "h", limit, total: FOLLOWED.length, items, next: end ? null : "next", cursors: { after: end ? null : items[items.length - 1]!.id } } });
}

let h: Harness;
beforeAll(async () => { h = await startHarness(page); });
afterAll(async () => { await h.server.close(); });
beforeEach(() => {
  h.server.requests.length = 0; inFlight = 0; maxInFlight = 0; failAt = undefined;
  total = TOTAL; missing = new Set(); cap = undefined; slowBy = 0;
});

/** `offset/limit` of each request, by offset (concurrent requests reach the server in any order). */
function asked(): string[] {
  return h.server.requests.map((r) => new URL(r.url, "http://x").searchParams)
    .map((q) => [Number(q.get("offset")), Number(q.get("limit"))] as const)
    .sort((a, b) => a[0] - b[0]).map(([offset, limit]) => `${offset}/${limit}`);
}

/** Ids of positions `0..end-1` that the server does not leave out. */
function present(end: number): string[] {
  return Array.from({ length: end }, (_, i) => i).filter((i) => !missing.has(i)).map((i) => `i-${i}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("offset paging", () => {
  it("walks a 1,000-item playlist in order, no item lost or repeated, at most 4 requests in flight", async () => {
    const seen: string[] = [];
    for await (const entry of h.sdk.paginate(h.sdk.playlists.getPlaylistItems, ID)) seen.push(entry.item!.id);
    expect(seen).toEqual(Array.from({ length: TOTAL }, (_, i) => `i-${i}`));
    expect(h.server.requests).toHaveLength(20);
    expect(maxInFlight).toBeLessThanOrEqual(4);
    expect(maxInFlight).toBeGreaterThan(1);
  });

  it("takes a configurable concurrency", async () => {
    const all = await h.sdk.paginate(h.sdk.playlists.getPlaylistItems, ID).withOptions({ concurrency: 8 }).toArray();
    expect(all).toHaveLength(TOTAL);
    expect(maxInFlight).toBeLessThanOrEqual(8);
    expect(maxInFlight).toBeGreaterThan(4);
  });

  it("stops at the caller's limit and asks only for what it needs", async () => {
    const some = await h.sdk.paginate(h.sdk.playlists.getPlaylistItems, ID).toArray({ limit: 120 });
    expect(some.map((e) => e.item!.id)).toEqual(Array.from({ length: 120 }, (_, i) => `i-${i}`));
    expect(h.server.requests.map((r) => new URL(r.url, "http://x").searchParams.get("limit"))).toEqual(["50", "50", "20"]);
  });

  it("yields pages in order", async () => {
    const offsets: number[] = [];
    for await (const p of h.sdk.paginate(h.sdk.albums.tracks, ID).withOptions({ pageSize: 20 }).pages({ limit: 45 })) offsets.push((p as { offset: number }).offset);
    expect(offsets).toEqual([0, 20, 40]);
  });

  it("unwraps wrapped pages", async () => {
    const albums = await h.sdk.paginate(h.sdk.browse.getNewReleases).toArray({ limit: 60 });
    expect(albums).toHaveLength(60);
  });

  it("keeps the caller's leading arguments", async () => {
    await h.sdk.paginate(h.sdk.playlists.getPlaylistItems, ID, "SE").toArray({ limit: 10 });
    expect(h.server.requests[0]!.url).toBe(`/v1/playlists/${ID}/items?market=SE&limit=10&offset=0`);
  });

  it("stops and aborts pending requests when the caller breaks out", async () => {
    let n = 0;
    for await (const _ of h.sdk.paginate(h.sdk.playlists.getPlaylistItems, ID)) if (++n === 60) break;
    expect(n).toBe(60);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const sent = h.server.requests.length;
    // The pages consumed and at most 2 x concurrency fetched ahead (then aborted): not all 20.
    expect(sent).toBeLessThanOrEqual(2 + 8);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.server.requests.length).toBe(sent);
  });

  it("stops on an AbortSignal with AbortError", async () => {
    const controller = new AbortController();
    const seen: unknown[] = [];
    const run = (async () => {
      for await (const item of h.sdk.paginate(h.sdk.playlists.getPlaylistItems, ID).withOptions({ signal: controller.signal })) {
        seen.push(item);
        if (seen.length === 50) controller.abort();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(seen).toHaveLength(50);
  });

  it("throws a failing page's error after the items before it, leaving nothing unhandled", async () => {
    failAt = 200;
    const seen: string[] = [];
    const run = (async () => { for await (const e of h.sdk.paginate(h.sdk.playlists.getPlaylistItems, ID)) seen.push(e.item!.id); })();
    await expect(run).rejects.toBeInstanceOf(ServerError);
    expect(seen).toHaveLength(200);
  });

  it("refuses a method that is not paged, and bad options", () => {
    expect(() => (h.sdk.paginate as (m: unknown, ...args: unknown[]) => unknown).call(h.sdk, h.sdk.tracks.get, ID)).toThrow(ValidationError);
    expect(() => h.sdk.paginate(h.sdk.albums.tracks, ID).withOptions({ concurrency: 0 })).toThrow(ValidationError);
  });
});

describe("paging read from the request the method builds", () => {
  const query = () => h.server.requests.map((r) => Object.fromEntries(new URL(r.url, "http://x").searchParams));

  it("puts limit and offset where the request takes them, whatever the argument order, keeping the other arguments", async () => {
    // savedAlbums(limit, offset, market) and savedEpisodes(market, limit, offset): the caller's paging values are replaced.
    await h.sdk.paginate(h.sdk.currentUser.albums.savedAlbums, 5, 7, "SE").toArray({ limit: 60 });
    expect(query()).toEqual([{ limit: "50", offset: "0", market: "SE" }, { limit: "10", offset: "50", market: "SE" }]);
    h.server.requests.length = 0;
    await h.sdk.paginate(h.sdk.currentUser.episodes.savedEpisodes, "SE").toArray({ limit: 60 });
    expect(query()).toEqual([{ market: "SE", limit: "50", offset: "0" }, { market: "SE", limit: "10", offset: "50" }]);
  });

  it("sends nothing while it learns the request: a write method is refused without a request", async () => {
    const paginate = h.sdk.paginate as (m: unknown, ...args: unknown[]) => unknown;
    expect(() => paginate.call(h.sdk, h.sdk.playlists.createPlaylist, "me-user", { name: "n" })).toThrow(ValidationError);
    expect(() => paginate.call(h.sdk, h.sdk.playlists.addItemsToPlaylist, ID, [`spotify:track:${ID}`])).toThrow(ValidationError);
    expect(() => paginate.call(h.sdk, async () => ({ items: [] }))).toThrow(ValidationError);
    // createPlaylist asks GET /me first: were it sent for real, it would arrive well within this.
    await sleep(300);
    expect(h.server.requests).toHaveLength(0);
  });

  it("a method that refuses its arguments fails the walk with its own error, naming the argument, and sends nothing", async () => {
    const walk = h.sdk.paginate(h.sdk.albums.tracks, "not an album id!").toArray();
    const error = await walk.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).not.toMatch(/paginate needs/);
    expect((error as ValidationError).message).toMatch(/album/i);
    expect(h.server.requests).toHaveLength(0);
  });

  it("lets the calls of other groups made while a walk is planned go out and settle", async () => {
    let side: Promise<unknown> | undefined;
    const options = { get signal() { side ??= h.sdk.tracks.get(ID); return undefined; } };
    const items = await h.sdk.paginate(h.sdk.albums.tracks, ID, undefined, undefined, undefined, options).toArray({ limit: 10 });
    expect(items).toHaveLength(10);
    await expect(side).resolves.toMatchObject({ items: expect.any(Array) });
  });

  it("walks a method of another copy of the package (its CommonJS build beside these ES modules)", async () => {
    const built = new URL("../dist/cjs/index.js", import.meta.url);
    if (!existsSync(built)) throw new Error("the SDK is not built: run npm run build");
    const cjs = createRequire(import.meta.url)(built.pathname) as typeof import("../src/index.js");
    expect(cjs.paginateMethod).not.toBe(h.sdk.paginate);
    const items = await cjs.paginateMethod(h.sdk.albums.tracks, [ID]).toArray({ limit: 60 });
    expect(items).toHaveLength(60);
  });

  it("refuses a page size the operation does not take before asking for it", async () => {
    await expect(h.sdk.paginate(h.sdk.albums.tracks, ID).toArray({ pageSize: 51 })).rejects.toBeInstanceOf(ValidationError);
    expect(h.server.requests).toHaveLength(0);
  });
});

describe("short pages", () => {
  it("steps by the page size asked, not by a short first page's length", async () => {
    total = 120;
    missing = new Set([7, 60, 61]);
    const seen: string[] = [];
    for await (const entry of h.sdk.paginate(h.sdk.playlists.getPlaylistItems, ID)) seen.push(entry.item!.id);
    expect(asked()).toEqual(["0/50", "50/50", "100/50"]);
    expect(seen).toEqual(present(120));
  });

  it("reads search positions 0..59 once for limit 60, a short page giving 59 items", async () => {
    missing = new Set([7]);
    const found = await h.sdk.paginate(h.sdk.search, "q", ["track"]).toArray({ limit: 60 });
    expect(asked()).toEqual(["0/10", "10/10", "20/10", "30/10", "40/10", "50/10"]);
    expect(found.map((t) => (t as unknown as { item: { id: string } }).item.id)).toEqual(present(60));
  });

  it("keeps the caller's limit and a short last page", async () => {
    missing = new Set([7, 119]);
    const some = await h.sdk.paginate(h.sdk.playlists.getPlaylistItems, ID).toArray({ limit: 120 });
    expect(asked()).toEqual(["0/50", "50/50", "100/20"]);
    expect(some.map((e) => e.item!.id)).toEqual(present(120));
  });

  it("follows a server cap reported in `limit`, asking only for what a page holds", async () => {
    total = 100;
    cap = 20;
    const all = await h.sdk.paginate(h.sdk.playlists.getPlaylistItems, ID).toArray();
    expect(asked()).toEqual(["0/50", "20/20", "40/20", "60/20", "80/20"]);
    expect(all.map((e) => e.item!.id)).toEqual(present(100));
  });
});

describe("a failing page", () => {
  it("launches no request once a page has failed, while the consumer is still behind it", async () => {
    failAt = 100;
    slowBy = 100; // the failure answers at once, the pages around it much later
    const offsets: number[] = [];
    const run = (async () => {
      for await (const p of h.sdk.paginate(h.sdk.playlists.getPlaylistItems, ID).pages()) {
        offsets.push((p as { offset: number }).offset);
        await sleep(150);
      }
    })();
    await expect(run).rejects.toBeInstanceOf(ServerError);
    expect(offsets).toEqual([0, 50]);
    expect(asked()).toEqual(["0/50", "50/50", "100/50", "150/50", "200/50"]);
    await sleep(200);
    expect(h.server.requests).toHaveLength(5);
  });
});

describe("search paging", () => {
  it("walks one type's results, 10 per page by default", async () => {
    const found = await h.sdk.paginate(h.sdk.search, "q", ["track"]).toArray({ limit: 35 });
    expect(found).toHaveLength(35);
    expect(h.server.requests.map((r) => new URL(r.url, "http://x").searchParams.get("limit"))).toEqual(["10", "10", "10", "5"]);
    expect(new URL(h.server.requests[0]!.url, "http://x").searchParams.get("type")).toBe("track");
  });

  it("refuses several types before any request", () => {
    expect(() => h.sdk.paginate(h.sdk.search, "q", ["track", "album"])).toThrow(ValidationError);
    expect(h.server.requests).toHaveLength(0);
  });

  it("stops at Spotify's offset limit", async () => {
    const data = Array.from({ length: 5000 }, (_, i) => i);
    const paginator = new Paginator<number>({
      kind: "offset",
      pageSize: 50,
      maxOffset: 1000,
      fetch: async (offset, limit) => ({ href: "", items: data.slice(offset, offset + limit), limit, offset, total: data.length, next: null, previous: null }),
    });
    expect(await paginator.toArray()).toEqual(data.slice(0, 1050));
  });
});

describe("cursor paging", () => {
  it("follows `after` cursors through followed artists", async () => {
    const artists = await h.sdk.paginate(h.sdk.currentUser.followedArtists).toArray();
    expect(artists.map((a) => a.id)).toEqual(FOLLOWED);
    const afters = h.server.requests.map((r) => new URL(r.url, "http://x").searchParams.get("after"));
    expect(afters).toEqual([null, "artist-049", "artist-099"]);
  });

  it("follows `before` cursors back through recently played, with a limit", async () => {
    const played = await h.sdk.paginate(h.sdk.player.getRecentlyPlayedTracks).toArray({ limit: 120 });
    expect(played.map((p) => p.track.id)).toEqual(Array.from({ length: 120 }, (_, i) => `t-${200 - i}`));
    expect(h.server.requests).toHaveLength(3);
  });
});

describe("Paginator on a custom source", () => {
  it("walks an offset source with no item lost", async () => {
    const data = Array.from({ length: 333 }, (_, i) => i);
    const paginator = new Paginator<number>({
      kind: "offset",
      pageSize: 50,
      fetch: async (offset, limit) => ({ href: "", items: data.slice(offset, offset + limit), limit, offset, total: data.length, next: null, previous: null }),
    });
    expect(await paginator.toArray()).toEqual(data);
  });

  it("never loses, repeats or reorders an item, whatever the sizes, concurrency and timing (property)", async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 9 }),
      fc.option(fc.integer({ min: 0, max: 450 }), { nil: undefined }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 20 }),
      async (total, pageSize, concurrency, limit, delays) => {
        const data = Array.from({ length: total }, (_, i) => i);
        let inFlight = 0;
        let peak = 0;
        let calls = 0;
        const paginator = new Paginator<number>({
          kind: "offset",
          pageSize,
          fetch: async (offset, size) => {
            inFlight++;
            peak = Math.max(peak, inFlight);
            await new Promise((resolve) => setTimeout(resolve, delays[calls++ % delays.length]));
            inFlight--;
            return { href: "", items: data.slice(offset, offset + size), limit: size, offset, total, next: null, previous: null };
          },
        }, { concurrency });
        const items = await paginator.toArray(limit === undefined ? {} : { limit });
        expect(items).toEqual(data.slice(0, limit ?? total));
        expect(peak).toBeLessThanOrEqual(concurrency);
      },
    ), { numRuns: 60 });
  });

  it("gives each present position once, in order, with short pages and a server cap (property)", async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 9 }),
      fc.option(fc.integer({ min: 1, max: 350 }), { nil: undefined }), fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
      fc.uniqueArray(fc.integer({ min: 0, max: 299 }), { maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 20 }),
      async (size, pageSize, concurrency, limit, serverCap, gone, delays) => {
        const absent = new Set(gone);
        const end = Math.min(size, limit ?? size);
        const step = Math.min(pageSize, limit ?? pageSize, serverCap ?? pageSize);
        // A page with every position left out reads as the end of the list, by design.
        for (let offset = 0; offset < end; offset += step) {
          fc.pre(Array.from({ length: Math.min(step, end - offset) }, (_, i) => offset + i).some((p) => !absent.has(p)));
        }
        let calls = 0;
        const paginator = new Paginator<number>({
          kind: "offset",
          pageSize,
          fetch: async (offset, asked) => {
            await new Promise((resolve) => setTimeout(resolve, delays[calls++ % delays.length]));
            const served = Math.min(asked, serverCap ?? asked);
            const items = Array.from({ length: Math.max(0, Math.min(served, size - offset)) }, (_, i) => offset + i).filter((p) => !absent.has(p));
            return { href: "", items, limit: served, offset, total: size, next: null, previous: null };
          },
        }, { concurrency });
        const items = await paginator.toArray(limit === undefined ? {} : { limit });
        expect(items).toEqual(Array.from({ length: end }, (_, i) => i).filter((p) => !absent.has(p)));
      },
    ), { numRuns: 80 });
  });
});

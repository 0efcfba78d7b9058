/**
 * Pagination against a server whose `total` lies: offsets are planned as pages are taken, a
 * bounded window ahead, so an absurd `total` costs neither memory nor a stall, a `total` that is
 * not a count does not cut the walk short, and an empty page ends it whatever `total` said.
 */
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { UnexpectedResponseError } from "../src/index.js";
import { json, type RecordedRequest } from "./helpers/test-server.js";
import { ID, startHarness, type Harness } from "./helpers/endpoint-client.js";

/** What the server says: the list really holds `length` positions; `total` is whatever it claims. */
let length = 0;
let total: unknown = 0;
/** When set, the body of every answer instead of a page. */
let instead: unknown;
let h: Harness;

function answer(req: RecordedRequest, res: Parameters<Parameters<typeof startHarness>[0] & {}>[1]): void {
  if (instead !== undefined) return json(res, 200, instead);
  const url = new URL(req.url, "http://x");
  const offset = Number(url.searchParams.get("offset") ?? 0);
  const limit = Number(url.searchParams.get("limit") ?? 20);
  const items = Array.from({ length: Math.max(0, Math.min(limit, length - offset)) }, (_, i) => ({ item: { id: `i-${offset + i}` } }));
  const body: Record<string, unknown> = { href: req.url, items, limit, offset, next: null, previous: null };
  if (total !== undefined) body.total = total;
  json(res, 200, body);
}

/**
 * Each walk asks for a playlist id of its own, and only its requests are counted: pages an earlier
 * walk aborted when it ended may still reach the server during a later one.
 */
let walks = 0;
let playlist = ID;
const nextPlaylist = () => (playlist = `${ID.slice(0, 22 - String(++walks).length)}${walks}`);
const walk = (limit?: number) => h.sdk.paginate(h.sdk.playlists.getPlaylistItems, playlist).toArray(limit === undefined ? {} : { limit });
const requestsOfThisWalk = () => h.server.requests.filter((r) => r.url.includes(playlist)).length;
const ids = (items: Array<{ item?: { id: string } | null }>) => items.map((e) => e.item!.id);
const positions = (n: number) => Array.from({ length: n }, (_, i) => `i-${i}`);
/** Pages of 50 the walk needs for `n` items, the empty page that ends it, and the window of 8 ahead. */
const bound = (n: number) => Math.ceil(n / 50) + 1 + 8;

beforeAll(async () => {
  h = await startHarness(answer);
});
afterAll(async () => {
  await h.server.close();
});
beforeEach(() => {
  h.server.requests.length = 0;
  instead = undefined;
  nextPlaylist();
});

describe("a server announcing an absurd total", () => {
  it.each([1e11, 1e9, Number.MAX_SAFE_INTEGER])("total %d over an endless list: the caller's limit is met with a bounded number of requests", async (claimed) => {
    length = Number.POSITIVE_INFINITY;
    total = claimed;
    const items = await walk(1000);
    expect(ids(items)).toEqual(positions(1000));
    expect(requestsOfThisWalk()).toBeLessThanOrEqual(bound(1000));
  });

  it.each([1e11, 1e9])("total %d over 130 items: the walk ends at the first empty page", async (claimed) => {
    length = 130;
    total = claimed;
    expect(ids(await walk())).toEqual(positions(130));
    expect(requestsOfThisWalk()).toBeLessThanOrEqual(bound(130));
  });

  it("a consumer that stops early stops the requests: no more than the window ahead is ever asked", async () => {
    length = Number.POSITIVE_INFINITY;
    total = 1e11;
    let taken = 0;
    for await (const _entry of h.sdk.paginate(h.sdk.playlists.getPlaylistItems, playlist)) if (++taken === 120) break;
    expect(requestsOfThisWalk()).toBeLessThanOrEqual(bound(120));
  });
});

describe("a total that is not a count", () => {
  it.each([undefined, null, "250", -1, 12.5, Number.NaN, { n: 1 }])("total %j: every item is read, up to the empty page", async (claimed) => {
    length = 180;
    total = claimed;
    expect(ids(await walk())).toEqual(positions(180));
    expect(requestsOfThisWalk()).toBeLessThanOrEqual(bound(180));
  });
});

describe("an answer that is no page", () => {
  it.each([{}, { items: "abc", total: 5 }, { items: null }])("%j is an UnexpectedResponseError", async (body) => {
    instead = body;
    await expect(walk()).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe("whatever total a server claims (property)", () => {
  // The seed is in the test's name; PAGINATION_SEED=<seed> replays a failing run.
  const seed = Number(process.env.PAGINATION_SEED ?? Date.now() % 2 ** 31);
  it(`gives a prefix of the list in order, all of it unless total announced an earlier end, with bounded requests (seed ${seed})`, async () => {
    const claims = fc.oneof(
      fc.constantFrom(undefined, null, Number.NaN, -1, 1e9, 1e11, "many", 2 ** 53),
      fc.integer({ min: 0, max: 400 }),
    );
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 0, max: 300 }), claims, fc.option(fc.integer({ min: 1, max: 350 }), { nil: undefined }),
      async (realLength, claimed, limit) => {
        length = realLength;
        total = claimed;
        nextPlaylist();
        const got = ids(await walk(limit));
        const cap = limit ?? Number.POSITIVE_INFINITY;
        expect(got).toEqual(positions(got.length));
        const announcedEnd = typeof claimed === "number" && Number.isSafeInteger(claimed) && claimed >= 0 ? claimed : Number.POSITIVE_INFINITY;
        if (announcedEnd >= realLength) expect(got.length).toBe(Math.min(realLength, cap));
        else expect(got.length).toBeGreaterThanOrEqual(Math.min(announcedEnd, realLength, cap));
        expect(got.length).toBeLessThanOrEqual(Math.min(realLength, cap));
        expect(requestsOfThisWalk()).toBeLessThanOrEqual(bound(got.length));
      },
    ), { seed, numRuns: 60 });
  });
});

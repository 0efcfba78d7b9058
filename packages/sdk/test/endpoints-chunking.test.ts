/**
 * Long lists are split at each operation's limit, in order, results concatenated; splits that
 * would change the meaning are refused; a write failing midway says what landed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PartialWriteError, ServerError, ValidationError } from "../src/index.js";
import { json, spotifyError, type RecordedRequest } from "./helpers/test-server.js";
import { defaultHandler, parts, startHarness, type Harness } from "./helpers/endpoint-client.js";

/** n distinct valid IDs. */
function ids(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${String(i).padStart(4, "0")}${"a".repeat(18)}`);
}

function echo(req: RecordedRequest, res: Parameters<typeof defaultHandler>[1]): void {
  const url = new URL(req.url, "http://x");
  const list = (url.searchParams.get("ids") ?? url.searchParams.get("uris") ?? "").split(",");
  if (url.pathname.endsWith("/contains")) return json(res, 200, list.map((x) => x.slice(-22).charCodeAt(3) % 2 === 0));
  if (url.pathname === "/v1/tracks") return json(res, 200, { tracks: list.map((id) => ({ id })) });
  if (url.pathname === "/v1/albums") return json(res, 200, { albums: list.map((id) => ({ id })) });
  defaultHandler(req, res);
}

let h: Harness;
beforeAll(async () => { h = await startHarness(echo); });
afterAll(async () => { await h.server.close(); });
beforeEach(() => { h.server.requests.length = 0; h.server.setHandler(echo); });
const sent = () => h.server.requests.map(parts);

describe("reads", () => {
  it("splits 120 tracks into 50, 50, 20 and keeps the order", async () => {
    const list = ids(120);
    const tracks = await h.sdk.tracks.get(list);
    expect(sent().map((r) => r.query.ids!.split(",").length)).toEqual([50, 50, 20]);
    expect(tracks.map((t) => t.id)).toEqual(list);
  });

  it("splits albums by 20", async () => {
    const albums = await h.sdk.albums.get(ids(45));
    expect(sent().map((r) => r.query.ids!.split(",").length)).toEqual([20, 20, 5]);
    expect(albums).toHaveLength(45);
  });

  it("checks 85 saved tracks in 40, 40, 5 through /me/library/contains, answers in order", async () => {
    const list = ids(85);
    const answers = await h.sdk.currentUser.tracks.hasSavedTracks(list);
    expect(sent().map((r) => `${r.path} ${r.query.uris!.split(",").length}`)).toEqual(["/me/library/contains 40", "/me/library/contains 40", "/me/library/contains 5"]);
    expect(answers).toEqual(list.map((id) => id.charCodeAt(3) % 2 === 0));
  });
});

describe("writes", () => {
  it("saves 100 tracks in chunks of 40", async () => {
    const list = ids(100);
    await h.sdk.currentUser.tracks.saveTracks(list);
    const uris = sent().map((r) => r.query.uris!.split(","));
    expect(uris.map((u) => u.length)).toEqual([40, 40, 20]);
    expect(uris.flat()).toEqual(list.map((id) => `spotify:track:${id}`));
  });

  it("adds 250 items at a position, shifting each chunk's position", async () => {
    const uris = ids(250).map((id) => `spotify:track:${id}`);
    await h.sdk.playlists.addItemsToPlaylist(ids(1)[0]!, uris, 10);
    const bodies = sent().map((r) => r.body as { uris: string[]; position: number });
    expect(bodies.map((b) => [b.uris.length, b.position])).toEqual([[100, 10], [100, 110], [50, 210]]);
    expect(bodies.flatMap((b) => b.uris)).toEqual(uris);
  });

  it("appends without a position when none is given", async () => {
    await h.sdk.playlists.addItemsToPlaylist(ids(1)[0]!, ids(101).map((id) => `spotify:episode:${id}`));
    expect(sent().map((r) => "position" in (r.body as object))).toEqual([false, false]);
  });

  it("removes 150 items in two requests", async () => {
    await h.sdk.playlists.removeItemsFromPlaylist(ids(1)[0]!, { items: ids(150).map((id) => ({ uri: `spotify:track:${id}` })) });
    expect(sent().map((r) => (r.body as { items: unknown[] }).items.length)).toEqual([100, 50]);
  });

  it("refuses a replace of more than 100 items, naming the limit", async () => {
    const error = await h.sdk.playlists.updatePlaylistItems(ids(1)[0]!, { uris: ids(101).map((id) => `spotify:track:${id}`) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/at most 100/);
    expect(h.server.requests).toHaveLength(0);
  });

  it("throws PartialWriteError with the landed snapshots when a later chunk fails", async () => {
    h.server.setHandler((req, res, index) => {
      if (index === 1) return spotifyError(res, 500, "boom");
      json(res, 201, { snapshot_id: `snap-${index}` });
    });
    const error = await h.sdk.playlists.addItemsToPlaylist(ids(1)[0]!, ids(250).map((id) => `spotify:track:${id}`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialWriteError);
    const partial = error as PartialWriteError;
    expect(partial.failedChunk).toBe(1);
    expect(partial.totalChunks).toBe(3);
    expect(partial.completed).toEqual([{ snapshot_id: "snap-0" }]);
    expect(partial.message).toMatch(/chunk 2 of 3/);
    expect(partial.cause).toBeInstanceOf(ServerError);
    expect(h.server.requests).toHaveLength(2);
  });

  it("rethrows the error itself when the first chunk fails (nothing landed)", async () => {
    h.server.setHandler((_req, res) => spotifyError(res, 500, "boom"));
    await expect(h.sdk.currentUser.tracks.saveTracks(ids(100))).rejects.toBeInstanceOf(ServerError);
    expect(h.server.requests).toHaveLength(1);
  });
});

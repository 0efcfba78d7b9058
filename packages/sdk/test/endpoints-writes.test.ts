/**
 * Bodies and translations: `{ids}`/`{uris}`, `position_ms`, one device, JPEG covers, 1.2.0
 * methods mapped to the 2026 endpoints, `createPlaylist` routing, snapshot IDs returned.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ValidationError } from "../src/index.js";
import { ID, ID2, parts, startHarness, type Harness } from "./helpers/endpoint-client.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.server.close(); });
beforeEach(() => { h.server.requests.length = 0; });
const sent = () => h.server.requests.map(parts);

describe("library translations (1.2.0 names on /me/library)", () => {
  it("saveTracks sends spotify:track: URIs to PUT /me/library", async () => {
    await h.sdk.currentUser.tracks.saveTracks([ID, `spotify:track:${ID2}`]);
    expect(sent()).toEqual([{ method: "PUT", path: "/me/library", query: { uris: `spotify:track:${ID},spotify:track:${ID2}` }, body: undefined }]);
  });

  it("each per-type method uses its type", async () => {
    await h.sdk.currentUser.albums.saveAlbums([ID]);
    await h.sdk.currentUser.shows.removeSavedShows([ID]);
    await h.sdk.currentUser.episodes.hasSavedEpisodes([ID]);
    await h.sdk.currentUser.audiobooks.saveAudiobooks([ID]);
    await h.sdk.currentUser.playlists.follow(`https://open.spotify.com/playlist/${ID}`);
    expect(sent().map((r) => `${r.method} ${r.path} ${r.query.uris}`)).toEqual([
      `PUT /me/library spotify:album:${ID}`,
      `DELETE /me/library spotify:show:${ID}`,
      `GET /me/library/contains spotify:episode:${ID}`,
      `PUT /me/library spotify:audiobook:${ID}`,
      `PUT /me/library spotify:playlist:${ID}`,
    ]);
  });

  it("refuses an ID of another type", async () => {
    await expect(h.sdk.currentUser.tracks.saveTracks([`spotify:album:${ID}`])).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.currentUser.library.save([`spotify:artist:${ID}`])).rejects.toBeInstanceOf(ValidationError);
    expect(h.server.requests).toHaveLength(0);
  });

  it("legacy per-type writes send {ids} bodies, not bare arrays", async () => {
    await h.sdk.currentUser.tracks.removeSavedTracksLegacy([ID]);
    await h.sdk.currentUser.albums.saveAlbumsLegacy([ID]);
    expect(sent()).toEqual([
      { method: "DELETE", path: "/me/tracks", query: { ids: ID }, body: { ids: [ID] } },
      { method: "PUT", path: "/me/albums", query: { ids: ID }, body: { ids: [ID] } },
    ]);
  });
});

describe("player", () => {
  it("sends position_ms, not positionMs, and URIs in the body", async () => {
    await h.sdk.player.startResumePlayback("dev", undefined, [`https://open.spotify.com/track/${ID}`], undefined, 1500);
    expect(sent()[0]).toEqual({ method: "PUT", path: "/me/player/play", query: { device_id: "dev" }, body: { uris: [`spotify:track:${ID}`], position_ms: 1500 } });
  });

  it("treats an empty device_id as the active device", async () => {
    await h.sdk.player.pausePlayback("");
    expect(sent()[0]!.query).toEqual({});
  });

  it("transfers to exactly one device", async () => {
    await expect(h.sdk.player.transferPlayback(["a", "b"])).rejects.toThrow(/exactly one/);
    await expect(h.sdk.player.transferPlayback([])).rejects.toBeInstanceOf(ValidationError);
    expect(h.server.requests).toHaveLength(0);
    await h.sdk.player.transferPlayback(["a"], false);
    expect(sent()[0]!.body).toEqual({ device_ids: ["a"], play: false });
  });

  it("checks ranges before sending", async () => {
    await expect(h.sdk.player.setPlaybackVolume(101)).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.player.seekToPosition(-1)).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.player.setRepeatMode("all" as "off")).rejects.toBeInstanceOf(ValidationError);
    expect(h.server.requests).toHaveLength(0);
  });

  it("resolves null when nothing plays (204)", async () => {
    h.server.setHandler((_req, res) => { res.writeHead(204); res.end(); });
    try {
      expect(await h.sdk.player.getPlaybackState()).toBeNull();
      expect(await h.sdk.player.getCurrentlyPlayingTrack()).toBeNull();
    } finally {
      const { defaultHandler } = await import("./helpers/endpoint-client.js");
      h.server.setHandler(defaultHandler);
    }
  });
});

describe("playlists", () => {
  it("removeItemsFromPlaylist sends DELETE /items with the body key items and returns the snapshot", async () => {
    const result = await h.sdk.playlists.removeItemsFromPlaylist(ID, { tracks: [{ uri: `spotify:track:${ID}` }, { uri: "spotify:local:a:b:c:1" }] });
    expect(result.snapshot_id).toBe("snap-1");
    expect(sent()[0]).toEqual({ method: "DELETE", path: `/playlists/${ID}/items`, query: {}, body: { items: [{ uri: `spotify:track:${ID}` }, { uri: "spotify:local:a:b:c:1" }] } });
  });

  it("addItemsToPlaylist returns the snapshot and refuses local files and other types", async () => {
    expect((await h.sdk.playlists.addItemsToPlaylist(ID, [`spotify:episode:${ID}`])).snapshot_id).toBe("snap-1");
    await expect(h.sdk.playlists.addItemsToPlaylist(ID, ["spotify:local:a:b:c:1"])).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.playlists.addItemsToPlaylist(ID, [`spotify:album:${ID}`])).rejects.toBeInstanceOf(ValidationError);
    expect(h.server.requests).toHaveLength(1);
  });

  it("createPlaylist uses POST /me/playlists for the current user and the user path for others", async () => {
    await h.sdk.playlists.createPlaylist("me-user", { name: "A" });
    await h.sdk.playlists.createPlaylist("other", { name: "B", public: false });
    expect(sent().map((r) => `${r.method} ${r.path}`)).toEqual(["GET /me", "POST /me/playlists", "GET /me", "POST /users/other/playlists"]);
    expect(sent()[1]!.body).toEqual({ name: "A" });
  });

  it("refuses a collaborative public playlist and an empty name", async () => {
    await expect(h.sdk.playlists.createPlaylistForCurrentUser({ name: "x", collaborative: true })).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.playlists.createPlaylistForCurrentUser({ name: " " })).rejects.toBeInstanceOf(ValidationError);
    expect(h.server.requests).toHaveLength(0);
  });

  it("changes details to collaborative without restating public (the playlist may be private already)", async () => {
    await h.sdk.playlists.changePlaylistDetails(ID, { collaborative: true });
    await h.sdk.playlists.changePlaylistDetails(ID, { collaborative: true, description: "d" });
    await expect(h.sdk.playlists.changePlaylistDetails(ID, { collaborative: true, public: true })).rejects.toBeInstanceOf(ValidationError);
    expect(sent().map((r) => [r.method, r.path, r.body])).toEqual([
      ["PUT", `/playlists/${ID}`, { collaborative: true }],
      ["PUT", `/playlists/${ID}`, { collaborative: true, description: "d" }],
    ]);
  });

  it("saveTracksLegacy with an empty list of timestamps saves the ids (never nothing)", async () => {
    await h.sdk.currentUser.tracks.saveTracksLegacy([ID, ID2], []);
    expect(sent()).toEqual([{ method: "PUT", path: "/me/tracks", query: {}, body: { ids: [ID, ID2] } }]);
    await expect(h.sdk.currentUser.tracks.saveTracksLegacy([], [])).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses what the spec refuses: a search limit of 0, a playlist-list offset over 100,000", async () => {
    await expect(h.sdk.search("q", ["track"], undefined, 0 as 1)).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.currentUser.playlists.playlists(10, 100_001)).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.playlists.getUsersPlaylists("someone", 10, 100_001)).rejects.toBeInstanceOf(ValidationError);
    expect(h.server.requests).toHaveLength(0);
    await h.sdk.currentUser.playlists.playlists(10, 100_000);
    expect(sent()[0]!.query).toEqual({ limit: "10", offset: "100000" });
  });

  it("uploads a base64 JPEG as image/jpeg, from bytes too", async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]);
    await h.sdk.playlists.addCustomPlaylistCoverImage(ID, jpeg);
    const req = h.server.requests[0]!;
    expect(req.headers["content-type"]).toBe("image/jpeg");
    expect(req.body).toBe(Buffer.from(jpeg).toString("base64"));
  });

  it("refuses a cover over 256 KB, a non-JPEG and bad base64 before sending", async () => {
    const big = "/9j/" + "A".repeat(256 * 1024);
    await expect(h.sdk.playlists.addCustomPlaylistCoverImageFromBase64String(ID, big)).rejects.toThrow(/256 KB/);
    await expect(h.sdk.playlists.addCustomPlaylistCoverImage(ID, new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).rejects.toThrow(/JPEG/);
    await expect(h.sdk.playlists.addCustomPlaylistCoverImageFromBase64String(ID, "/9j/%%%")).rejects.toThrow(/base64/);
    expect(h.server.requests).toHaveLength(0);
  });

  it("refuses mixing replace and reorder", async () => {
    await expect(h.sdk.playlists.updatePlaylistItems(ID, { uris: [], range_start: 0, insert_before: 1 })).rejects.toBeInstanceOf(ValidationError);
  });

  it("sends additional_types comma-joined", async () => {
    await h.sdk.playlists.getPlaylistItems(ID, undefined, undefined, 50, 0, ["track", "episode"]);
    expect(sent()[0]!.query).toEqual({ limit: "50", offset: "0", additional_types: "track,episode" });
  });
});

describe("argument checks", () => {
  it("refuses limits beyond the widest documented and bad search input", async () => {
    await expect(h.sdk.albums.tracks(ID, undefined, 51 as 50)).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.search("q", ["track"], undefined, 51 as 50)).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.search("q", ["track"], undefined, 10, 1001)).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.search("", ["track"])).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.search("q", [] as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.currentUser.topItems("artists", undefined, 0 as 1)).rejects.toBeInstanceOf(ValidationError);
    expect(h.server.requests).toHaveLength(0);
    await h.sdk.search("q", ["track"], undefined, 50);
    await h.sdk.artists.albums(ID, undefined, undefined, 50);
    expect(h.server.requests).toHaveLength(2);
  });

  it("search sends only what was given, type comma-joined", async () => {
    await h.sdk.search("artist:Queen", ["track", "artist"]);
    expect(sent()[0]!.query).toEqual({ q: "artist:Queen", type: "track,artist" });
  });
});

describe("headers", () => {
  it("sends the bearer token, JSON bodies as application/json, and no body on reads", async () => {
    await h.sdk.tracks.get(ID);
    await h.sdk.playlists.changePlaylistDetails(ID, { name: "n" });
    const [read, write] = h.server.requests;
    expect(read!.headers.authorization).toBe("Bearer test-token");
    expect(read!.body).toBe("");
    expect(write!.headers.authorization).toBe("Bearer test-token");
    expect(write!.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(write!.body)).toEqual({ name: "n" });
  });
});

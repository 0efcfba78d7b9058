/**
 * The SDK against the emulator (a real server speaking the 2026 API, Development Mode profile):
 * reads, library writes through /me/library, playlist items with chunking and pagination, typed
 * errors for closed endpoints.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmulatorControl, startEmulator, type RunningEmulator } from "../../emulator/src/index.js";
import { ForbiddenError, NotFoundError, SpotifyApi, ValidationError, type Track } from "../src/index.js";

let emu: RunningEmulator;
let sdk: SpotifyApi;
let tracks: Track[] = [];

beforeAll(async () => {
  emu = await startEmulator({ port: 0, catalogSize: 2000 });
  const control = new EmulatorControl(emu.url);
  const token = await control.issueToken({ scopes: "all" });
  sdk = SpotifyApi.withAccessToken("emulator-client", { ...token, expires: Date.now() + 3_600_000 }, { baseUrl: `${emu.url}/v1`, retry: false });
  const found = await sdk.search("a", ["track"], undefined, 10);
  tracks = found.tracks.items;
});
afterAll(async () => { await emu?.stop(); });

describe("SDK against the emulator", () => {
  it("reads the catalog by ID, URI and URL", async () => {
    expect(tracks.length).toBeGreaterThan(0);
    const first = tracks[0]!;
    expect(first.type).toBe("track");
    expect((await sdk.tracks.get(first.id)).name).toBe(first.name);
    expect((await sdk.tracks.get(first.uri)).id).toBe(first.id);
    expect((await sdk.tracks.get(`https://open.spotify.com/track/${first.id}`)).id).toBe(first.id);
    const album = await sdk.albums.get(first.album.id);
    expect(album.type).toBe("album");
    const albumTracks = await sdk.paginate(sdk.albums.tracks, album.id).toArray();
    expect(albumTracks.length).toBe(album.total_tracks);
    const artist = await sdk.artists.get(first.artists[0]!.id);
    expect(artist.type).toBe("artist");
  });

  it("saves, checks and removes tracks through /me/library", async () => {
    const ids = tracks.map((t) => t.id);
    await sdk.currentUser.tracks.saveTracks(ids);
    expect(await sdk.currentUser.tracks.hasSavedTracks(ids)).toEqual(ids.map(() => true));
    const saved = await sdk.paginate(sdk.currentUser.tracks.savedTracks).toArray();
    expect(saved.map((s) => s.track.id)).toEqual(expect.arrayContaining(ids));
    await sdk.currentUser.tracks.removeSavedTracks(ids);
    expect(await sdk.currentUser.tracks.hasSavedTracks(ids)).toEqual(ids.map(() => false));
  });

  it("creates a playlist, adds 150 items in chunks, walks them in order, removes some", async () => {
    const me = await sdk.currentUser.profile();
    const playlist = await sdk.playlists.createPlaylist(me.id, { name: "SDK test", public: false });
    expect(playlist.type).toBe("playlist");
    const uris = Array.from({ length: 150 }, (_, i) => tracks[i % tracks.length]!.uri);
    const added = await sdk.playlists.addItemsToPlaylist(playlist.id, uris);
    expect(typeof added.snapshot_id).toBe("string");
    const entries = await sdk.paginate(sdk.playlists.getPlaylistItems, playlist.id).toArray();
    expect(entries.map((e) => (e.item ?? e.track)?.uri)).toEqual(uris);
    const removed = await sdk.playlists.removeItemsFromPlaylist(playlist.id, { tracks: [{ uri: uris[0]! }] });
    expect(typeof removed.snapshot_id).toBe("string");
    const left = await sdk.paginate(sdk.playlists.getPlaylistItems, playlist.id).toArray();
    expect(left.length).toBe(150 - uris.filter((u) => u === uris[0]).length);
    const moved = await sdk.playlists.movePlaylistItems(playlist.id, 0, 1, 3);
    expect(typeof moved.snapshot_id).toBe("string");
  });

  it("answers typed errors", async () => {
    await expect(sdk.tracks.get("not-an-id")).rejects.toBeInstanceOf(ValidationError);
    await expect(sdk.tracks.get("0000000000000000000000")).rejects.toBeInstanceOf(NotFoundError);
    // Multi-gets are closed to Development Mode apps since February 2026.
    await expect(sdk.tracks.get(tracks.map((t) => t.id))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("reads the player", async () => {
    const state = await sdk.player.getPlaybackState();
    expect(state === null || typeof state.is_playing === "boolean").toBe(true);
    const devices = await sdk.player.getAvailableDevices();
    expect(Array.isArray(devices.devices)).toBe(true);
  });
});

/**
 * Every spec-coverage call, with real IDs, against the emulator as an Extended Quota app (every
 * endpoint open): the emulator validates requests against the spec, so a request shape the SDK
 * gets wrong fails here even when the recording-server test cannot tell.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmulatorControl, startEmulator, type RunningEmulator } from "../../emulator/src/index.js";
import { assertValid } from "../../emulator/test/webapi-harness.js";
import { SpotifyApi } from "../src/index.js";
import { callsFor, type Call, type Fixture } from "./helpers/spec-calls.js";

let emu: RunningEmulator;
let sdk: SpotifyApi;
let playlistId = "";
let calls: Record<string, Call[]> = {};
/** Every answer the emulator gave to the calls, as it came over HTTP. */
const answers: Array<{ operationId: string; status: number; body: string; url: string }> = [];

beforeAll(async () => {
  emu = await startEmulator({ port: 0, catalogSize: 2000, profile: "extended", rateLimit: 0 });
  const control = new EmulatorControl(emu.url);
  const token = await control.issueToken({ scopes: "all" });
  sdk = SpotifyApi.withAccessToken("emulator-client", { ...token, expires: Date.now() + 3_600_000 }, {
    baseUrl: `${emu.url}/v1`,
    retry: false,
    hooks: {
      afterResponse: [({ request, response }) => {
        if (request.request.operationId) answers.push({ operationId: request.request.operationId, status: response.status, body: response.body, url: request.url });
      }],
    },
  });
  const found = await sdk.search("a", ["track", "album", "artist", "show", "episode", "audiobook"], undefined, 2);
  const audiobook = found.audiobooks.items[0]!;
  const chapters = await sdk.audiobooks.getAudiobookChapters(audiobook.id, undefined, 1);
  const me = await sdk.currentUser.profile();
  const playlist = await sdk.playlists.createPlaylistForCurrentUser({ name: "fixture" });
  playlistId = playlist.id;
  await sdk.playlists.addItemsToPlaylist(playlist.id, found.tracks.items.map((t) => t.uri).concat(found.tracks.items.map((t) => t.uri)));
  const categories = await sdk.browse.getCategories(undefined, undefined, 1);
  const devices = await sdk.player.getAvailableDevices();
  const fixture: Fixture = {
    track: found.tracks.items[0]!.id, track2: found.tracks.items[1]!.id, album: found.albums.items[0]!.id, artist: found.artists.items[0]!.id,
    show: found.shows.items[0]!.id, episode: found.episodes.items[0]!.id, audiobook: audiobook.id, chapter: chapters.items[0]!.id,
    playlist: playlist.id, snapshot: playlist.snapshot_id, user: me.id, otherUser: "emulator-free-user", category: categories.categories.items[0]?.id ?? "pop",
    device: devices.devices[0]?.id ?? "device-1",
  };
  const seeds = () => ({ seed_artists: [fixture.artist], seed_tracks: [fixture.track], seed_genres: ["rock"], limit: 5, market: "US", min_energy: 0.1, target_popularity: 50 });
  calls = callsFor(fixture, seeds);
});
afterAll(async () => { await emu?.stop(); });

describe("spec-coverage calls against the emulator", () => {
  it("every operation's calls are accepted", async () => {
    const failures: string[] = [];
    for (const [operationId, list] of Object.entries(calls)) {
      for (const [i, call] of list.entries()) {
        try {
          await call(sdk);
        } catch (error) {
          failures.push(`${operationId}#${i}: ${(error as Error).name}: ${(error as Error).message}`);
        }
      }
    }
    // Spotify refuses to create a playlist for another user; the SDK sent the right request.
    expect(failures).toEqual([expect.stringMatching(/^create-playlist-for-user#0: ForbiddenError: 403/)]);
  });

  it("every operation's answers over HTTP match the spec (validated with ajv)", async () => {
    // The coverage calls ask for `fields=items`, which legitimately drops required fields: read
    // the playlist and its items once more without a filter.
    await sdk.playlists.getPlaylist(playlistId);
    await sdk.playlists.getPlaylistItems(playlistId);
    await sdk.playlists.getPlaylistItemsLegacy(playlistId);
    const problems: string[] = [];
    const validated = new Set<string>();
    for (const answer of answers) {
      if (answer.status >= 400 || /[?&]fields=/.test(answer.url)) continue;
      try {
        const body = answer.body.trim() === "" ? undefined : (JSON.parse(answer.body) as unknown);
        assertValid(answer.operationId, { status: answer.status, body }, { profile: "extended", market: /[?&]market=/.test(answer.url) });
        validated.add(answer.operationId);
      } catch (error) {
        problems.push((error as Error).message.slice(0, 300));
      }
    }
    expect(problems).toEqual([]);
    const missing = Object.keys(calls).filter((id) => !validated.has(id) && id !== "create-playlist-for-user");
    expect(missing).toEqual([]);
    expect(validated.size).toBe(Object.keys(calls).length - 1);
  });
});

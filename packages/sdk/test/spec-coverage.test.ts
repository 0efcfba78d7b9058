/**
 * Every operation of spec/openapi.yml is reachable: the declaration table has its verb and path,
 * and calling the SDK method against a recording server sends that verb and path, every query
 * parameter and body field the spec lists (required ones always), and nothing it does not know.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { OPERATIONS, type SpotifyApi } from "../src/index.js";
import { ID, ID2, parts, startHarness, type Harness } from "./helpers/endpoint-client.js";

interface SpecParam { name: string; in: string; required?: boolean }
interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  query: SpecParam[];
  bodyFields: string[];
  requiredBody: string[];
  bodyContentType?: string;
}

const spec = parse(readFileSync(fileURLToPath(new URL("../../../spec/openapi.yml", import.meta.url)), "utf8"));

function resolve<T>(node: any): T {
  if (node?.$ref) return node.$ref.split("/").slice(1).reduce((o: any, k: string) => o[k], spec) as T;
  return node as T;
}

const specOperations: SpecOperation[] = [];
for (const [path, item] of Object.entries<any>(spec.paths)) {
  for (const [method, op] of Object.entries<any>(item)) {
    if (!op?.operationId) continue;
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: unknown) => resolve<SpecParam>(p));
    const content = op.requestBody ? resolve<any>(op.requestBody).content : undefined;
    const jsonSchema = content?.["application/json"]?.schema;
    specOperations.push({
      operationId: op.operationId,
      method: method.toUpperCase(),
      path,
      query: params.filter((p) => p.in === "query"),
      bodyFields: Object.keys(jsonSchema?.properties ?? {}),
      requiredBody: jsonSchema?.required ?? [],
      bodyContentType: content ? Object.keys(content)[0] : undefined,
    });
  }
}

/** Operations deliberately without a method: none today. Each entry needs its reason. */
const LEFT_OUT: Record<string, string> = {};

/**
 * Parameters the spec lists that the SDK sends in the JSON body instead of the query: the spec
 * accepts both for these operations and the body has no URL length limit.
 */
const QUERY_AS_BODY = new Set(["add-items-to-playlist:uris", "add-items-to-playlist:position", "add-tracks-to-playlist:uris",
  "add-tracks-to-playlist:position", "reorder-or-replace-playlists-items:uris", "reorder-or-replace-playlists-tracks:uris"]);

/** Query parameters sent beyond the 2026 spec, kept because 1.2.0's signatures take them. */
const EXTRA_QUERY: Record<string, string[]> = {
  "get-categories": ["country"],
  "get-a-category": ["country"],
  "get-new-releases": ["country"],
  "get-featured-playlists": ["country", "timestamp"],
  "get-a-categories-playlists": ["country"],
};

const T = `spotify:track:${ID}`;
const details = { name: "n", public: false, collaborative: true, description: "d" };

function recommendationsRequest(): Record<string, unknown> {
  const op = specOperations.find((o) => o.operationId === "get-recommendations")!;
  const request: Record<string, unknown> = {};
  for (const p of op.query) {
    if (p.name.startsWith("seed_")) request[p.name] = p.name === "seed_genres" ? ["rock"] : [ID];
    else if (p.name === "market") request[p.name] = "US";
    else if (p.name === "limit") request[p.name] = 10;
    else if (/acousticness|danceability|energy|instrumentalness|liveness|speechiness|valence|mode/.test(p.name)) request[p.name] = 0.5;
    else request[p.name] = 5;
  }
  request.seed_artists = [ID];
  request.seed_tracks = [ID2];
  request.seed_genres = ["rock"];
  return request;
}

type Call = (sdk: SpotifyApi) => Promise<unknown>;
/** One or more calls per operation, together passing every parameter. */
const CALLS: Record<string, Call[]> = {
  "get-an-album": [(s) => s.albums.get(ID, "US")],
  "get-multiple-albums": [(s) => s.albums.get([ID, ID2], "US")],
  "get-an-albums-tracks": [(s) => s.albums.tracks(ID, "US", 10, 5)],
  "get-an-artist": [(s) => s.artists.get(ID)],
  "get-multiple-artists": [(s) => s.artists.get([ID])],
  "get-an-artists-albums": [(s) => s.artists.albums(ID, "album,single", "US", 10, 0)],
  "get-an-artists-top-tracks": [(s) => s.artists.topTracks(ID, "US")],
  "get-an-artists-related-artists": [(s) => s.artists.relatedArtists(ID)],
  "get-a-show": [(s) => s.shows.get(ID, "US")],
  "get-multiple-shows": [(s) => s.shows.get([ID], "US")],
  "get-a-shows-episodes": [(s) => s.shows.episodes(ID, "US", 10, 0)],
  "get-an-episode": [(s) => s.episodes.get(ID, "US")],
  "get-multiple-episodes": [(s) => s.episodes.get([ID], "US")],
  "get-an-audiobook": [(s) => s.audiobooks.get(ID, "US")],
  "get-multiple-audiobooks": [(s) => s.audiobooks.get([ID], "US")],
  "get-audiobook-chapters": [(s) => s.audiobooks.getAudiobookChapters(ID, "US", 10, 0)],
  "get-users-saved-audiobooks": [(s) => s.currentUser.audiobooks.savedAudiobooks(10, 0)],
  "save-audiobooks-user": [(s) => s.currentUser.audiobooks.saveAudiobooksLegacy([ID])],
  "remove-audiobooks-user": [(s) => s.currentUser.audiobooks.removeSavedAudiobooksLegacy([ID])],
  "check-users-saved-audiobooks": [(s) => s.currentUser.audiobooks.hasSavedAudiobooksLegacy([ID])],
  "get-a-chapter": [(s) => s.chapters.get(ID, "US")],
  "get-several-chapters": [(s) => s.chapters.get([ID], "US")],
  "get-track": [(s) => s.tracks.get(ID, "US")],
  "get-several-tracks": [(s) => s.tracks.get([ID], "US")],
  search: [(s) => s.search("q", ["track", "album"], "US", 10, 5, "audio")],
  "get-current-users-profile": [(s) => s.currentUser.profile()],
  "get-playlist": [(s) => s.playlists.getPlaylist(ID, "US", "name", ["track", "episode"])],
  "change-playlist-details": [(s) => s.playlists.changePlaylistDetails(ID, details)],
  "get-playlists-tracks": [(s) => s.playlists.getPlaylistItemsLegacy(ID, "US", "items", 10, 0, ["episode"])],
  "reorder-or-replace-playlists-tracks": [
    (s) => s.playlists.updatePlaylistItemsLegacy(ID, { uris: [T] }),
    (s) => s.playlists.updatePlaylistItemsLegacy(ID, { range_start: 0, insert_before: 2, range_length: 1, snapshot_id: "s" }),
  ],
  "add-tracks-to-playlist": [(s) => s.playlists.addItemsToPlaylistLegacy(ID, [T], 0)],
  "remove-tracks-playlist": [(s) => s.playlists.removeItemsFromPlaylistLegacy(ID, { tracks: [{ uri: T }], snapshot_id: "s" })],
  "get-playlists-items": [(s) => s.playlists.getPlaylistItems(ID, "US", "items", 10, 0, ["episode"])],
  "reorder-or-replace-playlists-items": [
    (s) => s.playlists.updatePlaylistItems(ID, { uris: [T] }),
    (s) => s.playlists.movePlaylistItems(ID, 0, 1, 2),
    (s) => s.playlists.updatePlaylistItems(ID, { range_start: 0, insert_before: 2, snapshot_id: "s" }),
  ],
  "add-items-to-playlist": [(s) => s.playlists.addItemsToPlaylist(ID, [T], 0)],
  "remove-items-playlist": [(s) => s.playlists.removeItemsFromPlaylist(ID, { tracks: [{ uri: T }], snapshot_id: "s" })],
  "get-a-list-of-current-users-playlists": [(s) => s.currentUser.playlists.playlists(10, 0)],
  "create-playlist": [(s) => s.playlists.createPlaylistForCurrentUser(details), (s) => s.playlists.createPlaylist("me-user", details)],
  "save-library-items": [(s) => s.currentUser.library.save([T]), (s) => s.currentUser.tracks.saveTracks([ID])],
  "remove-library-items": [(s) => s.currentUser.library.remove([T]), (s) => s.currentUser.tracks.removeSavedTracks([ID])],
  "check-library-contains": [(s) => s.currentUser.library.contains([T]), (s) => s.currentUser.tracks.hasSavedTracks([ID])],
  "get-users-saved-albums": [(s) => s.currentUser.albums.savedAlbums(10, 0, "US")],
  "save-albums-user": [(s) => s.currentUser.albums.saveAlbumsLegacy([ID])],
  "remove-albums-user": [(s) => s.currentUser.albums.removeSavedAlbumsLegacy([ID])],
  "check-users-saved-albums": [(s) => s.currentUser.albums.hasSavedAlbumsLegacy([ID])],
  "get-users-saved-tracks": [(s) => s.currentUser.tracks.savedTracks(10, 0, "US")],
  "save-tracks-user": [(s) => s.currentUser.tracks.saveTracksLegacy([ID], [{ id: ID, added_at: "2020-01-01T00:00:00Z" }])],
  "remove-tracks-user": [(s) => s.currentUser.tracks.removeSavedTracksLegacy([ID])],
  "check-users-saved-tracks": [(s) => s.currentUser.tracks.hasSavedTracksLegacy([ID])],
  "get-users-saved-episodes": [(s) => s.currentUser.episodes.savedEpisodes("US", 10, 0)],
  "save-episodes-user": [(s) => s.currentUser.episodes.saveEpisodesLegacy([ID])],
  "remove-episodes-user": [(s) => s.currentUser.episodes.removeSavedEpisodesLegacy([ID])],
  "check-users-saved-episodes": [(s) => s.currentUser.episodes.hasSavedEpisodesLegacy([ID])],
  "get-users-saved-shows": [(s) => s.currentUser.shows.savedShows(10, 0)],
  "save-shows-user": [(s) => s.currentUser.shows.saveShowsLegacy([ID])],
  "remove-shows-user": [(s) => s.currentUser.shows.removeSavedShowsLegacy([ID], "US")],
  "check-users-saved-shows": [(s) => s.currentUser.shows.hasSavedShowLegacy([ID])],
  "get-users-profile": [(s) => s.users.profile("some.user")],
  "get-list-users-playlists": [(s) => s.playlists.getUsersPlaylists("some.user", 10, 0)],
  "create-playlist-for-user": [(s) => s.playlists.createPlaylist("other-user", details)],
  "follow-playlist": [(s) => s.currentUser.playlists.followLegacy(ID, true)],
  "unfollow-playlist": [(s) => s.currentUser.playlists.unfollowLegacy(ID)],
  "get-featured-playlists": [(s) => s.browse.getFeaturedPlaylists("US", "en_US", "2020-01-01T00:00:00", 10, 0)],
  "get-categories": [(s) => s.browse.getCategories("US", "en_US", 10, 0)],
  "get-a-category": [(s) => s.browse.getCategory("dinner", "US", "en_US")],
  "get-a-categories-playlists": [(s) => s.browse.getPlaylistsForCategory("dinner", "US", 10, 0)],
  "get-playlist-cover": [(s) => s.playlists.getPlaylistCoverImage(ID)],
  "upload-custom-playlist-cover": [(s) => s.playlists.addCustomPlaylistCoverImageFromBase64String(ID, "/9j/4AAQSkZJRg==")],
  "get-new-releases": [(s) => s.browse.getNewReleases("US", 10, 0)],
  "get-followed": [(s) => s.currentUser.followedArtists(ID, 10)],
  "follow-artists-users": [(s) => s.currentUser.followArtistsOrUsers([ID], "artist")],
  "unfollow-artists-users": [(s) => s.currentUser.unfollowArtistsOrUsers(["some.user"], "user")],
  "check-current-user-follows": [(s) => s.currentUser.followsArtistsOrUsers([ID], "artist")],
  "check-if-user-follows-playlist": [(s) => s.currentUser.playlists.isFollowing(ID, ["some.user"])],
  "get-several-audio-features": [(s) => s.tracks.audioFeatures([ID])],
  "get-audio-features": [(s) => s.tracks.audioFeatures(ID)],
  "get-audio-analysis": [(s) => s.tracks.audioAnalysis(ID)],
  "get-recommendations": [(s) => s.recommendations.get(recommendationsRequest())],
  "get-recommendation-genres": [(s) => s.recommendations.genreSeeds()],
  "get-information-about-the-users-current-playback": [(s) => s.player.getPlaybackState("US", "episode")],
  "transfer-a-users-playback": [(s) => s.player.transferPlayback(["device-1"], true)],
  "get-a-users-available-devices": [(s) => s.player.getAvailableDevices()],
  "get-the-users-currently-playing-track": [(s) => s.player.getCurrentlyPlayingTrack("US", "episode")],
  "start-a-users-playback": [(s) => s.player.startResumePlayback("device-1", `spotify:album:${ID}`, [T], { position: 0 }, 1000)],
  "pause-a-users-playback": [(s) => s.player.pausePlayback("device-1")],
  "skip-users-playback-to-next-track": [(s) => s.player.skipToNext("device-1")],
  "skip-users-playback-to-previous-track": [(s) => s.player.skipToPrevious("device-1")],
  "seek-to-position-in-currently-playing-track": [(s) => s.player.seekToPosition(1000, "device-1")],
  "set-repeat-mode-on-users-playback": [(s) => s.player.setRepeatMode("track", "device-1")],
  "set-volume-for-users-playback": [(s) => s.player.setPlaybackVolume(50, "device-1")],
  "toggle-shuffle-for-users-playback": [(s) => s.player.togglePlaybackShuffle(true, "device-1")],
  "get-recently-played": [
    (s) => s.player.getRecentlyPlayedTracks(10, { type: "after", timestamp: 1 }),
    (s) => s.player.getRecentlyPlayedTracks(10, { type: "before", timestamp: 2 }),
  ],
  "get-queue": [(s) => s.player.getUsersQueue()],
  "add-to-queue": [(s) => s.player.addItemToPlaybackQueue(T, "device-1")],
  "get-available-markets": [(s) => s.markets.getAvailableMarkets()],
  "get-users-top-artists": [(s) => s.currentUser.topItems("artists", "short_term", 10, 0)],
  "get-users-top-tracks": [(s) => s.currentUser.topItems("tracks", "long_term", 10, 0)],
};

function pathPattern(template: string): RegExp {
  return new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
}

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.server.close(); });

describe("spec coverage", () => {
  it("reads 97 operations from the spec", () => {
    expect(specOperations).toHaveLength(97);
  });

  it("declares every operation with the spec's verb and path, or lists why it is left out", () => {
    const gaps = specOperations.filter((op) => !OPERATIONS[op.operationId] && !LEFT_OUT[op.operationId]).map((op) => op.operationId);
    expect(gaps).toEqual([]);
    for (const op of specOperations) {
      const decl = OPERATIONS[op.operationId];
      if (!decl) continue;
      expect({ id: op.operationId, method: decl.method, path: decl.path }).toEqual({ id: op.operationId, method: op.method, path: op.path });
    }
    const unknown = Object.keys(OPERATIONS).filter((id) => !specOperations.some((op) => op.operationId === id));
    expect(unknown).toEqual([]);
  });

  it("has a call for every operation not left out, and none for unknown ones", () => {
    const missing = specOperations.filter((op) => !CALLS[op.operationId] && !LEFT_OUT[op.operationId]).map((op) => op.operationId);
    expect(missing).toEqual([]);
    expect(Object.keys(CALLS).filter((id) => !specOperations.some((op) => op.operationId === id))).toEqual([]);
  });

  for (const op of specOperations) {
    it(`${op.operationId}: ${op.method} ${op.path}`, async () => {
      const calls = CALLS[op.operationId];
      if (!calls) {
        expect(LEFT_OUT[op.operationId], `${op.operationId} has no method and no reason`).toBeTruthy();
        return;
      }
      const sentQuery = new Set<string>();
      const sentBody = new Set<string>();
      const pattern = pathPattern(op.path);
      for (const call of calls) {
        h.server.requests.length = 0;
        await call(h.sdk);
        const matching = h.server.requests.map(parts).filter((r) => r.method === op.method && pattern.test(r.path));
        expect(matching.length, `no ${op.method} ${op.path} among ${h.server.requests.map((r) => `${r.method} ${r.url}`).join(", ")}`).toBeGreaterThan(0);
        for (const r of matching) {
          for (const p of op.query.filter((q) => q.required)) expect(r.query, `required ${p.name}`).toHaveProperty(p.name);
          for (const name of Object.keys(r.query)) sentQuery.add(name);
          if (r.body && typeof r.body === "object") for (const name of Object.keys(r.body)) sentBody.add(name);
          for (const name of op.requiredBody) expect(r.body, `required body field ${name}`).toHaveProperty(name);
          if (op.bodyContentType === "image/jpeg") {
            const raw = h.server.requests.find((x) => x.method === op.method)!;
            expect(raw.headers["content-type"]).toBe("image/jpeg");
            expect(raw.body).toMatch(/^\/9j\//);
          }
        }
      }
      for (const p of op.query) {
        const where = QUERY_AS_BODY.has(`${op.operationId}:${p.name}`) ? sentBody : sentQuery;
        expect(where.has(p.name), `query parameter ${p.name} never sent`).toBe(true);
      }
      for (const field of op.bodyFields) expect(sentBody.has(field), `body field ${field} never sent`).toBe(true);
      const known = new Set([...op.query.map((p) => p.name), ...(EXTRA_QUERY[op.operationId] ?? [])]);
      expect([...sentQuery].filter((name) => !known.has(name)), "query parameters the spec does not list").toEqual([]);
      const knownBody = new Set([...op.bodyFields, ...op.query.filter((p) => QUERY_AS_BODY.has(`${op.operationId}:${p.name}`)).map((p) => p.name)]);
      expect([...sentBody].filter((name) => !knownBody.has(name)), "body fields the spec does not list").toEqual([]);
    });
  }
});

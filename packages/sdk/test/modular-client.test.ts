/**
 * The modular entry end to end against the emulator (real HTTP over loopback): `createClient`
 * plus group classes built on it, with the strategy's token requests going through the client's
 * pipeline, paging, the 1.2.0 error handler and the current user's ID.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmulatorControl, startEmulator, type RunningEmulator } from "../../emulator/src/index.js";
import {
  AlbumsEndpoints, ClientCredentialsStrategy, createClient, CurrentUserEndpoints, CurrentUserTracksEndpoints, CurrentUserWithLibraryEndpoints,
  LibraryEndpoints, NotFoundError, paginateMethod, PlaylistsEndpoints, ProvidedAccessTokenStrategy,
  SearchEndpoints, sharePauseThrough, SpotifyApi, TracksEndpoints, ValidationError, type HookRequest, type IAuthStrategy, type RateLimitStore,
} from "../src/index.js";
import { json, startTestServer } from "./helpers/test-server.js";

let emu: RunningEmulator;
let control: EmulatorControl;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, catalogSize: 500, rateLimit: 0 });
  control = new EmulatorControl(emu.url);
});
afterAll(async () => { await emu?.stop(); });

/** A client-credentials client on the emulator that records the URL of every attempt. */
function appClient(seen: string[], extra: Record<string, unknown> = {}) {
  return createClient({
    auth: new ClientCredentialsStrategy("emulator-client-id", "emulator-client-secret"),
    baseUrl: emu.apiUrl,
    accountsBaseUrl: emu.accountsUrl,
    retry: false,
    hooks: { beforeRequest: [(r: HookRequest) => { seen.push(r.url); }] },
    ...extra,
  });
}

describe("createClient against the emulator", () => {
  it("reads through group classes built on one client; the token request goes through the client's pipeline, once", async () => {
    const seen: string[] = [];
    const client = appClient(seen);
    const search = new SearchEndpoints(client);
    const tracks = new TracksEndpoints(client);
    const albums = new AlbumsEndpoints(client);
    const found = await search.execute("a", ["track"], undefined, 5);
    expect(found.tracks.items.length).toBe(5);
    const first = found.tracks.items[0]!;
    const [byUri, byUrl] = await Promise.all([tracks.get(first.uri), tracks.get(`https://open.spotify.com/track/${first.id}`)]);
    expect(byUri.id).toBe(first.id);
    expect(byUrl.name).toBe(first.name);
    const album = await albums.get(first.album.id);
    const albumTracks = await paginateMethod(albums.tracks, [album.id]).toArray();
    expect(albumTracks.length).toBe(album.total_tracks);
    // The strategy got the client's configuration: its token request used the client's
    // accountsBaseUrl and hooks, and every API call shared that one token.
    expect(seen.filter((url) => url === `${emu.accountsUrl}/api/token`)).toHaveLength(1);
    expect(seen.filter((url) => url.startsWith(emu.apiUrl)).length).toBeGreaterThanOrEqual(5);
    expect(client.auth).toBeInstanceOf(ClientCredentialsStrategy);
    expect((await client.auth.getAccessToken())?.access_token).toBeTruthy();
  });

  it("walks search results with paginateMethod on a SearchEndpoints' execute, like paginate(sdk.search, ...)", async () => {
    const search = new SearchEndpoints(appClient([]));
    const items = await paginateMethod(search.execute, ["a", ["track"]]).toArray({ limit: 25 });
    expect(items).toHaveLength(25);
    expect(new Set(items.map((t) => t?.id)).size).toBe(25);
    expect(() => paginateMethod(search.execute, ["a", ["track", "album"]])).toThrow(ValidationError);
  });

  it("throws typed errors; 1.2.0's errorHandler and request hooks are the facade's: createClient refuses them before any request", async () => {
    const missing = "0000000000000000000000";
    await expect(new TracksEndpoints(appClient([])).get(missing)).rejects.toBeInstanceOf(NotFoundError);
    const seen: string[] = [];
    const handleErrors = async () => true;
    for (const [name, value] of Object.entries({
      errorHandler: { handleErrors }, beforeRequest: () => {}, afterRequest: () => {},
      deserializer: { deserialize: async () => null }, responseValidator: { validateResponse: async () => {} },
    })) {
      expect(() => appClient(seen, { [name]: value })).toThrow(expect.objectContaining({ name: "ValidationError", parameter: name }));
    }
    expect(seen).toEqual([]);
    // The facade keeps 1.2.0's meaning: a handled error resolves null.
    const sdk = new SpotifyApi(new ClientCredentialsStrategy("emulator-client-id", "emulator-client-secret"), {
      baseUrl: emu.apiUrl, accountsBaseUrl: emu.accountsUrl, retry: false, errorHandler: { handleErrors },
    });
    await expect(sdk.tracks.get(missing)).resolves.toBeNull();
  });

  it("knows the current user: createPlaylist(me) goes to POST /me/playlists", async () => {
    const token = await control.issueToken({ scopes: "all" });
    const seen: string[] = [];
    const client = createClient({
      auth: new ProvidedAccessTokenStrategy("emulator-client", { ...token, expires: Date.now() + 3_600_000 }),
      baseUrl: emu.apiUrl,
      hooks: { beforeRequest: [(r: HookRequest) => { seen.push(`${r.method} ${r.url}`); }] },
    });
    const me = await client.currentUserId();
    expect(me).toBe((await SpotifyApi.withAccessToken("emulator-client", { ...token, expires: Date.now() + 3_600_000 }, { baseUrl: emu.apiUrl }).currentUser.profile()).id);
    const playlist = await new PlaylistsEndpoints(client).createPlaylist(me, { name: "modular", public: false });
    expect(playlist.name).toBe("modular");
    expect(seen).toContain(`POST ${emu.apiUrl}/me/playlists`);
  });

  it("reads the profile through the light CurrentUserEndpoints and the library through a sub-group built on its own", async () => {
    const token = await control.issueToken({ scopes: "all" });
    const client = createClient({ auth: new ProvidedAccessTokenStrategy("emulator-client", { ...token, expires: Date.now() + 3_600_000 }), baseUrl: emu.apiUrl });
    const me = new CurrentUserEndpoints(client);
    expect((await me.profile()).id).toBe(await client.currentUserId());
    // No sub-group rides along (that is what keeps the library code out of a profile-only bundle).
    expect(["tracks", "library", "followArtistsOrUsers"].filter((name) => name in me)).toEqual([]);
    const [track] = (await new SearchEndpoints(client).execute("a", ["track"], undefined, 1)).tracks.items;
    const liked = new CurrentUserTracksEndpoints(client);
    await liked.saveTracks([track!.id]);
    expect(await liked.hasSavedTracks([track!.id])).toEqual([true]);
    expect(await new LibraryEndpoints(client).contains([track!.uri])).toEqual([true]);
    const full = new CurrentUserWithLibraryEndpoints(client);
    expect(full).toBeInstanceOf(CurrentUserEndpoints);
    expect((await full.tracks.savedTracks(50)).items.map((saved) => saved.track.id)).toContain(track!.id);
  });

  it("refuses a missing or malformed auth strategy before any request", () => {
    expect(() => createClient(undefined as never)).toThrow(ValidationError);
    expect(() => createClient({ auth: {} as IAuthStrategy })).toThrow(/auth strategy/);
  });
});

describe("a rate-limit store of the app's own (its sharePause through sharePauseThrough), in the fetch build", () => {
  it("is shared by the SpotifyApi facade: a 429 is recorded for the app's key", async () => {
    let calls = 0;
    const server = await startTestServer((_req, res) => (calls++ === 0 ? json(res, 429, { error: { status: 429, message: "slow down" } }, { "retry-after": "0" }) : json(res, 200, { id: "t" })));
    try {
      const recorded: Array<[string, number]> = [];
      const store: RateLimitStore = {
        recordPause: async (key, ms) => (recorded.push([key, ms]), 0), pausedFor: async () => 0,
        electProbe: async () => ({ kind: "probe" }), endPause: async () => undefined,
        sharePause(key, logger) { return sharePauseThrough(this, key, logger); },
      };
      const sdk = SpotifyApi.withAccessToken("app-client-id", { access_token: "t", token_type: "Bearer", expires_in: 3600, expires: Date.now() + 3_600_000 }, {
        baseUrl: `${server.url}/v1`, rateLimitStore: store, retry: { defaultRetryAfterSeconds: 0 },
      });
      await expect(sdk.makeRequest("GET", "me")).resolves.toEqual({ id: "t" });
      expect(recorded.map(([key]) => key)).toEqual(["app-client-id"]);
    } finally {
      await server.close();
    }
  });
});

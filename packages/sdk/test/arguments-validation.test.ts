/**
 * Arguments and answers of the endpoint groups: a wrong argument is a ValidationError before any
 * request (never a URIError, a BigInt TypeError or `market=NaN` on the wire), and a 200 whose
 * envelope is not what the operation promises is an UnexpectedResponseError (never `null`, `[]`
 * or the characters of a string handed over as a result).
 */
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { SpotifyApi, UnexpectedResponseError, ValidationError } from "../src/index.js";
import { ID, ID2, startHarness, staticAuth, type Harness } from "./helpers/endpoint-client.js";
import { json, raw, type RecordedRequest } from "./helpers/test-server.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.server.close();
  h = undefined;
});

const LONE = "\uD800";

describe("arguments refused before any request", () => {
  const cases: Array<[string, (sdk: SpotifyApi) => Promise<unknown>]> = [
    ["a lone surrogate in a user ID", (sdk) => sdk.users.profile(`ab${LONE}`)],
    ["a lone surrogate in a search query", (sdk) => sdk.search(`love${LONE}`, ["track"])],
    ["a lone surrogate in a locale", (sdk) => sdk.browse.getCategories("SE", `sv${LONE}`)],
    ["setRepeatMode(10n)", (sdk) => sdk.player.setRepeatMode(10n as never)],
    ["setShuffle with a symbol device", (sdk) => sdk.player.togglePlaybackShuffle(true, Symbol("d") as never)],
    ["saveTracksLegacy([id], 42)", (sdk) => sdk.currentUser.tracks.saveTracksLegacy([ID], 42 as never)],
    ["saveTracksLegacy with an added_at that is not a string", (sdk) => sdk.currentUser.tracks.saveTracksLegacy([ID], [{ id: ID, added_at: 5 as never }])],
    ["market NaN", (sdk) => sdk.tracks.get(ID, Number.NaN as never)],
    ["market as an object", (sdk) => sdk.tracks.get(ID, {} as never)],
    ["market of three letters", (sdk) => sdk.albums.get(ID, "USA" as never)],
    ["an empty market", (sdk) => sdk.albums.tracks(ID, "" as never)],
    ["a lower-case market", (sdk) => sdk.tracks.get(ID, "se" as never)],
    ["country from_token (only market takes it)", (sdk) => sdk.browse.getCategories("from_token" as never)],
    ["a locale that is an object", (sdk) => sdk.browse.getCategories("SE", {} as never)],
    ["an ID list holding an object", (sdk) => sdk.tracks.get([ID, {} as never])],
    ["include_external as a BigInt", (sdk) => sdk.search("q", ["track"], undefined, undefined, undefined, 1n as never)],
  ];

  it.each(cases)("%s", async (_name, call) => {
    h = await startHarness();
    const error = await call(h.sdk).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(h.server.requests).toHaveLength(0);
  });

  it("sends valid markets as given, from_token included", async () => {
    h = await startHarness();
    await h.sdk.tracks.get(ID, "SE");
    await h.sdk.tracks.get(ID, "from_token");
    expect(h.server.requests.map((r) => new URL(r.url, "http://x").searchParams.get("market"))).toEqual(["SE", "from_token"]);
  });
});

/** A server answering every request with `body` (a raw string: "null", "\"text\"", ...). */
async function answering(body: string): Promise<Harness> {
  return startHarness((_req: RecordedRequest, res: ServerResponse) => raw(res, 200, body, "application/json"));
}

describe("answers whose envelope is not the operation's", () => {
  const shapes: Array<[string, string, (sdk: SpotifyApi) => Promise<unknown>]> = [
    ["null for a track", "null", (sdk) => sdk.tracks.get(ID)],
    ["an array for a track", "[1,2]", (sdk) => sdk.tracks.get(ID)],
    ["a string for a track", '"text"', (sdk) => sdk.tracks.get(ID)],
    ["a number for the profile", "42", (sdk) => sdk.currentUser.profile()],
    ["null for hasSavedTracks of 3 IDs", "null", (sdk) => sdk.currentUser.tracks.hasSavedTracks([ID, ID2, ID])],
    ["a string for hasSavedTracks", '"text"', (sdk) => sdk.currentUser.tracks.hasSavedTracks([ID, ID2, ID])],
    ["numbers for a contains check", "[1,0,1]", (sdk) => sdk.currentUser.tracks.hasSavedTracks([ID, ID2, ID])],
    ["an object for follows", '{"a":true}', (sdk) => sdk.currentUser.followsArtistsOrUsers([ID], "artist")],
    ["an object without the list for several tracks", "{}", (sdk) => sdk.tracks.get([ID, ID2])],
    ["null for several albums", "null", (sdk) => sdk.albums.get([ID, ID2])],
    ["an object for the playlist cover", "{}", (sdk) => sdk.playlists.getPlaylistCoverImage(ID)],
    ["a string for the playback state", '"text"', (sdk) => sdk.player.getPlaybackState()],
  ];

  it.each(shapes)("%s is an UnexpectedResponseError", async (_name, body, call) => {
    h = await answering(body);
    await expect(call(h.sdk)).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it("lets a multi-get hold null items and the playback state be null", async () => {
    h = await startHarness((req, res) => {
      const path = new URL(req.url, "http://x").pathname;
      if (path === "/v1/me/player") return raw(res, 204, "", "application/json");
      json(res, 200, { tracks: [null, { id: ID2 }] });
    });
    await expect(h.sdk.tracks.get([ID, ID2])).resolves.toEqual([null, { id: ID2 }]);
    await expect(h.sdk.player.getPlaybackState()).resolves.toBeNull();
  });

  it("still resolves null where a 1.2.0 errorHandler handled the error", async () => {
    h = await answering("null");
    const sdk = new SpotifyApi(staticAuth(), { baseUrl: `${h.server.url}/v1`, retry: false, errorHandler: { handleErrors: async () => true } });
    await expect(sdk.tracks.get(ID)).resolves.toBeNull();
  });
});

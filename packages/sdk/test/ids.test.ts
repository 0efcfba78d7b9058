/**
 * IDs, URIs and URLs: parsed, formatted and validated; hostile input refused before any request
 * or kept inside its path segment.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  formatSpotifyUri, formatSpotifyUrl, isSpotifyId, parseSpotifyId, toFreeFormId, toSpotifyId, toSpotifyUri, ValidationError,
} from "../src/index.js";
import { ID, startHarness, type Harness } from "./helpers/endpoint-client.js";

describe("parse, format, validate", () => {
  it("parses IDs, URIs and open.spotify.com URLs", () => {
    expect(parseSpotifyId(ID)).toEqual({ id: ID });
    expect(parseSpotifyId(`spotify:track:${ID}`)).toEqual({ type: "track", id: ID, uri: `spotify:track:${ID}` });
    expect(parseSpotifyId(`https://open.spotify.com/album/${ID}?si=abc`)).toEqual({ type: "album", id: ID, uri: `spotify:album:${ID}` });
    expect(parseSpotifyId(`https://open.spotify.com/intl-de/track/${ID}`).type).toBe("track");
    expect(parseSpotifyId(`https://open.spotify.com/embed/playlist/${ID}`).type).toBe("playlist");
    expect(parseSpotifyId(`spotify:user:someone:playlist:${ID}`)).toEqual({ type: "playlist", id: ID, uri: `spotify:playlist:${ID}` });
    expect(parseSpotifyId("https://open.spotify.com/user/some%20one")).toMatchObject({ type: "user", id: "some one" });
  });

  it("keeps spotify:local: URIs whole", () => {
    const local = "spotify:local:Artist:Album:Title%3A+Part:215";
    expect(parseSpotifyId(local)).toEqual({ type: "local", id: "Artist:Album:Title%3A+Part:215", uri: local });
    expect(toSpotifyUri(local, ["track", "local"])).toBe(local);
    expect(() => toSpotifyUri(local, ["track"])).toThrow(ValidationError);
    expect(() => toSpotifyUri("x", "track" as never)).toThrow(ValidationError);
  });

  it("formats URIs and URLs, validating catalog IDs", () => {
    expect(formatSpotifyUri("track", ID)).toBe(`spotify:track:${ID}`);
    expect(formatSpotifyUrl("artist", ID)).toBe(`https://open.spotify.com/artist/${ID}`);
    expect(formatSpotifyUri("user", "a b")).toBe("spotify:user:a b");
    expect(() => formatSpotifyUri("track", "short")).toThrow(ValidationError);
  });

  it("accepts an ID, URI or URL of the right type and refuses the wrong type", () => {
    expect(toSpotifyId(ID, "track")).toBe(ID);
    expect(toSpotifyId(`spotify:track:${ID}`, "track")).toBe(ID);
    expect(toSpotifyId(`https://open.spotify.com/track/${ID}`, "track")).toBe(ID);
    expect(() => toSpotifyId(`spotify:album:${ID}`, "track")).toThrow(/must be a track ID, URI or URL; got an album/);
    expect(() => toSpotifyId(`https://open.spotify.com/album/${ID}`, "track")).toThrow(ValidationError);
  });

  const hostile = ["../../v1/me", "a?x=1", "%2e%2e", "", "  ", `${ID}x`, ID.slice(1), "..", ".", "a/b", `${ID}/`, "spotify:track:", "https://evil.example/track/x"];
  for (const input of hostile) {
    it(`refuses ${JSON.stringify(input)} as a catalog ID`, () => {
      expect(() => toSpotifyId(input, "track")).toThrow(ValidationError);
      expect(isSpotifyId(input)).toBe(false);
    });
  }

  it("refuses empty, . and .. (raw or encoded) as free-form IDs, and keeps the rest as given", () => {
    for (const bad of ["", " ", ".", "..", "%2e%2e", "%2E", "%2e"]) expect(() => toFreeFormId(bad, "userId")).toThrow(ValidationError);
    for (const ok of ["../../v1/me", "a?x=1", "näme", "a%zz"]) expect(toFreeFormId(ok, "userId")).toBe(ok);
    expect(toFreeFormId("spotify:user:wizzler", "userId", "user")).toBe("wizzler");
    expect(() => toFreeFormId(`spotify:track:${ID}`, "userId", "user")).toThrow(ValidationError);
  });

  it("never returns anything but a 22-character base-62 ID (property)", () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (input) => {
      try {
        expect(toSpotifyId(input, ["track", "album"])).toMatch(/^[0-9A-Za-z]{22}$/);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
      }
    }), { numRuns: 300 });
  });
});

describe("IDs on the wire", () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h.server.close(); });

  it("refuses a malformed or wrong-type catalog ID before any request", async () => {
    h.server.requests.length = 0;
    for (const bad of ["../../v1/me", "a?x=1", "%2e%2e", "", `${ID}x`, `spotify:album:${ID}`]) {
      await expect(h.sdk.tracks.get(bad)).rejects.toBeInstanceOf(ValidationError);
      await expect(h.sdk.tracks.get([ID, bad])).rejects.toBeInstanceOf(ValidationError);
      await expect(h.sdk.playlists.getPlaylist(bad)).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(h.sdk.users.profile("..")).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.users.profile("%2e%2e")).rejects.toBeInstanceOf(ValidationError);
    await expect(h.sdk.browse.getCategory("")).rejects.toBeInstanceOf(ValidationError);
    expect(h.server.requests).toHaveLength(0);
  });

  it("sends a URI or URL argument as its bare ID", async () => {
    h.server.requests.length = 0;
    await h.sdk.tracks.get(`https://open.spotify.com/track/${ID}?si=1`);
    await h.sdk.albums.get(`spotify:album:${ID}`);
    expect(h.server.requests.map((r) => r.url)).toEqual([`/v1/tracks/${ID}`, `/v1/albums/${ID}`]);
  });

  it("keeps any user ID inside its own path segment, encoded (property)", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ minLength: 1, maxLength: 20 }), async (userId) => {
      h.server.requests.length = 0;
      let refused = false;
      try {
        await h.sdk.users.profile(userId);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        refused = true;
      }
      if (refused) {
        expect(h.server.requests).toHaveLength(0);
        return;
      }
      const url = h.server.requests[0]!.url;
      const match = /^\/v1\/users\/([^/?#]+)$/.exec(url);
      expect(match, url).not.toBeNull();
      expect(decodeURIComponent(match![1]!)).toBe(userId);
    }), { numRuns: 60 });
  });
});

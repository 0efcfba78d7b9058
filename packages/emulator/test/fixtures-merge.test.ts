// How the fixture loader merges an object met many times (a full one's fields win, a simplified
// one only adds what is missing), without changing the documents it was given (they are kept for
// --data-dir and reset), and the JSON path it names for a bad object deep in a document.
import { describe, expect, it } from "vitest";
import { FixtureError, FixtureSet, loadSync } from "../src/fixtures/load.js";

const ID = (c: string) => c.repeat(22);
const artist = (extra: Record<string, unknown> = {}) => ({ id: ID("a"), type: "artist", name: "Nova", ...extra });
const album = { id: ID("b"), type: "album", name: "First", artists: [artist({ href: "h1" })] };

describe("fixture merging", () => {
  it("keeps the fullest object's fields and adds what simplified ones have, the documents untouched", () => {
    const docs = [
      // A simplified artist first, in a track's album, then the full one asked for, then another simplified one.
      { name: "tracks.json", value: { tracks: [{ id: ID("c"), type: "track", name: "Song", album, artists: [artist({ uri: "u1" })] }] } },
      { name: "artist.json", value: artist({ name: "Nova Full", followers: { total: 3 }, genres: ["pop"] }) },
      { name: "more.json", value: { albums: [{ ...album, name: "First Again", tracks: { items: [], href: null } }] } },
      { name: "late.json", value: { tracks: [{ id: ID("d"), type: "track", name: "Other", artists: [artist({ name: "Old Name", popularity: 7 })] }] } },
    ];
    const before = structuredClone(docs);
    const set = new FixtureSet();
    loadSync(set, docs);
    expect(set.objects.artist.get(ID("a"))).toEqual({
      id: ID("a"), type: "artist", name: "Nova Full", href: "h1", uri: "u1", followers: { total: 3 }, genres: ["pop"], popularity: 7,
    });
    // The album asked for (a multi-get item) wins over the one nested in a track.
    expect(set.objects.album.get(ID("b"))).toMatchObject({ name: "First Again" });
    expect(docs).toEqual(before);
    // Loading the same documents again (reset, --data-dir) gives the same objects.
    const again = new FixtureSet();
    loadSync(again, docs);
    expect(again.objects.artist.get(ID("a"))).toEqual(set.objects.artist.get(ID("a")));
  });

  it("names the JSON path of a bad id deep in a document", () => {
    const bad = { tracks: [{ id: ID("c"), type: "track", name: "Song", album: { ...album, artists: [artist(), { id: "not an id", type: "artist" }] } }] };
    const load = () => loadSync(new FixtureSet(), [{ name: "bad.json", value: bad }]);
    expect(load).toThrow(FixtureError);
    expect(load).toThrow("bad.json: $.tracks[0].album.artists[1].id: a artist needs a Spotify ID");
  });
});

/**
 * The committed models are what the generator makes from the spec today, and they follow the
 * rules: literal `type` discriminants, `null` where Spotify sends it, optional where Development
 * Mode apps no longer get a field.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEV_MODE_REMOVED, generateModels, OUTPUT_PATH, SPEC_PATH } from "../scripts/gen-models.mjs";

const committed = readFileSync(OUTPUT_PATH, "utf8");

function block(name: string): string {
  const start = committed.search(new RegExp(`export (interface|type) ${name}\\b`));
  expect(start, `${name} not generated`).toBeGreaterThanOrEqual(0);
  const end = committed.indexOf("\n}\n", start);
  return committed.slice(start, end < 0 ? undefined : end);
}

describe("generated models", () => {
  it("match a fresh generation from spec/openapi.yml (run scripts/gen-models.mjs after changing the spec)", () => {
    expect(generateModels(readFileSync(SPEC_PATH, "utf8"), parse) === committed).toBe(true);
  });

  it("are marked generated", () => {
    expect(committed.slice(0, 300)).toMatch(/GENERATED FILE: do not edit/);
  });

  it("give object types literal discriminants", () => {
    expect(block("TrackObject")).toMatch(/\n  type: "track";/);
    expect(block("EpisodeBase")).toMatch(/\n  type: "episode";/);
    expect(block("ArtistObject")).toMatch(/\n  type: "artist";/);
    expect(block("AlbumBase")).toMatch(/\n  type: "album";/);
    expect(block("SimplifiedPlaylistObject")).toMatch(/\n  type: "playlist";/);
    expect(block("PrivateUserObject")).toMatch(/\n  type: "user";/);
  });

  it("type as nullable what Spotify sends as null", () => {
    expect(block("CurrentlyPlayingContextObject")).toMatch(/\n  item: TrackObject \| EpisodeObject \| null;/);
    expect(block("PlaylistTrackObject")).toMatch(/\n  item: TrackObject \| EpisodeObject \| null;/);
    expect(block("PlaylistTrackObject")).toMatch(/\n  track: TrackObject \| EpisodeObject \| null;/);
    expect(block("QueueObject")).toMatch(/currently_playing: TrackObject \| EpisodeObject \| null;/);
    expect(block("ImageObject")).toMatch(/height: number \| null;/);
    expect(block("PagingObject")).toMatch(/next: string \| null;/);
  });

  it("make optional every field Development Mode apps lost in February 2026", () => {
    for (const [schema, fields] of Object.entries(DEV_MODE_REMOVED)) {
      const text = block(schema);
      for (const field of fields) expect(text, `${schema}.${field}`).toMatch(new RegExp(`\\n  ${field}\\?: `));
    }
    expect(block("TrackObject")).toMatch(/\n  name: string;/);
    expect(block("TrackObject")).toMatch(/\n  external_ids: ExternalIdObject;/);
  });

  it("document every field from the spec, nested fields and bare $refs included, keeping snake_case names", () => {
    const lines = committed.split("\n");
    const fields = lines.flatMap((line, i) => (/^\s+\w+\??: /.test(line) ? [[line, lines[i - 1] ?? ""] as const] : []));
    expect(fields.length).toBeGreaterThan(300);
    for (const [line, before] of fields) expect(before, line).toMatch(/\*\/$/);
    expect(block("AudioAnalysisObject")).toMatch(/\/\*\* Length of the track in seconds\. \*\/\n    duration: number;/);
    expect(block("AudioFeaturesObject")).toMatch(/\/\*\* The key the track is in\.[^\n]*\*\/\n  key: Key;/);
    expect(block("AlbumBase")).toContain("The precision with which `release_date` value is known.");
    expect(committed).not.toMatch(/[\w.]_ \*\/|\*\*\w/);
  });

  it("make paging objects generic", () => {
    expect(committed).toMatch(/export type PagingSavedTrackObject = PagingObject<SavedTrackObject>;/);
    expect(committed).toMatch(/export type CursorPagingPlayHistoryObject = CursorPagingObject<PlayHistoryObject>;/);
  });
});

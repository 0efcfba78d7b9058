// Hostile input straight into every handler (below the platform's validation): each answer is a
// success that matches the spec or a Spotify-shaped ApiProblem with a 4xx status, never a crash.
import { describe, expect, it } from "vitest";
import { ApiProblem } from "../src/handlers/types.js";
import { harness, operations } from "./webapi-harness.js";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("junk input", () => {
  it("never makes a handler throw anything but a 4xx ApiProblem", async () => {
    const h = harness({ catalogSize: 5_000 });
    const c = h.web.catalog;
    const random = rng(1234);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const strings = ["", "x", "-1", "1e309", "NaN", "true", "..", "%2F", "spotify:track:", "spotify:local:a:b:c:x", `spotify:track:${c.id("track", 1)}`, c.id("track", 2), c.id("album", 2), c.id("playlist", 2), "A".repeat(22), "a,b,,c", "9".repeat(30), "from_token", "US", "ZZ", "artist", "user", "<script>", "null"];
    const values: unknown[] = [...strings, null, 0, -5, 1.5, 1e12, true, [], [1, 2], ["x"], {}, { uri: 5 }, [{ uri: null, positions: ["a"] }], { position: -1 }, { timestamped_ids: [null] }];
    const names = ["ids", "uris", "market", "limit", "offset", "q", "type", "after", "before", "device_id", "position_ms", "state", "volume_percent", "uri", "time_range", "include_groups", "seed_artists", "seed_genres", "seed_tracks", "position", "locale"];
    const bodyFields = ["uris", "ids", "name", "public", "collaborative", "description", "range_start", "insert_before", "range_length", "snapshot_id", "items", "tracks", "device_ids", "play", "context_uri", "offset", "position_ms", "timestamped_ids", "position"];
    let calls = 0;
    for (const operationId of operations.keys()) {
      for (let round = 0; round < 15; round++) {
        const query: Record<string, string> = {};
        for (let i = 0; i < 3; i++) query[pick(names)] = pick(strings);
        const params = { id: pick(strings), playlist_id: pick([...strings, c.id("playlist", 50)]), user_id: pick(strings), category_id: pick(strings) };
        let body: unknown = pick(values);
        if (random() < 0.5) body = Object.fromEntries(Array.from({ length: 3 }, () => [pick(bodyFields), pick(values)]));
        const result = await h.call(operationId, { query, params, body, profile: pick(["extended", "dev-2026", "dev-legacy"] as const), auth: random() < 0.2 ? { userId: "emulator-free-user" } : {} });
        calls++;
        if (result.problem) {
          expect(result.problem).toBeInstanceOf(ApiProblem);
          expect(result.problem.status, `${operationId}: ${result.problem.message}`).toBeGreaterThanOrEqual(400);
          expect(result.problem.status).toBeLessThan(500);
        }
      }
    }
    expect(calls).toBe(97 * 15);
  });
});

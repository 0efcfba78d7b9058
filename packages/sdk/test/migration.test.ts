/**
 * Migration from @spotify/web-api-ts-sdk 1.2.0: a 1.2.0 program type-checks against both packages
 * with only its import changed and runs against this one; 1.2.0's exports and methods all exist,
 * and every difference the checker finds is one docs/migration.md lists.
 */
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareSurfaces, COMPILER_OPTIONS } from "./helpers/api-surface.js";
import { ID, ID2 } from "./helpers/endpoint-client.js";
import { json, startTestServer, type RecordedRequest, type TestServer } from "./helpers/test-server.js";
import { main } from "./migration/program.js";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const PROGRAM = here("./migration/program.ts");
const PROGRAM_V1 = here("./migration/program-for-1.2.0.ts");
const OURS = here("../src/index.ts");
const THEIRS = here("../../../node_modules/@spotify/web-api-ts-sdk/dist/mjs/index.d.ts");
const DOC = here("../../../docs/migration.md");
const OUR_IMPORT = '"../../src/index.js"';

const programText = readFileSync(PROGRAM, "utf8");
const v1Text = programText.replace(OUR_IMPORT, '"@spotify/web-api-ts-sdk"');

/** One checker run over both packages and both copies of the program. */
const analysis = (() => {
  const host = ts.createCompilerHost(COMPILER_OPTIONS);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => f === PROGRAM_V1 || fileExists.call(host, f);
  host.readFile = (f) => (f === PROGRAM_V1 ? v1Text : readFile.call(host, f));
  host.getSourceFile = (f, lang, ...rest) => (f === PROGRAM_V1 ? ts.createSourceFile(f, v1Text, lang) : getSourceFile.call(host, f, lang, ...rest));
  return compareSurfaces(THEIRS, OURS, [PROGRAM, PROGRAM_V1], host);
})();

function errorsIn(file: string): string[] {
  const source = analysis.program.getSourceFile(file)!;
  return [...analysis.program.getSemanticDiagnostics(source), ...analysis.program.getSyntacticDiagnostics(source)]
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("migration from 1.2.0", () => {
  it("the program differs from its 1.2.0 copy only in the import", () => {
    const a = programText.split("\n");
    const b = v1Text.split("\n");
    expect(a.length).toBe(b.length);
    const changed = a.filter((line, i) => line !== b[i]);
    expect(changed).toEqual([`} from ${OUR_IMPORT};`]);
  });

  it("type-checks against 1.2.0 (it is genuine 1.2.0 code)", () => {
    expect(errorsIn(PROGRAM_V1)).toEqual([]);
  });

  it("type-checks against this SDK with only the import changed", () => {
    expect(errorsIn(PROGRAM)).toEqual([]);
  });

  it("lists every surface difference in docs/migration.md, and nothing else", () => {
    const doc = readFileSync(DOC, "utf8");
    const section = doc.slice(doc.indexOf("## Differences checked by the migration test"));
    const documented = [...section.matchAll(/^\| `([a-z-]+:[\w.]+)` \|/gm)].map((m) => m[1]!).sort();
    expect(analysis.differences).toEqual(documented);
    // The promise the doc makes: nothing removed, no 1.2.0 call broken.
    expect(analysis.differences.filter((d) => /^(params|missing-export|missing-method):/.test(d))).toEqual([]);
  });
});

describe("the 1.2.0 program runs against this SDK", () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(answer); });
  afterAll(async () => { await server.close(); });

  it("gets the answers and sends the 2026 requests", async () => {
    const rewrite = (input: RequestInfo | URL, init?: RequestInit) =>
      fetch(String(input instanceof Request ? input.url : input).replace("https://api.spotify.com/v1", `${server.url}/v1`), init);
    const out = await main(rewrite);
    expect(out).toEqual([
      "2 library scopes",
      "album A by Queen", "12 album tracks", "track T (A)", "artist Queen", "2 tracks, 3 artists found", "me me-user", "top Queen",
      "playlist P1", "playlist Today owned by spotify", "episode E (S)", "unavailable item", "saved: true", "created Migrated",
      "nothing playing", "error: ValidationError",
    ]);
    const calls = server.requests.map((r) => `${r.method} ${r.url.split("?")[0]}`);
    expect(calls).toContain("PUT /v1/me/library");
    expect(calls).toContain("POST /v1/me/playlists");
    expect(calls).toContain(`DELETE /v1/playlists/${ID2}/items`);
    const play = server.requests.find((r) => r.url.startsWith("/v1/me/player/play"))!;
    expect(JSON.parse(play.body)).toEqual({ uris: [`spotify:track:${ID}`], position_ms: 30000 });
  });
});

const page = (items: unknown[], total = items.length) => ({ href: "h", items, limit: 20, offset: 0, total, next: null, previous: null });

function answer(req: RecordedRequest, res: ServerResponse): void {
  const path = req.url.split("?")[0]!.replace(/^\/v1/, "");
  const track = { type: "track", id: ID, uri: `spotify:track:${ID}`, name: "T", album: { name: "A" }, artists: [{ id: ID2, name: "Queen" }] };
  const routes: Record<string, () => void> = {
    [`GET /albums/${ID}`]: () => json(res, 200, { id: ID, name: "A", artists: [{ name: "Queen" }] }),
    [`GET /albums/${ID}/tracks`]: () => json(res, 200, page([], 12)),
    [`GET /tracks/${ID2}`]: () => json(res, 200, track),
    [`GET /artists/${ID2}`]: () => json(res, 200, { id: ID2, name: "Queen" }),
    "GET /search": () => json(res, 200, { tracks: page([track, track]), artists: page([], 3) }),
    "GET /me": () => json(res, 200, { id: "me-user" }),
    "GET /me/top/artists": () => json(res, 200, page([{ name: "Queen" }])),
    "GET /me/playlists": () => json(res, 200, page([{ name: "P1" }])),
    "GET /playlists/37i9dQZF1DXcBWIGoYBM5M": () => json(res, 200, { name: "Today", owner: { id: "spotify" } }),
    "GET /playlists/37i9dQZF1DXcBWIGoYBM5M/items": () =>
      json(res, 200, page([{ track: { type: "episode", name: "E", show: { name: "S" } } }, { track: null }])),
    "PUT /me/library": () => json(res, 200, {}),
    "GET /me/library/contains": () => json(res, 200, [true]),
    "POST /me/playlists": () => json(res, 201, { id: ID2, name: "Migrated" }),
    [`POST /playlists/${ID2}/items`]: () => json(res, 201, { snapshot_id: "s1" }),
    [`DELETE /playlists/${ID2}/items`]: () => json(res, 200, { snapshot_id: "s2" }),
  };
  const route = routes[`${req.method} ${path}`];
  if (route) return route();
  res.writeHead(204);
  res.end();
}

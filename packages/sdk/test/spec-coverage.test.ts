/**
 * Every operation of spec/openapi.yml is reachable: the declaration table has its verb and path,
 * and calling the SDK method against a recording server sends that verb and path, every query
 * parameter and body field the spec lists (required ones always), and nothing it does not know.
 * An operation no group method calls (one just added to the spec) is called through `request()`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { OPERATIONS, request, type OperationDecl, type SpotifyApi } from "../src/index.js";
import { ID, ID2, parts, startHarness, type Harness } from "./helpers/endpoint-client.js";
import { callsFor, type Call, type Fixture } from "./helpers/spec-calls.js";

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

const FIXTURE: Fixture = {
  track: ID, track2: ID2, album: ID, artist: ID, show: ID, episode: ID, audiobook: ID, chapter: ID, playlist: ID, snapshot: "s",
  user: "me-user", otherUser: "some.user", category: "dinner", device: "device-1",
};
const CALLS = callsFor(FIXTURE, recommendationsRequest);

/** A value of the parameter's kind, by its spec name: what `request()` sends for it. */
function sample(name: string): unknown {
  if (name === "uris") return [`spotify:track:${ID}`];
  if (name === "ids" || name.startsWith("seed_")) return [ID];
  if (name === "market" || name === "country") return "SE";
  if (name === "limit") return 1;
  if (name === "offset" || name === "position" || name === "position_ms" || name === "volume_percent") return 0;
  if (name === "type") return "track";
  return "x";
}

/** Calls an operation through `request()`, with every parameter and body field the spec lists. */
function requestCall(op: SpecOperation): Call {
  const params: Record<string, unknown> = {};
  for (const [, name] of op.path.matchAll(/\{([^}]+)\}/g)) params[name!] = ID;
  for (const q of op.query) params[q.name] = sample(q.name);
  if (op.bodyContentType === "image/jpeg") params.body = "/9j/4AAQSkZJRg==";
  else if (op.bodyFields.length) params.body = Object.fromEntries(op.bodyFields.map((f) => [f, sample(f)]));
  const decl = OPERATIONS[op.operationId]!;
  return (sdk: SpotifyApi) => (request as (client: SpotifyApi, op: OperationDecl, params: unknown) => Promise<unknown>)(sdk, decl, params);
}

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

  it("declares every operation with the spec's verb and path", () => {
    const gaps = specOperations.filter((op) => !OPERATIONS[op.operationId]).map((op) => op.operationId);
    expect(gaps).toEqual([]);
    for (const op of specOperations) {
      const decl = OPERATIONS[op.operationId];
      if (!decl) continue;
      expect({ id: op.operationId, method: decl.method, path: decl.path }).toEqual({ id: op.operationId, method: op.method, path: op.path });
    }
    const unknown = Object.keys(OPERATIONS).filter((id) => !specOperations.some((op) => op.operationId === id));
    expect(unknown).toEqual([]);
  });

  it("has group calls only for operations of the spec (an operation without a group method is called through request())", () => {
    expect(Object.keys(CALLS).filter((id) => !specOperations.some((op) => op.operationId === id))).toEqual([]);
  });

  it("reaches every operation through request() with the spec's verb and path", async () => {
    for (const op of specOperations) {
      h.server.requests.length = 0;
      await requestCall(op)(h.sdk);
      const sent = h.server.requests.map(parts).map((r) => `${r.method} ${pathPattern(op.path).test(r.path) ? op.path : r.path}`);
      expect(sent, op.operationId).toEqual([`${op.method} ${op.path}`]);
    }
  });

  for (const op of specOperations) {
    it(`${op.operationId}: ${op.method} ${op.path}`, async () => {
      // An operation no group method calls yet is called through request().
      const calls = CALLS[op.operationId] ?? [requestCall(op)];
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

/**
 * Operations are described once (spec/openapi.yml + spec/annotations.yml) and the generated files
 * say what those two say: the checked-in files equal a fresh generation, every spec operation has
 * its annotation entry and every entry its operation, the SDK's `@deprecated` notes say the
 * annotation's reason (and replacement) for the operations their methods call, and an operation
 * added to the spec and the annotations alone is typed in the SDK and ruled in the emulator.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { extractModel } from "../packages/emulator/src/spec/extract.js";
import { addItemsToPlaylist, checkUsersSavedTracks, ConnectionError, createClient, ServerError, getPlaylistsItems, getSeveralTracks, getTrack, request, SpotifyApi, uploadCustomPlaylistCover, UnexpectedResponseError, ValidationError } from "../packages/sdk/src/index.js";
import { staticAuth } from "../packages/sdk/test/helpers/endpoint-client.js";
import { destroySocket, json, startTestServer } from "../packages/sdk/test/helpers/test-server.js";
import { ANNOTATIONS_PATH, describeOperations, generateOperations, OUTPUTS, SPEC_PATH, type DescribedOperation } from "../scripts/gen-operations.mjs";

const root = join(import.meta.dirname, "..");
const run = promisify(execFile);
const specText = readFileSync(SPEC_PATH, "utf8");
const annotationsText = readFileSync(ANNOTATIONS_PATH, "utf8");
const input = { specText, annotationsText, parseYaml: parse, extractModel: extractModel as (doc: Record<string, unknown>) => unknown };
const { ops } = describeOperations(input);
const byId = new Map(ops.map((op) => [op.operationId, op]));

describe("generated operation files", () => {
  it("equal a fresh generation from the spec and spec/annotations.yml (run npm run gen:operations after changing either)", () => {
    const fresh = generateOperations(input);
    expect(Object.keys(fresh).sort()).toEqual(Object.values(OUTPUTS).sort());
    for (const [file, text] of Object.entries(fresh)) {
      expect(readFileSync(join(root, file), "utf8") === text, `${file} drifted: run npm run gen:operations`).toBe(true);
      expect(text.slice(0, text.indexOf("*/")), file).toMatch(/GENERATED FILE: do not edit[\s\S]*npm run gen:operations/);
    }
  });

  it("the generator refuses an annotation that names no spec operation, and a spec operation without an entry", () => {
    const notes = parse(annotationsText) as { operations: Record<string, unknown> };
    const unknown = stringify({ ...notes, operations: { ...notes.operations, "no-such-operation": {} } });
    expect(() => describeOperations({ ...input, annotationsText: unknown })).toThrow(/no-such-operation: names no operation/);
    const { "get-track": _dropped, ...rest } = notes.operations;
    expect(() => describeOperations({ ...input, annotationsText: stringify({ ...notes, operations: rest }) })).toThrow(/get-track: missing/);
    const wrongKey = stringify({ ...notes, operations: { ...notes.operations, "get-track": { idempotant: true } } });
    expect(() => describeOperations({ ...input, annotationsText: wrongKey })).toThrow(/unknown key "idempotant"/);
    // An extra scope is one the spec does not list, and says what it grants.
    const specScope = stringify({ ...notes, extraScopes: { ...(notes as { extraScopes?: object }).extraScopes, streaming: "again" } });
    expect(() => describeOperations({ ...input, annotationsText: specScope })).toThrow(/streaming: an extra scope is not one of the spec's/);
    const silent = stringify({ ...notes, extraScopes: { "made-up-scope": "" } });
    expect(() => describeOperations({ ...input, annotationsText: silent })).toThrow(/made-up-scope: an extra scope has a description/);
  });

  it("the SDK knows and the emulator accepts the same scopes: the spec's and the annotations' extras", async () => {
    const { KNOWN_SCOPES } = await import("../packages/sdk/src/index.js");
    const { EXTRA_SCOPES } = await import("../packages/emulator/src/accounts/scopes.js");
    const model = extractModel(parse(specText) as Record<string, unknown>);
    expect([...KNOWN_SCOPES].sort()).toEqual([...Object.keys(model.scopes), ...Object.keys(EXTRA_SCOPES)].sort());
    expect(Object.keys(EXTRA_SCOPES)).toContain("user-personalized");
  });

  it("every spec operation is annotated (an empty entry is a deliberate 'nothing to add'), every annotation names a spec operation", () => {
    const model = extractModel(parse(specText) as Record<string, unknown>);
    const entries = Object.keys((parse(annotationsText) as { operations: Record<string, unknown> }).operations);
    expect(entries.sort()).toEqual(model.operations.map((op) => op.operationId).sort());
  });

  it("every operation the spec marks deprecated has its reason in the annotations", () => {
    // The spec flags the Nov 2024 and Feb 2026 closures; an unexplained flag is a fact not yet annotated.
    const unexplained = ops.filter((op) => op.specDeprecated && !op.reason).map((op) => op.operationId);
    expect(unexplained).toEqual([]);
  });
});

/** A method of an SDK group: its `@deprecated` notes and the operations its body sends. */
interface GroupMethod { where: string; notes: string[]; operationIds: string[]; internal: boolean }

const GROUPS = join(root, "packages", "sdk", "src", "endpoints");
const MEMBER = /^ {2}(?:(?:public|protected|private|static|override|async|readonly)\s+)*(#?[A-Za-z_]\w*)\s*(?:<[^(]*>)?\(/;
const NOT_MEMBERS = new Set(["if", "for", "while", "switch", "return", "catch", "constructor"]);

/**
 * Reads the groups' sources: which operation each method sends, whether it names a generated const
 * (`getSeveralTracks`, imported from operations/generated.js) or, in a group not converted yet, a
 * `*_OPERATIONS` table entry (directly or through an alias such as `const O = ..._OPERATIONS`).
 */
function scanGroups(): GroupMethod[] {
  const files = readdirSync(GROUPS).filter((f) => f.endsWith(".ts")).map((f) => ({ name: f, text: readFileSync(join(GROUPS, f), "utf8") }));
  const byConst = new Map(ops.map((op) => [op.name, op.operationId]));
  const tables = new Map<string, Map<string, string>>();
  const singles = new Map<string, string>();
  for (const { text } of files) {
    for (const m of text.matchAll(/export const (\w+_OPERATIONS) = \{([\s\S]*?)\n\}/g)) {
      // Entries declared in place (`key: { operationId: "..." }`) or naming a generated const (`key: getTrack`, `getTrack`).
      const table = new Map([...m[2]!.matchAll(/(\w+): \{ operationId: "([^"]+)"/g)].map((e) => [e[1]!, e[2]!]));
      let flat = m[2]!;
      while (/\{[^{}]*\}/.test(flat)) flat = flat.replace(/\{[^{}]*\}/g, "");
      for (const entry of flat.split(",").map((e) => e.trim())) {
        const [key, value = key] = entry.split(/\s*:\s*/);
        if (key && byConst.has(value!)) table.set(key, byConst.get(value!)!);
      }
      tables.set(m[1]!, table);
    }
    for (const m of text.matchAll(/export const (\w+) = \{ operationId: "([^"]+)"/g)) singles.set(m[1]!, m[2]!);
  }
  const methods: GroupMethod[] = [];
  for (const { name: file, text } of files) {
    const aliases = new Map<string, string>([...tables.keys()].map((t) => [t, t]));
    for (const m of text.matchAll(/const (\w+) = (\w+_OPERATIONS);/g)) aliases.set(m[1]!, m[2]!);
    for (const m of text.matchAll(/\b(\w+_OPERATIONS) as (\w+)/g)) aliases.set(m[2]!, m[1]!);
    const consts = new Map(singles);
    const namespaces = new Set<string>();
    for (const m of text.matchAll(/import (?:type )?\{([^}]*)\} from "\.\.\/operations\/generated\.js"/g)) {
      for (const spec of m[1]!.split(",").map((s) => s.trim()).filter(Boolean)) {
        const [imported, local = imported] = spec.replace(/^type\s+/, "").split(/\s+as\s+/);
        if (byConst.has(imported!)) consts.set(local!, byConst.get(imported!)!);
      }
    }
    for (const m of text.matchAll(/import \* as (\w+) from "\.\.\/operations\/generated\.js"/g)) namespaces.add(m[1]!);
    const referenced = (body: string): string[] => {
      const found = new Set<string>();
      for (const m of body.matchAll(/\b(\w+)\.(\w+)\b/g)) {
        const table = tables.get(aliases.get(m[1]!) ?? "");
        if (table?.has(m[2]!)) found.add(table.get(m[2]!)!);
        if (namespaces.has(m[1]!) && byConst.has(m[2]!)) found.add(byConst.get(m[2]!)!);
      }
      for (const [local, id] of consts) if (new RegExp(`(?<![\\w.$#])${local}\\b`).test(body)) found.add(id);
      return [...found];
    };
    const lines = text.split("\n");
    const members = new Map<string, GroupMethod>();
    let doc: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (/^\s*\/\*\*/.test(line)) {
        const start = i;
        while (!lines[i]!.includes("*/")) i++;
        doc = lines.slice(start, i + 1);
        continue;
      }
      const m = MEMBER.exec(line);
      if (!m || NOT_MEMBERS.has(m[1]!)) {
        if (line.trim()) doc = [];
        continue;
      }
      let end = i;
      if (line.trimEnd().endsWith("(")) while (!/^ {2}\)/.test(lines[end]!)) end++;
      const head = lines[end]!.trimEnd();
      let body = "";
      if (!head.endsWith(";")) {
        const opened = head.split("{").length - head.split("}").length;
        if (opened > 0) while (lines[end] !== "  }") end++;
        body = lines.slice(i, end + 1).join("\n");
      }
      const internal = m[1]!.startsWith("#") || /^\s+(private|protected)\s/.test(line) || doc.some((l) => l.includes("@internal"));
      const method = members.get(m[1]!) ?? { where: `${file}: ${m[1]}`, notes: [], operationIds: [], internal };
      const note = /@deprecated([\s\S]*?)\*\//.exec(doc.join("\n"))?.[1];
      if (note) method.notes.push(note.replace(/\n\s*\*(?!\/)/g, " ").replace(/\s+/g, " ").trim());
      if (body) method.operationIds.push(...referenced(body));
      members.set(m[1]!, method);
      doc = [];
      i = end;
    }
    methods.push(...members.values());
  }
  return methods;
}

/**
 * The note opens with the operation's deprecation text: its reason's one text (with the status for
 * Nov 2024), then its replacement or "No replacement" (the note may go on, before the final period).
 */
function says(note: string, op: DescribedOperation): boolean {
  return note.startsWith(op.deprecation!.slice(0, -1));
}

/** The note speaks of a closure (Nov 2024, Feb 2026), not of another reason to avoid the method. */
const namesClosure = (note: string): boolean => /November 2024|February 2026/i.test(note);

describe("the SDK's @deprecated notes", () => {
  const methods = scanGroups();

  it("are found in the groups, each on a method that sends a known operation", () => {
    const noted = methods.filter((m) => m.notes.some(namesClosure));
    expect(noted.reduce((n, m) => n + m.notes.length, 0)).toBeGreaterThanOrEqual(40);
    for (const m of noted) {
      expect(m.operationIds.length, `${m.where} sends no operation the test can see`).toBeGreaterThan(0);
      for (const id of m.operationIds) expect(byId.has(id), `${m.where}: ${id}`).toBe(true);
    }
  });

  it("say the annotation's reason and replacement for a closed operation the method sends", () => {
    const drift: string[] = [];
    for (const m of methods) {
      const closed = m.operationIds.map((id) => byId.get(id)!).filter((op) => op?.reason);
      for (const note of m.notes) {
        // A note about something else (a renamed option, a 1.2.0 habit) on a method whose operations are open.
        if (closed.length === 0 && !namesClosure(note)) continue;
        if (closed.some((op) => says(note, op))) continue;
        const want = closed.map((op) => `"${op.deprecation}"`).join(" or ") || "no note (its operations are open)";
        drift.push(`${m.where}: "${note}" should say ${want}`);
      }
    }
    expect(drift).toEqual([]);
  });

  it("are on every method whose operations are all closed", () => {
    // Private helpers (`#follow`) are not what an app calls; the public methods calling them carry the note.
    const silent = methods.filter((m) => !m.internal && m.notes.length === 0 && m.operationIds.length > 0 && m.operationIds.every((id) => byId.get(id)?.reason));
    expect(silent.map((m) => m.where)).toEqual([]);
  });
});

describe("an operation added to the spec and the annotations only", () => {
  const dir = mkdtempSync(join(tmpdir(), "gen-operations-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is typed in the SDK (request + its generated declaration, checked by tsc) and ruled in the emulator", async () => {
    const spec = parse(specText) as { paths: Record<string, unknown> };
    spec.paths["/me/made-up/{thing_id}"] = {
      get: {
        operationId: "get-made-up-thing",
        summary: "Get Made-up Thing",
        parameters: [
          { name: "thing_id", in: "path", required: true, schema: { type: "string" } },
          { name: "ids", in: "query", required: true, schema: { type: "string", description: "Maximum: 7 IDs." } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 30 } },
          { name: "offset", in: "query", schema: { type: "integer" } },
        ],
        responses: { 200: { description: "A page", content: { "application/json": { schema: { $ref: "#/components/schemas/PagingTrackObject" } } } } },
        security: [{ oauth_2_0: ["user-library-read"] }],
      },
    };
    const notes = parse(annotationsText) as { operations: Record<string, unknown> };
    notes.operations["get-made-up-thing"] = { closedDev2026: true };
    writeFileSync(join(dir, "openapi.yml"), stringify(spec));
    writeFileSync(join(dir, "annotations.yml"), stringify(notes));
    const out = join(dir, "out");
    await run(process.execPath, [join(root, "scripts", "gen-operations.mjs"), "--spec", join(dir, "openapi.yml"), "--annotations", join(dir, "annotations.yml"), "--out", out]);

    // The SDK's sources with the freshly generated operation files in place of the checked-in ones.
    const src = join(dir, "sdk", "src");
    cpSync(join(root, "packages", "sdk", "src"), src, { recursive: true });
    for (const file of [OUTPUTS.decls, OUTPUTS.signatures]) cpSync(join(out, file), join(src, "operations", file.split("/").pop()!));
    writeFileSync(join(dir, "sdk", "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(join(dir, "sdk", "use.ts"), `
import { request } from "./src/operations/request.js";
import type { OperationClient } from "./src/operations/send.js";
import { getMadeUpThing } from "./src/operations/generated.js";
declare const client: OperationClient;
export async function use(): Promise<string[]> {
  const page = await request(client, getMadeUpThing, { thing_id: "x", ids: ["a", "b"], limit: 30 });
  const size: 30 = getMadeUpThing.paging.maxLimit;
  const most: 7 = getMadeUpThing.maxIds;
  void size; void most;
  // @ts-expect-error thing_id and ids are required
  await request(client, getMadeUpThing, { thing_id: "x" });
  // @ts-expect-error limit is a number
  await request(client, getMadeUpThing, { thing_id: "x", ids: "a", limit: "30" });
  return page.items.map((track) => track.name);
}
`);
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const flags = ["--noEmit", "--strict", "--skipLibCheck", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2022,dom", "--types", "node", "--typeRoots", join(root, "node_modules", "@types")];
    const result = await run(process.execPath, [tsc, ...flags, join(dir, "sdk", "use.ts")]).then(() => "", (e: { stdout?: string }) => e.stdout ?? String(e));
    expect(result).toBe("");

    const { OPERATION_RULES } = await import(join(out, OUTPUTS.rules)) as typeof import("../packages/emulator/src/webapi/operation-rules.generated.js");
    expect(OPERATION_RULES["get-made-up-thing"]).toEqual({ all: [], any: ["user-library-read"], userOnly: true, closedDev2026: true, maxIds: 7, maxLimit: 30 });
  }, 30_000);
});

describe("request(client, operation, params)", () => {
  it("sends any operation through the client's pipeline: path parameters encoded, query and body as given, the envelope checked", async () => {
    const server = await startTestServer((req, res) => {
      const path = new URL(req.url, "http://x").pathname;
      if (path.endsWith("/contains")) json(res, 200, [true, false]);
      else if (path === "/v1/tracks/not-an-object") json(res, 200, ["a"]);
      else json(res, req.method === "POST" ? 201 : 200, path === "/v1/tracks" ? { tracks: [null] } : { id: "t", snapshot_id: "s" });
    });
    try {
      const client = createClient({ auth: staticAuth(), baseUrl: `${server.url}/v1`, retry: false });
      expect(await request(client, getTrack, { id: "a b/c", market: "SE" })).toMatchObject({ id: "t" });
      expect(await request(client, getSeveralTracks, { ids: ["a", "b"] })).toEqual({ tracks: [null] });
      expect(await request(client, checkUsersSavedTracks, { ids: "a,b" })).toEqual([true, false]);
      expect(await request(client, addItemsToPlaylist, { playlist_id: "p1", body: { uris: ["spotify:track:a"] } })).toEqual({ id: "t", snapshot_id: "s" });
      await request(client, uploadCustomPlaylistCover, { playlist_id: "p1", body: "/9j/4AAQSkZJRg==" });
      const upload = server.requests.at(-1)!;
      expect([upload.method, upload.url, upload.headers["content-type"], upload.body]).toEqual(["PUT", "/v1/playlists/p1/images", "image/jpeg", "/9j/4AAQSkZJRg=="]);
      await expect(request(client, getTrack, { id: "not-an-object" })).rejects.toBeInstanceOf(UnexpectedResponseError);
      const sent = server.requests.map((r) => `${r.method} ${r.url} ${r.body}`.trim());
      expect(sent.slice(0, 4)).toEqual([
        "GET /v1/tracks/a%20b%2Fc?market=SE", "GET /v1/tracks?ids=a%2Cb", "GET /v1/me/tracks/contains?ids=a%2Cb",
        'POST /v1/playlists/p1/items {"uris":["spotify:track:a"]}',
      ]);
    } finally {
      await server.close();
    }
  });

  it("works on the SpotifyApi facade too: through its makeRequest when a subclass replaces it, its errorHandler's null let through", async () => {
    const server = await startTestServer((req, res) => {
      if (new URL(req.url, "http://x").pathname === "/v1/tracks/missing") json(res, 404, { error: { status: 404, message: "Not found" } });
      else json(res, 200, { id: "t" });
    });
    try {
      const seen: string[] = [];
      class Spied extends SpotifyApi {
        override makeRequest<T>(method: "GET" | "POST" | "PUT" | "DELETE", url: string, body?: unknown, contentType?: string): Promise<T> {
          seen.push(`${method} ${url}`);
          return super.makeRequest<T>(method, url, body, contentType);
        }
      }
      const sdk = new Spied(staticAuth(), { baseUrl: `${server.url}/v1`, retry: false, errorHandler: { handleErrors: async () => true } });
      expect(await request(sdk, getTrack, { id: "t1", market: "SE" })).toEqual({ id: "t" });
      expect(await request(sdk, getTrack, { id: "missing" })).toBeNull();
      expect(seen).toEqual(["GET tracks/t1?market=SE", "GET tracks/missing"]);
    } finally {
      await server.close();
    }
  });

  it("goes through the one pipeline: a 429 and a GET's 5xx are retried, a POST's 5xx is not, a body that is no JSON or a closed socket is a typed error, and a token the server echoes is not shown", async () => {
    const secret = "SECRET-TOKEN-xyz";
    let step = 0;
    const server = await startTestServer((req, res) => {
      const path = new URL(req.url, "http://x").pathname;
      step++;
      if (path === "/v1/tracks/limited" && step === 1) { res.writeHead(429, { "Retry-After": "0" }); res.end(); return; }
      if (path === "/v1/tracks/flaky" && step <= 3) return json(res, 503, { error: { status: 503, message: `down ${req.headers.authorization}` } });
      if (path === "/v1/tracks/html") { res.writeHead(200, { "Content-Type": "text/html" }); res.end("<html>"); return; }
      if (path === "/v1/tracks/cut") return destroySocket(res);
      if (req.method === "POST") return json(res, 502, { error: { status: 502, message: `bad ${req.headers.authorization}` } });
      json(res, 200, { id: "t" });
    });
    try {
      const client = createClient({ auth: staticAuth(secret), baseUrl: `${server.url}/v1`, retry: { maxRetries: 2, backoffBaseMs: 1 } });
      await expect(request(client, getTrack, { id: "limited" })).resolves.toEqual({ id: "t" });
      step = 1;
      await expect(request(client, getTrack, { id: "flaky" })).resolves.toEqual({ id: "t" });
      const errors = await Promise.all([
        request(client, addItemsToPlaylist, { playlist_id: "p", body: { uris: ["spotify:track:a"] } }).catch((e: unknown) => e),
        request(client, getTrack, { id: "html" }).catch((e: unknown) => e),
        request(client, getTrack, { id: "cut" }).catch((e: unknown) => e),
      ]);
      expect(errors[0]).toBeInstanceOf(ServerError);
      expect(errors[1]).toBeInstanceOf(UnexpectedResponseError);
      expect(errors[2]).toBeInstanceOf(ConnectionError);
      expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(1);
      for (const error of errors) {
        expect(`${(error as Error).message} ${JSON.stringify(error)}`).not.toContain(secret);
      }
    } finally {
      await server.close();
    }
  });

  it("refuses bad arguments with a ValidationError before any request", async () => {
    const server = await startTestServer((_req, res) => json(res, 200, {}));
    try {
      const client = createClient({ auth: staticAuth(), baseUrl: `${server.url}/v1`, retry: false });
      const refused = [
        request(client, getTrack, { id: "" }),
        request(client, getTrack, { id: 5 as unknown as string }),
        request(client, getTrack, { id: "t", market: "Sweden" }),
        request(client, getSeveralTracks, { ids: Array.from({ length: getSeveralTracks.maxIds + 1 }, () => "a") }),
        request(client, getTrack, null as unknown as { id: string }),
        request(client, getTrack, { id: "t" }, null as unknown as undefined),
        request(client, getPlaylistsItems, { playlist_id: "p", limit: 0 }),
        request(client, getPlaylistsItems, { playlist_id: "p", limit: 51 }),
        request(client, getPlaylistsItems, { playlist_id: "p", limit: "30" as unknown as number }),
        request(client, addItemsToPlaylist, { playlist_id: "p", body: JSON.stringify({ uris: ["spotify:track:a"] }) as never }),
        request(client, uploadCustomPlaylistCover, { playlist_id: "p", body: { data: "x" } as unknown as string }),
      ];
      for (const call of refused) await expect(call).rejects.toBeInstanceOf(ValidationError);
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

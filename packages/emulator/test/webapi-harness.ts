// Calls Web API handlers directly (no server) with a constructed HandlerContext, and validates
// their bodies against the response schemas of spec/openapi.yml with ajv. The OpenAPI-to-JSON-
// Schema adapter handles `nullable`, fields whose description documents `null`, and the
// profile's adjustments (fields dev-2026 removes, `available_markets` replaced by `is_playable`
// when a market is given).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { DEFAULT_USERS } from "../src/options.js";
import { handlers } from "../src/handlers/index.js";
import { ApiProblem, type CallerAuth, type HandlerResult, type Profile } from "../src/handlers/types.js";
import type { EmulatorState, UserRecord } from "../src/state/types.js";
import { createWebApiState, type WebApiStore } from "../src/state/webapi.js";

type Schema = Record<string, unknown>;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const specFile = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "spec", "openapi.yml");
const spec = parse(readFileSync(specFile, "utf8")) as { paths: Record<string, Record<string, Schema>>; components: Record<string, Record<string, Schema>> };

export const ALL_SCOPES = [
  "ugc-image-upload", "user-read-playback-state", "user-modify-playback-state", "user-read-currently-playing", "app-remote-control",
  "streaming", "playlist-read-private", "playlist-read-collaborative", "playlist-modify-private", "playlist-modify-public",
  "user-follow-modify", "user-follow-read", "user-read-playback-position", "user-top-read", "user-read-recently-played",
  "user-library-modify", "user-library-read", "user-read-email", "user-read-private",
];

/** Operations and their 2xx JSON response schemas. */
export const operations = new Map<string, { method: string; path: string; responses: Map<number, Schema | undefined> }>();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (typeof op.operationId !== "string") continue;
    const responses = new Map<number, Schema | undefined>();
    for (const [code, r0] of Object.entries(op.responses as Record<string, Schema>)) {
      if (!code.startsWith("2")) continue;
      const r = typeof r0.$ref === "string" ? spec.components.responses[r0.$ref.split("/").pop()!] : r0;
      const content = r.content as Record<string, { schema: Schema }> | undefined;
      responses.set(Number(code), content?.["application/json"]?.schema);
    }
    operations.set(op.operationId, { method, path, responses });
  }
}

const DEV_REMOVED: Record<string, string[]> = {
  AlbumBase: ["available_markets"],
  AlbumObject: ["label", "popularity"],
  ArtistDiscographyAlbumObject: ["album_group"],
  ShowBase: ["available_markets", "publisher"],
  AudiobookBase: ["available_markets", "publisher"],
  ChapterBase: ["available_markets"],
};
const MARKET_REMOVED: Record<string, string[]> = { AlbumBase: ["available_markets"], ShowBase: ["available_markets"], AudiobookBase: ["available_markets"] };

function nullable(node: Schema): Schema {
  const { description: _d, nullable: _n, ...rest } = node;
  if (typeof rest.type === "string") {
    const out: Schema = { ...rest, type: [rest.type, "null"] };
    if (Array.isArray(rest.enum)) out.enum = [...(rest.enum as unknown[]), null];
    return out;
  }
  return { anyOf: [rest, { type: "null" }] };
}

/** OpenAPI 3.0 → JSON Schema: refs into one document, nullable and documented-null fields. */
function convert(node: unknown, name?: string, removed: Record<string, string[]> = {}): unknown {
  if (Array.isArray(node)) return node.map((n) => convert(n, undefined, removed));
  if (typeof node !== "object" || node === null) return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node as Schema)) {
    if (k === "$ref" && typeof v === "string") out.$ref = `spotify${v}`;
    else if (k === "properties") out.properties = Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, convert(s, undefined, removed)]));
    else if (k === "required" && name && removed[name]) out.required = (v as string[]).filter((r) => !removed[name].includes(r));
    else if (k === "allOf" && name) out.allOf = (v as unknown[]).map((n) => convert(n, name, removed));
    else out[k] = convert(v, undefined, removed);
  }
  const documentedNull = typeof out.description === "string" && /`null`/.test(out.description);
  return out.nullable === true || documentedNull ? nullable(out) : out;
}

const validators = new Map<string, ValidateFunction>();
const ajvs = new Map<string, Ajv>();

function ajvFor(removed: Record<string, string[]>): Ajv {
  const key = JSON.stringify(removed);
  let ajv = ajvs.get(key);
  if (!ajv) {
    ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
    const schemas = Object.fromEntries(Object.entries(spec.components.schemas).map(([n, s]) => [n, convert(s, n, removed)]));
    ajv.addSchema({ $id: "spotify", components: { schemas } });
    ajvs.set(key, ajv);
  }
  return ajv;
}

function merge(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = [...new Set([...(out[k] ?? []), ...v])];
  return out;
}

/** Validates a handler's answer against the operation's spec response; throws with ajv's errors. */
export function assertValid(operationId: string, result: HandlerResult, options: { profile: Profile; market?: boolean }): void {
  const op = operations.get(operationId);
  if (!op) throw new Error(`unknown operation ${operationId}`);
  const status = result.status ?? 200;
  // behaviour.md §2.5: Spotify answers 204 here although the spec lists only 200.
  if (operationId === "get-the-users-currently-playing-track" && status === 204 && result.body === undefined) return;
  if (!op.responses.has(status)) throw new Error(`${operationId}: status ${status} is not a documented success (${[...op.responses.keys()].join(", ")})`);
  const schema = op.responses.get(status);
  if (!schema) {
    if (result.body !== undefined) throw new Error(`${operationId}: the spec documents no body for ${status}, got one`);
    return;
  }
  if (result.body === undefined) throw new Error(`${operationId}: expected a body for ${status}`);
  let removed: Record<string, string[]> = {};
  if (options.profile === "dev-2026") removed = merge(removed, DEV_REMOVED);
  if (options.market) removed = merge(removed, MARKET_REMOVED);
  const key = `${operationId} ${status} ${JSON.stringify(removed)}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajvFor(removed).compile(convert(schema, undefined, removed) as Schema);
    validators.set(key, validate);
  }
  // JSON round trip: what goes over the wire.
  let body = JSON.parse(JSON.stringify(result.body)) as unknown;
  // Multi-gets answer null for an unknown id (as Spotify does); the spec's arrays do not say so.
  if (/^get-(several|multiple)-/.test(operationId) && typeof body === "object" && body !== null) {
    body = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? v.filter((x) => x !== null) : v]));
  }
  if (!validate(body)) throw new Error(`${operationId} ${status} does not match the spec: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
}

const DEV_FIELDS: Record<string, string[]> = {
  track: ["available_markets", "linked_from", "popularity"],
  album: ["album_group", "available_markets", "label", "popularity"],
  artist: ["followers", "popularity"],
  show: ["available_markets", "publisher"],
  audiobook: ["available_markets", "publisher"],
  user: ["country", "email", "explicit_content", "followers", "product"],
};

/** Paths of fields a dev-2026 app must not see (behaviour.md §3.3), anywhere in a body. */
export function devModeLeaks(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => devModeLeaks(v, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  const o = value as Record<string, unknown>;
  const banned = typeof o.type === "string" ? (DEV_FIELDS[o.type] ?? (o.type === "episode" && "chapter_number" in o ? ["available_markets"] : [])) : [];
  return [...banned.filter((f) => f in o).map((f) => `${path}.${f}`), ...Object.entries(o).flatMap(([k, v]) => devModeLeaks(v, `${path}.${k}`))];
}

export interface Harness {
  web: WebApiStore;
  state: EmulatorState;
  clock: { now: number };
  /** Calls a handler; validates 2xx bodies. ApiProblems are returned, not thrown. */
  call(operationId: string, req?: CallOptions): Promise<HandlerResult & { problem?: ApiProblem }>;
  /** Like call, but fails unless the answer is a validated success. */
  ok(operationId: string, req?: CallOptions): Promise<HandlerResult>;
}

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  auth?: Partial<CallerAuth>;
  /** `extended` unless given (the profile with every field). */
  profile?: Profile;
  /** Skip schema validation (only for `fields`-filtered answers, which are partial by design). */
  partial?: boolean;
}

export const API_BASE = "http://127.0.0.1:9/v1";

export function harness(options: { seed?: number; catalogSize?: number; users?: UserRecord[] } = {}): Harness {
  const clock = { now: Date.UTC(2026, 10, 23, 12, 0, 0) };
  const now = () => clock.now;
  const web = createWebApiState({ seed: options.seed ?? 42, catalogSize: options.catalogSize ?? 20_000, now });
  const users = new Map((options.users ?? DEFAULT_USERS).map((u) => [u.id, { ...u }]));
  const state: EmulatorState = { users, web };
  const call: Harness["call"] = async (operationId, req = {}) => {
    const handler = handlers[operationId];
    if (!handler) throw new Error(`no handler for ${operationId}`);
    const profile = req.profile ?? req.auth?.profile ?? "extended";
    const auth: CallerAuth = { kind: "user", clientId: "test-client", userId: "emulator-user", scopes: new Set(ALL_SCOPES), ...req.auth, profile };
    try {
      const result = await handler({ operationId, params: req.params ?? {}, query: req.query ?? {}, body: req.body, auth, state, apiBase: API_BASE, now });
      if ((result.status ?? 200) < 300 && !req.partial) {
        assertValid(operationId, result, { profile, market: req.query?.market !== undefined });
        if (profile === "dev-2026") {
          const leaks = devModeLeaks(result.body);
          if (leaks.length) throw new Error(`${operationId} shows a dev-2026 app removed fields: ${leaks.slice(0, 5).join(", ")}`);
        }
      }
      return result;
    } catch (error) {
      if (error instanceof ApiProblem) return { status: error.status, body: { error: { status: error.status, message: error.message, reason: error.reason } }, problem: error };
      throw error;
    }
  };
  return {
    web,
    state,
    clock,
    call,
    async ok(operationId, req) {
      const result = await call(operationId, req);
      if (result.problem) throw new Error(`${operationId} answered ${result.problem.status} ${result.problem.message}`);
      return result;
    },
  };
}

#!/usr/bin/env node
/**
 * Generates, from spec/openapi.yml and spec/annotations.yml, what the SDK and the emulator know
 * about each Web API operation (dev-time only; the outputs are checked in):
 *   packages/sdk/src/operations/generated.ts              one small `as const` declaration per operation
 *   packages/sdk/src/operations/types.ts                  `OperationDecl`, the shape of those declarations
 *   packages/sdk/src/operations/signatures.generated.ts   parameter and response types per operationId
 *   packages/emulator/src/webapi/operation-rules.generated.ts   scopes, removals, limits per operationId
 *
 *   node scripts/gen-operations.mjs            # writes the files (npm run gen:operations)
 *   node scripts/gen-operations.mjs --check    # exits 1 when a checked-in file drifted
 *   node scripts/gen-operations.mjs --spec <file> --annotations <file> --out <dir>   # elsewhere (tests)
 *
 * The spec is read through the emulator's own extractor (packages/emulator/src/spec/extract.ts), so
 * both packages read "Maximum: 50 IDs" and parameter bounds the same way.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SPEC_PATH = join(ROOT, "spec", "openapi.yml");
export const ANNOTATIONS_PATH = join(ROOT, "spec", "annotations.yml");
export const EXTRACT_PATH = join(ROOT, "packages", "emulator", "src", "spec", "extract.ts");

/** Output files, relative to the repository root. */
export const OUTPUTS = {
  decls: "packages/sdk/src/operations/generated.ts",
  types: "packages/sdk/src/operations/types.ts",
  signatures: "packages/sdk/src/operations/signatures.generated.ts",
  rules: "packages/emulator/src/webapi/operation-rules.generated.ts",
};

const REGENERATE = "Regenerate with `npm run gen:operations` (node scripts/gen-operations.mjs); test/operations.test.ts fails when it drifts.";
const header = (what) => `/**
 * GENERATED FILE: do not edit. Source: spec/openapi.yml and spec/annotations.yml.
 * ${what}
 * ${REGENERATE}
 * @module
 */
`;

const ENTRY_KEYS = new Set(["idempotent", "envelope", "response", "cursor", "maxIds", "scopes", "removedNov2024", "closedDev2026", "replacement"]);
const RESPONSE_KINDS = new Set(["json", "json-or-null", "void", "auto"]);
const ID_LISTS = ["ids", "uris"];
const BODY_LISTS = ["ids", "uris", "tracks", "items"];

/** `get-an-artists-top-tracks` → `getAnArtistsTopTracks`. */
export const constName = (operationId) => operationId.replace(/[-_]+([a-z0-9])/g, (_, c) => c.toUpperCase());

function fail(message) {
  throw new Error(`gen-operations: ${message}`);
}

function deref(doc, node) {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string"; hops++) {
    if (hops > 20) fail(`$ref chain too long at ${current.$ref}`);
    current = current.$ref.slice(2).split("/").reduce((n, key) => n?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  }
  return current ?? {};
}

/** "Maximum offset: 100.000" (a thousands separator, not a decimal point) → 100000. */
function statedMaxOffset(doc, rawParams) {
  for (const raw of rawParams) {
    const p = deref(doc, raw);
    if (p.name !== "offset") continue;
    const text = `${p.description ?? ""} ${deref(doc, p.schema).description ?? ""}`;
    const m = /maximum offset:\s*(\d{1,3}(?:[.,]\d{3})+|\d+)/i.exec(text);
    if (m) return Number(m[1].replace(/[.,]/g, ""));
  }
  return undefined;
}

function check(condition, operationId, message) {
  if (!condition) fail(`spec/annotations.yml, ${operationId}: ${message}`);
}

function validateEntry(operationId, entry) {
  check(entry && typeof entry === "object" && !Array.isArray(entry), operationId, "an entry is a map ({} when nothing is added)");
  for (const key of Object.keys(entry)) check(ENTRY_KEYS.has(key), operationId, `unknown key "${key}"`);
  if ("idempotent" in entry) check(entry.idempotent === true, operationId, "idempotent is true or absent (GETs always are)");
  if ("envelope" in entry) check(typeof entry.envelope?.list === "string", operationId, "envelope is {list: key} (arrays are read from the spec)");
  if ("response" in entry) check(RESPONSE_KINDS.has(entry.response), operationId, `response is one of ${[...RESPONSE_KINDS].join(", ")}`);
  if ("cursor" in entry) check(entry.cursor === "after" || entry.cursor === "before", operationId, "cursor is after or before");
  if ("maxIds" in entry) check(Number.isInteger(entry.maxIds) && entry.maxIds > 0, operationId, "maxIds is a positive integer");
  if ("scopes" in entry) {
    const s = entry.scopes;
    const list = (v) => v === undefined || (Array.isArray(v) && v.every((x) => typeof x === "string"));
    check(s === "none" || (s && typeof s === "object" && list(s.all) && list(s.any)), operationId, "scopes is none or {all: [...], any: [...]}");
  }
  if ("removedNov2024" in entry) {
    const r = entry.removedNov2024;
    check(Number.isInteger(r?.status) && typeof r?.message === "string", operationId, "removedNov2024 is {status, message}");
  }
  if ("closedDev2026" in entry) check(entry.closedDev2026 === true, operationId, "closedDev2026 is true or absent");
  if ("replacement" in entry) {
    check(typeof entry.replacement === "string" && (entry.removedNov2024 || entry.closedDev2026), operationId, "replacement names an SDK method, for a closed operation");
  }
}

/**
 * Every operation's facts, in spec order: what the spec states, completed by the annotations.
 * @param {{ specText: string, annotationsText: string, parseYaml: (text: string) => any, extractModel: (doc: any) => any }} input
 */
export function describeOperations({ specText, annotationsText, parseYaml, extractModel }) {
  const doc = parseYaml(specText);
  const notes = parseYaml(annotationsText) ?? {};
  const entries = notes.operations ?? {};
  const reasons = notes.deprecation ?? {};
  check(typeof reasons.removedNov2024 === "string" && typeof reasons.closedDev2026 === "string", "deprecation", "one text per reason: removedNov2024, closedDev2026");
  const model = extractModel(doc);
  const known = new Set(model.operations.map((op) => op.operationId));
  for (const id of Object.keys(entries)) check(known.has(id), id, "names no operation of spec/openapi.yml");
  const names = new Map();
  const ops = model.operations.map((spec) => {
    const id = spec.operationId;
    check(id in entries, id, "missing: every spec operation has an entry ({} when nothing is added)");
    const entry = entries[id];
    validateEntry(id, entry);
    const name = constName(id);
    check(/^[a-z][A-Za-z0-9]*$/.test(name) && !names.has(name), id, `its name ${name} is not a unique identifier`);
    names.set(name, id);
    const raw = deref(doc, deref(doc, doc.paths[spec.path])[spec.method.toLowerCase()]);
    const rawParams = [...(deref(doc, doc.paths[spec.path]).parameters ?? []), ...(raw.parameters ?? [])];
    const responses = Object.entries(raw.responses ?? {}).filter(([code]) => /^2/.test(code)).map(([code, r]) => [code, deref(doc, r)]);
    const jsonSchema = responses.map(([, r]) => r.content?.["application/json"]?.schema).find(Boolean);
    const documents204 = responses.some(([code]) => code === "204");
    const query = new Map(spec.params.filter((p) => p.in === "query").map((p) => [p.name, p]));

    const defaultKind = spec.method === "GET" ? "json" : "void";
    let response = entry.response;
    if (!response && spec.method === "GET" && jsonSchema && documents204) response = "json-or-null";
    if (!response && spec.method !== "GET" && jsonSchema) response = "json";
    if (response === defaultKind) response = undefined;

    let envelope = entry.envelope ? { list: entry.envelope.list } : undefined;
    const schema = jsonSchema ? deref(doc, jsonSchema) : undefined;
    if (!envelope && schema?.type === "array") envelope = deref(doc, schema.items).type === "boolean" ? "booleans" : "array";

    let maxIds = entry.maxIds;
    for (const name of ID_LISTS) maxIds ??= query.get(name)?.maxItems;
    const bodyProps = spec.body?.schema?.properties ?? {};
    for (const name of BODY_LISTS) maxIds ??= bodyProps[name]?.maxItems;

    let paging;
    const limit = query.get("limit");
    if (limit && query.has("offset")) {
      check(typeof limit.maximum === "number", id, "an offset-paged operation's limit has a maximum in the spec");
      const maxOffset = query.get("offset").maximum ?? statedMaxOffset(doc, rawParams);
      paging = { kind: "offset", maxLimit: limit.maximum, ...(maxOffset !== undefined ? { maxOffset } : {}) };
    } else if (limit && (query.has("after") || query.has("before"))) {
      const cursor = entry.cursor ?? (query.has("before") ? undefined : "after");
      check(cursor, id, "cursor paging with both `after` and `before`: say which leads on (cursor: after|before)");
      paging = { kind: "cursor", maxLimit: limit.maximum, cursor };
    } else {
      check(!entry.cursor, id, "cursor given but the spec describes no cursor paging");
    }

    const rule = entry.scopes === "none" ? { all: [], any: [] } : entry.scopes ? { all: entry.scopes.all ?? [], any: entry.scopes.any ?? [] } : { all: [], any: spec.scopes };
    let deprecation;
    if (entry.removedNov2024 || entry.closedDev2026) {
      const reason = entry.removedNov2024 ? `${reasons.removedNov2024} (they get ${entry.removedNov2024.status})` : reasons.closedDev2026;
      deprecation = `${reason}. ${entry.replacement ? `Use \`${entry.replacement}\`.` : "No replacement."}`;
    }
    return {
      operationId: id,
      name,
      method: spec.method,
      path: spec.path,
      summary: typeof raw.summary === "string" ? raw.summary.trim() : undefined,
      specDeprecated: spec.deprecated,
      response,
      idempotent: spec.method !== "GET" && entry.idempotent === true ? true : undefined,
      envelope,
      maxIds,
      paging,
      scopes: { ...rule, userOnly: spec.path.startsWith("/me") || rule.all.length > 0 || rule.any.length > 0 },
      removedNov2024: entry.removedNov2024 ? { status: entry.removedNov2024.status, message: entry.removedNov2024.message } : undefined,
      closedDev2026: entry.closedDev2026 === true ? true : undefined,
      reason: entry.removedNov2024 ? "removedNov2024" : entry.closedDev2026 ? "closedDev2026" : undefined,
      reasonText: entry.removedNov2024 ? reasons.removedNov2024 : entry.closedDev2026 ? reasons.closedDev2026 : undefined,
      replacement: entry.replacement,
      deprecation,
      raw: { op: raw, rawParams, jsonSchema, spec },
    };
  });
  return { doc, ops };
}

/** A JS literal with unquoted keys where they are identifiers (smaller, and how the groups wrote them). */
function literal(value) {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value && typeof value === "object") {
    const parts = Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`);
    return `{ ${parts.join(", ")} }`;
  }
  return JSON.stringify(value);
}

const oneLine = (text) => (text ?? "").replace(/\s+/g, " ").replace(/\*\//g, "*\\/").trim();

/** A spec description as a short TSDoc line: its first sentence, markdown links and HTML tags as text. */
function brief(text) {
  const plain = oneLine(text).replace(/\[([^\]]+)\]\([^)]*\)/g, "$1").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
  const sentence = /^(.{20,}?[.!?])(\s|$)/.exec(plain)?.[1] ?? plain;
  return sentence.length <= 200 ? sentence : `${sentence.slice(0, 197).replace(/\s+\S*$/, "")}...`;
}

/** TSDoc of each declaration field: the reference documents every property, and comments cost no bundle byte. */
const FIELD_DOCS = {
  operationId: "The spec's operationId.",
  method: "The HTTP method.",
  path: "Path template with `{params}`, relative to the Web API base.",
  response: "How the answer is read.",
  idempotent: "Safe to resend after a 5xx.",
  envelope: "What the JSON answer must be.",
  list: "The key of the array.",
  maxIds: "The most IDs or URIs one request takes.",
  paging: "How the operation pages.",
  kind: "Offset or cursor paging.",
  maxLimit: "The largest `limit`: the page size a walk uses.",
  maxOffset: "The largest `offset`.",
  cursor: "The cursor that leads to the next page.",
};

/** A declaration literal, one documented field a line. */
function documented(value, indent) {
  if (!value || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  const fields = Object.entries(value).filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${inner}/** ${FIELD_DOCS[k] ?? fail(`no doc for field ${k}`)} */\n${inner}${k}: ${documented(v, inner)},`);
  return `{\n${fields.join("\n")}\n${indent}}`;
}

function renderDecls(ops) {
  let out = header("One declaration per Web API operation, each its own export: a bundle carries only the operations it imports.");
  out += `import type { OperationDecl } from "./types.js";\n`;
  for (const op of ops) {
    const decl = { operationId: op.operationId, method: op.method, path: op.path, response: op.response, idempotent: op.idempotent, envelope: op.envelope, maxIds: op.maxIds, paging: op.paging };
    out += `\n/** ${op.summary ? `${oneLine(op.summary)}: ` : ""}\`${op.method} ${op.path}\` (\`${op.operationId}\`). */\n`;
    out += `export const ${op.name} = ${documented(decl, "")} as const satisfies OperationDecl;\n`;
  }
  return out;
}

function renderRules(ops) {
  let out = header("What the emulator enforces per operation: the scope rule (behaviour.md §1.8), the 27 Nov 2024 removals (§3.1), the February 2026 Development Mode closures (§3.3) and the request limits.");
  out += `
/** How one operation is gated. */
export interface OperationRule {
  /** Scopes that must all be granted. */
  readonly all: readonly string[];
  /** At least one of these must be granted (when non-empty). */
  readonly any: readonly string[];
  /** Refused for client-credentials tokens (user data). */
  readonly userOnly: boolean;
  /** Closed to apps created on or after 27 November 2024: the status and message they get. */
  readonly removedNov2024?: { readonly status: number; readonly message: string };
  /** Closed to Development Mode apps since February 2026 (403 "Forbidden"). */
  readonly closedDev2026?: true;
  /** The most IDs or URIs one request takes. */
  readonly maxIds?: number;
  /** The largest \`limit\` of a paged operation. */
  readonly maxLimit?: number;
  /** The largest \`offset\` of an offset-paged operation, when the spec states one. */
  readonly maxOffset?: number;
}

/** Every spec operation's rule, keyed by operationId. */
export const OPERATION_RULES: Readonly<Record<string, OperationRule>> = {
`;
  for (const op of ops) {
    const rule = {
      all: op.scopes.all, any: op.scopes.any, userOnly: op.scopes.userOnly,
      removedNov2024: op.removedNov2024, closedDev2026: op.closedDev2026,
      maxIds: op.maxIds, maxLimit: op.paging?.maxLimit, maxOffset: op.paging?.maxOffset,
    };
    out += `  ${JSON.stringify(op.operationId)}: ${literal(rule)},\n`;
  }
  return `${out}};\n`;
}

function renderTypes() {
  return `/**
 * GENERATED FILE: do not edit. Written by scripts/gen-operations.mjs (the shape of what it writes in generated.ts).
 * ${REGENERATE}
 * @module
 */
import type { HttpMethod, ResponseKind } from "../http/types.js";

/** How a paged operation pages: by \`offset\`, or by a cursor the response carries. */
export type OperationPaging =
  | {
    /** \`limit\` + \`offset\`; the page says \`total\`. */
    readonly kind: "offset";
    /** The largest \`limit\` the spec documents: the page size a walk uses. */
    readonly maxLimit: number;
    /** The largest \`offset\` the operation accepts (search: 1000). */
    readonly maxOffset?: number;
  }
  | {
    /** \`limit\` + a cursor from the previous page's \`cursors\`. */
    readonly kind: "cursor";
    /** The largest \`limit\` the spec documents: the page size a walk uses. */
    readonly maxLimit: number;
    /** Which cursor leads to the next page: \`after\` (followed artists) or \`before\` (recently played). */
    readonly cursor: "after" | "before";
  };

/** One Web API operation as the SDK sends it (generated from the spec and spec/annotations.yml). */
export interface OperationDecl {
  /** The spec's operationId. */
  readonly operationId: string;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** Path template with \`{params}\`, relative to the Web API base. */
  readonly path: string;
  /** @default "json" for GET, "void" otherwise */
  readonly response?: ResponseKind;
  /** Safe to resend after a 5xx: GETs and set-state commands are; adds and reorders are not. */
  readonly idempotent?: boolean;
  /**
   * What a JSON answer must be, checked before it is handed over (its envelope, not every field):
   * an object (the default), an array (cover images), an array of booleans (the "contains"
   * checks), or an object holding an
   * array under \`list\` (multi-gets, whose items may be \`null\` for IDs Spotify does not know).
   * @default "object"
   */
  readonly envelope?: "object" | "array" | "booleans" | {
    /** The key of the array, e.g. \`tracks\`. */
    readonly list: string;
  };
  /** The most IDs or URIs one request takes (\`ids\`, \`uris\`, or the body's list): the chunk size. */
  readonly maxIds?: number;
  /** How the operation pages, when it does. */
  readonly paging?: OperationPaging;
}
`;
}

/** The TypeScript type of a JSON schema; component schemas by their generated model name. */
function tsType(doc, node, indent = "") {
  if (!node) return "unknown";
  if (typeof node.$ref === "string") {
    if (node.$ref.startsWith("#/components/schemas/")) return `M.${node.$ref.split("/").pop()}`;
    return tsType(doc, deref(doc, node), indent);
  }
  let type;
  if (node.allOf) type = node.allOf.map((n) => tsType(doc, n, indent)).join(" & ");
  else if (node.oneOf || node.anyOf) type = (node.oneOf ?? node.anyOf).map((n) => tsType(doc, n, indent)).join(" | ");
  else if (Array.isArray(node.enum)) type = node.enum.map((v) => JSON.stringify(v)).join(" | ");
  else if (node.type === "array") type = `Array<${tsType(doc, node.items, indent)}>`;
  else if (node.type === "integer" || node.type === "number") type = "number";
  else if (node.type === "string") type = "string";
  else if (node.type === "boolean") type = "boolean";
  else if (node.properties) {
    const required = new Set(node.required ?? []);
    const inner = `${indent}  `;
    const props = Object.entries(node.properties).map(([k, p]) => {
      const d = brief(deref(doc, p).description);
      return `${inner}/** ${d || k} */\n${inner}${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}${required.has(k) ? "" : "?"}: ${tsType(doc, p, inner)};`;
    });
    type = `{\n${props.join("\n")}\n${indent}}`;
  } else type = node.type === "object" ? "Record<string, unknown>" : "unknown";
  return node.nullable ? `${type} | null` : type;
}

function paramType(p) {
  const list = (item) => `string | ReadonlyArray<${item}>`;
  if (p.type === "array") return list(p.itemEnum ? p.itemEnum.map((v) => JSON.stringify(v)).join(" | ") : "string");
  if (p.type === "integer" || p.type === "number") return "number";
  if (p.type === "boolean") return "boolean";
  if (p.enum) return p.enum.map((v) => JSON.stringify(v)).join(" | ");
  return p.maxItems !== undefined ? list("string") : "string";
}

function renderSignature(doc, op) {
  const { raw } = op;
  const described = new Map(raw.rawParams.map((r) => deref(doc, r)).map((p) => [p.name, brief(p.description) || brief(deref(doc, p.schema).description)]));
  const fields = raw.spec.params.map((p) => {
    const d = described.get(p.name) || `The \`${p.name}\` ${p.in} parameter.`;
    return `      /** ${d} */\n      ${p.name}${p.required ? "" : "?"}: ${paramType(p)};`;
  });
  const body = raw.spec.body;
  if (body) {
    const bodyType = body.contentType === "image/jpeg" ? "string" : tsType(doc, deref(doc, deref(doc, raw.op.requestBody).content["application/json"]).schema, "      ");
    const what = body.contentType === "image/jpeg" ? "The image: a Base64-encoded JPEG." : "The JSON body.";
    fields.push(`      /** ${what} */\n      body${body.required ? "" : "?"}: ${bodyType};`);
  }
  const kind = op.response ?? (op.method === "GET" ? "json" : "void");
  let response = kind === "void" ? "void" : raw.jsonSchema ? tsType(doc, raw.jsonSchema, "    ") : "unknown";
  if (kind === "json-or-null") response = `${response} | null`;
  return `  /** ${op.summary ? `${oneLine(op.summary)}: ` : ""}\`${op.method} ${op.path}\`. */
  ${JSON.stringify(op.operationId)}: {
    /** Path and query parameters${body ? ", and the body" : ""}. */
    params: {${fields.length ? `\n${fields.join("\n")}\n    ` : ""}};
    /** What the call resolves to. */
    response: ${response};
  };
`;
}

function renderSignatures(doc, ops) {
  let out = header("Parameter and response types of every operation, keyed by operationId (types only: no bundle cost).");
  out += `import type * as M from "../models/generated.js";

/** Each operation's parameters (path, query and body) and what it resolves to. */
export interface OperationSignatures {
`;
  for (const op of ops) out += renderSignature(doc, op);
  out += `}

/** The spec's operationIds. */
export type OperationId = keyof OperationSignatures;

/** The parameters of one operation: path and query parameters by their spec names, and \`body\`. */
export type OperationParameters<Id extends OperationId> = OperationSignatures[Id]["params"];

/** What one operation resolves to (\`void\` for commands, \`| null\` when it may answer 204). */
export type OperationResponse<Id extends OperationId> = OperationSignatures[Id]["response"];
`;
  return out;
}

/** The generated files' contents, keyed by their path relative to the repository root. */
export function generateOperations(input) {
  const { doc, ops } = describeOperations(input);
  return {
    [OUTPUTS.decls]: renderDecls(ops),
    [OUTPUTS.types]: renderTypes(),
    [OUTPUTS.signatures]: renderSignatures(doc, ops),
    [OUTPUTS.rules]: renderRules(ops),
  };
}

/** The YAML parser (the emulator's dependency) and the emulator's spec extractor, loaded for the command line. */
export async function loadTools() {
  const { parse } = createRequire(join(ROOT, "packages", "emulator", "package.json"))("yaml");
  const { tsImport } = await import("tsx/esm/api");
  const { extractModel } = await tsImport(pathToFileURL(EXTRACT_PATH).href, import.meta.url);
  return { parseYaml: parse, extractModel };
}

async function main(argv) {
  const arg = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 ? resolve(argv[i + 1]) : fallback;
  };
  const out = arg("--out", ROOT);
  const files = generateOperations({
    specText: readFileSync(arg("--spec", SPEC_PATH), "utf8"),
    annotationsText: readFileSync(arg("--annotations", ANNOTATIONS_PATH), "utf8"),
    ...(await loadTools()),
  });
  if (argv.includes("--check")) {
    const stale = Object.entries(files).filter(([file, text]) => {
      try {
        return readFileSync(join(out, file), "utf8") !== text;
      } catch {
        return true;
      }
    });
    for (const [file] of stale) console.error(`${file} is stale: run npm run gen:operations`);
    process.exitCode = stale.length ? 1 : 0;
    return;
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), text);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

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
import { deref, fail, renderAll, renderDecls, renderExtraScopes, renderKnownScopes, renderRules, renderSignatures } from "./gen-operations-render.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SPEC_PATH = join(ROOT, "spec", "openapi.yml");
export const ANNOTATIONS_PATH = join(ROOT, "spec", "annotations.yml");
export const EXTRACT_PATH = join(ROOT, "packages", "emulator", "src", "spec", "extract.ts");

/** Output files, relative to the repository root. */
export const OUTPUTS = {
  decls: "packages/sdk/src/operations/generated.ts",
  all: "packages/sdk/src/operations/all.generated.ts",
  sdkScopes: "packages/sdk/src/auth/known-scopes.generated.ts",
  emulatorScopes: "packages/emulator/src/accounts/extra-scopes.generated.ts",
  signatures: "packages/sdk/src/operations/signatures.generated.ts",
  rules: "packages/emulator/src/webapi/operation-rules.generated.ts",
};

const ENTRY_KEYS = new Set(["idempotent", "envelope", "response", "cursor", "maxIds", "scopes", "removedNov2024", "closedDev2026", "replacement"]);
const RESPONSE_KINDS = new Set(["json", "json-or-null", "void", "auto"]);
const ID_LISTS = ["ids", "uris"];
const BODY_LISTS = ["ids", "uris", "tracks", "items"];

/** `get-an-artists-top-tracks` → `getAnArtistsTopTracks`. */
export const constName = (operationId) => operationId.replace(/[-_]+([a-z0-9])/g, (_, c) => c.toUpperCase());

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
      bodyType: spec.body?.contentType === "image/jpeg" ? "image/jpeg" : undefined,
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
  const extraScopes = notes.extraScopes ?? {};
  check(typeof extraScopes === "object" && !Array.isArray(extraScopes), "extraScopes", "a map of scope name to its description");
  for (const [name, text] of Object.entries(extraScopes)) {
    check(typeof text === "string" && text.trim() !== "", name, "an extra scope has a description");
    check(!(name in model.scopes), name, "an extra scope is not one of the spec's");
  }
  return { doc, ops, scopes: { spec: Object.keys(model.scopes), extra: extraScopes } };
}

/** The generated files' contents, keyed by their path relative to the repository root. */
export function generateOperations(input) {
  const { doc, ops, scopes } = describeOperations(input);
  return {
    [OUTPUTS.decls]: renderDecls(ops),
    [OUTPUTS.all]: renderAll(ops),
    [OUTPUTS.signatures]: renderSignatures(doc, ops),
    [OUTPUTS.rules]: renderRules(ops),
    [OUTPUTS.sdkScopes]: renderKnownScopes(scopes),
    [OUTPUTS.emulatorScopes]: renderExtraScopes(scopes),
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

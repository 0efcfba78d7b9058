/**
 * The writers of scripts/gen-operations.mjs: from the described operations to the text of each
 * generated file (the SDK declarations, their types, the signatures, the emulator rules).
 */

const REGENERATE = "Regenerate with `npm run gen:operations` (node scripts/gen-operations.mjs); test/operations.test.ts fails when it drifts.";
const header = (what) => `/**
 * GENERATED FILE: do not edit. Source: spec/openapi.yml and spec/annotations.yml.
 * ${what}
 * ${REGENERATE}
 * @module
 */
`;

/** Stops the generation with a message naming what to fix. */
export function fail(message) {
  throw new Error(`gen-operations: ${message}`);
}

/** Follows `$ref`s to the node they name. */
export function deref(doc, node) {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string"; hops++) {
    if (hops > 20) fail(`$ref chain too long at ${current.$ref}`);
    current = current.$ref.slice(2).split("/").reduce((n, key) => n?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  }
  return current ?? {};
}

/** A JS literal, keys unquoted where they are identifiers (the emulator rules, one operation a line). */
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
  bodyType: "The body is this content, sent as is (a Base64 string), not JSON.",
};

/** A declaration literal, one documented field a line. */
function documented(value, indent) {
  if (!value || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  const fields = Object.entries(value).filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${inner}/** ${FIELD_DOCS[k] ?? fail(`no doc for field ${k}`)} */\n${inner}${k}: ${documented(v, inner)},`);
  return `{\n${fields.join("\n")}\n${indent}}`;
}

export function renderDecls(ops) {
  let out = header("One declaration per Web API operation, each its own export: a bundle carries only the operations it imports.");
  out += `import type { OperationDecl } from "./types.js";\n`;
  for (const op of ops) {
    const decl = { operationId: op.operationId, method: op.method, path: op.path, response: op.response, idempotent: op.idempotent, envelope: op.envelope, maxIds: op.maxIds, paging: op.paging, bodyType: op.bodyType };
    out += `\n/** ${op.summary ? `${oneLine(op.summary)}: ` : ""}\`${op.method} ${op.path}\` (\`${op.operationId}\`). */\n`;
    out += `export const ${op.name} = ${documented(decl, "")} as const satisfies OperationDecl;\n`;
  }
  return out;
}

/**
 * Every declaration in one list, for the `OPERATIONS` table. Listed by name in a pure call (not
 * read from `import * as`): a namespace object keeps every declaration in every bundle.
 */
export function renderAll(ops) {
  let out = header("Every operation's declaration, in spec order: what the SDK's OPERATIONS table is built from.");
  out += `import {\n${ops.map((op) => `  ${op.name},\n`).join("")}} from "./generated.js";\n`;
  out += `import type { OperationDecl } from "./types.js";\n\n`;
  out += `/** Every operation of the spec, in spec order. Pure: a bundle that does not read it drops it. */\n`;
  out += `export const ALL_OPERATIONS: readonly OperationDecl[] = /* @__PURE__ */ Object.freeze([\n${ops.map((op) => `  ${op.name},\n`).join("")}]);\n`;
  return out;
}

/** The SDK's list of every scope Spotify documents: the spec's, then the annotations' extras. */
export function renderKnownScopes(scopes) {
  let out = header("Every scope Spotify documents: those of the spec's securitySchemes, then those its scopes page adds (spec/annotations.yml extraScopes).");
  out += `\n/** Every scope Spotify documents: the ${scopes.spec.length} of the OpenAPI spec and the ${Object.keys(scopes.extra).length} its scopes page adds. */\n`;
  out += `export const KNOWN_SCOPES: readonly string[] = /* @__PURE__ */ Object.freeze([\n${[...scopes.spec, ...Object.keys(scopes.extra)].map((name) => `  ${JSON.stringify(name)},\n`).join("")}]);\n`;
  return out;
}

/** The emulator's scopes beyond the spec's, with what its consent page says of them. */
export function renderExtraScopes(scopes) {
  let out = header("Scopes /authorize accepts beyond the spec's (behaviour.md §1.8), with what the consent page says of them.");
  out += `\n/** Scope name → the consent page's description, for the scopes the spec does not list. */\n`;
  out += `export const EXTRA_SCOPES: Readonly<Record<string, string>> = {\n${Object.entries(scopes.extra).map(([name, text]) => `  ${JSON.stringify(name)}: ${JSON.stringify(text)},\n`).join("")}};\n`;
  return out;
}

export function renderRules(ops) {
  let out = header("What the emulator enforces per operation: the scope rule (behaviour.md §1.8), the 27 Nov 2024 removals (§3.1), the February 2026 Development Mode closures (§3.3) and the request limits.");
  out += `import type { OperationRule } from "./operation-rule.js";

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

export function renderSignatures(doc, ops) {
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

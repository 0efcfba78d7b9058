// Turns the parsed OpenAPI document into the compact SpecModel. Pure: no I/O.
import type { BodySpec, OperationSpec, ParamSpec, SpecModel } from "./model.js";

type Json = Record<string, unknown>;
const METHODS = ["get", "put", "post", "delete", "patch"] as const;
const PROSE = new Set(["description", "example", "examples", "title", "externalDocs", "x-spotify-docs-type"]);

function resolvePointer(doc: Json, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`unsupported $ref ${ref}`);
  let node: unknown = doc;
  for (const key of ref.slice(2).split("/")) {
    node = (node as Json | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node;
}

function deref(doc: Json, node: unknown): Json {
  let current = node as Json;
  for (let hops = 0; typeof current?.$ref === "string"; hops++) {
    if (hops > 20) throw new Error("$ref chain too long");
    current = resolvePointer(doc, current.$ref as string) as Json;
  }
  return current;
}

/** Inlines refs and drops prose, so ajv gets a small self-contained schema. */
function inlineSchema(doc: Json, node: unknown, depth = 0): unknown {
  if (depth > 30) return {};
  if (Array.isArray(node)) return node.map((n) => inlineSchema(doc, n, depth + 1));
  if (!node || typeof node !== "object") return node;
  const resolved = deref(doc, node);
  const out: Json = {};
  for (const [key, value] of Object.entries(resolved)) {
    if (PROSE.has(key)) continue;
    if (key === "properties" && value && typeof value === "object") {
      const props: Json = {};
      for (const [name, prop] of Object.entries(value as Json)) {
        const inlined = inlineSchema(doc, prop, depth + 1) as Json;
        const max = statedMaximum(deref(doc, prop).description);
        if (inlined.type === "array" && max !== undefined && inlined.maxItems === undefined) inlined.maxItems = max;
        props[name] = inlined;
      }
      out[key] = props;
    } else {
      out[key] = inlineSchema(doc, value, depth + 1);
    }
  }
  return out;
}

/** "Maximum: 50 IDs." / "A maximum of 100 items can be added" → 50 / 100. */
function statedMaximum(description: unknown): number | undefined {
  if (typeof description !== "string") return undefined;
  const m = /maximum:\s*(\d+)\s*(ids?|uris?)\b/i.exec(description) ?? /a maximum of (\d+) (items|objects|ids|uris)\b/i.exec(description);
  return m ? Number(m[1]) : undefined;
}

function extractParam(doc: Json, raw: unknown): ParamSpec | undefined {
  const p = deref(doc, raw);
  if (p.in !== "path" && p.in !== "query") return undefined;
  const schema = deref(doc, p.schema ?? {});
  const type = (schema.type as ParamSpec["type"]) ?? "string";
  const param: ParamSpec = { name: String(p.name), in: p.in, required: p.required === true || p.in === "path", type };
  if (Array.isArray(schema.enum)) param.enum = schema.enum.map(String);
  if (type === "array") {
    const items = deref(doc, schema.items ?? {});
    if (Array.isArray(items.enum)) param.itemEnum = items.enum.map(String);
  }
  if (typeof schema.minimum === "number") param.minimum = schema.minimum;
  if (typeof schema.maximum === "number") param.maximum = schema.maximum;
  if (type === "string") {
    const max = statedMaximum(p.description) ?? statedMaximum(schema.description);
    if (max !== undefined) param.maxItems = max;
  }
  return param;
}

function extractBody(doc: Json, raw: unknown): BodySpec | undefined {
  if (!raw) return undefined;
  const body = deref(doc, raw);
  const content = (body.content ?? {}) as Json;
  if (content["application/json"]) {
    const media = deref(doc, content["application/json"]);
    return { contentType: "application/json", required: body.required === true, schema: inlineSchema(doc, media.schema ?? {}) as Json };
  }
  if (content["image/jpeg"]) return { contentType: "image/jpeg", required: body.required === true };
  return undefined;
}

/** The {@link SpecModel} of a parsed OpenAPI document. */
export function extractModel(doc: Json): SpecModel {
  const operations: OperationSpec[] = [];
  for (const [path, rawItem] of Object.entries((doc.paths ?? {}) as Json)) {
    const item = deref(doc, rawItem);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const params = [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]
        .map((p) => extractParam(doc, p))
        .filter((p): p is ParamSpec => p !== undefined);
      const security = Array.isArray(op.security) ? (op.security as Json[]) : [];
      const scopes = security.flatMap((s) => (Array.isArray(s.oauth_2_0) ? (s.oauth_2_0 as string[]) : []));
      const spec: OperationSpec = {
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        path,
        params,
        scopes,
        deprecated: op.deprecated === true,
      };
      const body = extractBody(doc, op.requestBody);
      if (body) spec.body = body;
      operations.push(spec);
    }
  }
  const flows = (((doc.components as Json)?.securitySchemes as Json)?.oauth_2_0 as Json)?.flows as Json | undefined;
  const scopes = ((flows?.authorizationCode as Json)?.scopes ?? {}) as Record<string, string>;
  return { version: String((doc.info as Json)?.version ?? ""), operations, scopes };
}

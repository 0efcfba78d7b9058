/**
 * The compact view of spec/openapi.yml the emulator routes and validates by. Extracted once from
 * the YAML (slow to parse) and cached as JSON, so start-up does not pay for the YAML parser.
 */

/** One path or query parameter of an operation. */
export interface ParamSpec {
  name: string;
  in: "path" | "query";
  required: boolean;
  type: "string" | "integer" | "number" | "boolean" | "array";
  enum?: string[];
  /** For `type: "array"` (comma-separated in the query string): allowed item values. */
  itemEnum?: string[];
  minimum?: number;
  maximum?: number;
  /** For comma-separated ID/URI lists: the maximum count stated in the description. */
  maxItems?: number;
}

export interface BodySpec {
  contentType: "application/json" | "image/jpeg";
  required: boolean;
  /** JSON Schema (refs inlined, prose stripped) for JSON bodies. */
  schema?: Record<string, unknown>;
}

export interface OperationSpec {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** Path template relative to `/v1`, e.g. `/albums/{id}`. */
  path: string;
  params: ParamSpec[];
  body?: BodySpec;
  /** The scopes the spec's `security` entry lists (see webapi/scopes.ts for how they are enforced). */
  scopes: string[];
  deprecated: boolean;
}

export interface SpecModel {
  /** `info.version` of the spec. */
  version: string;
  operations: OperationSpec[];
  /** Scope name → description, from `securitySchemes.oauth_2_0`. */
  scopes: Record<string, string>;
}

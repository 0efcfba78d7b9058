/**
 * The compact view of spec/openapi.yml the emulator routes and validates by. Extracted once from
 * the YAML (slow to parse) and cached as JSON, so start-up does not pay for the YAML parser.
 * @module
 */

/** One path or query parameter of an operation. */
export interface ParamSpec {
  /** The parameter's name. */
  name: string;
  /** Where it is sent. */
  in: "path" | "query";
  /** Whether the call is refused without it. */
  required: boolean;
  /** Its schema type. */
  type: "string" | "integer" | "number" | "boolean" | "array";
  /** The values it may take, when the spec lists them. */
  enum?: string[];
  /** For `type: "array"` (comma-separated in the query string): allowed item values. */
  itemEnum?: string[];
  /** The smallest value of a number. */
  minimum?: number;
  /** The largest value of a number. */
  maximum?: number;
  /** For comma-separated ID/URI lists: the maximum count stated in the description. */
  maxItems?: number;
}

/** An operation's request body. */
export interface BodySpec {
  /** JSON, or a base64 JPEG (a playlist cover). */
  contentType: "application/json" | "image/jpeg";
  /** Whether the call is refused without it. */
  required: boolean;
  /** JSON Schema (refs inlined, prose stripped) for JSON bodies. */
  schema?: Record<string, unknown>;
}

/** One operation of the spec. */
export interface OperationSpec {
  /** The spec's operationId, e.g. `get-track`: the key of handlers, policies and faults. */
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** Path template relative to `/v1`, e.g. `/albums/{id}`. */
  path: string;
  /** Its path and query parameters. */
  params: ParamSpec[];
  /** Its request body, when it takes one. */
  body?: BodySpec;
  /** The scopes the spec's `security` entry lists (webapi/policy.ts decides how they are enforced). */
  scopes: string[];
  /** Whether the spec marks it deprecated. */
  deprecated: boolean;
}

/** The whole spec as the emulator uses it. */
export interface SpecModel {
  /** `info.version` of the spec. */
  version: string;
  /** Every operation. */
  operations: OperationSpec[];
  /** Scope name → description, from `securitySchemes.oauth_2_0`. */
  scopes: Record<string, string>;
}

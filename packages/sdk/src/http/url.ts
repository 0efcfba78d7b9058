/**
 * URL building: the only place a path parameter meets a URL. Every parameter is percent-encoded
 * into its own segment; a value that would still climb out of it is refused.
 * @module
 */
import { ValidationError } from "../errors.js";
import type { QueryValue } from "./types.js";

const TEMPLATE_PARAM = /\{([^}]+)\}/g;
/** Characters `encodeURIComponent` leaves alone, without `.`: every Spotify ID, user ID and market. */
const PLAIN_SEGMENT = /^[A-Za-z0-9_~!*'()-]+$/;

/**
 * Encodes one path parameter. A value that is empty, `.` or `..` once decoded is refused:
 * `encodeURIComponent("..")` is still `..`, and a server or proxy that normalises the path
 * would resolve it to a different resource.
 */
export function encodePathSegment(value: string, name: string): string {
  if (typeof value !== "string") {
    throw new ValidationError(`${name} must be a string, got ${value === null ? "null" : typeof value}`, { parameter: name });
  }
  // Nothing to encode, no dot, not empty: already a safe segment (the common case, checked cheaply).
  if (PLAIN_SEGMENT.test(value)) return value;
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Not valid percent-encoding: the raw value is what will be encoded, so check that.
  }
  if (decoded.trim() === "" || decoded === "." || decoded === ".." || value === "." || value === "..") {
    throw new ValidationError(`${name} must not be empty, "." or ".." (got ${JSON.stringify(value)})`, { parameter: name });
  }
  return encodeURIComponent(value);
}

/** Appends `query` to `url`: `undefined`/`null` dropped, arrays comma-joined, everything encoded. */
export function appendQuery(url: string, query: Record<string, QueryValue> | undefined): string {
  if (!query) return url;
  let qs = "";
  for (const key in query) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value) ? value.join(",") : String(value);
    qs += `${qs ? "&" : ""}${encodeURIComponent(key)}=${encodeURIComponent(text)}`;
  }
  if (!qs) return url;
  return `${url}${url.includes("?") ? "&" : "?"}${qs}`;
}

/**
 * A path template split once: literals at even indexes, parameter names at odd ones
 * (`/albums/{id}/tracks` → `["/albums/", "id", "/tracks"]`).
 */
export type CompiledPath = readonly string[];

/** Splits a path template; a path without `{…}` compiles to itself. */
export function compilePath(path: string): CompiledPath {
  return path.split(TEMPLATE_PARAM);
}

/**
 * Builds the full URL of a request from a compiled path. Without `pathParams` the path is used as
 * given (the `makeRequest` escape hatch passes ready paths).
 */
export function buildUrl(
  base: string,
  path: CompiledPath,
  pathParams: Record<string, string> | undefined,
  query: Record<string, QueryValue> | undefined,
): string {
  let resolved = path[0]!;
  if (path.length > 1) {
    if (!pathParams) {
      resolved = path.map((part, i) => (i % 2 ? `{${part}}` : part)).join("");
    } else {
      for (let i = 1; i < path.length; i += 2) {
        const name = path[i]!;
        if (!(name in pathParams)) throw new ValidationError(`missing path parameter ${name}`, { parameter: name });
        resolved += encodePathSegment(pathParams[name]!, name) + path[i + 1]!;
      }
    }
  }
  const joined = base.endsWith("/")
    ? base + (resolved.startsWith("/") ? resolved.slice(1) : resolved)
    : base + (resolved.startsWith("/") ? resolved : `/${resolved}`);
  return appendQuery(joined, query);
}

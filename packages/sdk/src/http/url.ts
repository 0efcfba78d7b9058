/**
 * URL building: the only place a path parameter meets a URL. Every parameter is percent-encoded
 * into its own segment; a value that would still climb out of it is refused. The built URL is then
 * parsed as the transport will parse it, and the path the parser produced is checked: a URL parser
 * drops tab, CR and LF and resolves `.`/`..` segments in spellings no list of strings keeps up with.
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
  const encoded = encodeText(value, name);
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Not valid percent-encoding: the raw value is what will be encoded, so check that.
  }
  if (decoded.trim() === "" || decoded === "." || decoded === ".." || value === "." || value === "..") {
    throw new ValidationError(`${name} must not be empty, "." or ".." (got ${JSON.stringify(value)})`, { parameter: name });
  }
  return encoded;
}

/**
 * `encodeURIComponent`, with a lone UTF-16 surrogate (which has no UTF-8 form and makes
 * `encodeURIComponent` throw a `URIError`) refused as a {@link ValidationError}.
 */
export function encodeText(value: string, name: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    throw new ValidationError(`${name} is not well-formed text (it holds a lone UTF-16 surrogate)`, { parameter: name });
  }
}

/** Appends `query` to `url`: `undefined`/`null` dropped, arrays comma-joined, everything encoded. */
export function appendQuery(url: string, query: Record<string, QueryValue> | undefined): string {
  if (!query) return url;
  let qs = "";
  for (const key in query) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value) ? value.join(",") : String(value);
    qs += `${qs ? "&" : ""}${encodeText(key, "query")}=${encodeText(text, key)}`;
  }
  if (!qs) return url;
  return `${url}${url.includes("?") ? "&" : "?"}${qs}`;
}

/**
 * A path template split once: literals at even indexes of `parts`, parameter names at odd ones
 * (`/albums/{id}/tracks` → `["/albums/", "id", "/tracks"]`).
 */
export interface CompiledPath {
  readonly parts: readonly string[];
  /**
   * The base URL the template passed the path check with. The check runs once per template and
   * base: a parameter, encoded by {@link encodePathSegment}, holds only characters the URL parser
   * keeps as they are and is never `.` or `..`, so it cannot change what the parser makes of the
   * rest.
   */
  checkedFor?: string;
}

/** Splits a path template; a path without `{…}` compiles to itself. */
export function compilePath(path: string): CompiledPath {
  return { parts: path.split(TEMPLATE_PARAM) };
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
  const parts = path.parts;
  const withParams = parts.length > 1 && pathParams !== undefined;
  let resolved = parts[0]!;
  if (parts.length > 1) {
    if (!pathParams) {
      resolved = parts.map((part, i) => (i % 2 ? `{${part}}` : part)).join("");
    } else {
      for (let i = 1; i < parts.length; i += 2) {
        const name = parts[i]!;
        if (!(name in pathParams)) throw new ValidationError(`missing path parameter ${name}`, { parameter: name });
        resolved += encodePathSegment(pathParams[name]!, name) + parts[i + 1]!;
      }
    }
  }
  if (path.checkedFor !== base) {
    // Parameters were encoded whole into their segments (a `/` in one is `%2F`, by design); a path
    // given ready (`makeRequest`) spelled any `%2F` itself, so its segments are also read decoded.
    const template = withParams ? parts.map((part, i) => (i % 2 ? "x" : part)).join("") : resolved;
    checkParsedPath(join(base, template), base, relativeOf(template), !withParams);
    path.checkedFor = base;
  }
  return appendQuery(join(base, resolved), query);
}

function relativeOf(path: string): string {
  return path.startsWith("/") ? path.slice(1) : path;
}

function join(base: string, path: string): string {
  const relative = relativeOf(path);
  return base.endsWith("/") ? base + relative : `${base}/${relative}`;
}

/** Parses a URL that may be relative (`makeRequest` paths rebuilt without a base). */
function parse(url: string): URL {
  return url.startsWith("/") ? new URL(url, "http://relative.invalid/") : new URL(url);
}

/** The path of `url` as written: after the authority, before any query or fragment. */
function writtenPath(url: string): string {
  const scheme = url.indexOf("://");
  const start = scheme < 0 ? 0 : url.indexOf("/", scheme + 3);
  if (start < 0) return "/";
  const end = url.slice(start).search(/[?#]/);
  return end < 0 ? url.slice(start) : url.slice(start, start + end);
}

/**
 * The one path check, run on what the URL parser makes of `url` (base + `relative`): the path
 * must stay under the base's path, keep every segment of `relative` (a segment the parser removed
 * or emptied was a dot segment in some spelling, once tab, CR and LF were dropped), and, for a
 * path given ready, hold no segment that a server decoding `%2F`, `%5C` or `%2E` reads as `..`.
 */
function checkParsedPath(url: string, base: string, relative: string, givenReady: boolean): void {
  let path: string;
  try {
    path = parse(url).pathname;
  } catch {
    throw refusedPath(relative);
  }
  // The common case: the parser kept the path as written, so nothing was resolved or dropped.
  if (path !== writtenPath(url)) checkRewrittenPath(path, base, relative);
  if (givenReady) for (const segment of path.split("/")) if (climbs(segment)) throw refusedPath(relative);
}

/** The parser changed the path (percent-encoded a character, resolved a dot segment, dropped a tab): compare segment by segment. */
function checkRewrittenPath(path: string, base: string, relative: string): void {
  let basePath: string;
  try {
    basePath = parse(base || "/").pathname.replace(/\/+$/, "");
  } catch {
    throw refusedPath(relative);
  }
  if (!path.startsWith(`${basePath}/`)) throw refusedPath(relative);
  // The parser treats a backslash as a slash in http(s) URLs: split the input the same way.
  const given = relative.split(/[?#]/, 1)[0]!.split(/[\\/]/);
  const produced = path.slice(basePath.length + 1).split("/");
  if (given.length !== produced.length) throw refusedPath(relative);
  for (let i = 0; i < produced.length; i++) if (produced[i] === "" && given[i] !== "") throw refusedPath(relative);
}

/** Whether a parsed segment, percent-decoded, is or holds a `.` or `..` segment. */
function climbs(segment: string): boolean {
  if (!segment.includes(".") && !segment.includes("%")) return false;
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // Not valid percent-encoding: checked as written.
  }
  return decoded.split(/[\\/]/).some((part) => part === "." || part === "..");
}

function refusedPath(relative: string): ValidationError {
  return new ValidationError(
    `the path ${JSON.stringify(relative)} leaves its place under the base URL once parsed (a "." or ".." segment, in any spelling); refused before any request`,
    { parameter: "path" },
  );
}

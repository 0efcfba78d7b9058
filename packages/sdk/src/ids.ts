/**
 * Spotify IDs, URIs and `open.spotify.com` URLs: parse, format, validate.
 *
 * Catalog IDs (tracks, albums, artists, shows, episodes, audiobooks, chapters, playlists) are 22
 * base-62 characters. User and category IDs are free-form: they are only percent-encoded, and
 * refused when empty, `.` or `..`. `spotify:local:` URIs (local files in playlists) are kept as is.
 *
 * @example
 * ```ts
 * parseSpotifyId("https://open.spotify.com/track/4iV5W9uYEdYUVa79Axb7Rh?si=x");
 * // { type: "track", id: "4iV5W9uYEdYUVa79Axb7Rh", uri: "spotify:track:4iV5W9uYEdYUVa79Axb7Rh" }
 * toSpotifyId("spotify:album:4aawyAB9vmqN3uQ7FjRGTy", "track"); // throws ValidationError
 * ```
 * @module
 */
import { describeArgument } from "./describe.js";
import { ValidationError } from "./errors.js";

/** The resource types with 22-character base-62 IDs. */
export type CatalogType = "track" | "album" | "artist" | "show" | "episode" | "audiobook" | "chapter" | "playlist";
/** Every type a Spotify URI can carry. */
export type SpotifyUriType = CatalogType | "user" | "local" | "genre" | "category";

/** The parts of an ID, URI or URL. */
export interface ParsedSpotifyId {
  /** The resource type; `undefined` for a bare ID (its type cannot be known). */
  type?: SpotifyUriType;
  /** The ID (for `local`, everything after `spotify:local:`). */
  id: string;
  /** The canonical URI, when the type is known. */
  uri?: string;
}

const CATALOG_TYPES: ReadonlySet<string> = new Set(["track", "album", "artist", "show", "episode", "audiobook", "chapter", "playlist"]);
const URI_TYPES: ReadonlySet<string> = new Set([...CATALOG_TYPES, "user", "local", "genre", "category"]);
const BASE62_ID = /^[0-9A-Za-z]{22}$/;
const URL_HOSTS: ReadonlySet<string> = new Set(["open.spotify.com", "play.spotify.com"]);

/** True for a 22-character base-62 string (the shape of every catalog ID). */
export function isSpotifyId(value: unknown): value is string {
  return typeof value === "string" && BASE62_ID.test(value);
}

/** True for a catalog type (one with base-62 IDs). */
export function isCatalogType(type: unknown): type is CatalogType {
  return typeof type === "string" && CATALOG_TYPES.has(type);
}

function fail(message: string, parameter: string): never {
  throw new ValidationError(message, { parameter });
}

/** "a track", "an album". */
function withArticle(noun: string | undefined): string {
  return `${/^[aeiou]/i.test(noun ?? "") ? "an" : "a"} ${noun}`;
}

/**
 * Parses a bare ID, a `spotify:type:id` URI (also the old `spotify:user:x:playlist:id`) or an
 * `open.spotify.com` URL (with `intl-xx/` or `embed/` prefixes and any query). Does not check
 * the ID's shape: use {@link toSpotifyId} for that.
 * @throws ValidationError when the input is not a string, is empty, or is a malformed URI/URL.
 */
export function parseSpotifyId(input: string, parameter = "id"): ParsedSpotifyId {
  if (typeof input !== "string") fail(`${parameter} must be a string, got ${describeArgument(input)}`, parameter);
  const value = input.trim();
  if (value === "") fail(`${parameter} must not be empty`, parameter);
  if (/^spotify:/i.test(value)) return parseUri(value, parameter);
  if (/^https?:\/\//i.test(value)) return parseUrl(value, parameter);
  return { id: value };
}

function parseUri(value: string, parameter: string): ParsedSpotifyId {
  const parts = value.split(":");
  const type = parts[1]?.toLowerCase() ?? "";
  if (type === "local") {
    if (parts.length < 3) fail(`${parameter}: malformed local URI ${describeArgument(value)}`, parameter);
    return { type: "local", id: parts.slice(2).join(":"), uri: value };
  }
  // Old playlist URIs: spotify:user:{user}:playlist:{id}
  if (type === "user" && parts.length === 5 && parts[3] === "playlist") {
    return { type: "playlist", id: parts[4]!, uri: `spotify:playlist:${parts[4]}` };
  }
  if (parts.length !== 3 || !URI_TYPES.has(type) || parts[2] === "") {
    fail(`${parameter}: not a Spotify URI: ${describeArgument(value)}`, parameter);
  }
  return { type: type as SpotifyUriType, id: parts[2]!, uri: `spotify:${type}:${parts[2]}` };
}

function parseUrl(value: string, parameter: string): ParsedSpotifyId {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`${parameter}: malformed URL ${describeArgument(value)}`, parameter);
  }
  if (!URL_HOSTS.has(url.hostname.toLowerCase())) {
    fail(`${parameter}: not an open.spotify.com URL: ${describeArgument(value)}`, parameter);
  }
  const segments = url.pathname.split("/").filter(Boolean);
  if (segments[0]?.startsWith("intl-")) segments.shift();
  if (segments[0] === "embed") segments.shift();
  if (segments[0] === "user" && segments[2] === "playlist" && segments.length === 4) segments.splice(0, 2);
  const [type, rawId] = segments;
  if (segments.length !== 2 || !type || !rawId || !URI_TYPES.has(type) || type === "local") {
    fail(`${parameter}: not a Spotify resource URL: ${describeArgument(value)}`, parameter);
  }
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return fail(`${parameter}: malformed URL ${describeArgument(value)}`, parameter);
  }
  return { type: type as SpotifyUriType, id, uri: `spotify:${type}:${id}` };
}

/** Formats `spotify:{type}:{id}`. Catalog IDs are validated. */
export function formatSpotifyUri(type: SpotifyUriType, id: string): string {
  if (type === "local") return `spotify:local:${id}`;
  const checked = isCatalogType(type) ? toSpotifyId(id, type) : toFreeFormId(id, `${type} id`);
  return `spotify:${type}:${checked}`;
}

/** Formats `https://open.spotify.com/{type}/{id}`. */
export function formatSpotifyUrl(type: Exclude<SpotifyUriType, "local">, id: string): string {
  const checked = isCatalogType(type) ? toSpotifyId(id, type) : toFreeFormId(id, `${type} id`);
  return `https://open.spotify.com/${type}/${encodeURIComponent(checked)}`;
}

/**
 * Returns the catalog ID in `input` (an ID, URI or URL), checking its type and shape.
 * @param types the accepted type(s); a URI or URL of another type is refused.
 * @throws ValidationError for a wrong type or a malformed ID, before any request.
 */
export function toSpotifyId(input: string, types: CatalogType | readonly CatalogType[], parameter = "id"): string {
  // A bare ID, what nearly every call passes, needs none of the URI and URL parsing below.
  if (typeof input === "string" && input.length === 22 && BASE62_ID.test(input)) return input;
  const accepted = typeof types === "string" ? [types] : types;
  const parsed = parseSpotifyId(input, parameter);
  if (parsed.type !== undefined && !accepted.includes(parsed.type as CatalogType)) {
    fail(`${parameter} must be ${withArticle(accepted.join(" or "))} ID, URI or URL; got ${withArticle(parsed.type)} (${describeArgument(input)})`, parameter);
  }
  if (!BASE62_ID.test(parsed.id)) {
    fail(`${parameter} must be a 22-character base-62 Spotify ID, got ${describeArgument(parsed.id)}`, parameter);
  }
  return parsed.id;
}

/** {@link toSpotifyId} for each element. */
export function toSpotifyIds(inputs: readonly string[], types: CatalogType | readonly CatalogType[], parameter = "ids"): string[] {
  if (!Array.isArray(inputs)) fail(`${parameter} must be an array of IDs, got ${describeArgument(inputs)}`, parameter);
  return inputs.map((input, i) => toSpotifyId(input, types, `${parameter}[${i}]`));
}

/**
 * A user or category ID: free-form, so only checked to be a non-empty string other than `.`/`..`
 * (the pipeline percent-encodes it). A `spotify:user:` URI or a user URL gives its ID.
 */
export function toFreeFormId(input: string, parameter = "id", uriType?: "user" | "category"): string {
  if (typeof input !== "string") fail(`${parameter} must be a string, got ${describeArgument(input)}`, parameter);
  let id = input;
  if (uriType && (/^spotify:/i.test(input) || /^https?:\/\//i.test(input))) {
    const parsed = parseSpotifyId(input, parameter);
    if (parsed.type !== uriType) fail(`${parameter} must be ${withArticle(uriType)} ID, URI or URL; got ${withArticle(parsed.type)}`, parameter);
    id = parsed.id;
  }
  let decoded = id;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    // The raw value is what gets encoded.
  }
  if (id.trim() === "" || [id, decoded].some((v) => v === "." || v === "..")) {
    fail(`${parameter} must not be empty, "." or ".." (got ${describeArgument(input)})`, parameter);
  }
  return id;
}

/**
 * Returns the canonical URI for `input`: a URI or URL of one of `types`, or a bare ID when
 * `bareIdType` says which type it is. `spotify:local:` URIs pass when `types` includes `local`.
 */
export function toSpotifyUri(input: string, types: readonly SpotifyUriType[], parameter = "uri", bareIdType?: CatalogType): string {
  if (!Array.isArray(types)) fail(`types must be an array of URI types (e.g. ["track"]), got ${describeArgument(types)}`, "types");
  const parsed = parseSpotifyId(input, parameter);
  const type = parsed.type ?? bareIdType;
  if (type === undefined) fail(`${parameter} must be a Spotify URI or URL (${types.join(", ")}), got ${describeArgument(input)}`, parameter);
  if (!types.includes(type)) {
    fail(`${parameter} must be ${withArticle(types.join(" or "))} URI; got ${withArticle(type)} (${describeArgument(input)})`, parameter);
  }
  if (type === "local") return parsed.uri!;
  if (isCatalogType(type)) return `spotify:${type}:${toSpotifyId(parsed.id, type, parameter)}`;
  return `spotify:${type}:${toFreeFormId(parsed.id, parameter)}`;
}

/** {@link toSpotifyUri} for each element. */
export function toSpotifyUris(inputs: readonly string[], types: readonly SpotifyUriType[], parameter = "uris", bareIdType?: CatalogType): string[] {
  if (!Array.isArray(inputs)) fail(`${parameter} must be an array, got ${describeArgument(inputs)}`, parameter);
  return inputs.map((input, i) => toSpotifyUri(input, types, `${parameter}[${i}]`, bareIdType));
}

/**
 * Where a request goes, as `node:http` options. `http.request(urlString)` runs the WHATWG URL
 * parser on every call, about 2% of a loopback call's CPU. The pipeline's URLs are already in the
 * form that parser would produce, so the origin is parsed once and the path is passed as it is.
 * A URL the parser would change (dot segments, characters it percent-encodes, credentials, a
 * fragment, anything unusual) still goes through it, so the request line is always the same.
 * @module
 */

/** The parts of a URL `http.request` takes as options. */
export interface RequestTarget {
  protocol: string;
  hostname: string;
  port: string;
  path: string;
  /** `''` for plain http: a TLS server name means nothing there, and the agent would work one out per call. */
  servername?: string;
}

/** The scheme, host and port of a URL, as `node:http` options. */
export type Origin = Omit<RequestTarget, "path">;

/** Scheme and authority, without credentials, up to the path or query. */
const ORIGIN = /^https?:\/\/[^/?#@\\]+(?=[/?]|$)/i;
/** Characters the URL parser keeps as they are, in a path and in a query (`'` is encoded there). */
const NORMAL_PATH_AND_QUERY = /^[/?][A-Za-z0-9\-._~!$&()*+,;=:@%/?]*$/;
/** A `.` or `..` segment, also percent-encoded, which the parser would resolve. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?]|$)/i;
/** Origins remembered; a process talks to a handful (the API, the Accounts service, an emulator). */
const MAX_ORIGINS = 32;

const origins = new Map<string, Origin>();
/** The origin of the previous call: almost every call goes where the previous one went. */
let last: { prefix: string; origin: Origin } | undefined;

/** `url` as request options, or `url` itself when only the URL parser can say what it means. */
export function requestTarget(url: string): RequestTarget | string {
  const split = splitUrl(url);
  return split ? { ...split[0], path: split[1] } : url;
}

/**
 * `url` as its origin (the same object for every URL of that origin) and the request target
 * (path and query), or `undefined` when only the URL parser can say what it means.
 */
export function splitUrl(url: string): [Origin, string] | undefined {
  let origin: Origin | undefined;
  let cut: number;
  const previous = last;
  const next = previous ? url.charCodeAt(previous.prefix.length) : 0;
  if (previous && url.startsWith(previous.prefix) && (next === 47 || next === 63 || Number.isNaN(next))) {
    origin = previous.origin;
    cut = previous.prefix.length;
  } else {
    const prefix = ORIGIN.exec(url)?.[0];
    if (prefix === undefined) return undefined;
    origin = originOf(prefix);
    if (!origin) return undefined;
    last = { prefix, origin };
    cut = prefix.length;
  }
  const rest = url.slice(cut);
  const path = rest === "" || rest.charCodeAt(0) === 63 ? `/${rest}` : rest;
  if (!NORMAL_PATH_AND_QUERY.test(path)) return undefined;
  const query = path.indexOf("?");
  if (DOT_SEGMENT.test(query === -1 ? path : path.slice(0, query + 1))) return undefined;
  return [origin, path];
}

/**
 * What the URL parser makes of `url`: its origin and the request target it would send (dot
 * segments resolved, unsafe characters percent-encoded). Throws for a URL it cannot parse.
 */
export function parseUrl(url: string): [Origin, string] {
  const parsed = new URL(url);
  const origin = originOf(`${parsed.protocol}//${parsed.host}`);
  if (!origin) throw new TypeError(`Invalid URL: ${parsed.protocol}//${parsed.host}`);
  return [origin, `${parsed.pathname}${parsed.search}`];
}

function originOf(prefix: string): Origin | undefined {
  return origins.get(prefix) ?? parseOrigin(prefix);
}

function parseOrigin(prefix: string): Origin | undefined {
  let parsed: URL;
  try {
    parsed = new URL(prefix);
  } catch {
    return undefined;
  }
  // node:http wants an IPv6 host without its brackets (it adds them back in the Host header).
  const hostname = parsed.hostname.startsWith("[") ? parsed.hostname.slice(1, -1) : parsed.hostname;
  const origin: Origin = { protocol: parsed.protocol, hostname, port: parsed.port, ...(parsed.protocol === "http:" ? { servername: "" } : {}) };
  if (origins.size < MAX_ORIGINS) origins.set(prefix, origin);
  return origin;
}

/**
 * The gate's first step: which operation a `/v1/...` path names. The raw path is checked before
 * it is matched (no empty, dot or encoded-separator segment), and a path that passed is
 * remembered so the same call again skips the checks.
 * @module
 */
import type { Headers } from "../http/exchange.js";
import type { RouteFound, Router } from "../spec/router.js";

/** Why a path leads to no operation: the status and Spotify's message. */
export interface RouteRefusal {
  /** 400, 404 or 405. */
  readonly status: number;
  /** Spotify's `error.message`. */
  readonly message: string;
  /** `Allow`, for a 405. */
  readonly headers?: Headers;
}

const ENCODED_SEPARATOR = /%(2f|5c|00)/i;
const NOT_FOUND: RouteRefusal = { status: 404, message: "Service not found" };
const INVALID_PATH: RouteRefusal = { status: 400, message: "Invalid path" };

/** Splits `/v1/...` into raw segments, or explains why the path is not acceptable. */
function segmentsOf(pathname: string): string[] | RouteRefusal {
  const rest = pathname.slice(3);
  if (rest === "" || rest === "/") return NOT_FOUND;
  const segments = rest.slice(1).split("/");
  for (const s of segments) {
    if (s === "") return NOT_FOUND;
    if (s === "." || s === "..") return INVALID_PATH;
    // Most segments carry no escape at all: nothing to decode or check further.
    if (!s.includes("%")) continue;
    if (ENCODED_SEPARATOR.test(s)) return INVALID_PATH;
    let decoded: string;
    try {
      decoded = decodeURIComponent(s);
    } catch {
      return INVALID_PATH;
    }
    if (decoded === "." || decoded === "..") return INVALID_PATH;
  }
  return segments;
}

/** The methods of a 405's `Allow`: HEAD goes with GET. */
function allowHeader(allowed: readonly string[]): string {
  return (allowed.includes("GET") ? [...allowed, "HEAD"] : allowed).join(", ");
}

/**
 * The operation `method` names at the raw `pathname` (`/v1/...`), or the refusal.
 * @param method upper-case, HEAD already read as GET
 */
export function routeOf(router: Router, method: string, pathname: string): RouteFound | RouteRefusal {
  const known = router.recall(method, pathname);
  if (known) return known;
  const segments = segmentsOf(pathname);
  if (!Array.isArray(segments)) return segments;
  const found = router.match(method, segments);
  if (found.kind === "not-found") return NOT_FOUND;
  if (found.kind === "method-not-allowed") return { status: 405, message: "Method not allowed", headers: { Allow: allowHeader(found.allowed) } };
  router.remember(method, pathname, found);
  return found;
}

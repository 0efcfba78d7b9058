/**
 * Matches `/v1/...` paths to operations by path template. Static segments win over parameters,
 * so `/me/player/queue` never matches a `{param}` route by accident.
 * @module
 */
import type { OperationSpec } from "./model.js";

interface Route {
  op: OperationSpec;
  /** Per segment: a literal, or null for a `{param}` segment. */
  literals: (string | null)[];
  paramNames: (string | null)[];
  score: number;
}

/** What a method and path lead to: an operation with its path parameters, a 405 or a 404. */
export type RouteMatch =
  | { kind: "found"; op: OperationSpec; params: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

/** How many recent `method path` matches {@link Router.recall} keeps. */
const MEMO_SIZE = 4096;

/** A path that leads to an operation. */
export type RouteFound = Extract<RouteMatch, { kind: "found" }>;
type Found = RouteFound;

/** The spec's operations by path template and by operationId. */
export class Router {
  /** Routes grouped by segment count, best (most literal) first. */
  private readonly bySegments = new Map<number, Route[]>();
  /** Every operation, by its operationId. */
  readonly byOperationId = new Map<string, OperationSpec>();
  /**
   * Recent successful matches by `method raw-path`: clients call the same paths again and again,
   * and a hit skips splitting, checking and decoding the path. Params are frozen as they are shared.
   */
  private readonly memo = new Map<string, Found>();

  /** A match {@link remember}ed for exactly this method and raw path. */
  recall(method: string, pathname: string): Found | undefined {
    return this.memo.get(`${method} ${pathname}`);
  }

  /** Keeps a successful match of a path that passed the gate's path checks. */
  remember(method: string, pathname: string, match: Found): void {
    // Cleared rather than evicted one by one: a client sweeping many ids just starts over.
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    Object.freeze(match.params);
    this.memo.set(`${method} ${pathname}`, match);
  }

  /** @param operations every operation of the spec */
  constructor(operations: readonly OperationSpec[]) {
    for (const op of operations) {
      this.byOperationId.set(op.operationId, op);
      const segments = op.path.split("/").slice(1);
      const literals = segments.map((s) => (s.startsWith("{") ? null : s));
      const paramNames = segments.map((s) => (s.startsWith("{") ? s.slice(1, -1) : null));
      const route: Route = { op, literals, paramNames, score: literals.filter((l) => l !== null).length };
      const list = this.bySegments.get(segments.length) ?? [];
      list.push(route);
      this.bySegments.set(segments.length, list);
    }
    for (const list of this.bySegments.values()) list.sort((a, b) => b.score - a.score);
  }

  /**
   * The operation of `method` at this path, or why there is none.
   * @param method upper-case HTTP method
   * @param segments the raw (still percent-encoded) path segments after `/v1`
   * @throws URIError when a parameter segment is not valid percent-encoding
   */
  match(method: string, segments: readonly string[]): RouteMatch {
    const candidates = this.bySegments.get(segments.length);
    if (!candidates) return { kind: "not-found" };
    const allowed: string[] = [];
    let bestScore = -1;
    for (const route of candidates) {
      if (route.score < bestScore) break;
      if (!matches(route, segments)) continue;
      if (route.op.method === method) return { kind: "found", op: route.op, params: extract(route, segments) };
      bestScore = route.score;
      allowed.push(route.op.method);
    }
    return allowed.length ? { kind: "method-not-allowed", allowed } : { kind: "not-found" };
  }
}

function matches(route: Route, segments: readonly string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const literal = route.literals[i];
    if (literal !== null && literal !== segments[i]) return false;
  }
  return true;
}

function extract(route: Route, segments: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const name = route.paramNames[i];
    if (name) params[name] = decodeURIComponent(segments[i]!);
  }
  return params;
}

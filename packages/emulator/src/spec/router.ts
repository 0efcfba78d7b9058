// Matches `/v1/...` paths to operations by path template. Static segments win over parameters,
// so `/me/player/queue` never matches a `{param}` route by accident.
import type { OperationSpec } from "./model.js";

interface Route {
  op: OperationSpec;
  /** Per segment: a literal, or null for a `{param}` segment. */
  literals: (string | null)[];
  paramNames: (string | null)[];
  score: number;
}

export type RouteMatch =
  | { kind: "found"; op: OperationSpec; params: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

export class Router {
  /** Routes grouped by segment count, best (most literal) first. */
  private readonly bySegments = new Map<number, Route[]>();
  readonly byOperationId = new Map<string, OperationSpec>();

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

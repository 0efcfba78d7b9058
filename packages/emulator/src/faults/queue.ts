// Fault injection: the next N requests matching a rule get a broken answer (behaviour the SDK
// must survive: 5xx, 429 with Retry-After, an HTML error page, truncated JSON, an empty body, a
// dropped connection, a stall).

import { MAX_TIMER_MS } from "../core/timers.js";

/** What kind of failure to inject. */
export type FaultKind = "status" | "rate-limit" | "quota" | "html" | "truncated-json" | "empty" | "destroy-socket" | "stall";

/** Every {@link FaultKind}: what `POST /emulator/faults` accepts as `kind`. */
export const FAULT_KINDS: readonly FaultKind[] = ["status", "rate-limit", "quota", "html", "truncated-json", "empty", "destroy-socket", "stall"];

/**
 * A fault rule, as posted to `POST /emulator/faults`.
 * @example
 * { match: { path: "/v1/tracks" }, count: 2, kind: "status", status: 503 }
 */
export interface FaultSpec {
  /** Which requests: all given conditions must hold. `path` is a prefix of the path, or a regular expression when it starts with `^`. */
  match?: {
    /** The HTTP method, any case. */
    method?: string;
    /** A path prefix (`/v1/tracks`), or a regular expression when it starts with `^`. */
    path?: string;
    /** The spec's operationId, e.g. `get-track`. */
    operationId?: string;
  };
  /** How many matching requests get the fault. @default 1 */
  count?: number;
  /** What goes wrong: a status, a 429, an HTML page, cut JSON, an empty body, a dropped connection or a stall. */
  kind: FaultKind;
  /** Status for `status` (default 500), `html` (default 502), `truncated-json` / `empty` (default: the real one). */
  status?: number;
  /** `Retry-After` seconds for `rate-limit` and `quota`. @default 1 */
  retryAfter?: number;
  /** Replaces the response body for `status` (an object is sent as JSON, a string as is). */
  body?: unknown;
  /** For `stall`: how long to hold the request before answering normally; unset holds it until the client gives up. */
  stallMs?: number;
}

/** A queued fault: its rule, its `id` and how many matching requests it still breaks. */
export interface ActiveFault extends FaultSpec {
  /** Numbers the faults in the order they were added. */
  id: number;
  /** How many more matching requests get the fault. */
  remaining: number;
}

/** What a fault rule is matched against: the request as the gate sees it. */
export interface FaultTarget {
  /** The HTTP method, upper-case. */
  method: string;
  /** The raw path, without the query. */
  path: string;
  /** The spec's operationId, once the request is routed. */
  operationId?: string;
}

/** `matches()` runs on every request: a rule it cannot read would turn every answer into a 500. */
function validateMatch(match: unknown): void {
  if (match === undefined) return;
  if (typeof match !== "object" || match === null || Array.isArray(match)) throw new TypeError("match must be an object");
  for (const key of ["method", "path", "operationId"] as const) {
    const value = (match as Record<string, unknown>)[key];
    if (value !== undefined && typeof value !== "string") throw new TypeError(`match.${key} must be a string`);
  }
}

/** @returns the compiled `match.path` when it is a regular expression */
function checkSpec(spec: FaultSpec): RegExp | undefined {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) throw new TypeError("a fault must be an object");
  if (!FAULT_KINDS.includes(spec.kind)) throw new TypeError(`kind must be one of ${FAULT_KINDS.join(", ")}`);
  const count = spec.count ?? 1;
  if (!Number.isInteger(count) || count < 1) throw new TypeError("count must be a positive integer");
  // 1xx are interim answers: the client would keep waiting for the real one.
  if (spec.status !== undefined && (!Number.isInteger(spec.status) || spec.status < 200 || spec.status > 599)) throw new TypeError("status must be an HTTP status code from 200 to 599");
  if (spec.retryAfter !== undefined && (!Number.isInteger(spec.retryAfter) || spec.retryAfter < 0)) throw new TypeError("retryAfter must be a non-negative integer");
  if (spec.stallMs !== undefined && (typeof spec.stallMs !== "number" || !(spec.stallMs >= 0) || spec.stallMs > MAX_TIMER_MS)) {
    throw new TypeError(`stallMs must be a number from 0 to ${MAX_TIMER_MS}`);
  }
  validateMatch(spec.match);
  const path = spec.match?.path;
  if (!path?.startsWith("^")) return undefined;
  try {
    return new RegExp(path);
  } catch {
    throw new TypeError("match.path is not a valid regular expression");
  }
}

/** The queued faults, in the order they were added; the first rule a request matches applies. */
export class FaultQueue {
  private faults: (ActiveFault & { regex?: RegExp })[] = [];
  private nextId = 1;

  /** @throws TypeError for an invalid spec (the control plane turns it into a 400) */
  add(spec: FaultSpec): ActiveFault {
    return this.addAll([spec])[0]!;
  }

  /**
   * Adds every rule or none: a list with one bad rule leaves the queue as it was.
   * @throws TypeError naming the first invalid spec
   */
  addAll(specs: readonly FaultSpec[]): ActiveFault[] {
    const checked = specs.map((spec) => ({ spec, regex: checkSpec(spec) }));
    return checked.map(({ spec, regex }) => {
      const fault = { ...spec, id: this.nextId++, remaining: spec.count ?? 1, regex };
      this.faults.push(fault);
      return this.publicView(fault);
    });
  }

  private publicView(f: ActiveFault & { regex?: RegExp }): ActiveFault {
    const { regex: _regex, ...rest } = f;
    return rest;
  }

  /** How many rules are queued (0 lets a request skip the lookup). */
  get size(): number {
    return this.faults.length;
  }

  /** Consumes one use of the first fault matching the request. */
  take(target: FaultTarget): ActiveFault | undefined {
    if (this.faults.length === 0) return undefined;
    const index = this.faults.findIndex((f) => matches(f, target));
    if (index === -1) return undefined;
    const fault = this.faults[index]!;
    if (--fault.remaining <= 0) this.faults.splice(index, 1);
    return this.publicView(fault);
  }

  /** The queued rules, with what each has left. */
  list(): ActiveFault[] {
    return this.faults.map((f) => this.publicView(f));
  }

  /** Drops every rule. */
  clear(): void {
    this.faults = [];
  }
}

function matches(f: ActiveFault & { regex?: RegExp }, t: FaultTarget): boolean {
  const m = f.match;
  if (!m) return true;
  if (m.method && m.method.toUpperCase() !== t.method) return false;
  if (m.operationId && m.operationId !== t.operationId) return false;
  if (m.path) {
    if (f.regex) return f.regex.test(t.path);
    return t.path.startsWith(m.path);
  }
  return true;
}

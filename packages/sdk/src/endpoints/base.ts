/**
 * What every endpoint group shares: the context a group is built with, argument checks and the
 * one way a group sends a request, which `paginate` may record instead of sending, to learn where
 * a walk's `limit`, `offset` or cursor go.
 * @module
 */
import { UnexpectedResponseError, ValidationError } from "../errors.js";
import type { ApiRequest, QueryValue } from "../http/types.js";
import { getCurrentUsersProfile } from "../operations/generated.js";
import type { OperationDecl } from "../operations/types.js";
import type { RequestPipeline } from "../options.js";

export type { OperationDecl } from "../operations/types.js";

/** What a group is built with. */
export interface EndpointContext {
  /** The client's request pipeline (behind the 1.2.0 error handler, when one is set). */
  readonly pipeline: RequestPipeline;
  /** The current user's ID (`GET /me`). */
  currentUserId(): Promise<string>;
  /**
   * A 1.2.0 `errorHandler` is set: a call whose error it handled resolves `null`, so `null` is
   * let through the envelope check.
   */
  readonly nullWhenHandled?: boolean;
}

/**
 * The context groups share. `currentUserId()` asks `GET /me` each time: the auth strategy can
 * change (`switchAuthenticationStrategy`), so a cached ID could name the previous user.
 */
export function createEndpointContext(pipeline: RequestPipeline, options: { nullWhenHandled?: boolean } = {}): EndpointContext {
  return {
    pipeline,
    ...(options.nullWhenHandled ? { nullWhenHandled: true } : {}),
    async currentUserId() {
      const me = await pipeline.request<{ id: string }>({ method: "GET", path: getCurrentUsersProfile.path, operationId: getCurrentUsersProfile.operationId });
      return me.id;
    },
  };
}

/** Per-call options, accepted as the last argument of paged methods. */
export interface RequestOptions {
  /** Cancels the request. */
  signal?: AbortSignal;
}

/** The parts of one call. */
export interface CallParts {
  /** Values for the path's `{params}`. */
  pathParams?: Record<string, string>;
  /** Query parameters (`undefined` ones are left out). */
  query?: Record<string, QueryValue>;
  /** A JSON body. */
  body?: unknown;
  /** A body sent as is, with its content type. */
  rawBody?: ApiRequest["rawBody"];
  /** Cancels the call. */
  signal?: AbortSignal | undefined;
}

/** A call a group method built, recorded instead of sent while `paginate` plans a walk. */
export interface PlannedCall {
  /** The operation. */
  readonly op: OperationDecl;
  /** Its parts, as the method built them from the caller's arguments. */
  readonly parts: CallParts;
  /** Sends the operation with other parts: a page's `limit`, `offset` or cursor, the walk's signal. */
  readonly send: (parts: CallParts) => Promise<unknown>;
}

/** What {@link planCall} learned. */
export interface CallPlan {
  /** The one call the method built; absent when it refused its arguments first. */
  readonly call?: PlannedCall;
  /** What the method returned (a rejected promise when it refused its arguments). */
  readonly result: unknown;
}

/** The group methods (bound to their group): the functions {@link planCall} may call. */
const METHODS = new WeakSet<object>();
/** Set while {@link planCall} runs a method: `send` hands its call here instead of sending it. */
let planner: ((op: OperationDecl, parts: CallParts, group: EndpointsBase) => Promise<never>) | undefined;

/**
 * Calls a group `method` with `args`, recording the call it builds instead of sending it.
 * Group methods build their call before their first `await` (or refuse their arguments before),
 * which is what makes this work. `undefined` for a function that is no group method.
 */
export function planCall(method: unknown, args: readonly unknown[]): CallPlan | undefined {
  if (typeof method !== "function" || !METHODS.has(method)) return undefined;
  const calls: PlannedCall[] = [];
  planner = (op, parts, group) => {
    calls.push({ op, parts, send: (other) => (group as unknown as { send(op: OperationDecl, parts: CallParts): Promise<unknown> }).send(op, other) });
    return new Promise<never>(() => {});
  };
  let result: unknown;
  try {
    result = method(...args);
  } finally {
    planner = undefined;
  }
  return { call: calls[0], result };
}

/**
 * Spotify's Extended Quota apps keep `limit` up to 50 where the 2026 reference documents less
 * for Development Mode apps (search, an artist's albums: 10): a walk's page size is the
 * documented limit, what a call accepts the wider of the two.
 */
const EXTENDED_QUOTA_LIMIT = 50;

/** The base of every endpoint group. */
export abstract class EndpointsBase {
  protected readonly ctx: EndpointContext;

  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    this.ctx = ctx;
    // Methods are bound to their group, so `sdk.paginate(sdk.albums.tracks, ...)` and
    // `const { get } = sdk.tracks` work on the bare reference. (Groups have methods only.)
    for (let proto = this; (proto = Object.getPrototypeOf(proto)) !== EndpointsBase.prototype;) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name !== "constructor" && !Object.hasOwn(this, name)) {
          const value = (this as unknown as Record<string, () => unknown>)[name]!.bind(this);
          METHODS.add(value);
          Object.defineProperty(this, name, { value, writable: true, configurable: true });
        }
      }
    }
  }

  /**
   * Sends one declared operation through the pipeline: query values checked before any request
   * (a paged call's `limit` and `offset` by {@link checkPaging}, which the method calls), a JSON
   * answer checked against the operation's envelope after. While `paginate` plans a walk, hands
   * the call over instead (and never settles).
   */
  protected send<T>(op: OperationDecl, parts: CallParts = {}): Promise<T> {
    if (parts.query) checkQuery(parts.query);
    // The walk sets its own limit, offset and cursor: the caller's are not checked when planning.
    if (planner) return planner(op, parts, this);
    // Field by field, not `{ ...parts }`: the spread's object shapes cost the pipeline about 50 %
    // more instructions per call (measured with callgrind on tracks.get).
    const request: ApiRequest = {
      method: op.method,
      path: op.path,
      operationId: op.operationId,
      response: op.response ?? (op.method === "GET" ? "json" : "void"),
      idempotent: op.idempotent ?? op.method === "GET",
    };
    if (parts.pathParams) request.pathParams = parts.pathParams;
    if (parts.query) request.query = parts.query;
    if (parts.body !== undefined) request.body = parts.body;
    if (parts.rawBody) request.rawBody = parts.rawBody;
    if (parts.signal) request.signal = parts.signal;
    const result = this.ctx.pipeline.request<T>(request);
    const kind = request.response;
    if (kind !== "json" && kind !== "json-or-null") return result;
    return result.then((body) => (body === null && this.ctx.nullWhenHandled ? body : checkEnvelope(body, op, kind)));
  }
}

/**
 * Refuses a `limit` or `offset` the operation's paging does not take: `limit` from 1 to its
 * `maxLimit` (or to 50 where that is less: Extended Quota apps keep 50), `offset` from 0 to its
 * `maxOffset`. Every paged method calls it; so does `paginate` for each page it asks for.
 */
export function checkPaging(op: OperationDecl, limit: number | undefined, offset?: number): void {
  const paging = op.paging as { maxLimit: number; maxOffset?: number };
  checkLimit(limit, Math.max(paging.maxLimit, EXTENDED_QUOTA_LIMIT));
  checkOffset(offset, paging.maxOffset);
}

/** Refuses a `limit` outside `min..max` (the widest limit Spotify documents for any app). */
export function checkLimit(limit: number | undefined, max: number, parameter = "limit", min = 1): void {
  if (limit === undefined || limit === null) return;
  if (!Number.isInteger(limit) || limit < min || limit > max) {
    throw new ValidationError(`${parameter} must be an integer from ${min} to ${max}, got ${describeValue(limit)}`, { parameter });
  }
}

/** Refuses a negative or non-integer `offset` (or one above `max`). */
export function checkOffset(offset: number | undefined, max = Number.MAX_SAFE_INTEGER, parameter = "offset"): void {
  checkLimit(offset, max, parameter, 0);
}

/** Refuses a number outside `min..max`. */
export function checkRange(value: number | undefined, min: number, max: number, parameter: string, integer = true): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "number" || Number.isNaN(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    throw new ValidationError(`${parameter} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}, got ${describeValue(value)}`, { parameter });
  }
}

/** Refuses a value not in `allowed`. */
export function checkOneOf<T extends string>(value: T | undefined, allowed: readonly T[], parameter: string, required = false): void {
  if (value === undefined || value === null) {
    if (required) throw new ValidationError(`${parameter} is required (one of ${allowed.join(", ")})`, { parameter });
    return;
  }
  if (!allowed.includes(value)) {
    throw new ValidationError(`${parameter} must be one of ${allowed.join(", ")}, got ${describeValue(value)}`, { parameter });
  }
}

/** Refuses anything but a non-empty string. */
export function checkString(value: unknown, parameter: string): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ValidationError(`${parameter} must be a non-empty string`, { parameter });
  }
}

/** Names a refused value in a message without ever throwing itself (a BigInt, a symbol, an object without a prototype). */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `${value}n (a BigInt)`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
  }
}

/** ISO 3166-1 alpha-2, as Spotify takes `market` and `country`. */
const COUNTRY_CODE = /^[A-Z]{2}$/;

/**
 * Refuses a query value that would go out as something else than what was meant: `NaN`,
 * `[object Object]`, a BigInt; `market` and `country` must be country codes (`market` may also
 * be `from_token`). A lone surrogate in a string is refused when the URL is built.
 */
export function checkQuery(query: Record<string, QueryValue>): void {
  for (const key in query) {
    const value = query[key] as unknown;
    if (value === undefined || value === null) continue;
    if (key === "market" || key === "country") {
      if (typeof value !== "string" || !(COUNTRY_CODE.test(value) || (key === "market" && value === "from_token"))) {
        const allowed = key === "market" ? 'an ISO 3166-1 alpha-2 country code ("SE") or "from_token"' : 'an ISO 3166-1 alpha-2 country code ("SE")';
        throw new ValidationError(`${key} must be ${allowed}, got ${describeValue(value)}`, { parameter: key });
      }
    } else if (!(Array.isArray(value) ? value.every(plainQueryValue) : plainQueryValue(value) || typeof value === "boolean")) {
      throw new ValidationError(`${key} must be a string, a finite number or a list of them, got ${describeValue(value)}`, { parameter: key });
    }
  }
}

function plainQueryValue(value: unknown): boolean {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

/** Checks a JSON answer's envelope; a wrong one is an {@link UnexpectedResponseError}, never a silent wrong result. */
function checkEnvelope<T>(body: T, op: OperationDecl, kind: "json" | "json-or-null"): T {
  if (body === null && kind === "json-or-null") return body;
  const envelope = op.envelope ?? "object";
  const isObject = typeof body === "object" && body !== null && !Array.isArray(body);
  let expected: string | undefined;
  if (envelope === "array") {
    if (!Array.isArray(body)) expected = "a JSON array";
  } else if (envelope === "booleans") {
    if (!Array.isArray(body) || !body.every((item) => typeof item === "boolean")) expected = "an array of booleans";
  } else if (envelope === "object") {
    if (!isObject) expected = "a JSON object";
  } else if (!isObject || !Array.isArray((body as Record<string, unknown>)[envelope.list])) {
    expected = `an object with a "${envelope.list}" array`;
  }
  if (expected === undefined) return body;
  const text = typeof body === "string" ? body : JSON.stringify(body) ?? String(body);
  throw new UnexpectedResponseError(`${op.method} ${op.path} answered ${describeValue(body)} where ${expected} is due`, {
    method: op.method, url: op.path, status: 200, contentType: "application/json", body: text,
  });
}

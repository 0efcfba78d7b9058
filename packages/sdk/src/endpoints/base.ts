/**
 * What every endpoint group shares: the declaration of an operation, the context a group is
 * built with, argument checks and the one way a group sends a request.
 * @module
 */
import { UnexpectedResponseError, ValidationError } from "../errors.js";
import type { ApiRequest, HttpMethod, QueryValue, ResponseKind } from "../http/types.js";
import type { RequestPipeline } from "../options.js";
import { markPaged, type PagedSpec } from "../pagination/marker.js";

/** One Web API operation as the SDK sends it (the spec-coverage test reads these tables). */
export interface OperationDecl {
  /** The spec's operationId. */
  readonly operationId: string;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** Path template with `{params}`, relative to the Web API base. */
  readonly path: string;
  /** @default "json" for GET, "void" otherwise */
  readonly response?: ResponseKind;
  /** Safe to resend after a 5xx: GETs and set-state commands are; adds and reorders are not. */
  readonly idempotent?: boolean;
  /**
   * What a JSON answer must be, checked before it is handed over (its envelope, not every field):
   * an object (the default), an array (cover images), an array of booleans (the "contains"
   * checks), or an object holding an
   * array under `list` (multi-gets, whose items may be `null` for IDs Spotify does not know).
   * @default "object"
   */
  readonly envelope?: "object" | "array" | "booleans" | {
    /** The key of the array, e.g. `tracks`. */
    readonly list: string;
  };
}

/** What a group is built with. */
export interface EndpointContext {
  /** The client's request pipeline (behind the 1.2.0 error handler, when one is set). */
  readonly pipeline: RequestPipeline;
  /** The current user's ID (`GET /me`); used by `createPlaylist`. */
  currentUserId(): Promise<string>;
  /**
   * A 1.2.0 `errorHandler` is set: a call whose error it handled resolves `null`, so `null` is
   * let through the envelope check.
   */
  readonly nullWhenHandled?: boolean;
}

/** `GET /me`: what {@link createEndpointContext} asks for the current user's ID (also in `CURRENT_USER_OPERATIONS`). */
export const CURRENT_USER_PROFILE = { operationId: "get-current-users-profile", method: "GET", path: "/me" } as const satisfies OperationDecl;

/**
 * The context groups share. `currentUserId()` asks `GET /me` each time: the auth strategy can
 * change (`switchAuthenticationStrategy`), so a cached ID could name the previous user.
 */
export function createEndpointContext(pipeline: RequestPipeline, options: { nullWhenHandled?: boolean } = {}): EndpointContext {
  return {
    pipeline,
    ...(options.nullWhenHandled ? { nullWhenHandled: true } : {}),
    async currentUserId() {
      const me = await pipeline.request<{ id: string }>({ method: "GET", path: CURRENT_USER_PROFILE.path, operationId: CURRENT_USER_PROFILE.operationId });
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
  pathParams?: Record<string, string>;
  query?: Record<string, QueryValue>;
  body?: unknown;
  rawBody?: ApiRequest["rawBody"];
  signal?: AbortSignal | undefined;
}

/** The base of every endpoint group. */
export abstract class EndpointsBase {
  protected readonly ctx: EndpointContext;

  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    this.ctx = ctx;
  }

  /**
   * Sends one declared operation through the pipeline: query values checked before any request,
   * a JSON answer checked against the operation's envelope after.
   */
  protected send<T>(op: OperationDecl, parts: CallParts = {}): Promise<T> {
    if (parts.query) checkQuery(parts.query);
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

  /** Binds paged methods so `sdk.paginate(sdk.group.method, ...)` works on the bare reference. */
  protected registerPaged(specs: Record<string, PagedSpec>): void {
    const self = this as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const [name, spec] of Object.entries(specs)) {
      const bound = self[name]!.bind(this);
      Object.defineProperty(this, name, { value: markPaged(bound, spec), writable: true, configurable: true });
    }
  }
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

/**
 * What every endpoint group shares: the declaration of an operation, the context a group is
 * built with, argument checks and the one way a group sends a request.
 * @module
 */
import { ValidationError } from "../errors.js";
import type { ApiRequest, HttpMethod, QueryValue, ResponseKind } from "../http/types.js";
import type { RequestPipeline } from "../options.js";
import { markPaged, type PagedSpec } from "../pagination/marker.js";

/** One Web API operation as the SDK sends it (the spec-coverage test reads these tables). */
export interface OperationDecl {
  /** The spec's operationId. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template with `{params}`, relative to the Web API base. */
  readonly path: string;
  /** @default "json" for GET, "void" otherwise */
  readonly response?: ResponseKind;
  /** Safe to resend after a 5xx: GETs and set-state commands are; adds and reorders are not. */
  readonly idempotent?: boolean;
}

/** What a group is built with. */
export interface EndpointContext {
  /** The client's request pipeline (behind the 1.2.0 error handler, when one is set). */
  readonly pipeline: RequestPipeline;
  /** The current user's ID (`GET /me`); used by `createPlaylist`. */
  currentUserId(): Promise<string>;
}

/** `GET /me`: what {@link createEndpointContext} asks for the current user's ID (also in `CURRENT_USER_OPERATIONS`). */
export const CURRENT_USER_PROFILE = { operationId: "get-current-users-profile", method: "GET", path: "/me" } as const satisfies OperationDecl;

/**
 * The context groups share. `currentUserId()` asks `GET /me` each time: the auth strategy can
 * change (`switchAuthenticationStrategy`), so a cached ID could name the previous user.
 */
export function createEndpointContext(pipeline: RequestPipeline): EndpointContext {
  return {
    pipeline,
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

  constructor(ctx: EndpointContext) {
    this.ctx = ctx;
  }

  /** Sends one declared operation through the pipeline. */
  protected send<T>(op: OperationDecl, parts: CallParts = {}): Promise<T> {
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
    return this.ctx.pipeline.request<T>(request);
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
    throw new ValidationError(`${parameter} must be an integer from ${min} to ${max}, got ${String(limit)}`, { parameter });
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
    throw new ValidationError(`${parameter} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}, got ${String(value)}`, { parameter });
  }
}

/** Refuses a value not in `allowed`. */
export function checkOneOf<T extends string>(value: T | undefined, allowed: readonly T[], parameter: string, required = false): void {
  if (value === undefined || value === null) {
    if (required) throw new ValidationError(`${parameter} is required (one of ${allowed.join(", ")})`, { parameter });
    return;
  }
  if (!allowed.includes(value)) {
    throw new ValidationError(`${parameter} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`, { parameter });
  }
}

/** Refuses anything but a non-empty string. */
export function checkString(value: unknown, parameter: string): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ValidationError(`${parameter} must be a non-empty string`, { parameter });
  }
}

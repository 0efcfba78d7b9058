/**
 * What every endpoint group shares: the context a group is built with, argument checks and the
 * one way a group sends a request, which `paginate` may record instead of sending, to learn where
 * a walk's `limit`, `offset` or cursor go.
 * @module
 */
import { describeArgument } from "../describe.js";
import { ValidationError } from "../errors.js";
import { getCurrentUsersProfile } from "../operations/generated.js";
import { checkQuery, sendOperation, type OperationCallParts } from "../operations/send.js";
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

/** The parts of one call (path parameters, query, body, signal). */
export type CallParts = OperationCallParts;

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
    // The walk sets its own limit, offset and cursor: the caller's are not checked when planning.
    if (planner) {
      if (parts.query) checkQuery(parts.query);
      return planner(op, parts, this);
    }
    return sendOperation<T>(this.ctx, op, parts);
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
    throw new ValidationError(`${parameter} must be an integer from ${min} to ${max}, got ${describeArgument(limit)}`, { parameter });
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
    throw new ValidationError(`${parameter} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}, got ${describeArgument(value)}`, { parameter });
  }
}

/** Refuses a value not in `allowed`. */
export function checkOneOf<T extends string>(value: T | undefined, allowed: readonly T[], parameter: string, required = false): void {
  if (value === undefined || value === null) {
    if (required) throw new ValidationError(`${parameter} is required (one of ${allowed.join(", ")})`, { parameter });
    return;
  }
  if (!allowed.includes(value)) {
    throw new ValidationError(`${parameter} must be one of ${allowed.join(", ")}, got ${describeArgument(value)}`, { parameter });
  }
}

/** Refuses anything but a non-empty string. */
export function checkString(value: unknown, parameter: string): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ValidationError(`${parameter} must be a non-empty string`, { parameter });
  }
}


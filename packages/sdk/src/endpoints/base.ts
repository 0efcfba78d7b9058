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

export { checkLimit, checkOffset, checkPaging } from "../operations/paging-check.js";

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

/**
 * On each bound group method, its group; on `globalThis` while {@link planCall} runs, the plan
 * being made. Both under `Symbol.for` keys: an app that loads two copies of the package (its ESM
 * and CommonJS builds) may walk a method of one copy with the other copy's `paginate`.
 */
const GROUP = Symbol.for("spotify-web-api-sdk.group");
const PLANNING = Symbol.for("spotify-web-api-sdk.planning");
const shared = globalThis as { [PLANNING]?: { readonly group: object; readonly calls: PlannedCall[] } | undefined };

/**
 * Calls a group `method` with `args`, recording the calls its group builds instead of sending
 * them; calls of any other group or client made meanwhile go out as usual. Group methods build
 * their call before their first `await` (or refuse their arguments before), which is what makes
 * this work. `undefined` for a function that is no group method.
 */
export function planCall(method: unknown, args: readonly unknown[]): CallPlan | undefined {
  const group = typeof method === "function" ? (method as { [GROUP]?: object })[GROUP] : undefined;
  if (!group) return undefined;
  const calls: PlannedCall[] = [];
  const outer = shared[PLANNING];
  shared[PLANNING] = { group, calls };
  let result: unknown;
  try {
    result = (method as (...args: unknown[]) => unknown)(...args);
  } finally {
    shared[PLANNING] = outer;
  }
  return { call: calls[0], result };
}

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
          Object.defineProperty(value, GROUP, { value: this });
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
    const planning = shared[PLANNING];
    if (planning?.group === this) {
      // The walk sets its own limit, offset and cursor: the caller's are not checked when planning.
      if (parts.query) checkQuery(parts.query);
      planning.calls.push({ op, parts, send: (other) => this.send(op, other) });
      return new Promise<never>(() => {});
    }
    return sendOperation<T>(this.ctx, op, parts);
  }
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


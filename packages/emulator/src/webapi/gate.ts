/**
 * The Web API gate: an ordered list of named steps (route, faults, body size, token, quota, rate
 * limit, profile, scopes, body parsing, validation, handler lookup, cached answer, handler,
 * response). Each step reads what the earlier ones found and may answer the request, which ends
 * it. Every refusal is a Spotify-shaped error and never a 500 unless a handler itself breaks
 * (which goes to the request log and the injected logger).
 * @module
 */
import { applyLatencyAndFaults } from "../control/latency-and-faults.js";
import { handlers as defaultHandlers } from "../handlers/index.js";
import { ApiProblem, type CallerAuth, type Handler, type HandlerResult } from "../handlers/types.js";
import { etagOf } from "../http/answer-cache.js";
import { type BodyResult, DEFAULT_BODY_LIMIT, hasBody, readBody } from "../http/body.js";
import { type Exchange, type Headers, readyResponse, send, sendApiError } from "../http/exchange.js";
import type { AppRecord } from "../options.js";
import type { Platform } from "../platform/platform.js";
import type { OperationSpec } from "../spec/model.js";
import { validateParams } from "../spec/params.js";
import { authenticate } from "./auth.js";
import { answerKey, isCacheable } from "./cacheable.js";
import { policyFor, removedFor, scopesSatisfied, type OperationPolicy } from "./policy.js";
import { apiBase, JSON_TYPE, sendAnswer } from "./respond.js";
import { routeOf } from "./route.js";

/** `PUT /playlists/{id}/images` takes a base64 JPEG of at most 256 KB (behaviour.md §2.7). */
const IMAGE_LIMIT = 256 * 1024;
const NO_BODY: BodyResult = { kind: "ok", data: Buffer.alloc(0) };

/** One Web API call on its way through the gate: what each step found, for the steps after it. */
export class GateCall {
  /** HEAD is a GET whose body node:http leaves out (same status, headers and Content-Length). */
  readonly method: string;
  /** The operation (set by `route`). */
  op!: OperationSpec;
  /** Its path parameters, percent-decoded (set by `route`). */
  params!: Record<string, string>;
  /** The request body as read (set by `requestBody`). */
  raw: BodyResult = NO_BODY;
  /** Who is calling (set by `token`). */
  auth!: CallerAuth;
  /** The calling app (set by `token`). */
  app!: AppRecord;
  /** The parsed body (set by `parseBody`). */
  body: unknown = undefined;
  /** The validated query (set by `validate`). */
  query!: Record<string, string>;
  /** The operation's handler (set by `findHandler`). */
  handler!: Handler;
  /** The key its answer is cached under, when it may be (set by `cachedAnswer`). */
  cacheKey: string | undefined = undefined;
  /** The catalog a cached answer belongs to. */
  catalog: object | undefined = undefined;
  /** What the handler returned (set by `handle`). */
  result: HandlerResult | undefined = undefined;

  /** A call that just arrived at the gate. */
  constructor(
    /** The emulator. */
    readonly platform: Platform,
    /** The request and its response. */
    readonly ex: Exchange,
  ) {
    this.method = ex.method === "HEAD" ? "GET" : ex.method;
  }

  /** Answers with Spotify's error object; `return call.refuse(...)` ends the gate. */
  refuse(status: number, message: string, reason?: string, headers?: Headers): true {
    sendApiError(this.platform, this.ex, status, message, reason, headers);
    return true;
  }
}

/** A step of the gate: true when it answered the request (the gate stops), false to go on. */
export type GateStep = (call: GateCall) => boolean | Promise<boolean>;

function route(call: GateCall): boolean {
  const found = routeOf(call.platform.router, call.method, call.ex.pathname);
  if (!("op" in found)) return call.refuse(found.status, found.message, undefined, found.headers);
  call.op = found.op;
  call.params = found.params;
  call.ex.operationId = found.op.operationId;
  return false;
}

function faults(call: GateCall): boolean | Promise<boolean> {
  const { platform, ex } = call;
  // Each await costs a trip through the microtask queue: skipped when there is nothing to wait for.
  if (platform.settings.latency === 0 && platform.faults.size === 0) return false;
  return applyLatencyAndFaults(platform, ex, "api");
}

function requestBody(call: GateCall): boolean | Promise<boolean> {
  if (!hasBody(call.ex.req)) return false;
  const limit = call.op.body?.contentType === "image/jpeg" ? IMAGE_LIMIT : DEFAULT_BODY_LIMIT;
  return readBody(call.ex.req, limit).then((raw) => {
    call.raw = raw;
    if (call.platform.settings.logBodies && raw.kind === "ok") call.ex.requestBody = raw.data;
    if (raw.kind === "aborted") return true;
    if (raw.kind === "too-large") return call.refuse(413, "Request entity too large", undefined, { Connection: "close" });
    return false;
  });
}

function token(call: GateCall): boolean {
  const outcome = authenticate(call.platform, call.ex.req.headers.authorization);
  if (!outcome.ok) {
    const headers: Headers = {};
    if (outcome.status === 401) headers["WWW-Authenticate"] = `Bearer realm="spotify", error="invalid_token", error_description="${outcome.message}"`;
    return call.refuse(outcome.status, outcome.message, undefined, headers);
  }
  call.auth = outcome.auth;
  call.app = outcome.app;
  call.ex.clientId = outcome.auth.clientId;
  call.ex.userId = outcome.auth.userId;
  return false;
}

function quota(call: GateCall): boolean {
  const exceeded = call.platform.quotaExceeded;
  const retryAfter = exceeded.get(call.app.clientId) ?? exceeded.get("*");
  return retryAfter !== undefined && call.refuse(429, "Too many requests", "QUOTA_EXCEEDED", { "Retry-After": retryAfter });
}

function rateLimit(call: GateCall): boolean {
  const rate = call.platform.limiter.hit(call.app.clientId, call.platform.clock.now());
  return !rate.ok && call.refuse(429, "API rate limit exceeded", undefined, { "Retry-After": rate.retryAfter });
}

function profile(call: GateCall): boolean {
  const { app, auth } = call;
  const removed = removedFor(app.profile, app.restrictNov2024, call.op.operationId);
  if (removed) return call.refuse(removed.status, removed.message);
  // Development mode's allow list: other users' tokens are refused on every call.
  const outsider = app.allowedUsers && app.profile !== "extended" && auth.userId !== undefined && !app.allowedUsers.includes(auth.userId);
  return outsider === true && call.refuse(403, "Forbidden");
}

const policies = new WeakMap<OperationSpec, OperationPolicy>();

function scopes(call: GateCall): boolean {
  let rules = policies.get(call.op);
  if (!rules) {
    rules = policyFor(call.op);
    policies.set(call.op, rules);
  }
  if (rules.userOnly && call.auth.kind !== "user") return call.refuse(401, "This request requires user authentication.");
  return !scopesSatisfied(rules, call.auth.scopes) && call.refuse(403, "Insufficient client scope");
}

function parseBody(call: GateCall): boolean {
  if (call.raw.kind !== "ok" || call.raw.data.length === 0) return false;
  const text = call.raw.data.toString("utf8");
  if (call.op.body?.contentType === "image/jpeg") {
    call.body = text;
    return false;
  }
  try {
    call.body = JSON.parse(text);
  } catch {
    // Operations without a documented body ignore whatever was sent, as Spotify does.
    if (call.op.body) return call.refuse(400, "Error parsing json");
  }
  return false;
}

function validate(call: GateCall): boolean {
  const { op, body, platform } = call;
  try {
    call.query = validateParams(op, new URLSearchParams(call.ex.rawQuery), call.params, body, call.auth.profile);
    if (op.body?.contentType === "application/json") platform.bodies.check(op, body);
    else if (op.body?.required && (typeof body !== "string" || body.trim() === "")) throw new ApiProblem(400, "Missing request body");
  } catch (error) {
    if (error instanceof ApiProblem) return call.refuse(error.status, error.message, error.reason, error.headers);
    throw error;
  }
  return false;
}

function findHandler(call: GateCall): boolean {
  const handler = call.platform.handlers[call.op.operationId];
  if (!handler) return call.refuse(501, `Not implemented: ${call.op.operationId}`);
  call.handler = handler;
  return false;
}

function cachedAnswer(call: GateCall): boolean {
  const { platform, ex, op, auth } = call;
  const web = platform.state.web as { catalog?: object; nov2024Restrictions?: boolean };
  // Embedders may swap handlers (options.handlers): only the built-in ones are known to be pure.
  if (call.method !== "GET" || !web.catalog || call.handler !== defaultHandlers[op.operationId] || !isCacheable(op.operationId, call.query)) return false;
  call.catalog = web.catalog;
  call.cacheKey = answerKey({
    operationId: op.operationId,
    host: ex.req.headers.host,
    pathname: ex.pathname,
    rawQuery: ex.rawQuery,
    auth,
    storeRestrictions: web.nov2024Restrictions !== false,
    country: auth.userId === undefined ? undefined : platform.state.users.get(auth.userId)?.country,
  });
  const hit = platform.responses.get(web.catalog, call.cacheKey);
  if (!hit) return false;
  sendAnswer(platform, ex, hit);
  return true;
}

function handle(call: GateCall): boolean | Promise<boolean> {
  const { platform, ex, op } = call;
  try {
    const answer = call.handler({
      operationId: op.operationId,
      params: call.params,
      query: call.query,
      body: call.body,
      auth: call.auth,
      state: platform.state,
      apiBase: apiBase(ex),
      now: () => platform.clock.now(),
    });
    if (typeof (answer as PromiseLike<HandlerResult>).then === "function") return settle(call, answer as PromiseLike<HandlerResult>);
    call.result = answer as HandlerResult;
    return false;
  } catch (error) {
    return handlerFailed(call, error);
  }
}

async function settle(call: GateCall, answer: PromiseLike<HandlerResult>): Promise<boolean> {
  try {
    call.result = await answer;
    return false;
  } catch (error) {
    return handlerFailed(call, error);
  }
}

/** A handler's ApiProblem is its answer; anything else it throws is a 500, logged. */
function handlerFailed(call: GateCall, error: unknown): true {
  if (error instanceof ApiProblem) return call.refuse(error.status, error.message, error.reason, error.headers);
  call.ex.error = error instanceof Error ? `${error.name}: ${error.message}` : "handler failed";
  call.platform.logger(`handler ${call.op.operationId} failed`, error);
  return call.refuse(500, "Server error");
}

function respond(call: GateCall): true {
  const { platform, ex, method, result } = call;
  if (method !== "GET") platform.markDirty();
  const status = result?.status ?? 200;
  if (result?.body === undefined || status === 204) {
    send(platform, ex, status);
    return true;
  }
  if (method === "GET" && status === 200) {
    const body = Buffer.from(JSON.stringify(result.body));
    const etag = etagOf(body);
    const answer = { body, etag, ready: readyResponse(body, { "Content-Type": JSON_TYPE["Content-Type"], ETag: etag, "Cache-Control": "private, max-age=0" }) };
    if (call.cacheKey !== undefined && call.catalog) platform.responses.set(call.catalog, call.cacheKey, answer);
    sendAnswer(platform, ex, answer);
    return true;
  }
  send(platform, ex, status, JSON.stringify(result.body), JSON_TYPE);
  return true;
}

/** The gate, in order. The last step always answers. */
export const GATE: readonly GateStep[] = [
  route, faults, requestBody, token, quota, rateLimit, profile, scopes, parseBody, validate, findHandler, cachedAnswer, handle, respond,
];

/** Runs a Web API request through the {@link GATE}, awaiting only the steps that wait. */
export async function handleWebApi(platform: Platform, ex: Exchange): Promise<void> {
  const call = new GateCall(platform, ex);
  for (const step of GATE) {
    const answered = step(call);
    if (answered === true || (answered !== false && (await answered))) return;
  }
}

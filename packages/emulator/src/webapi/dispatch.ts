// The Web API gate and dispatcher: route, faults, body, token, rate limit, profile, scopes,
// validation, then the handler; every failure is a Spotify-shaped error and never a 500 unless a
// handler itself breaks (which is logged to the request log and the injected logger).
import type { Platform } from "../core/platform.js";
import { applyLatencyAndFaults } from "../control/apply.js";
import { handlers as defaultHandlers } from "../handlers/index.js";
import { ApiProblem, type HandlerContext, type HandlerResult } from "../handlers/types.js";
import { type BodyResult, DEFAULT_BODY_LIMIT, hasBody, readBody } from "../http/body.js";
import { type Exchange, readyResponse, send, sendApiError, sendReady } from "../http/exchange.js";
import type { OperationSpec } from "../spec/model.js";
import { validateParams } from "../spec/params.js";
import { authenticate } from "./auth.js";
import { answerKey, type CachedAnswer, etagOf, isCacheable } from "./response-cache.js";
import { type OperationPolicy, policyFor, removedFor, scopesSatisfied } from "./policy.js";

/** `PUT /playlists/{id}/images` takes a base64 JPEG of at most 256 KB (behaviour.md §2.7). */
const IMAGE_LIMIT = 256 * 1024;
const NO_BODY: BodyResult = { kind: "ok", data: Buffer.alloc(0) };
const ENCODED_SEPARATOR = /%(2f|5c|00)/i;
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

const policies = new WeakMap<OperationSpec, OperationPolicy>();
function policy(op: OperationSpec): OperationPolicy {
  let p = policies.get(op);
  if (!p) {
    p = policyFor(op);
    policies.set(op, p);
  }
  return p;
}

function apiBase(ex: Exchange): string {
  const host = ex.req.headers.host;
  return `http://${host && HOST.test(host) ? host : "127.0.0.1"}/v1`;
}

function problem(platform: Platform, ex: Exchange, p: ApiProblem): void {
  sendApiError(platform, ex, p.status, p.message, p.reason, p.headers);
}

/** Splits `/v1/...` into raw segments, or explains why the path is not acceptable. */
function segmentsOf(pathname: string): string[] | ApiProblem {
  const rest = pathname.slice(3);
  if (rest === "" || rest === "/") return new ApiProblem(404, "Service not found");
  const segments = rest.slice(1).split("/");
  for (const s of segments) {
    if (s === "") return new ApiProblem(404, "Service not found");
    if (s === "." || s === "..") return new ApiProblem(400, "Invalid path");
    // Most segments carry no escape at all: nothing to decode or check further.
    if (!s.includes("%")) continue;
    if (ENCODED_SEPARATOR.test(s)) return new ApiProblem(400, "Invalid path");
    let decoded: string;
    try {
      decoded = decodeURIComponent(s);
    } catch {
      return new ApiProblem(400, "Invalid path");
    }
    if (decoded === "." || decoded === "..") return new ApiProblem(400, "Invalid path");
  }
  return segments;
}

export async function handleWebApi(platform: Platform, ex: Exchange): Promise<void> {
  // HEAD is a GET whose body node:http leaves out (same status, headers and Content-Length).
  const method = ex.method === "HEAD" ? "GET" : ex.method;
  let match = platform.router.recall(method, ex.pathname);
  if (!match) {
    const segments = segmentsOf(ex.pathname);
    if (segments instanceof ApiProblem) return problem(platform, ex, segments);
    const found = platform.router.match(method, segments);
    if (found.kind === "not-found") return sendApiError(platform, ex, 404, "Service not found");
    if (found.kind === "method-not-allowed") return sendApiError(platform, ex, 405, "Method not allowed", undefined, { Allow: allowHeader(found.allowed) });
    platform.router.remember(method, ex.pathname, found);
    match = found;
  }
  const { op, params } = match;
  ex.operationId = op.operationId;
  // Each await costs a trip through the microtask queue: skipped when there is nothing to wait for.
  if ((platform.settings.latency > 0 || platform.faults.size > 0) && (await applyLatencyAndFaults(platform, ex, "api"))) return;

  const raw = hasBody(ex.req) ? await readBody(ex.req, op.body?.contentType === "image/jpeg" ? IMAGE_LIMIT : DEFAULT_BODY_LIMIT) : NO_BODY;
  if (platform.settings.logBodies && raw.kind === "ok") ex.requestBody = raw.data;
  if (raw.kind === "aborted") return;
  if (raw.kind === "too-large") return sendApiError(platform, ex, 413, "Request entity too large", undefined, { Connection: "close" });

  const outcome = authenticate(platform, ex.req.headers.authorization);
  if (!outcome.ok) {
    const headers: Record<string, string> = {};
    if (outcome.status === 401) headers["WWW-Authenticate"] = `Bearer realm="spotify", error="invalid_token", error_description="${outcome.message}"`;
    return sendApiError(platform, ex, outcome.status, outcome.message, undefined, headers);
  }
  const { auth, app } = outcome;
  ex.clientId = auth.clientId;
  ex.userId = auth.userId;

  const quota = platform.quotaExceeded.get(app.clientId) ?? platform.quotaExceeded.get("*");
  if (quota !== undefined) return sendApiError(platform, ex, 429, "Too many requests", "QUOTA_EXCEEDED", { "Retry-After": quota });
  const rate = platform.limiter.hit(app.clientId, platform.clock.now());
  if (!rate.ok) return sendApiError(platform, ex, 429, "API rate limit exceeded", undefined, { "Retry-After": rate.retryAfter });

  const removed = removedFor(app.profile, app.restrictNov2024, op.operationId);
  if (removed) return sendApiError(platform, ex, removed.status, removed.message);
  if (app.allowedUsers && app.profile !== "extended" && auth.userId !== undefined && !app.allowedUsers.includes(auth.userId)) {
    return sendApiError(platform, ex, 403, "Forbidden");
  }
  const rules = policy(op);
  if (rules.userOnly && auth.kind !== "user") return sendApiError(platform, ex, 401, "This request requires user authentication.");
  if (!scopesSatisfied(rules, auth.scopes)) return sendApiError(platform, ex, 403, "Insufficient client scope");

  let body: unknown;
  if (raw.data.length > 0) {
    const text = raw.data.toString("utf8");
    if (op.body?.contentType === "image/jpeg") {
      body = text;
    } else {
      try {
        body = JSON.parse(text);
      } catch {
        // Operations without a documented body ignore whatever was sent, as Spotify does.
        if (op.body) return sendApiError(platform, ex, 400, "Error parsing json");
      }
    }
  }

  let query: Record<string, string>;
  try {
    query = validateParams(op, new URLSearchParams(ex.rawQuery), params, body, auth.profile);
    if (op.body?.contentType === "application/json") platform.bodies.check(op, body);
    else if (op.body?.required && (typeof body !== "string" || body.trim() === "")) throw new ApiProblem(400, "Missing request body");
  } catch (error) {
    if (error instanceof ApiProblem) return problem(platform, ex, error);
    throw error;
  }

  const handler = platform.handlers[op.operationId];
  if (!handler) return sendApiError(platform, ex, 501, `Not implemented: ${op.operationId}`);
  // Embedders may swap handlers (options.handlers): only the built-in ones are known to be pure.
  let cacheKey: string | undefined;
  const web = platform.state.web as { catalog?: object; nov2024Restrictions?: boolean };
  const catalog = web.catalog;
  if (method === "GET" && catalog && handler === defaultHandlers[op.operationId] && isCacheable(op.operationId, query)) {
    cacheKey = answerKey({
      operationId: op.operationId,
      host: ex.req.headers.host,
      pathname: ex.pathname,
      rawQuery: ex.rawQuery,
      auth,
      storeRestrictions: web.nov2024Restrictions !== false,
      country: auth.userId === undefined ? undefined : platform.state.users.get(auth.userId)?.country,
    });
    const hit = platform.responses.get(catalog, cacheKey);
    if (hit) return sendAnswer(platform, ex, hit);
  }
  const ctx: HandlerContext = {
    operationId: op.operationId,
    params,
    query,
    body,
    auth,
    state: platform.state,
    apiBase: apiBase(ex),
    now: () => platform.clock.now(),
  };
  let result: HandlerResult;
  try {
    const answer = handler(ctx);
    result = typeof (answer as PromiseLike<HandlerResult>).then === "function" ? await answer : (answer as HandlerResult);
  } catch (error) {
    if (error instanceof ApiProblem) return problem(platform, ex, error);
    ex.error = error instanceof Error ? `${error.name}: ${error.message}` : "handler failed";
    platform.logger(`handler ${op.operationId} failed`, error);
    return sendApiError(platform, ex, 500, "Server error");
  }
  if (method !== "GET") platform.markDirty();
  const status = result?.status ?? 200;
  if (result?.body === undefined || status === 204) return send(platform, ex, status);
  if (method === "GET" && status === 200) {
    const body = Buffer.from(JSON.stringify(result.body));
    const etag = etagOf(body);
    const answer = { body, etag, ready: readyResponse(body, { "Content-Type": JSON_TYPE["Content-Type"], ETag: etag, "Cache-Control": "private, max-age=0" }) };
    if (cacheKey !== undefined && catalog) platform.responses.set(catalog, cacheKey, answer);
    return sendAnswer(platform, ex, answer);
  }
  send(platform, ex, status, JSON.stringify(result.body), JSON_TYPE);
}

/** The methods of a 405's `Allow`: HEAD goes with GET. */
function allowHeader(allowed: readonly string[]): string {
  return (allowed.includes("GET") ? [...allowed, "HEAD"] : allowed).join(", ");
}

const JSON_TYPE = { "Content-Type": "application/json; charset=utf-8" } as const;

/** A GET's 200 with its ETag, or a 304 when the client already holds it. */
function sendAnswer(platform: Platform, ex: Exchange, answer: CachedAnswer): void {
  if (ex.req.headers["if-none-match"] === answer.etag) {
    return send(platform, ex, 304, undefined, { "Content-Type": JSON_TYPE["Content-Type"], ETag: answer.etag, "Cache-Control": "private, max-age=0" });
  }
  sendReady(platform, ex, answer.ready);
}

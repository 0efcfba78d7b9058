/**
 * Sends one declared operation through a client's pipeline: query values checked before the
 * request, a JSON answer checked against the operation's envelope after. What `EndpointsBase.send`
 * does, without the endpoint groups (this folder sits below them).
 * @module
 */
import { describeArgument } from "../describe.js";
import { UnexpectedResponseError, ValidationError } from "../errors.js";
import type { ApiRequest, QueryValue } from "../http/types.js";
import type { OperationDecl } from "./types.js";

/** What an operation is sent through: a client from `createClient`, or any endpoint context. */
export interface OperationClient {
  /** The client's request pipeline. */
  readonly pipeline: {
    /** Sends one request: token, retries, rate-limit pauses, typed errors. */
    request<T>(request: ApiRequest): Promise<T>;
  };
  /** A 1.2.0 `errorHandler` is set: a call whose error it handled resolves `null`. */
  readonly nullWhenHandled?: boolean;
}

/** The parts of one call of an operation. */
export interface OperationCallParts {
  /** Values of the path's `{name}` placeholders. */
  pathParams?: Record<string, string>;
  /** Query parameters. */
  query?: Record<string, QueryValue>;
  /** A JSON body. */
  body?: unknown;
  /** A body sent as is (a base64 JPEG). */
  rawBody?: ApiRequest["rawBody"];
  /** Cancels the request. */
  signal?: AbortSignal | undefined;
}

/** Sends `op` with `parts` through `client`'s pipeline. */
export function sendOperation<T>(client: OperationClient, op: OperationDecl, parts: OperationCallParts = {}): Promise<T> {
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
  const result = client.pipeline.request<T>(request);
  const kind = request.response;
  if (kind !== "json" && kind !== "json-or-null") return result;
  return result.then((body) => (body === null && client.nullWhenHandled ? body : checkAnswer(body, op, kind)));
}

const COUNTRY_CODE = /^[A-Z]{2}$/;

/**
 * Refuses a query value that would go out as something else than what was meant: `NaN`,
 * `[object Object]`, a BigInt; `market` and `country` must be ISO 3166-1 alpha-2 codes (`market`
 * may also be `from_token`). A lone surrogate in a string is refused when the URL is built.
 */
export function checkQuery(query: Record<string, QueryValue>): void {
  for (const key in query) {
    const value = query[key] as unknown;
    if (value === undefined || value === null) continue;
    if (key === "market" || key === "country") {
      if (typeof value !== "string" || !(COUNTRY_CODE.test(value) || (key === "market" && value === "from_token"))) {
        const allowed = key === "market" ? 'an ISO 3166-1 alpha-2 country code ("SE") or "from_token"' : 'an ISO 3166-1 alpha-2 country code ("SE")';
        throw new ValidationError(`${key} must be ${allowed}, got ${describeArgument(value)}`, { parameter: key });
      }
    } else if (!(Array.isArray(value) ? value.every(plainValue) : plainValue(value) || typeof value === "boolean")) {
      throw new ValidationError(`${key} must be a string, a finite number or a list of them, got ${describeArgument(value)}`, { parameter: key });
    }
  }
}

function plainValue(value: unknown): boolean {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

/** A wrong envelope is an {@link UnexpectedResponseError}, never a silent wrong result. */
function checkAnswer<T>(body: T, op: OperationDecl, kind: "json" | "json-or-null"): T {
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
  throw new UnexpectedResponseError(`${op.method} ${op.path} answered ${describeArgument(body)} where ${expected} is due`, {
    method: op.method, url: op.path, status: 200, contentType: "application/json", body: text,
  });
}

/**
 * The client's options, checked when it is built: a wrong type or an out-of-range number is a
 * `ValidationError` then, never a silently different behaviour later (`timeout: "1000"` turning the
 * timeout off, `maxRetries: Infinity` sending requests without end).
 * @module
 */
import { ValidationError } from "../errors.js";
import type { RequestConfig } from "./config.js";
import { describeOption } from "../describe.js";
import { resolveRetryPolicy } from "./retry.js";

/**
 * The options checked: the request settings, and 1.2.0's hooks and objects (a client's options
 * reach the pipeline whole, so a wrong one is refused wherever it is given). `auth` is checked by
 * the pipeline that takes it (`auth/pipeline.ts`).
 */
type Checked = Omit<RequestConfig, "retry"> & Partial<Record<"beforeRequest" | "afterRequest" | (typeof COMPAT_OBJECTS)[number][0], unknown>>;

const HOOK_NAMES = ["beforeRequest", "beforeRetry", "afterResponse", "beforeError"] as const;
/** 1.2.0's option objects and the method each must have. */
const COMPAT_OBJECTS = [
  ["deserializer", "deserialize"],
  ["responseValidator", "validateResponse"],
  ["errorHandler", "handleErrors"],
  ["redirectionStrategy", "redirect"],
  ["cachingStrategy", "getOrCreate"],
] as const;

/**
 * Checks every option a pipeline or a client reads.
 * @throws ValidationError naming the first option that is wrong
 */
export function checkOptions(options: unknown): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ValidationError(`the client's options must be an object, got ${describeOption(options)}`, { parameter: "options" });
  }
  const o = options as Checked;
  for (const name of ["baseUrl", "accountsBaseUrl"] as const) checkBaseUrl(o[name], name);
  if (o.timeout !== undefined && !(typeof o.timeout === "number" && Number.isFinite(o.timeout) && o.timeout >= 0)) {
    fail("timeout", `a finite number of ms >= 0 (0 turns it off), got ${describeOption(o.timeout)}`);
  }
  const limit = o.maxResponseBytes;
  if (limit !== undefined && !(typeof limit === "number" && Number.isSafeInteger(limit) && limit > 0)) {
    fail("maxResponseBytes", `a positive integer (bytes), got ${describeOption(limit)}`);
  }
  const { transport } = o;
  if (transport !== undefined && transport !== "fetch" && !(typeof transport === "object" && transport !== null && typeof transport.send === "function")) {
    fail("transport", `a Transport (an object with send()) or "fetch", got ${describeOption(transport)}`);
  }
  for (const name of ["fetch", "beforeRequest", "afterRequest"] as const) {
    if (o[name] !== undefined && typeof o[name] !== "function") fail(name, `a function, got ${describeOption(o[name])}`);
  }
  for (const [name, method] of COMPAT_OBJECTS) {
    const value = o[name] as Record<string, unknown> | undefined;
    if (value !== undefined && !(typeof value === "object" && value !== null && typeof value[method] === "function")) {
      fail(name, `an object with ${method}(), got ${describeOption(value)}`);
    }
  }
  resolveRetryPolicy((options as RequestConfig).retry);
  checkHooks(o.hooks);
  if (o.logger !== undefined && (typeof o.logger !== "object" || o.logger === null)) fail("logger", `an object, got ${describeOption(o.logger)}`);
}

function checkBaseUrl(value: unknown, name: string): void {
  if (value === undefined) return;
  let url: URL | undefined;
  try {
    url = typeof value === "string" ? new URL(value) : undefined;
  } catch {
    // Not a URL: refused below.
  }
  // A query or fragment in the base would be cut off by the first path appended to it.
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash || url.username || url.password) {
    fail(name, `an absolute http(s) URL without query, fragment or credentials, got ${typeof value === "string" ? "an unusable one" : describeOption(value)}`);
  }
}

function checkHooks(hooks: unknown): void {
  if (hooks === undefined) return;
  if (typeof hooks !== "object" || hooks === null || Array.isArray(hooks)) fail("hooks", `an object of hook arrays, got ${describeOption(hooks)}`);
  for (const name of HOOK_NAMES) {
    const list = (hooks as Record<string, unknown>)[name];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((hook) => typeof hook !== "function")) fail(`hooks.${name}`, "an array of functions");
  }
}

/** Throws the `ValidationError` naming option `name` and what it must be. */
export function fail(name: string, expected: string): never {
  throw new ValidationError(`${name} must be ${expected}`, { parameter: name });
}

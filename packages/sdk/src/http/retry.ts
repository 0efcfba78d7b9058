/**
 * Retry arithmetic: how long a 429 asks to wait, how long to back off after a 5xx, and an
 * abortable sleep. Pure functions; the pipeline decides when to use them.
 * @module
 */
import { describeOption } from "../describe.js";
import { AbortError, ValidationError } from "../errors.js";
import type { RetryOptions } from "./config.js";
import { onAbort } from "./abort-listeners.js";

/** The retry policy with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** Documented defaults (see {@link RetryOptions}). */
export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 3,
  maxRetryAfterSeconds: 30,
  backoffBaseMs: 250,
  backoffMaxMs: 8_000,
  defaultRetryAfterSeconds: 1,
  maxPauseSeconds: 600,
};

/** The most retries a policy may ask for: past it, a typo or an `Infinity` would flood the API. */
export const MAX_RETRIES_LIMIT = 100;

/** No retries at all (`retry: false`). */
export const NO_RETRY: RetryPolicy = { ...DEFAULT_RETRY, maxRetries: 0 };

/**
 * The policy `retry` asks for, defaults filled in.
 * @throws ValidationError when `retry` is not an object or `false`, or a field is out of its range
 */
export function resolveRetryPolicy(retry: RetryOptions | false | undefined): RetryPolicy {
  if (retry === false) return NO_RETRY;
  if (retry !== undefined && (typeof retry !== "object" || retry === null || Array.isArray(retry))) {
    throw new ValidationError(`retry must be an object of retry options or false, got ${describeOption(retry)}`, { parameter: "retry" });
  }
  const policy = { ...DEFAULT_RETRY, ...stripUndefined(retry ?? {}) };
  const { maxRetries } = policy;
  if (typeof maxRetries !== "number" || !Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
    throw new ValidationError(`retry.maxRetries must be an integer from 0 to ${MAX_RETRIES_LIMIT}, got ${describeOption(maxRetries)}`, { parameter: "retry.maxRetries" });
  }
  for (const name of ["maxRetryAfterSeconds", "backoffBaseMs", "backoffMaxMs", "defaultRetryAfterSeconds", "maxPauseSeconds"] as const) {
    const value = policy[name];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new ValidationError(`retry.${name} must be a finite number >= 0, got ${describeOption(value)}`, { parameter: `retry.${name}` });
    }
  }
  return policy;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key in o) if (o[key] !== undefined) out[key] = o[key];
  return out;
}

/**
 * Reads `Retry-After`: delta seconds or an HTTP date. Returns seconds (may be fractional for a
 * date), or `undefined` when absent or unreadable. Strict on purpose: a lenient date parser reads
 * `3600.` as the year 3600, and the client would pause for centuries.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  // A header sent twice arrives joined ("5, 5"): the first value counts.
  const first = trimmed.split(",")[0]!.trim();
  if (/^\d+(\.\d+)?$/.test(first)) return Number(first);
  // Every HTTP date form names its month (and the IMF form its weekday) in letters.
  if (!/^[A-Za-z]{3}/.test(trimmed) && !/\d [A-Za-z]{3} \d/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, (date - nowMs) / 1000);
}

/**
 * Exponential backoff with "equal jitter": half of min(max, base·2^attempt) plus a random part of
 * the other half, so concurrent clients spread out yet never retry at once.
 */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The longest delay a timer takes: a longer one fires at once (it overflows a 32-bit int). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Resolves after `ms`, or rejects with the signal's reason as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const until = Date.now() + ms;
    let timer: ReturnType<typeof setTimeout>;
    const stopListening = signal
      ? onAbort(signal, () => {
          clearTimeout(timer);
          reject(signal.reason);
        })
      : undefined;
    const arm = (delay: number) => {
      timer = setTimeout(() => {
        // A delay past the timer's range is slept in parts.
        const left = until - Date.now();
        if (left > 0 && delay === MAX_TIMER_MS) return arm(Math.min(left, MAX_TIMER_MS));
        stopListening?.();
        resolve();
      }, delay);
    };
    arm(Math.min(ms, MAX_TIMER_MS));
  });
}

/**
 * `promise`, or a rejection with the signal's reason as soon as `signal` aborts. What `promise`
 * does later is still observed (no unhandled rejection); it just no longer matters here.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      promise.catch(() => undefined);
      return reject(signal.reason);
    }
    const stopListening = onAbort(signal, () => reject(signal.reason));
    promise.then(
      (value) => {
        stopListening();
        resolve(value);
      },
      (error: unknown) => {
        stopListening();
        reject(error);
      },
    );
  });
}

/** What a wait or an attempt that the caller's signal ended throws. */
export function abortedByCaller(method: string, url: string, reason: unknown): AbortError {
  return new AbortError(`${method} ${url} was aborted by the caller`, { method, url, cause: reason });
}

/**
 * Retry arithmetic: how long a 429 asks to wait, how long to back off after a 5xx, and an
 * abortable sleep. Pure functions; the pipeline decides when to use them.
 * @module
 */
import type { RetryOptions } from "../options.js";

/** The retry policy with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** Documented defaults (see {@link RetryOptions}). */
export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 3,
  maxRetryAfterSeconds: 30,
  backoffBaseMs: 250,
  backoffMaxMs: 8_000,
  defaultRetryAfterSeconds: 1,
};

/** No retries at all (`retry: false`). */
export const NO_RETRY: RetryPolicy = { ...DEFAULT_RETRY, maxRetries: 0 };

export function resolveRetryPolicy(retry: RetryOptions | false | undefined): RetryPolicy {
  if (retry === false) return NO_RETRY;
  return { ...DEFAULT_RETRY, ...stripUndefined(retry ?? {}) };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key in o) if (o[key] !== undefined) out[key] = o[key];
  return out;
}

/**
 * Reads `Retry-After`: delta seconds or an HTTP date. Returns seconds (may be fractional for a
 * date), or `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
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

/** Resolves after `ms`, or rejects with the signal's reason as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

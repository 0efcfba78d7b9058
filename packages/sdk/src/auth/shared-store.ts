/**
 * What the stores shared by several instances (`spotify-web-api-sdk/redis`, `/postgres`) have in
 * common: a time limit on every call, typed errors that never carry a token, option checks.
 * @module
 * @internal
 */
import { TokenStoreError, ValidationError } from "../errors.js";
import { Redactor } from "../redaction.js";

/** How long one store call may take by default, ms. */
export const DEFAULT_STORE_TIMEOUT_MS = 2_000;

/** Keeps a timer from holding the process open (Node, Bun, Deno); a no-op where timers are numbers. */
export function unref(timer: unknown): void {
  (timer as { unref?: () => void } | undefined)?.unref?.();
}

/** A positive integer option, or its default; a `ValidationError` naming it otherwise. */
export function msOption(store: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 2_147_483_647) {
    throw new ValidationError(`${store}: ${name} must be a whole number of milliseconds from 1 to 2147483647`, { parameter: name });
  }
  return value;
}

/**
 * The driver's error as a cause that cannot leak the stored value: drivers echo the command in
 * their messages (@upstash/redis: `command was: [...]`), and the command holds the token.
 */
export function safeCause(error: unknown, secrets: readonly string[]): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const redactor = new Redactor();
  for (const secret of secrets) redactor.add(secret);
  const cause = new Error(redactor.text(source.message.split(/,?\s*command was:/i)[0]!).slice(0, 500));
  cause.name = source.name;
  const code = (source as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number") (cause as { code?: unknown }).code = code;
  return cause;
}

/** What {@link within} needs to name and bound a call. */
export interface CallLimits {
  /** The store's name, for messages ("RedisTokenStore"). */
  readonly store: string;
  /** The call, as in {@link TokenStoreError.operation}. */
  readonly operation: string;
  readonly timeoutMs: number;
  /** Values the call sent that must not appear in an error (the stored JSON). */
  readonly secrets?: readonly string[];
  /** Called once when the call timed out, with the late result when it comes (to release a connection). */
  readonly onLate?: (late: Promise<unknown>) => void;
}

/**
 * Runs `call` with a time limit: resolves with its result, or rejects with a `TokenStoreError`
 * when it fails or has not settled after `timeoutMs`. A late result is dropped (never unhandled).
 */
export function within<T>(limits: CallLimits, call: () => PromiseLike<T>): Promise<T> {
  const { store, operation, timeoutMs, secrets = [] } = limits;
  let pending: Promise<T>;
  try {
    pending = Promise.resolve(call());
  } catch (error) {
    pending = Promise.reject(error);
  }
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      pending.catch(() => undefined);
      limits.onLate?.(pending);
      reject(new TokenStoreError(`${store}.${operation}: no answer within ${timeoutMs} ms`, { operation, timeoutMs }));
    }, timeoutMs);
    unref(timer);
    pending.then(
      (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error instanceof TokenStoreError) return reject(error);
        const cause = safeCause(error, secrets);
        reject(new TokenStoreError(`${store}.${operation} failed: ${cause.message}`, { operation, cause }));
      },
    );
  });
}

/** Parses a stored JSON text; a `TokenStoreError` naming the key when it is not JSON. */
export function parseStored(store: string, key: string, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  // Some clients (@upstash/redis, pg's jsonb) hand back the parsed object already.
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    throw new TokenStoreError(`${store}: the value stored under ${JSON.stringify(key)} is not valid JSON; delete it to log in again`, { operation: "get" });
  }
}

/** A value to be written, as JSON; a `ValidationError` for what JSON cannot hold. */
export function toJson(store: string, value: unknown): string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ValidationError(`${store}: the value to store must be a plain object`, { parameter: "value" });
  }
  try {
    return JSON.stringify(value);
  } catch {
    // The TypeError's message may quote the value (a token), and it is no SpotifyError.
    throw new ValidationError(`${store}: the value to store must be JSON (no cycle, BigInt or throwing toJSON)`, { parameter: "value" });
  }
}

/** A key: a non-empty string. */
export function checkKey(store: string, key: unknown): string {
  if (typeof key !== "string" || key === "") throw new ValidationError(`${store}: the key must be a non-empty string`, { parameter: "key" });
  return key;
}

/** An id unique to one lock acquisition (not a secret: it only tells holders apart). */
export function ownerId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof crypto?.randomUUID === "function") return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}

/** Waits `ms` without holding the process open. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => unref(setTimeout(resolve, ms)));
}

/**
 * The options of the token lifecycle, and the small pieces its modules share.
 * @module
 */
import { AuthError, ValidationError } from "../errors.js";
import type { Logger } from "../options.js";
import type { TokenStore } from "./stores.js";
import type { AccessToken } from "./types.js";

/** Default renewal skew: renew when less than this many seconds remain. */
export const DEFAULT_SKEW_SECONDS = 60;

/** Default wait after `invalid_grant` for another holder's newer token, ms. */
export const DEFAULT_INVALID_GRANT_GRACE_MS = 2000;

/**
 * Called with every new token (issued or refreshed), after it is stored. A returned promise is
 * awaited; any other result is ignored, so `(token) => tokens.push(token)` fits.
 */
export type TokenRefreshedCallback = (token: AccessToken) => unknown;

/** Options every built-in strategy accepts for its lifecycle. */
export interface LifecycleOptions {
  /**
   * Renew when less than this many seconds of validity remain. A token issued for less than twice
   * the skew is renewed at half its lifetime instead, so a short-lived token never causes a token
   * request on every call.
   * @default 60
   */
  skewSeconds?: number;
  /** Where the token is kept; share one store between holders to share the token. */
  store?: TokenStore;
  /** The key the token is stored under (each strategy has its own default). */
  storeKey?: string;
  /**
   * Receives every new token, refreshed ones included: persist a rotated refresh token here.
   * An error it throws is reported to the logger and does not fail the request.
   */
  onTokenRefreshed?: TokenRefreshedCallback;
  /** A clock, epoch ms (tests inject a fake one). @default Date.now */
  now?: () => number;
  /**
   * When the Accounts service refuses the refresh token (`invalid_grant`) and the store is shared,
   * how long to wait for a newer token another holder may be writing (it may have spent the same
   * single-use refresh token an instant before) before the log-out is written for every holder, ms.
   * Real time, not the `now` clock. Without a store there is no other holder, and no wait.
   * @default 2000
   */
  invalidGrantGraceMs?: number;
}

/** What a strategy plugs into the lifecycle. */
export interface LifecycleConfig extends LifecycleOptions {
  storeKey: string;
  /**
   * Obtains a new token response. `base` is the newest token known (its refresh token is the one
   * to spend), or `null`. May return `emptyAccessToken` (a redirect is under way): it is not kept.
   */
  obtain(base: AccessToken | null, signal?: AbortSignal): Promise<unknown>;
  /** A token to start with (it replaces what the store holds). */
  initial?: AccessToken | null;
  /** Looks for a token in a legacy place when the store has none (1.2.0 migration). */
  migrate?(): Promise<AccessToken | null>;
  /** `false`: never renew by itself (Session `autoRefresh: false`). */
  autoRenew?: boolean;
  /**
   * Whether `token` could be renewed now (e.g. it holds a refresh token). One that cannot is used
   * until it really expires, not refused inside the renewal margin. @default always
   */
  canRenew?(token: AccessToken): boolean;
  /**
   * A new token comes only from a user's login (a code exchange, a token handed in), never from
   * `obtain(null)`. Once logged out (here, by another holder of the store, or after a refused
   * refresh token), a call then fails with `logged_out` in every holder alike until the next login,
   * rather than with the strategy's "no token yet".
   */
  needsLogin?: boolean;
  /** The client's logger at the time of the call (the client may be built after the strategy). */
  logger?(): Logger | undefined;
}

/** What a wrong value was, for a message: a number as is, else its kind (a string may be a secret put in the wrong place). */
function kindOf(value: unknown): string {
  return typeof value === "number" ? String(value) : value === null ? "null" : typeof value;
}

function refuse(name: string, what: string, value: unknown): never {
  throw new ValidationError(`${name} must be ${what}, got ${kindOf(value)}`, { parameter: name });
}

/**
 * The lifecycle's options, checked (a `ValidationError` naming the option), and its times: the
 * renewal skew and the `invalid_grant` grace, in ms. Only `undefined` takes the default: `null`
 * is a wrong value like any other, not a way to ask for the default.
 */
export function checkLifecycleOptions(options: LifecycleOptions): { skewMs: number; graceMs: number } {
  const { skewSeconds: skew = DEFAULT_SKEW_SECONDS, invalidGrantGraceMs: grace = DEFAULT_INVALID_GRANT_GRACE_MS, store, storeKey, onTokenRefreshed, now } = options;
  if (typeof skew !== "number" || !Number.isFinite(skew) || skew < 0) refuse("skewSeconds", "a finite number >= 0", skew);
  if (typeof grace !== "number" || !Number.isFinite(grace) || grace < 0 || grace > 60_000) refuse("invalidGrantGraceMs", "a number of ms from 0 to 60000", grace);
  if (store !== undefined && !(typeof store === "object" && store !== null && ["get", "set", "delete"].every((m) => typeof (store as unknown as Record<string, unknown>)[m] === "function"))) {
    refuse("store", "a TokenStore (get, set, delete)", store);
  }
  if (storeKey !== undefined && (typeof storeKey !== "string" || storeKey === "")) refuse("storeKey", "a non-empty string", storeKey);
  if (onTokenRefreshed !== undefined && typeof onTokenRefreshed !== "function") refuse("onTokenRefreshed", "a function", onTokenRefreshed);
  if (now !== undefined && typeof now !== "function") refuse("now", "a function returning epoch ms", now);
  return { skewMs: skew * 1000, graceMs: grace };
}

/** The error of a call made after a log-out (here, by another holder, or after a refused refresh token). */
export function loggedOut(why: string): AuthError {
  return new AuthError({ error: "logged_out", errorDescription: why });
}

/** An error's message for the log, with the token's values cut out (a store may echo what it was given). */
export function messageWithout(cause: unknown, token: AccessToken): string {
  let message = cause instanceof Error ? cause.message : String(cause);
  for (const secret of [token.access_token, token.refresh_token]) {
    if (secret) message = message.split(secret).join("[redacted]");
  }
  return message;
}

/** A token holding only a refresh token: it is renewed on first use. */
export function placeholder(refreshToken?: string): AccessToken {
  const token: AccessToken = { access_token: "", token_type: "Bearer", expires_in: 0, expires: 0 };
  if (refreshToken) token.refresh_token = refreshToken;
  return token;
}

/**
 * Checks made when a strategy is constructed, before any request: a wrong client id, redirect
 * URI or scope fails with a `ValidationError` at once rather than as an opaque Accounts error page.
 * @module
 */
import { ValidationError } from "../errors.js";
import { isKnownScope } from "./scopes.js";

/** Refuses a missing, empty or blank string (client id, client secret). The value is never echoed. */
export function requireNonEmpty(value: unknown, parameter: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ValidationError(`${parameter} must be a non-empty string`, { parameter });
  }
  return value;
}

/**
 * Refuses a client id that is empty or holds `:`. The id is part of every default store key, and
 * a `SessionPool` key is `<prefix>:{<clientId>:<userId>}:token`: with a `:` in the id, app `a:b`'s
 * user `c` and app `a`'s user `b:c` would share one key (one login). Spotify's ids are 32 hex
 * digits. The value is never echoed.
 */
export function requireClientId(value: unknown, parameter = "clientId"): string {
  if (requireNonEmpty(value, parameter).includes(":")) {
    throw new ValidationError(`${parameter} must not contain ":" (it is part of the token store keys; Spotify's client ids are 32 hex digits)`, { parameter });
  }
  return value as string;
}

const LOOPBACK_V4 = /^127(?:\.\d{1,3}){3}$/;
const REFUSED_SCHEMES = new Set(["javascript:", "data:", "file:", "blob:", "vbscript:"]);

/**
 * Spotify's redirect URI rules (since 2025): `https`, or `http` on a loopback IP literal only
 * (`127.0.0.1`, `[::1]`; `localhost` is refused), or a custom scheme such as `myapp://callback`.
 * No fragment (RFC 6749 §3.1.2).
 */
export function validateRedirectUri(value: unknown, parameter = "redirectUri"): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ValidationError(`${parameter} must be a non-empty URI`, { parameter });
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ValidationError(`${parameter} is not an absolute URI: ${JSON.stringify(value)}`, { parameter });
  }
  if (url.hash) throw new ValidationError(`${parameter} must not contain a fragment (#...)`, { parameter });
  if (REFUSED_SCHEMES.has(url.protocol)) {
    throw new ValidationError(`${parameter} uses the ${url.protocol} scheme, which cannot receive a redirect`, { parameter });
  }
  if (url.protocol === "http:") {
    const host = url.hostname;
    if (!(LOOPBACK_V4.test(host) || host === "[::1]")) {
      const hint = host === "localhost" || host.endsWith(".localhost")
        ? " Spotify refuses `localhost` since 2025: use http://127.0.0.1:PORT/... instead."
        : " Use https, or http only on a loopback IP literal (http://127.0.0.1:PORT/..., http://[::1]:PORT/...).";
      throw new ValidationError(`${parameter} ${JSON.stringify(value)} is not allowed by Spotify.${hint}`, { parameter });
    }
  }
  return value;
}

/** Options shared by every strategy that takes scopes. */
export interface ScopeCheckOptions {
  /**
   * Refuse scope names that Spotify does not document (a typo otherwise surfaces only as an
   * error page on the authorize screen). Set to `false` for a scope newer than this SDK.
   * @default true
   */
  validateScopes?: boolean;
}

/**
 * Splits, de-duplicates and (unless turned off) checks scope names. Accepts an array of names or
 * of space-separated groups.
 */
export function normalizeScopes(scopes: unknown, check: boolean, parameter = "scopes"): string[] {
  if (scopes === undefined || scopes === null) return [];
  const list = typeof scopes === "string" ? [scopes] : scopes;
  if (!Array.isArray(list)) throw new ValidationError(`${parameter} must be an array of scope names`, { parameter });
  const out: string[] = [];
  for (const item of list) {
    if (typeof item !== "string") throw new ValidationError(`${parameter} must contain only strings`, { parameter });
    for (const scope of item.split(/\s+/)) {
      if (scope === "" || out.includes(scope)) continue;
      if (check && !isKnownScope(scope)) {
        throw new ValidationError(
          `unknown scope ${JSON.stringify(scope)}; see https://developer.spotify.com/documentation/web-api/concepts/scopes (pass validateScopes: false to allow it)`,
          { parameter },
        );
      }
      out.push(scope);
    }
  }
  return out;
}

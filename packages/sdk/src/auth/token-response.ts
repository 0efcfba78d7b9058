/**
 * Token requests to the Accounts service and the checks on what comes back. Every token request
 * goes through the SDK's pipeline (so the injected `fetch`, the Accounts base URL, the timeout and
 * hooks apply), sent without a bearer token.
 * @module
 */
import { AuthError, TokenStoreError, UnexpectedResponseError, ValidationError } from "../errors.js";
import type { RequestPipeline } from "../options.js";
import { Redactor } from "../redaction.js";
import type { AccessToken } from "./types.js";

/** How one token request is sent. */
export interface TokenRequestOptions {
  /** `Authorization: Basic ...` for confidential clients. */
  authorization?: string;
  /** Only `client_credentials` may be sent again after a 5xx: a code or a single-use refresh token may not. */
  idempotent?: boolean;
  /** Ends the request (and any wait before it is sent): a log-out during a renewal. */
  signal?: AbortSignal;
}

/** POSTs `form` to `/api/token` and returns the parsed JSON body (not yet checked). */
export async function postTokenRequest(
  pipeline: RequestPipeline,
  form: Record<string, string>,
  options: TokenRequestOptions = {},
): Promise<unknown> {
  try {
    return await pipeline.request<unknown>({
      method: "POST",
      path: "/api/token",
      base: "accounts",
      auth: "none",
      // Bytes, not a string: 1.2.0's beforeRequest/afterRequest hooks are handed string bodies
      // only, and this one holds a refresh token, a code or a verifier.
      rawBody: { data: new TextEncoder().encode(new URLSearchParams(form).toString()), contentType: "application/x-www-form-urlencoded" },
      ...(options.authorization ? { headers: { Authorization: options.authorization } } : {}),
      idempotent: options.idempotent ?? false,
      ...(options.signal ? { signal: options.signal } : {}),
      response: "json",
      operationId: `token:${form.grant_type ?? "unknown"}`,
    });
  } catch (thrown) {
    // The SDK's pipeline already redacts what it throws; a pipeline given in its place may not,
    // and an Accounts error may echo the form or the Basic credentials.
    const error = new Redactor().addForm(form).addAuthorization(options.authorization).error(thrown);
    if (error instanceof UnexpectedResponseError) {
      // An HTML page or truncated JSON on 200 is an unusable token response, never a token of
      // `undefined`. The parse error is not kept as `cause`: its body may hold half a token.
      throw new AuthError({
        error: "invalid_token_response",
        errorDescription: `the token endpoint answered ${error.status} with a body that is not a token (${error.contentType || "no Content-Type"})`,
        status: error.status,
        method: error.method,
        url: error.url,
      });
    }
    throw error;
  }
}

function invalid(description: string): AuthError {
  return new AuthError({ error: "invalid_token_response", errorDescription: description });
}

/**
 * Checks a token response (or a custom refresh action's result) and completes it: `expires`
 * computed from `expires_in` when absent, the previous refresh token kept when the response
 * omits one (Spotify: "continue using the existing token"), the previous scope likewise.
 */
export function readTokenResponse(body: unknown, previous: AccessToken | null, now: number): AccessToken {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw invalid("the token response is not a JSON object");
  const raw = body as Record<string, unknown>;
  if (typeof raw.access_token !== "string" || raw.access_token === "") {
    throw invalid("the token response has no access_token");
  }
  // Kept, it would fail every call of every holder until it expired (a header cannot carry it);
  // refused, the renewal fails once and the next one may do better. Never quoted.
  if (!headerSafe(raw.access_token)) {
    throw invalid("the token response's access_token holds characters an Authorization header cannot carry");
  }
  const tokenType = raw.token_type === undefined || raw.token_type === "" ? "Bearer" : raw.token_type;
  if (typeof tokenType !== "string" || tokenType.toLowerCase() !== "bearer") {
    // Quoted only when it looks like a scheme name: a server may put anything there, a secret too.
    const shown = typeof tokenType === "string" && /^[A-Za-z-]{1,20}$/.test(tokenType) ? ` ${JSON.stringify(tokenType)}` : "";
    throw invalid(`unsupported token_type${shown}; only Bearer tokens are supported`);
  }
  const hasExpires = typeof raw.expires === "number" && Number.isFinite(raw.expires);
  const expiresIn = typeof raw.expires_in === "number" ? raw.expires_in
    : typeof raw.expires_in === "string" && /^\d+$/.test(raw.expires_in) ? Number(raw.expires_in)
    : undefined;
  if ((expiresIn === undefined || !Number.isFinite(expiresIn) || expiresIn < 0) && !hasExpires) {
    throw invalid("the token response has no valid expires_in");
  }
  const token: AccessToken = {
    access_token: raw.access_token,
    token_type: tokenType,
    expires_in: expiresIn ?? Math.max(0, Math.round(((raw.expires as number) - now) / 1000)),
    expires: hasExpires ? (raw.expires as number) : now + (expiresIn as number) * 1000,
  };
  const refresh = typeof raw.refresh_token === "string" && raw.refresh_token !== "" ? raw.refresh_token : previous?.refresh_token;
  if (refresh) token.refresh_token = refresh;
  const scope = typeof raw.scope === "string" ? raw.scope : previous?.scope;
  if (scope !== undefined) token.scope = scope;
  return token;
}

/**
 * Reads a token kept in a store. `null` when there is none; a clear error (never a silent
 * log-out) when the stored value is not a token.
 */
export function readStoredToken(value: unknown, where: string): AccessToken | null {
  if (value === null || value === undefined) return null;
  const raw = value as Partial<AccessToken>;
  const usable = typeof raw.access_token === "string" && (raw.access_token !== "" || typeof raw.refresh_token === "string");
  if (typeof value !== "object" || !usable || typeof raw.expires !== "number" || !Number.isFinite(raw.expires)) {
    throw new TokenStoreError(`the token stored under ${JSON.stringify(where)} is not a token (corrupt store?); delete it to log in again`, { operation: "get" });
  }
  // An access token no Authorization header can carry (written by hand, by another program or an
  // older version) would fail every call until it expired: it is dropped, never sent or quoted,
  // and the token is renewed with its refresh token (without one, the strategy's AuthError).
  // (An empty one is a refresh token stored alone: renewed on first use.)
  const carried = raw.access_token === "" || headerSafe(raw.access_token as string);
  const token: AccessToken = {
    access_token: carried ? (raw.access_token as string) : "",
    token_type: typeof raw.token_type === "string" && raw.token_type ? raw.token_type : "Bearer",
    expires_in: carried && typeof raw.expires_in === "number" ? raw.expires_in : 0,
    expires: carried ? raw.expires : 0,
  };
  if (typeof raw.refresh_token === "string" && raw.refresh_token) token.refresh_token = raw.refresh_token;
  if (typeof raw.scope === "string") token.scope = raw.scope;
  return token;
}

/** Completes a token an app hands over (`withAccessToken`, setters): `expires` from `expires_in` when absent. */
export function adoptProvidedToken(token: AccessToken, now: number, parameter: string): AccessToken {
  if (!token || typeof token !== "object" || typeof token.access_token !== "string" || token.access_token === "") {
    throw new ValidationError(`${parameter} must be an access token object with a non-empty access_token`, { parameter });
  }
  checkHeaderSafe(token.access_token, parameter);
  const out: AccessToken = { ...token, token_type: token.token_type || "Bearer" };
  if (typeof out.expires !== "number" || !Number.isFinite(out.expires) || out.expires === 0) {
    const seconds = typeof token.expires_in === "number" && Number.isFinite(token.expires_in) ? token.expires_in : 0;
    out.expires = now + seconds * 1000;
  }
  if (!out.refresh_token) delete out.refresh_token;
  return out;
}

/** Whether `Authorization: Bearer <accessToken>` can carry it: visible ASCII, no space. */
function headerSafe(accessToken: string): boolean {
  return /^[\x21-\x7e]+$/.test(accessToken);
}

/**
 * Refuses an access token an Authorization header cannot carry (a CR/LF, a space, non-ASCII):
 * kept, it would fail every call until it expired. Never quoted (it is a secret).
 */
export function checkHeaderSafe(accessToken: string, parameter: string): void {
  if (!headerSafe(accessToken)) {
    throw new ValidationError(`${parameter}: the access token holds characters an Authorization header cannot carry (a space, CR/LF or non-ASCII)`, { parameter });
  }
}

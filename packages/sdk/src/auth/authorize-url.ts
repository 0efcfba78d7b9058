/**
 * The `/authorize` URL and the parameters Spotify sends back to the redirect URI.
 * @module
 */
import { AuthError } from "../errors.js";

/** What goes into an authorize URL. */
export interface AuthorizeUrlParams {
  accountsBaseUrl: string;
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  state?: string;
  showDialog?: boolean;
  codeChallenge?: string;
}

/** Builds `GET /authorize?response_type=code&...` (scopes space-separated, S256 when PKCE). */
export function buildAuthorizeUrl(p: AuthorizeUrlParams): string {
  const params = new URLSearchParams();
  params.set("client_id", p.clientId);
  params.set("response_type", "code");
  params.set("redirect_uri", p.redirectUri);
  if (p.scopes.length) params.set("scope", p.scopes.join(" "));
  if (p.state) params.set("state", p.state);
  if (p.showDialog !== undefined) params.set("show_dialog", String(p.showDialog));
  if (p.codeChallenge) {
    params.set("code_challenge_method", "S256");
    params.set("code_challenge", p.codeChallenge);
  }
  return `${p.accountsBaseUrl}/authorize?${params.toString()}`;
}

/** The query Spotify appended to the redirect URI. */
export interface CallbackParams {
  code?: string;
  state?: string;
  error?: string;
  errorDescription?: string;
}

/** Reads `code`, `state` and `error` from a callback URL, its query string, or parsed query values. */
export function readCallback(input: string | URL | URLSearchParams | Record<string, unknown>): CallbackParams {
  let params: URLSearchParams;
  if (input instanceof URLSearchParams) params = input;
  else if (input instanceof URL) params = input.searchParams;
  else if (typeof input === "string") {
    const q = input.indexOf("?");
    params = new URLSearchParams(q >= 0 ? input.slice(q + 1).split("#")[0] : input);
  } else {
    params = new URLSearchParams();
    for (const [key, value] of Object.entries(input)) if (typeof value === "string") params.set(key, value);
  }
  const out: CallbackParams = {};
  const code = params.get("code");
  const state = params.get("state");
  const error = params.get("error");
  const description = params.get("error_description");
  if (code) out.code = code;
  if (state) out.state = state;
  if (error) out.error = error;
  if (description) out.errorDescription = description;
  return out;
}

/** The user denied consent (`?error=access_denied`) or authorization failed otherwise. */
export function callbackError(error: string, description?: string): AuthError {
  return new AuthError({
    error,
    errorDescription: description ?? (error === "access_denied" ? "the user denied the authorization request" : "authorization failed"),
  });
}

/** The `state` that came back is not the one sent: a possible CSRF, so the code is not exchanged. */
export function stateMismatch(): AuthError {
  return new AuthError({
    error: "state_mismatch",
    errorDescription: "the state returned to the redirect URI does not match a pending authorization request; the code was not exchanged",
  });
}

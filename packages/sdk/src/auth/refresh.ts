/**
 * The refresh grant, in its two forms: public clients (PKCE) send `client_id` and no secret;
 * confidential clients authenticate with a Basic header.
 * @module
 */
import { AuthError } from "../errors.js";
import type { RequestPipeline } from "../options.js";
import { basicAuthorization } from "./crypto.js";
import { postTokenRequest } from "./token-response.js";
import type { AccessToken } from "./types.js";

/** The error when a token must be renewed but holds no refresh token. */
export function noRefreshToken(): AuthError {
  return new AuthError({
    error: "no_refresh_token",
    errorDescription: "the access token expired or was rejected and there is no refresh token to renew it; authorize again",
  });
}

/** `grant_type=refresh_token` with `client_id` (PKCE; refresh tokens are single-use and rotate). */
export function refreshPublic(pipeline: RequestPipeline, clientId: string, token: AccessToken | null, signal?: AbortSignal): Promise<unknown> {
  if (!token?.refresh_token) return Promise.reject(noRefreshToken());
  return postTokenRequest(pipeline, { grant_type: "refresh_token", refresh_token: token.refresh_token, client_id: clientId }, { signal });
}

/** `grant_type=refresh_token` authenticated with the client secret (Authorization Code flow). */
export function refreshConfidential(
  pipeline: RequestPipeline,
  clientId: string,
  clientSecret: string,
  token: AccessToken | null,
  signal?: AbortSignal,
): Promise<unknown> {
  if (!token?.refresh_token) return Promise.reject(noRefreshToken());
  return postTokenRequest(pipeline, { grant_type: "refresh_token", refresh_token: token.refresh_token }, {
    authorization: basicAuthorization(clientId, clientSecret),
    signal,
  });
}

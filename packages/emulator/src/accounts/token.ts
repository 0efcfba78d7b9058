// POST /api/token: authorization_code (secret or PKCE), refresh_token, client_credentials, with
// the error texts of behaviour.md §1.7.
import { sha256Base64Url } from "../core/ids.js";
import type { Platform } from "../platform/platform.js";
import { type Exchange, sendJson } from "../http/exchange.js";
import type { AppRecord } from "../options.js";
import { refreshTokenExpiry } from "../state/tokens.js";

/** A PKCE code verifier: 43 to 128 characters of `[A-Za-z0-9-._~]` (RFC 7636 §4.1). */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }
}

const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" };

interface ClientCredentials {
  clientId?: string;
  secret?: string;
}

function basicCredentials(header: string | undefined): ClientCredentials | "malformed" | undefined {
  if (!header) return undefined;
  const m = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  if (!m) return "malformed";
  const decoded = Buffer.from(m[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon === -1) return "malformed";
  return { clientId: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
}

class TokenRequest {
  constructor(
    private readonly platform: Platform,
    private readonly ex: Exchange,
    readonly form: URLSearchParams,
  ) {}

  private invalidClient(description: string): OAuthError {
    return new OAuthError("invalid_client", description, this.platform.options.invalidClientStatus);
  }

  /** Identifies the app, checking the secret when one is sent or required. */
  client(requireSecret: boolean): { app: AppRecord; withSecret: boolean } {
    let basic: ClientCredentials | "malformed" | undefined;
    try {
      basic = basicCredentials(this.ex.req.headers.authorization);
    } catch {
      basic = "malformed";
    }
    if (basic === "malformed") throw this.invalidClient("Invalid client");
    const bodyId = this.form.get("client_id") ?? undefined;
    const clientId = basic?.clientId ?? bodyId;
    if (!clientId || (basic && bodyId !== undefined && bodyId !== basic.clientId)) throw this.invalidClient("Invalid client");
    this.ex.clientId = clientId;
    const app = this.platform.apps.get(clientId);
    if (!app) throw this.invalidClient("Invalid client");
    const secret = basic?.secret ?? this.form.get("client_secret") ?? undefined;
    if (secret !== undefined && secret !== app.clientSecret) throw this.invalidClient("Invalid client secret");
    if (requireSecret && secret === undefined) throw this.invalidClient("Invalid client");
    return { app, withSecret: secret !== undefined };
  }

  private accessToken(app: AppRecord, kind: "user" | "app", scopes: string[], userId?: string): string {
    const now = this.platform.clock.now();
    return this.platform.tokens.issueAccess({ kind, clientId: app.clientId, userId, scopes, issuedAt: now, expiresAt: now + this.platform.settings.tokenTtl * 1000 });
  }

  authorizationCode(): Record<string, unknown> {
    const { tokens, clock } = this.platform;
    const code = this.form.get("code") ?? "";
    const record = tokens.codes.get(code);
    // An unknown code says nothing about the flow: without a record the client_id alone is enough
    // to reach the grant check, so a reused or pruned PKCE code is invalid_grant, as on Spotify.
    const { app } = this.client(record !== undefined && !record.challenge);
    if (!code) throw new OAuthError("invalid_request", "code must be supplied");
    if (!record || record.used || record.clientId !== app.clientId) throw new OAuthError("invalid_grant", "Invalid authorization code");
    if (record.expiresAt <= clock.now()) throw new OAuthError("invalid_grant", "Authorization code expired");
    if ((this.form.get("redirect_uri") ?? "") !== record.redirectUri) throw new OAuthError("invalid_grant", "Invalid redirect URI");
    if (record.challenge) {
      const verifier = this.form.get("code_verifier");
      // RFC 7636 §4.1 (behaviour.md): a verifier Spotify would refuse must fail here too, even when its hash matches.
      if (!verifier || !VERIFIER.test(verifier) || sha256Base64Url(verifier) !== record.challenge) throw new OAuthError("invalid_grant", "code_verifier was incorrect");
    }
    if (!this.platform.state.users.has(record.userId)) throw new OAuthError("invalid_grant", "Invalid authorization code");
    record.used = true;
    this.ex.userId = record.userId;
    const accessToken = this.accessToken(app, "user", record.scopes, record.userId);
    const refreshToken = tokens.issueRefresh({
      clientId: app.clientId,
      userId: record.userId,
      scopes: record.scopes,
      authorizedAt: clock.now(),
      rotating: record.challenge !== undefined,
    });
    return {
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: this.platform.settings.tokenTtl,
      refresh_token: refreshToken,
      scope: record.scopes.join(" "),
    };
  }

  refreshToken(): Record<string, unknown> {
    const { tokens, clock } = this.platform;
    const token = this.form.get("refresh_token") ?? "";
    const record = tokens.refresh.get(token);
    // As for codes: an unknown (or pruned) PKCE refresh token is invalid_grant, not invalid_client.
    const { app } = this.client(record !== undefined && !record.rotating);
    if (!token) throw new OAuthError("invalid_request", "refresh_token must be supplied");
    if (!record || record.clientId !== app.clientId) throw new OAuthError("invalid_grant", "Invalid refresh token");
    if (record.revoked) throw new OAuthError("invalid_grant", "Refresh token revoked");
    if (clock.now() >= refreshTokenExpiry(record.authorizedAt)) throw new OAuthError("invalid_grant", "Refresh token expired");
    if (!this.platform.state.users.has(record.userId)) throw new OAuthError("invalid_grant", "Invalid refresh token");
    this.ex.userId = record.userId;
    const response: Record<string, unknown> = {
      access_token: this.accessToken(app, "user", record.scopes, record.userId),
      token_type: "Bearer",
      expires_in: this.platform.settings.tokenTtl,
      scope: record.scopes.join(" "),
    };
    if (record.rotating) {
      // PKCE refresh tokens are single-use: the old one now answers "Refresh token revoked".
      record.revoked = "rotated";
      response.refresh_token = tokens.issueRefresh({ ...record, revoked: undefined });
    }
    return response;
  }

  clientCredentials(): Record<string, unknown> {
    const { app } = this.client(true);
    return { access_token: this.accessToken(app, "app", []), token_type: "Bearer", expires_in: this.platform.settings.tokenTtl };
  }
}

/**
 * POST /api/token: the authorization code (with a secret or PKCE), refresh token and client credentials
 * grants, with Spotify's error bodies.
 */
export function tokenEndpoint(platform: Platform, ex: Exchange, body: Buffer): void {
  if (ex.method !== "POST") {
    return sendJson(platform, ex, 405, { error: "invalid_request", error_description: "Method not allowed, use POST" }, { Allow: "POST, OPTIONS" });
  }
  // Only form-encoded bodies are read; anything else (JSON included) leaves grant_type missing.
  const type = String(ex.req.headers["content-type"] ?? "").toLowerCase();
  const form = type.startsWith("application/x-www-form-urlencoded") ? new URLSearchParams(body.toString("utf8")) : new URLSearchParams();
  const request = new TokenRequest(platform, ex, form);
  try {
    const grant = form.get("grant_type");
    let result: Record<string, unknown>;
    if (!grant) throw new OAuthError("unsupported_grant_type", "grant_type parameter is missing");
    else if (grant === "authorization_code") result = request.authorizationCode();
    else if (grant === "refresh_token") result = request.refreshToken();
    else if (grant === "client_credentials") result = request.clientCredentials();
    else throw new OAuthError("unsupported_grant_type", "grant_type must be client_credentials, authorization_code or refresh_token");
    platform.markDirty();
    sendJson(platform, ex, 200, result, NO_STORE);
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    const headers: Record<string, string> = { ...NO_STORE };
    if (error.status === 401) headers["WWW-Authenticate"] = 'Basic realm="spotify"';
    sendJson(platform, ex, error.status, { error: error.error, error_description: error.description }, headers);
  }
}

// GET /authorize (consent page or auto-approve) and POST /authorize (the page's answer).
import { newId } from "../core/ids.js";
import type { PendingConsent, Platform } from "../platform/platform.js";
import { type Exchange, send, sendHtml } from "../http/exchange.js";
import { DEFAULT_USER_ID } from "../options.js";
import { consentPage, errorPage } from "./html.js";
import { redirectAllowed } from "./redirect.js";
import { EXTRA_SCOPES, parseScopes } from "./scopes.js";

/** The longest `state` the emulator copies into a redirect (Spotify documents none; 2 KB is far above any real use). */
export const MAX_STATE_LENGTH = 2048;

const PENDING_TTL_MS = 15 * 60_000;
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
/** The browser's "logged-in" user, set when a person approves on the consent page. */
const USER_COOKIE = "spotify_emulator_user";

function redirect(platform: Platform, ex: Exchange, base: string, params: Record<string, string | undefined>, fragment = false, headers: Record<string, string> = {}): void {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) query.set(k, v);
  const sep = fragment ? "#" : base.includes("?") ? "&" : "?";
  send(platform, ex, 302, undefined, { Location: `${base}${sep}${query.toString()}`, "Cache-Control": "no-store", ...headers });
}

function cookieUser(ex: Exchange): string | undefined {
  for (const part of (ex.req.headers.cookie ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name !== USER_COOKIE) continue;
    try {
      return decodeURIComponent(value.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The user this browser is logged in as, when `rememberConsent` is on, `show_dialog` is not
 * `true` and that user already approved every requested scope for the app.
 */
function rememberedUser(platform: Platform, ex: Exchange, q: URLSearchParams, consent: PendingConsent): string | undefined {
  if (!platform.settings.rememberConsent || q.get("show_dialog") === "true") return undefined;
  const userId = cookieUser(ex);
  if (userId === undefined || !platform.state.users.has(userId)) return undefined;
  return platform.approvals.covers(consent.clientId, userId, consent.scopes) ? userId : undefined;
}

function knownScope(platform: Platform, scope: string): boolean {
  return scope in platform.spec.scopes || scope in EXTRA_SCOPES;
}

/** Issues a code for `userId` and sends the browser back to the app. */
function approve(platform: Platform, ex: Exchange, consent: PendingConsent, userId: string, headers: Record<string, string> = {}): void {
  const code = platform.tokens.issueCode({
    clientId: consent.clientId,
    userId,
    redirectUri: consent.redirectUri,
    scopes: consent.scopes,
    challenge: consent.challenge,
    expiresAt: platform.clock.now() + platform.settings.codeTtl * 1000,
  });
  ex.userId = userId;
  redirect(platform, ex, consent.redirectUri, { code, state: consent.state }, false, headers);
}

/** The user to approve as, or `{ unknown }` when the setting names a user that does not exist. */
function autoApproveUser(platform: Platform): string | { unknown: string } | undefined {
  const setting = platform.settings.autoApprove;
  if (setting === false) return undefined;
  // A named user is never swapped for another: the app would get a token for the wrong person.
  if (typeof setting === "string") return platform.state.users.has(setting) ? setting : { unknown: setting };
  if (platform.state.users.has(DEFAULT_USER_ID)) return DEFAULT_USER_ID;
  return platform.state.users.keys().next().value;
}

/**
 * GET /authorize: checks the client, redirect URI, response type and scopes, then shows the consent page,
 * answers at once (auto-approve, remembered consent) or sends the error back to the app.
 */
export function authorizeGet(platform: Platform, ex: Exchange): void {
  const q = new URLSearchParams(ex.rawQuery);
  const clientId = q.get("client_id") ?? "";
  ex.clientId = clientId || undefined;
  const app = platform.apps.get(clientId);
  if (!app) return sendHtml(platform, ex, 400, errorPage("INVALID_CLIENT: Invalid client"));
  const redirectUri = q.get("redirect_uri") ?? "";
  if (!redirectUri || !redirectAllowed(app.redirectUris, redirectUri)) {
    return sendHtml(platform, ex, 400, errorPage("INVALID_CLIENT: Invalid redirect URI"));
  }
  const state = q.get("state") ?? undefined;
  // Copied into the redirect's Location: past a few KB no HTTP client can read that header.
  if (state !== undefined && state.length > MAX_STATE_LENGTH) {
    return sendHtml(platform, ex, 400, errorPage(`INVALID_REQUEST: state is longer than ${MAX_STATE_LENGTH} characters`));
  }
  const responseType = q.get("response_type");
  // The implicit grant is gone (behaviour.md §1.1): Spotify answers in the fragment.
  if (responseType === "token") return redirect(platform, ex, redirectUri, { error: "unsupported_response_type", state }, true);
  if (responseType !== "code") return redirect(platform, ex, redirectUri, { error: "unsupported_response_type", state });
  const scopes = parseScopes(q.get("scope"));
  if (scopes.some((s) => !knownScope(platform, s))) return redirect(platform, ex, redirectUri, { error: "invalid_scope", state });
  const method = q.get("code_challenge_method");
  const challenge = q.get("code_challenge") ?? undefined;
  if ((method !== null || challenge !== undefined) && (method !== "S256" || !challenge || !CHALLENGE.test(challenge))) {
    return redirect(platform, ex, redirectUri, { error: "invalid_request", state });
  }
  const consent: PendingConsent = { clientId, redirectUri, scopes, state, challenge, expiresAt: platform.clock.now() + PENDING_TTL_MS };
  const auto = autoApproveUser(platform);
  if (typeof auto === "object") return sendHtml(platform, ex, 500, errorPage(`Auto-approve names an unknown user: ${auto.unknown}`));
  if (auto !== undefined) return approve(platform, ex, consent, auto);
  const remembered = rememberedUser(platform, ex, q, consent);
  if (remembered !== undefined) return approve(platform, ex, consent, remembered);

  for (const [id, p] of platform.pending) if (p.expiresAt < platform.clock.now()) platform.pending.delete(id);
  const requestId = newId(18);
  platform.pending.set(requestId, consent);
  sendHtml(
    platform,
    ex,
    200,
    consentPage({
      app,
      scopes,
      scopeDescriptions: { ...platform.spec.scopes, ...EXTRA_SCOPES },
      users: [...platform.state.users.values()],
      requestId,
      redirectUri,
    }),
    { "Cache-Control": "no-store", "X-Frame-Options": "DENY" },
  );
}

/** The consent form's answer (form-encoded: request_id, user_id, decision=approve|deny). */
export function authorizePost(platform: Platform, ex: Exchange, body: Buffer): void {
  const form = new URLSearchParams(body.toString("utf8"));
  const requestId = form.get("request_id") ?? "";
  const consent = platform.pending.get(requestId);
  if (!consent || consent.expiresAt < platform.clock.now()) {
    platform.pending.delete(requestId);
    return sendHtml(platform, ex, 400, errorPage("This authorization request has expired or was already answered. Start again from the app."));
  }
  ex.clientId = consent.clientId;
  const approved = form.get("decision") === "approve";
  const userId = form.get("user_id") ?? "";
  // Checked before the request is used up, so the person can pick another user and try again.
  if (approved && !platform.state.users.has(userId)) return sendHtml(platform, ex, 400, errorPage("Unknown user."));
  platform.pending.delete(requestId);
  if (!approved) return redirect(platform, ex, consent.redirectUri, { error: "access_denied", state: consent.state });
  platform.approvals.add(consent.clientId, userId, consent.scopes);
  platform.markDirty();
  approve(platform, ex, consent, userId, { "Set-Cookie": `${USER_COOKIE}=${encodeURIComponent(userId)}; Path=/; HttpOnly; SameSite=Lax` });
}

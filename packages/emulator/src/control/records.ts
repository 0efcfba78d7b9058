// Building apps, users and tokens from control-plane input (validated; errors are plain Errors
// with a message the control plane returns as a 400).
import { registrationProblem } from "../accounts/redirect.js";
import { EXTRA_SCOPES } from "../accounts/scopes.js";
import { accountIdFor, newId } from "../core/ids.js";
import type { Platform } from "../platform/platform.js";
import { type Profile, PROFILES } from "../core/profiles.js";
import { type AppRecord, DEFAULT_USER_ID } from "../options.js";
import type { UserRecord } from "../state/types.js";

type Body = Record<string, unknown>;

function optString(body: Body, name: string): string | undefined {
  const v = body[name];
  if (v === undefined) return undefined;
  if (typeof v !== "string" || v === "") throw new Error(`${name} must be a non-empty string`);
  return v;
}

function stringList(body: Body, name: string): string[] | undefined {
  const v = body[name];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new Error(`${name} must be an array of strings`);
  return v as string[];
}

/** Spotify's dashboard and OAuth use snake_case names; both spellings are accepted. */
const APP_ALIASES: Record<string, string> = {
  client_id: "clientId",
  client_secret: "clientSecret",
  redirect_uris: "redirectUris",
  restrict_nov_2024: "restrictNov2024",
  allowed_users: "allowedUsers",
};

/**
 * The app record of a `POST /emulator/apps` body (snake_case names accepted).
 * @throws Error naming the field that is not what an app takes (the control plane answers 400)
 */
export function createAppRecord(input: Body, defaultProfile: Profile): AppRecord {
  const body: Body = { ...input };
  for (const [alias, name] of Object.entries(APP_ALIASES)) if (body[name] === undefined && body[alias] !== undefined) body[name] = body[alias];
  const profile = (body.profile ?? defaultProfile) as Profile;
  if (!PROFILES.includes(profile)) throw new Error(`profile must be one of ${PROFILES.join(", ")}`);
  const redirectUris = stringList(body, "redirectUris") ?? [];
  for (const uri of redirectUris) {
    const problem = registrationProblem(uri);
    if (problem) throw new Error(problem);
  }
  if (body.restrictNov2024 !== undefined && typeof body.restrictNov2024 !== "boolean") throw new Error("restrictNov2024 must be a boolean");
  const app: AppRecord = {
    clientId: optString(body, "clientId") ?? newId(16).replace(/[-_]/g, "0"),
    clientSecret: optString(body, "clientSecret") ?? newId(16).replace(/[-_]/g, "0"),
    name: optString(body, "name") ?? "Emulator test app",
    redirectUris,
    profile,
    restrictNov2024: (body.restrictNov2024 as boolean | undefined) ?? profile !== "extended",
  };
  const allowed = stringList(body, "allowedUsers");
  if (allowed) app.allowedUsers = allowed;
  return app;
}

/** An app as the control plane lists it (the secret included: this is a local test tool). */
export function publicApp(app: AppRecord): AppRecord {
  return { ...app, redirectUris: [...app.redirectUris] };
}

/**
 * The user record of a `POST /emulator/users` body; an id is made up when none is given.
 * @throws Error naming the field that is not what a user takes (the control plane answers 400)
 */
export function createUserRecord(body: Body): UserRecord {
  const id = optString(body, "id") ?? `user-${newId(6).replace(/[-_]/g, "0").toLowerCase()}`;
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(id)) throw new Error("id must be 1-64 characters of letters, digits, '.', '_' or '-'");
  const product = body.product ?? "premium";
  if (product !== "premium" && product !== "free") throw new Error('product must be "premium" or "free"');
  const country = optString(body, "country") ?? "US";
  if (!/^[A-Z]{2}$/.test(country)) throw new Error("country must be an ISO 3166-1 alpha-2 code");
  return {
    id,
    display_name: optString(body, "display_name") ?? id,
    email: optString(body, "email") ?? `${id}@example.com`,
    country,
    product,
    account_id: accountIdFor(id),
  };
}

/**
 * Issues tokens without the OAuth dance (tests and tools): a user token with the scopes asked
 * for (`"all"` = every known scope), or an app token (`kind: "app"`).
 */
export function issueDirectToken(platform: Platform, body: Body): Record<string, unknown> {
  const clientId = optString(body, "clientId") ?? platform.defaultClientId;
  const app = platform.apps.get(clientId);
  if (!app) throw new Error(`unknown clientId ${clientId}`);
  const kind = body.kind ?? "user";
  if (kind !== "user" && kind !== "app") throw new Error('kind must be "user" or "app"');
  const now = platform.clock.now();
  const ttl = body.expiresIn ?? platform.settings.tokenTtl;
  if (typeof ttl !== "number" || !Number.isInteger(ttl) || ttl < 0) throw new Error("expiresIn must be a non-negative integer (seconds)");
  if (kind === "app") {
    const access = platform.tokens.issueAccess({ kind: "app", clientId, scopes: [], issuedAt: now, expiresAt: now + ttl * 1000 });
    return { access_token: access, token_type: "Bearer", expires_in: ttl };
  }
  const userId = optString(body, "userId") ?? DEFAULT_USER_ID;
  if (!platform.state.users.has(userId)) throw new Error(`unknown userId ${userId}`);
  const known = [...Object.keys(platform.spec.scopes), ...Object.keys(EXTRA_SCOPES)];
  const scopes = body.scopes === "all" || body.scopes === undefined ? Object.keys(platform.spec.scopes) : stringList(body, "scopes")!;
  const unknown = scopes.filter((s) => !known.includes(s));
  if (unknown.length) throw new Error(`unknown scopes: ${unknown.join(", ")}`);
  const access = platform.tokens.issueAccess({ kind: "user", clientId, userId, scopes, issuedAt: now, expiresAt: now + ttl * 1000 });
  const refresh = platform.tokens.issueRefresh({ clientId, userId, scopes, authorizedAt: now, rotating: body.pkce === true });
  return { access_token: access, token_type: "Bearer", expires_in: ttl, refresh_token: refresh, scope: scopes.join(" ") };
}

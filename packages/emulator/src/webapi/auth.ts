// The Web API's bearer-token check (behaviour.md §2.1), with Spotify's exact texts.
import type { AccessTokenRecord } from "../state/tokens.js";
import type { CallerAuth } from "../handlers/types.js";
import type { AppRecord } from "../options.js";
import type { Platform } from "../platform/platform.js";

/** The caller and its app, or the status and Spotify's message that refuse the token. */
export type AuthOutcome =
  | { ok: true; auth: CallerAuth; app: AppRecord }
  | { ok: false; status: number; message: string };

const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i;
type Accepted = Extract<AuthOutcome, { ok: true }>;
const outcomes = new WeakMap<AccessTokenRecord, Accepted>();

/** Checks the `Authorization` header of a Web API call. */
export function authenticate(platform: Platform, header: string | undefined): AuthOutcome {
  if (header === undefined || header === "") return { ok: false, status: 401, message: "No token provided" };
  const m = BEARER.exec(header);
  if (!m) return { ok: false, status: 400, message: "Only valid bearer authentication supported" };
  const record = platform.tokens.access.get(m[1]!);
  if (!record || record.revoked) return { ok: false, status: 401, message: "Invalid access token" };
  if (record.expiresAt <= platform.clock.now()) return { ok: false, status: 401, message: "The access token expired" };
  const app = platform.apps.get(record.clientId);
  if (!app || (record.kind === "user" && !platform.state.users.has(record.userId ?? ""))) {
    return { ok: false, status: 401, message: "Invalid access token" };
  }
  // One outcome object per token, reused while the app's profile and switch are unchanged: the
  // same caller making thousands of calls then allocates nothing here.
  const known = outcomes.get(record);
  if (known && known.app === app && known.auth.profile === app.profile && known.auth.restrictNov2024 === app.restrictNov2024) return known;
  // restrictNov2024 rides along so handlers can apply the per-app switch (preview URLs, editorial playlists).
  const auth: CallerAuth = {
    kind: record.kind,
    clientId: record.clientId,
    scopes: new Set(record.scopes),
    profile: app.profile,
    restrictNov2024: app.restrictNov2024,
  };
  if (record.userId !== undefined) auth.userId = record.userId;
  const outcome = { ok: true as const, auth, app };
  outcomes.set(record, outcome);
  return outcome;
}

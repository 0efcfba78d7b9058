/**
 * The emulator's options (what {@link createApp} and {@link startEmulator} take, and their resolved
 * form), the app record, and the well-known default app and users.
 * @module
 */
import { type Profile, PROFILES } from "./core/profiles.js";
import { MAX_TIMER_MS } from "./core/timers.js";
import type { HandlerTable } from "./handlers/types.js";
import type { UserRecord } from "./state/types.js";
import type { FixtureSource } from "./fixtures/sources.js";

/** A registered app (client). */
export interface AppRecord {
  /** The app's client ID, sent by every flow. */
  clientId: string;
  /** Needed for the authorization-code flow with a secret and for client credentials; PKCE needs none. */
  clientSecret: string;
  /** The name the consent page shows. */
  name: string;
  /** Exact-match allow list; loopback IP URIs registered without a port accept any port (RFC 8252). */
  redirectUris: string[];
  /** @default the emulator's profile setting (`dev-2026`) */
  profile: Profile;
  /**
   * Apply the 27 Nov 2024 endpoint removals (recommendations 404; audio features, audio analysis,
   * related artists, featured and category playlists 403).
   * @default true for `dev-2026` and `dev-legacy` apps, false for `extended`
   */
  restrictNov2024: boolean;
  /** Development-mode allow list: when set, tokens of other users get 403 on every call. */
  allowedUsers?: string[];
}

/** Something that wants to hear about unexpected errors (the emulator never prints on its own). */
export type EmulatorLogger = (message: string, error?: unknown) => void;

/**
 * Options of {@link createApp} and {@link startEmulator}.
 * @example
 * const emu = await startEmulator({ port: 0, seed: 7, rateLimit: 0, autoApprove: true });
 */
export interface EmulatorOptions {
  /** Catalog seed: the same seed gives the same catalog. @default 42 */
  seed?: number;
  /** Catalog size (number of tracks). @default 100000 */
  catalogSize?: number;
  /** Access-token lifetime in seconds (`expires_in`). @default 3600 */
  tokenTtl?: number;
  /** Authorization-code lifetime in seconds. @default 600 */
  codeTtl?: number;
  /** Requests per app per rolling 30 s window; 0 turns the limit off. @default 1000 */
  rateLimit?: number;
  /** Added latency per Accounts / Web API request, in ms. @default 0 */
  latency?: number;
  /** Profile of the default app and of apps created without one. @default "dev-2026" */
  profile?: Profile;
  /** Approve `/authorize` at once (as the default user, or as the user id given). @default false */
  autoApprove?: boolean | string;
  /**
   * Send a browser whose user already approved the app (a cookie set by the consent page) straight
   * back, unless the app asks `show_dialog=true`. @default false (the page is always shown)
   */
  rememberConsent?: boolean;
  /** Directory for persistent state; unset keeps everything in memory. */
  dataDir?: string;
  /** HTTP status for `invalid_client` errors on `/api/token` (behaviour.md §1.7). @default 400 */
  invalidClientStatus?: 400 | 401;
  /** Size of the request log ring buffer. @default 1000 */
  logSize?: number;
  /**
   * Keep request and response bodies (and masked request headers) in the request log, each cut at
   * 16 KB, secrets masked. Off by default: the log then costs nothing per body.
   * @default false
   */
  logBodies?: boolean;
  /**
   * Fixtures: responses captured from Spotify's Web API, served wherever the synthetic catalog is.
   * Each is a path (a JSON file, or a directory of them, read recursively) or a parsed JSON value.
   * Kept in `dataDir` and across `POST /emulator/reset`.
   * @throws FixtureError (from createApp) naming the file and JSON path that is not what a Web API call returns
   */
  fixtures?: FixtureSource[];
  /** Serve the fixtures only: no synthetic catalog; users start with an empty library. @default false */
  fixturesOnly?: boolean;
  /**
   * Record mode: pass Accounts and Web API requests through to `upstream` / `upstreamAccounts`
   * (without the emulator's own gate) and write each successful GET of catalog data to this
   * directory as a fixture (response bodies only: never a header, token or user data).
   */
  record?: string;
  /** The Web API base that record mode passes requests to. @default "https://api.spotify.com/v1" */
  upstream?: string;
  /**
   * The Accounts service base that record mode passes `/api/token` to (and sends `/authorize` to).
   * @default "https://accounts.spotify.com" for Spotify's Web API, otherwise the origin of `upstream`
   */
  upstreamAccounts?: string;
  /** Replaces the Web API handler table (tests of the platform itself). */
  handlers?: HandlerTable;
  /** Receives unexpected errors (handler exceptions, persistence failures). */
  logger?: EmulatorLogger;
}

/** {@link EmulatorOptions} checked, with every default filled in (see each option there). */
export interface ResolvedOptions {
  /** {@link EmulatorOptions.seed} */
  seed: number;
  /** {@link EmulatorOptions.catalogSize} */
  catalogSize: number;
  /** {@link EmulatorOptions.tokenTtl} */
  tokenTtl: number;
  /** {@link EmulatorOptions.codeTtl} */
  codeTtl: number;
  /** {@link EmulatorOptions.rateLimit} */
  rateLimit: number;
  /** {@link EmulatorOptions.latency} */
  latency: number;
  /** {@link EmulatorOptions.profile} */
  profile: Profile;
  /** {@link EmulatorOptions.autoApprove} */
  autoApprove: boolean | string;
  /** {@link EmulatorOptions.rememberConsent} */
  rememberConsent: boolean;
  /** {@link EmulatorOptions.dataDir} */
  dataDir: string | undefined;
  /** {@link EmulatorOptions.invalidClientStatus} */
  invalidClientStatus: 400 | 401;
  /** {@link EmulatorOptions.logSize} */
  logSize: number;
  /** {@link EmulatorOptions.logBodies} */
  logBodies: boolean;
  /** {@link EmulatorOptions.fixturesOnly} */
  fixturesOnly: boolean;
}

// Re-exported for the modules that read the profiles with the options.
export { PROFILES } from "./core/profiles.js";

/** The default app's well-known credentials (documented in the README). */
export const DEFAULT_APP = {
  /** `emulator-client-id`. */
  clientId: "emulator-client-id",
  /** `emulator-client-secret`. */
  clientSecret: "emulator-client-secret",
  /** `Emulator App`. */
  name: "Emulator App",
  /** Loopback callbacks on any port (IPv4 and IPv6), and `https://example.com/callback`. */
  redirectUris: ["http://127.0.0.1/callback", "http://[::1]/callback", "https://example.com/callback"],
} as const;

/** The default users: a Premium one (the default) and a Free one. */
export const DEFAULT_USERS: readonly UserRecord[] = [
  {
    id: "emulator-user",
    display_name: "Emulator User",
    email: "emulator-user@example.com",
    country: "US",
    product: "premium",
    account_id: "0f7e9c1a2b3d4e5f60718293a4b5c6d7",
  },
  {
    id: "emulator-free-user",
    display_name: "Emulator Free User",
    email: "emulator-free-user@example.com",
    country: "US",
    product: "free",
    account_id: "1e8f0d2b3c4e5f60718293a4b5c6d7e8",
  },
];

/** The id of the default user, who logs in when auto-approve names no other. */
export const DEFAULT_USER_ID = "emulator-user";

function positiveInt(name: string, value: number | undefined, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
    throw new TypeError(`spotify-emulator: option ${name} must be an integer ${range}, got ${String(value)}`);
  }
  return value;
}

/**
 * Checks `options` and fills in the defaults.
 * @throws TypeError naming the option that is out of range or unknown
 */
export function resolveOptions(options: EmulatorOptions): ResolvedOptions {
  const profile = options.profile ?? "dev-2026";
  if (!PROFILES.includes(profile)) throw new TypeError(`spotify-emulator: unknown profile ${String(profile)} (expected ${PROFILES.join(", ")})`);
  return {
    seed: positiveInt("seed", options.seed, 42),
    catalogSize: positiveInt("catalogSize", options.catalogSize, 100_000, 1),
    tokenTtl: positiveInt("tokenTtl", options.tokenTtl, 3600, 1),
    codeTtl: positiveInt("codeTtl", options.codeTtl, 600, 1),
    rateLimit: positiveInt("rateLimit", options.rateLimit, 1000),
    latency: positiveInt("latency", options.latency, 0, 0, MAX_TIMER_MS),
    profile,
    autoApprove: options.autoApprove ?? false,
    rememberConsent: options.rememberConsent ?? false,
    dataDir: options.dataDir,
    invalidClientStatus: options.invalidClientStatus ?? 400,
    logSize: positiveInt("logSize", options.logSize, 1000, 1),
    logBodies: options.logBodies ?? false,
    fixturesOnly: options.fixturesOnly ?? false,
  };
}

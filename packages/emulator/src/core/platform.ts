// Everything the platform keeps at run time, shared by the Accounts service, the Web API gate and
// the control plane.
import type { HandlerTable, Profile } from "../handlers/types.js";
import type { EmulatorState } from "../state/types.js";
import type { TokenStore } from "../accounts/tokens.js";
import type { Approvals } from "../accounts/approvals.js";
import type { FaultQueue } from "../control/faults.js";
import type { RequestLog } from "../control/log.js";
import type { RateLimiter } from "../ratelimit/limiter.js";
import type { BodyValidators } from "../spec/body.js";
import type { SpecModel } from "../spec/model.js";
import type { Router } from "../spec/router.js";
import type { ResponseCache } from "../webapi/response-cache.js";
import type { AppRecord, EmulatorLogger, ResolvedOptions } from "../options.js";
import type { Clock } from "./clock.js";

/** Settings the control plane can change at run time (`POST /emulator/settings`). */
export interface Settings {
  /** Approve `/authorize` at once: `true` as the default user, a string as that user id; `false` shows the consent page. */
  autoApprove: boolean | string;
  /**
   * Redirect a browser whose user already approved the app (for the requested scopes) at once,
   * unless `show_dialog=true`, as Spotify does for a logged-in user.
   */
  rememberConsent: boolean;
  /** Calls per app per 30 s; 0 = off. */
  rateLimit: number;
  /** Added latency per Accounts / Web API request, in ms. */
  latency: number;
  /** Profile of the default app and of new apps. */
  profile: Profile;
  /** Access-token lifetime, in seconds. */
  tokenTtl: number;
  /** Authorization-code lifetime, in seconds. */
  codeTtl: number;
  /** Keep bodies and masked headers in the request log. */
  logBodies: boolean;
}

/** A consent page waiting for the person's answer. */
export interface PendingConsent {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state?: string;
  challenge?: string;
  expiresAt: number;
}

export interface Platform {
  readonly options: ResolvedOptions;
  readonly settings: Settings;
  readonly clock: Clock;
  readonly state: EmulatorState;
  readonly apps: Map<string, AppRecord>;
  /** The default app's client id (its profile follows the `profile` setting). */
  readonly defaultClientId: string;
  readonly tokens: TokenStore;
  readonly pending: Map<string, PendingConsent>;
  /** Scopes each user approved per app on the consent page. */
  readonly approvals: Approvals;
  readonly faults: FaultQueue;
  readonly log: RequestLog;
  readonly limiter: RateLimiter;
  /** Apps whose calls get the quota 429 (`"*"` = every app), with the Retry-After seconds. */
  readonly quotaExceeded: Map<string, number>;
  readonly spec: SpecModel;
  readonly router: Router;
  readonly bodies: BodyValidators;
  readonly handlers: HandlerTable;
  readonly logger: EmulatorLogger;
  /** Serialized catalog answers; emptied by reseed and reset. */
  readonly responses: ResponseCache;
  /** Tells persistence that something changed. */
  markDirty(): void;
  /** Recreates the Web API state (control plane `seed`). */
  reseed(seed: number, catalogSize: number): void;
  /** Back to the start-up state: default apps and users, no tokens, faults or log. */
  reset(): void;
  /** Open timers (stalls, latency) to cancel on stop. */
  readonly timers: Set<NodeJS.Timeout>;
  /** Open live-log feeds, each with the function that ends it (called on close). */
  readonly feeds: Set<() => void>;
}

/**
 * Everything the platform keeps at run time, shared by the Accounts service, the Web API gate and
 * the control plane. It imports the stores it holds (each from below it) and nothing that serves a
 * request: those import it.
 * @module
 */
import type { Approvals } from "../state/approvals.js";
import type { TokenStore } from "../state/tokens.js";
import type { Clock } from "../core/clock.js";
import type { Profile } from "../core/profiles.js";
import type { FaultQueue } from "../faults/queue.js";
import type { HandlerTable } from "../handlers/types.js";
import type { ResponseCache } from "../http/answer-cache.js";
import type { Recorder } from "../http/exchange.js";
import type { RequestLog } from "../log/request-log.js";
import type { AppRecord, EmulatorLogger, ResolvedOptions } from "../options.js";
import type { RateLimiter } from "../ratelimit/limiter.js";
import type { BodyValidators } from "../spec/body.js";
import type { SpecModel } from "../spec/model.js";
import type { Router } from "../spec/router.js";
import type { EmulatorState } from "../state/types.js";

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
  /** The app asking. */
  clientId: string;
  /** Where the answer goes (already checked against the app's list). */
  redirectUri: string;
  /** The scopes the app asked for. */
  scopes: string[];
  /** The app's `state`, sent back with the answer. */
  state?: string;
  /** The PKCE S256 challenge, when the request carried one. */
  challenge?: string;
  /** When the page stops accepting an answer (emulator clock, epoch ms). */
  expiresAt: number;
}

/**
 * The emulator at run time: its options, settings, clock, state and stores. It is the
 * {@link Recorder} every answer is written through (the request log).
 */
export interface Platform extends Recorder {
  /** The options as resolved at start. */
  readonly options: ResolvedOptions;
  /** What the control plane can change at run time. */
  readonly settings: Settings;
  /** The emulator's clock (the control plane can move it). */
  readonly clock: Clock;
  /** Users and the Web API's data. */
  readonly state: EmulatorState;
  /** The registered apps, by client id. */
  readonly apps: Map<string, AppRecord>;
  /** The default app's client id (its profile follows the `profile` setting). */
  readonly defaultClientId: string;
  /** Codes, access and refresh tokens. */
  readonly tokens: TokenStore;
  /** Consent pages waiting for an answer, by their id. */
  readonly pending: Map<string, PendingConsent>;
  /** Scopes each user approved per app on the consent page. */
  readonly approvals: Approvals;
  /** Faults queued through the control plane. */
  readonly faults: FaultQueue;
  /** The request log the control plane serves. */
  readonly log: RequestLog;
  /** The per-app rate limit. */
  readonly limiter: RateLimiter;
  /** Apps whose calls get the quota 429 (`"*"` = every app), with the Retry-After seconds. */
  readonly quotaExceeded: Map<string, number>;
  /** The operations of the spec. */
  readonly spec: SpecModel;
  /** Finds the operation of a method and path. */
  readonly router: Router;
  /** Checks JSON request bodies against the spec. */
  readonly bodies: BodyValidators;
  /** The Web API handlers, by operationId. */
  readonly handlers: HandlerTable;
  /** Receives unexpected errors. */
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

/**
 * The contract between the emulator's platform (routing, validation, auth, rendering) and its
 * Web API handlers. A handler receives a validated request and the state, and returns a body
 * (rendered as JSON) or throws an ApiProblem (rendered as Spotify's error body).
 */
import type { Profile } from "../core/profiles.js";
import type { EmulatorState } from "../state/types.js";

// The caller's profile is part of what a handler sees (CallerAuth); the type itself lives with the
// list of profiles.
export type { Profile } from "../core/profiles.js";

/** Who is calling: a user's token (authorization code / PKCE) or an app's (client credentials). */
export interface CallerAuth {
  /** A user's token or an app's. */
  kind: "user" | "app";
  /** The app the token was issued to. */
  clientId: string;
  /** Set for user tokens. */
  userId?: string;
  /** The scopes the token grants (none for an app token). */
  scopes: ReadonlySet<string>;
  /** The calling app's profile: which of Spotify's restrictions apply. */
  profile: Profile;
  /**
   * Whether the 27 Nov 2024 removals apply to the calling app (its own switch, which the control
   * plane can turn off for a `dev-legacy` app). The emulator's gate always sets it; a handler
   * called without it (a test, an embedder) falls back to the state's switch for every profile
   * but `extended`.
   */
  restrictNov2024?: boolean;
}

/** What a Web API handler gets for one request: the operation, its parameters, the caller, the state. */
export interface HandlerContext {
  /** The spec's operationId of the request, e.g. `get-track`. */
  operationId: string;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  /** Query parameters as sent (already validated against the spec). */
  query: Record<string, string>;
  /** Parsed JSON body, the raw text for `image/jpeg` bodies, or undefined. */
  body: unknown;
  /** Who is calling. */
  auth: CallerAuth;
  /** The emulator's state, to read and change. */
  state: EmulatorState;
  /** The emulator's Web API base, e.g. `http://127.0.0.1:8080/v1`, for `href`/`next`/`previous`. */
  apiBase: string;
  /** The emulator's clock (epoch ms); the control plane can move it. */
  now(): number;
}

/** What a handler returns. `status` defaults to 200; `body: undefined` sends no body. */
export interface HandlerResult {
  /** The HTTP status. */
  status?: number;
  /** The body, sent as JSON. */
  body?: unknown;
}

/** Answers one Web API operation. */
export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>;

/** Handlers keyed by the spec's operationId. */
export type HandlerTable = Record<string, Handler>;

/** A Spotify-shaped error: rendered as `{"error":{"status","message","reason"?}}`. */
export class ApiProblem extends Error {
  /**
   * Throw it from a handler: the emulator answers `status` with Spotify's error body.
   * @param status the HTTP status
   * @param message Spotify's `error.message`
   * @param reason Spotify's `error.reason` (player errors: `NO_ACTIVE_DEVICE`, `PREMIUM_REQUIRED`, ...)
   * @param headers extra response headers, e.g. `Retry-After`
   */
  constructor(
    readonly status: number,
    message: string,
    readonly reason?: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiProblem";
  }
}

/**
 * The emulator's state, as handlers see it. The platform owns apps, users and tokens; the Web API
 * side owns the catalog and per-user data (library, follows, playlists, player, history).
 * Every per-user store serialises to plain JSON (toJSON / restore) for `--data-dir` persistence.
 */
export interface UserRecord {
  /** The user's Spotify user ID (`GET /me`'s `id`), used to log in and in control calls. */
  id: string;
  /** The name shown on the profile. */
  display_name: string;
  /** Sent with the `user-read-email` scope. */
  email: string;
  /** ISO 3166-1 alpha-2 country code: the market of `from_token`. */
  country: string;
  /** The subscription: player commands need `premium`. */
  product: "premium" | "free";
  /** Stable pseudonymous id (May 2026). */
  account_id: string;
}

/** Everything the emulator keeps: users, and the Web API's catalog and per-user data. */
export interface EmulatorState {
  /** Users by id (platform-owned). */
  users: Map<string, UserRecord>;
  /**
   * Everything the Web API handlers keep (catalog + per-user data). Created by
   * `createWebApiState(options)` in state/webapi.ts; opaque to the platform except for
   * `toJSON()` / `restore()` used by persistence and `reset()` used by the control plane.
   */
  web: WebApiState;
}

/** The Web API handlers' state, opaque to the rest of the emulator. */
export interface WebApiState {
  /** The state as JSON, for `--data-dir`. */
  toJSON(): unknown;
  /** Replaces the state with one `toJSON()` gave. */
  restore(data: unknown): void;
  /** Back to the state at start-up. */
  reset(): void;
}

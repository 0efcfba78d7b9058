/**
 * The API profiles an app can have (behaviour.md §4.1): which of Spotify's restrictions apply to it.
 * @module
 */

/**
 * An app's profile: `extended` (Extended Quota Mode), `dev-legacy` (a development-mode app created
 * before February 2026), `dev-2026` (one created since: what a new app gets today).
 */
export type Profile = "extended" | "dev-legacy" | "dev-2026";

/** Every {@link Profile}, in the order the CLI and the errors list them. */
export const PROFILES: readonly Profile[] = ["extended", "dev-legacy", "dev-2026"];

/**
 * GENERATED FILE: do not edit. Source: spec/openapi.yml and spec/annotations.yml.
 * Scopes /authorize accepts beyond the spec's (behaviour.md §1.8), with what the consent page says of them.
 * Regenerate with `npm run gen:operations` (node scripts/gen-operations.mjs); test/operations.test.ts fails when it drifts.
 * @module
 */

/** Scope name → the consent page's description, for the scopes the spec does not list. */
export const EXTRA_SCOPES: Readonly<Record<string, string>> = {
  "user-personalized": "Get personalized content for the user",
  "user-soa-link": "Link a partner user account to a Spotify user account",
  "user-soa-unlink": "Unlink a partner user account from a Spotify account",
  "soa-manage-entitlements": "Modify entitlements for linked users",
  "soa-manage-partner": "Update partner information",
  "soa-create-partner": "Create new partners (platform integrators only)",
};

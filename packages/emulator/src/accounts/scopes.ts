/**
 * Scopes /authorize accepts beyond the 19 of the spec: those Spotify's scopes page adds (§1.8), with
 * what the consent page says of them.
 */
export const EXTRA_SCOPES: Record<string, string> = {
  "user-personalized": "Get personalized content for the user",
  "user-soa-link": "Link a partner user account to a Spotify user account",
  "user-soa-unlink": "Unlink a partner user account from a Spotify account",
  "soa-manage-entitlements": "Modify entitlements for linked users",
  "soa-manage-partner": "Update partner information",
  "soa-create-partner": "Create new partners (platform integrators only)",
};

/** The scopes of a `scope` parameter: split on whitespace, duplicates dropped, order kept. */
export function parseScopes(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(/\s+/).filter(Boolean))];
}

/**
 * GENERATED FILE: do not edit. Source: spec/openapi.yml and spec/annotations.yml.
 * Every scope Spotify documents: those of the spec's securitySchemes, then those its scopes page adds (spec/annotations.yml extraScopes).
 * Regenerate with `npm run gen:operations` (node scripts/gen-operations.mjs); test/operations.test.ts fails when it drifts.
 * @module
 */

/** Every scope Spotify documents: the 19 of the OpenAPI spec and the 6 its scopes page adds. */
export const KNOWN_SCOPES: readonly string[] = /* @__PURE__ */ Object.freeze([
  "app-remote-control",
  "playlist-read-private",
  "playlist-read-collaborative",
  "playlist-modify-public",
  "playlist-modify-private",
  "user-library-read",
  "user-library-modify",
  "user-read-private",
  "user-read-email",
  "user-follow-read",
  "user-follow-modify",
  "user-top-read",
  "user-read-playback-position",
  "user-read-playback-state",
  "user-read-recently-played",
  "user-read-currently-playing",
  "user-modify-playback-state",
  "ugc-image-upload",
  "streaming",
  "user-personalized",
  "user-soa-link",
  "user-soa-unlink",
  "soa-manage-entitlements",
  "soa-manage-partner",
  "soa-create-partner",
]);

import { createHash, randomBytes } from "node:crypto";

/** An opaque token with Spotify's look (`BQ...` access tokens, `AQ...` codes and refresh tokens). */
export function newToken(prefix: "BQ" | "AQ", bytes = 64): string {
  return prefix + randomBytes(bytes).toString("base64url");
}

/** A random URL-safe id (consent pages, generated user ids). */
export function newId(bytes = 12): string {
  return randomBytes(bytes).toString("base64url");
}

/** A stable pseudonymous account id derived from a user id (behaviour.md §3.5). */
export function accountIdFor(userId: string): string {
  return createHash("sha256").update(`account:${userId}`).digest("hex").slice(0, 32);
}

/** SHA-256 of `text`, base64url: a PKCE S256 challenge of a verifier. */
export function sha256Base64Url(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/**
 * PKCE and state values from WebCrypto. Runtimes without a global `crypto` (Node 18, an insecure
 * browser context) get a clear error naming what is missing; on Node 18 pass `webcrypto` from
 * `spotify-web-api-sdk/node` as the strategy's `crypto` option.
 * @module
 */
import { SpotifyError } from "../errors.js";

/** The part of WebCrypto the SDK needs. */
export type WebCrypto = Pick<Crypto, "getRandomValues" | "subtle">;

/** The explicitly given WebCrypto, else `globalThis.crypto`; throws when neither is usable. */
export function resolveCrypto(explicit?: WebCrypto): WebCrypto {
  const candidate = explicit ?? (globalThis as { crypto?: WebCrypto }).crypto;
  if (!candidate || typeof candidate.getRandomValues !== "function") {
    throw new SpotifyError(
      "WebCrypto is missing: globalThis.crypto is undefined. On Node 18 pass `crypto: webcrypto` " +
        "(import { webcrypto } from \"spotify-web-api-sdk/node\"); in a browser, serve the page over https or from 127.0.0.1.",
    );
  }
  if (!candidate.subtle || typeof candidate.subtle.digest !== "function") {
    throw new SpotifyError(
      "WebCrypto is incomplete: globalThis.crypto.subtle is undefined (browsers expose it only in a secure context: " +
        "https, or http://127.0.0.1).",
    );
  }
  return candidate;
}

/** base64url without padding (RFC 4648 §5), as PKCE requires. */
export function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** `byteCount` CSPRNG bytes, base64url-encoded. */
export function randomToken(crypto: WebCrypto, byteCount: number): string {
  const bytes = new Uint8Array(byteCount);
  crypto.getRandomValues(bytes);
  return base64Url(bytes);
}

/** A PKCE code verifier: 64 random bytes give 86 characters of `[A-Za-z0-9_-]` (43 to 128 allowed). */
export function createCodeVerifier(crypto: WebCrypto): string {
  return randomToken(crypto, 64);
}

/** The S256 code challenge of `verifier`: base64url(SHA-256(verifier)) without padding. */
export async function codeChallengeS256(crypto: WebCrypto, verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** `Basic base64(id:secret)`, UTF-8 encoded (no `Buffer`: this runs in browsers and edge runtimes too). */
export function basicAuthorization(clientId: string, clientSecret: string): string {
  const bytes = new TextEncoder().encode(`${clientId}:${clientSecret}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

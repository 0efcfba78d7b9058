// Redirect URI rules of behaviour.md §1.4: exact string match, except that a loopback IP literal
// registered without a port accepts any port; `localhost` and plain-HTTP non-loopback URIs are
// refused at registration.

const LOOPBACK_WITH_PORT = /^(http:\/\/(?:127\.0\.0\.1|\[::1\])):(\d{1,5})((?:[/?#].*)?)$/;
const LOOPBACK_NO_PORT = /^http:\/\/(?:127\.0\.0\.1|\[::1\])(?:[/?#]|$)/;

/** Why a URI cannot be registered, or undefined when it can. */
export function registrationProblem(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return `not a valid URI: ${uri}`;
  }
  if (url.hostname === "localhost" || url.hostname.endsWith(".localhost")) return `localhost is not allowed, use 127.0.0.1 or [::1]: ${uri}`;
  if (url.protocol === "http:" && url.hostname !== "127.0.0.1" && url.hostname !== "[::1]") {
    return `HTTP redirect URIs are allowed only for loopback IP literals: ${uri}`;
  }
  if (url.hash) return `a redirect URI cannot have a fragment: ${uri}`;
  return undefined;
}

/**
 * Whether a requested redirect URI matches a registered one: exactly, or on any port for a loopback literal
 * registered without one.
 */
export function redirectAllowed(registered: readonly string[], requested: string): boolean {
  if (registered.includes(requested)) return true;
  const m = LOOPBACK_WITH_PORT.exec(requested);
  if (!m) return false;
  const port = Number(m[2]);
  if (port < 1 || port > 65535) return false;
  const withoutPort = m[1]! + m[3]!;
  return registered.some((r) => r === withoutPort && LOOPBACK_NO_PORT.test(r));
}

// CORS as api.spotify.com and accounts.spotify.com serve it: any origin, the usual methods and
// headers, a week-long preflight cache. Retry-After is exposed so browser apps can honour 429s.
/** The CORS headers of every answer. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Credentials": "true",
  "Access-Control-Expose-Headers": "Retry-After, ETag",
};

/** The answer to a preflight (`OPTIONS`). */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS, PUT, DELETE, PATCH",
  "Access-Control-Allow-Headers":
    "Accept, App-Platform, Authorization, Content-Type, Origin, Retry-After, Spotify-App-Version, X-Cloud-Trace-Context, client-token, content-access-token",
  "Access-Control-Max-Age": "604800",
};

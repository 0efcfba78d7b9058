#!/usr/bin/env node
/**
 * A web server that logs users in with the Authorization Code flow and a client secret, through
 * the SDK's `Session`. Each user's tokens live in a JSON file (the SDK's `FileTokenStore`), so a
 * restart keeps everyone logged in; renewed tokens are handed back through `onTokenRefreshed`.
 *
 *   node examples/session-server/main.mjs        # then open the printed URL
 *
 * Talks to an embedded spotify-emulator by default (its consent page is shown in your browser);
 * to Spotify with SPOTIFY_CLIENT_ID, SPOTIFY_CLIENT_SECRET and SPOTIFY_REDIRECT_URI (registered
 * for your app; default http://127.0.0.1:8888/callback) set; to an emulator you started with
 * SPOTIFY_EMULATOR_URL set. PORT (default 8888, or the redirect URI's port) and TOKEN_FILE
 * (default .tokens.json next to this file) are optional.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { AuthError, Session, SpotifyApi, SpotifyError } from "spotify-web-api-sdk";
import { FileTokenStore } from "spotify-web-api-sdk/node";

const env = process.env;
if (!!env.SPOTIFY_CLIENT_ID !== !!env.SPOTIFY_CLIENT_SECRET) {
  process.stderr.write("Set both SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET (your app's), or neither to use the emulator.\n");
  process.exit(2);
}
const live = !!env.SPOTIFY_CLIENT_ID && !env.SPOTIFY_EMULATOR_URL;
const scopes = ["user-read-private", "user-read-email", "playlist-read-private"];
const tokenFile = env.TOKEN_FILE ?? fileURLToPath(new URL("./.tokens.json", import.meta.url));
// One file for every user; each user's token sits under its own key.
const store = new FileTokenStore(tokenFile);

let emulator;
let target;
if (live) {
  const redirectUri = env.SPOTIFY_REDIRECT_URI ?? "http://127.0.0.1:8888/callback";
  target = { name: "Spotify", clientId: env.SPOTIFY_CLIENT_ID, clientSecret: env.SPOTIFY_CLIENT_SECRET, redirectUri, options: {} };
} else {
  const { DEFAULT_APP, startEmulator } = await import("spotify-emulator");
  if (!env.SPOTIFY_EMULATOR_URL) emulator = await startEmulator({ port: 0 });
  const url = (env.SPOTIFY_EMULATOR_URL ?? emulator.url).replace(/\/+$/, "");
  target = {
    name: `spotify-emulator at ${url}`,
    clientId: env.SPOTIFY_CLIENT_ID ?? DEFAULT_APP.clientId,
    clientSecret: env.SPOTIFY_CLIENT_SECRET ?? DEFAULT_APP.clientSecret,
    // The emulator's default app has http://127.0.0.1/callback, which allows any port.
    redirectUri: env.SPOTIFY_REDIRECT_URI,
    options: { baseUrl: `${url}/v1`, accountsBaseUrl: url },
  };
}

/** Signed-in users by session cookie: the Session (the auth strategy) and its client. */
const users = new Map();
/** `state` values of authorizations under way, by session cookie. */
const pendingStates = new Map();

function userFor(sid) {
  let user = users.get(sid);
  if (!user) {
    const session = new Session({
      clientId: target.clientId,
      clientSecret: target.clientSecret,
      redirectUri: target.redirectUri,
      scopes,
      store,
      storeKey: `user:${sid}`,
      // Every new token, the first and each renewal, after the store has saved it.
      onTokenRefreshed: (token) => {
        console.log(`session ${sid.slice(0, 6)}…: new access token, valid ${token.expires_in} s, saved to ${store.path}`);
      },
    });
    user = { session, sdk: SpotifyApi.withSession(session, target.options) };
    users.set(sid, user);
  }
  return user;
}

function cookieSid(req) {
  const match = /(?:^|;\s*)sid=([A-Za-z0-9_-]{32})(?:;|$)/.exec(req.headers.cookie ?? "");
  return match?.[1];
}

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function page(res, body, status = 200) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(`<!doctype html><meta charset="utf-8"><title>spotify-web-api-sdk: Session</title><body style="font-family:sans-serif">${body}</body>`);
}
function json(res, value, status = 200) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(value));
}
function redirect(res, location) {
  res.writeHead(302, { location }).end();
}

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  let sid = cookieSid(req);
  if (!sid) {
    sid = randomBytes(24).toString("base64url");
    res.setHeader("set-cookie", `sid=${sid}; HttpOnly; SameSite=Lax; Path=/`);
  }
  const { session, sdk } = userFor(sid);

  if (url.pathname === "/login") {
    const state = session.generateState();
    pendingStates.set(sid, state);
    return redirect(res, session.getAuthorizeUrl({ state }));
  }
  if (url.pathname === "/callback") {
    const expected = pendingStates.get(sid);
    pendingStates.delete(sid);
    // Checks `state`, turns ?error= into an AuthError, exchanges the code (secret sent as Basic).
    await session.handleCallback(url.searchParams, expected);
    return redirect(res, "/");
  }
  if (url.pathname === "/logout" && req.method === "POST") {
    sdk.logOut();
    return redirect(res, "/");
  }
  // Reads the file once: after a restart the user is still logged in.
  const token = await session.load();
  if (url.pathname === "/me.json") {
    if (!token) return json(res, { error: "not logged in" }, 401);
    const me = await sdk.currentUser.profile();
    return json(res, { id: me.id, display_name: me.display_name, product: me.product });
  }
  if (url.pathname !== "/") return page(res, "<p>Not found</p>", 404);
  if (!token) return page(res, `<h1>Session example</h1><p><a href="/login">Log in with Spotify</a> (${escape(target.name)})</p>`);
  const me = await sdk.currentUser.profile();
  const playlists = await sdk.currentUser.playlists.playlists(5);
  return page(res, `<h1>Hello ${escape(me.display_name ?? me.id)}</h1>
<p>${escape(me.id)} · ${escape(me.product ?? "")} · ${playlists.total} playlists</p>
<ul>${playlists.items.map((p) => `<li>${escape(p.name)}</li>`).join("")}</ul>
<form method="post" action="/logout"><button>Log out</button></form>`);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    // SDK errors never hold a token, code or secret: safe to show and log.
    const text = error instanceof SpotifyError ? `${error.name}: ${error.message}` : "internal error";
    if (!(error instanceof SpotifyError)) process.stderr.write(`${error?.stack ?? error}\n`);
    // An AuthError is a refused login (Cancel, a wrong state) or a revoked token: log in again.
    if (!res.headersSent) page(res, `<p>${escape(text)}</p><p><a href="/login">Log in again</a></p>`, error instanceof AuthError ? 401 : 500);
  });
});

const port = Number(env.PORT ?? (target.redirectUri ? new URL(target.redirectUri).port || 80 : 8888));
server.once("error", async (error) => {
  process.stderr.write(`could not listen on 127.0.0.1:${port}: ${error.code === "EADDRINUSE" ? "the port is busy (set PORT)" : error.message}\n`);
  await emulator?.stop();
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  const origin = `http://127.0.0.1:${server.address().port}`;
  target.redirectUri ??= `${origin}/callback`;
  console.log(`Talking to ${target.name}; tokens kept in ${tokenFile}`);
  console.log(`listening on ${origin} (redirect URI ${target.redirectUri})`);
});

async function stop() {
  server.closeAllConnections?.();
  await new Promise((resolve) => server.close(resolve));
  await emulator?.stop();
  console.log("stopped");
}
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => { stop().then(() => process.exit(0)); });

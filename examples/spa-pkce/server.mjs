/**
 * The SPA example's server: serves the page (plain ESM; the SDK's browser build is mapped by an
 * import map, no bundler), and receives the token the page obtained with PKCE. From then on the
 * server calls the Web API for that user with `ProvidedAccessTokenStrategy`, which renews the
 * token (PKCE refresh: refresh token + client id, no secret) before it expires and after a 401.
 * `main.mjs` runs it; tests import it.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ProvidedAccessTokenStrategy, SpotifyApi, SpotifyError } from "spotify-web-api-sdk";

const here = dirname(fileURLToPath(import.meta.url));
const publicDir = join(here, "public");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css" };

/** The scopes the page asks for. */
export const SCOPES = ["user-read-private", "user-read-email"];

/**
 * The folder of the SDK's browser build, found the way a bundler would: the package's exports
 * map, conditions `browser` then `import`.
 */
export function sdkBrowserBuild() {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve("spotify-web-api-sdk/package.json");
  const root = require("spotify-web-api-sdk/package.json").exports["."];
  const entry = root.browser?.import?.default ?? root.browser?.import ?? root.import?.default;
  if (typeof entry !== "string") throw new Error("spotify-web-api-sdk's exports map has no browser ESM entry");
  const file = join(dirname(manifestPath), entry);
  if (!existsSync(file)) throw new Error(`the SDK is not built (${entry} is missing): run \`npm run build\``);
  return { dir: dirname(file), entry: file.slice(dirname(file).length + 1) };
}

function readBody(req, limit = 16_384) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > limit) reject(Object.assign(new Error("body too large"), { status: 413 }));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/**
 * Starts the server.
 * @param {object} o
 * @param {string} o.clientId the app's client id (a public client: no secret here)
 * @param {string} [o.apiUrl] Web API base URL (an emulator's), default Spotify's
 * @param {string} [o.accountsUrl] Accounts base URL (an emulator's), default Spotify's
 * @param {string} [o.host] default 127.0.0.1 (Spotify allows http redirect URIs on loopback IPs only)
 * @param {number} [o.port] default 0 (a free port)
 * @param {(line: string) => void} [o.log] receives one line per event; default silent
 */
export async function startSpaServer({ clientId, apiUrl, accountsUrl, host = "127.0.0.1", port = 0, log = () => {} }) {
  const sdkBuild = sdkBrowserBuild();
  const sdkOptions = apiUrl ? { baseUrl: apiUrl, accountsBaseUrl: accountsUrl } : {};
  /** What the server did, for people reading the log and for tests. */
  const stats = { tokensReceived: 0, apiCalls: 0, renewals: 0 };
  /** Users who handed over their token, by session cookie. */
  const users = new Map();
  let redirectUri = "";

  const importMap = JSON.stringify({ imports: { "spotify-web-api-sdk": `/sdk/${sdkBuild.entry}` } });
  const html = () => readFileSync(join(publicDir, "index.html"), "utf8").replace("<!--importmap-->", `<script type="importmap">${importMap}</script>`);

  function send(res, status, type, body) {
    res.writeHead(status, { "content-type": type, "cache-control": "no-store", "x-content-type-options": "nosniff" });
    res.end(body);
  }
  const json = (res, status, value) => send(res, status, "application/json", JSON.stringify(value));

  function serveFile(res, dir, relative) {
    const file = normalize(join(dir, relative));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !TYPES[extname(file)]) return send(res, 404, "text/plain", "not found");
    send(res, 200, TYPES[extname(file)], readFileSync(file));
  }

  async function callForUser(user) {
    const me = await user.sdk.currentUser.profile();
    stats.apiCalls++;
    user.apiCalls++;
    return { id: me.id, display_name: me.display_name, apiCalls: user.apiCalls, renewals: user.renewals };
  }

  async function handle(req, res) {
    const url = new URL(req.url, "http://localhost");
    const path = decodeURIComponent(url.pathname);
    if (req.method === "GET" && (path === "/" || path === "/callback")) return send(res, 200, TYPES[".html"], html());
    if (req.method === "GET" && path === "/config.json") {
      return json(res, 200, { clientId, redirectUri, scopes: SCOPES, apiUrl: apiUrl ?? null, accountsUrl: accountsUrl ?? null });
    }
    if (req.method === "GET" && path.startsWith("/sdk/")) return serveFile(res, sdkBuild.dir, path.slice(5));
    if (req.method === "GET" && !path.startsWith("/api/")) return serveFile(res, publicDir, path.slice(1));

    const sid = /(?:^|;\s*)sid=([A-Za-z0-9_-]{32})(?:;|$)/.exec(req.headers.cookie ?? "")?.[1];
    if (req.method === "POST" && path === "/api/token") {
      // JSON only: a cross-site form cannot send it without a CORS preflight, which this server refuses.
      if (!/^application\/json\b/.test(req.headers["content-type"] ?? "")) return json(res, 415, { error: "send JSON" });
      let token;
      try {
        token = JSON.parse(await readBody(req));
      } catch (error) {
        if (error?.status) throw error;
        // Not JSON.parse's message: it quotes the body, which may hold a token.
        return json(res, 400, { error: "the body is not valid JSON" });
      }
      const id = sid ?? randomBytes(24).toString("base64url");
      const user = { renewals: 0, apiCalls: 0 };
      // The page hands over its refresh token too: PKCE refresh tokens are single-use, so from now
      // on only this server renews it (the page forgets its copy).
      const strategy = new ProvidedAccessTokenStrategy(clientId, token, undefined, {
        onTokenRefreshed: () => {
          user.renewals++;
          stats.renewals++;
          log(`renewed the access token of session ${id.slice(0, 6)}… (renewal ${user.renewals})`);
        },
      });
      user.sdk = new SpotifyApi(strategy, sdkOptions);
      stats.tokensReceived++;
      users.set(id, user);
      res.setHeader("set-cookie", `sid=${id}; HttpOnly; SameSite=Strict; Path=/`);
      const result = await callForUser(user);
      log(`received a token from the page; called GET /me with it: ${result.display_name} (${result.id})`);
      return json(res, 200, result);
    }
    if (req.method === "GET" && path === "/api/profile") {
      const user = sid && users.get(sid);
      if (!user) return json(res, 401, { error: "no token handed over yet" });
      const result = await callForUser(user);
      log(`called GET /me again for ${result.id} (renewals so far: ${result.renewals})`);
      return json(res, 200, result);
    }
    return json(res, 404, { error: "not found" });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      // SDK errors never hold a token or code; other errors get a generic answer.
      // An AuthError (the refresh token was revoked or expired): the user must log in again.
      const status = error?.status === 413 ? 413 : error?.name === "ValidationError" || error instanceof URIError ? 400 : error?.name === "AuthError" ? 401 : 500;
      const message = error instanceof SpotifyError || status === 413 ? `${error.name}: ${error.message}` : "internal error";
      log(`request ${req.method} ${req.url?.split("?")[0]} failed: ${message}`);
      if (!res.headersSent) json(res, status, { error: message });
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => { server.off("error", reject); resolve(); });
  });
  const origin = `http://${host}:${server.address().port}`;
  redirectUri = `${origin}/callback`;
  return {
    url: origin,
    redirectUri,
    stats,
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

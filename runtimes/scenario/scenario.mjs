// The one scenario every runtime runs against the emulator, through the SDK as users install it.
// Runtime-neutral on purpose: no `node:` import, no `window`, no `Deno`/`Bun`; the launcher hands
// in the SDK's module namespace and the run's settings, and prints what this returns.

/**
 * @typedef {object} ScenarioConfig
 * @property {string} runtime  the matrix key, e.g. "node18"
 * @property {string} origin   the emulator's origin (Accounts service)
 * @property {string} api      the emulator's Web API base (`${origin}/v1`)
 * @property {string} clientId
 * @property {string} clientSecret
 * @property {string} missingAlbumId  an album ID the catalog lacks, unique to this runtime: the
 *   host queued two 429s (Retry-After: 1) for exactly its path, so runtimes running at once do not
 *   take each other's faults
 * @property {string} redirectUri  registered for the app (loopback, any port)
 * @property {boolean} pkce  whether this launcher can follow the authorize redirect itself
 */

/** Steps in the order they run; the host's table names the first failing one. */
export const STEPS = ["import", "client-credentials", "search", "album-pages", "pkce", "not-found", "rate-limit", "missing-globals"];

/**
 * Runs every step; never throws. Each step records "ok", "skip: why" or "FAIL: why".
 * @param {Record<string, any>} sdk the `spotify-web-api-sdk` module namespace
 * @param {ScenarioConfig} cfg
 */
export async function runScenario(sdk, cfg) {
  /** @type {Record<string, string>} */
  const steps = {};
  const facts = {};
  const step = async (name, fn) => {
    try {
      const note = await fn();
      steps[name] = note ? String(note) : "ok";
    } catch (error) {
      steps[name] = `FAIL: ${describe(error)}`;
    }
  };
  const options = { baseUrl: cfg.api, accountsBaseUrl: cfg.origin, timeout: 10_000 };

  await step("import", () => {
    for (const name of ["SpotifyApi", "ClientCredentialsStrategy", "AuthorizationCodeWithPKCEStrategy", "NotFoundError", "RateLimitError", "SpotifyError"]) {
      if (typeof sdk[name] !== "function") throw new Error(`the module has no export ${name}`);
    }
  });

  const api = new sdk.SpotifyApi(new sdk.ClientCredentialsStrategy(cfg.clientId, cfg.clientSecret), options);
  await step("client-credentials", async () => {
    const { authenticated, accessToken } = await api.authenticate();
    if (!authenticated || typeof accessToken.access_token !== "string") throw new Error("authenticate() did not yield a token");
    if (accessToken.token_type !== "Bearer") throw new Error(`token_type is ${accessToken.token_type}`);
  });

  let albumId;
  await step("search", async () => {
    // 10: the most a Development Mode app may ask for since February 2026.
    const result = await api.search("love", ["album", "track"], undefined, 10);
    const albums = result.albums?.items ?? [];
    if (albums.length === 0) throw new Error("search found no album");
    if (!Array.isArray(result.tracks?.items)) throw new Error("search ignored type=track");
    albumId = albums.reduce((a, b) => (b.total_tracks > a.total_tracks ? b : a)).id;
  });

  await step("album-pages", async () => {
    if (!albumId) return "skip: no album from search";
    const album = await api.albums.get(albumId);
    if (album.id !== albumId) throw new Error(`asked for ${albumId}, got ${album.id}`);
    const total = album.tracks.total;
    // Pages of a third of the album, so even a short one takes three requests or more.
    const size = Math.max(1, Math.min(50, Math.floor(total / 3)));
    const ids = [];
    let pages = 0;
    for (let offset = 0; offset < total; offset += size) {
      const page = await api.albums.tracks(albumId, undefined, size, offset);
      pages += 1;
      for (const track of page.items) ids.push(track.id);
      if (!page.next) break;
    }
    if (ids.length !== total) throw new Error(`read ${ids.length} of ${total} tracks`);
    if (new Set(ids).size !== total) throw new Error("a track came twice");
    if (total >= 3 && pages < 3) throw new Error(`${total} tracks in pages of ${size} took ${pages} requests`);
    const walked = [];
    for await (const track of api.paginate(api.albums.tracks, albumId)) walked.push(track.id);
    if (walked.join() !== ids.join()) throw new Error(`paginate() gave ${walked.length} tracks, the pages ${ids.length}`);
    facts.albumTracks = total;
    facts.pages = pages;
  });

  await step("pkce", async () => {
    if (!cfg.pkce) return "skip: this runtime cannot follow the authorize redirect by itself";
    const strategy = new sdk.AuthorizationCodeWithPKCEStrategy(cfg.clientId, cfg.redirectUri, ["user-read-private", "user-read-email"]);
    const user = new sdk.SpotifyApi(strategy, options);
    const { url } = await strategy.getAuthorizeUrl();
    if (!url.startsWith(`${cfg.origin}/authorize?`)) throw new Error("the authorize URL is not the emulator's");
    // The emulator approves at once and redirects to the loopback redirect URI with ?code=.
    const response = await fetch(url, { redirect: "manual" });
    const location = response.headers.get("location");
    if (!location || !location.includes("code=")) throw new Error(`the authorize step answered ${response.status} without a code`);
    await strategy.handleCallback(location);
    const me = await user.currentUser.profile();
    if (typeof me.id !== "string" || !me.id) throw new Error("no user profile with the user's token");
    const token = await user.getAccessToken();
    if (!token?.refresh_token) throw new Error("the code exchange returned no refresh token");
  });

  await step("not-found", async () => {
    // The 429s queued for this path come first (next step): read a second, fault-free ID here.
    const otherMissing = `${cfg.missingAlbumId.slice(0, -1)}${cfg.missingAlbumId.endsWith("z") ? "y" : "z"}`;
    const error = await rejection(api.albums.get(otherMissing));
    if (!(error instanceof sdk.NotFoundError)) throw new Error(`expected NotFoundError, got ${describe(error)}`);
    if (!(error instanceof sdk.SpotifyError) || error.status !== 404) throw new Error("NotFoundError is not a SpotifyError with status 404");
  });

  await step("rate-limit", async () => {
    const noRetry = new sdk.SpotifyApi(new sdk.ClientCredentialsStrategy(cfg.clientId, cfg.clientSecret), { ...options, retry: false });
    const error = await rejection(noRetry.albums.get(cfg.missingAlbumId));
    if (!(error instanceof sdk.RateLimitError)) throw new Error(`expected RateLimitError, got ${describe(error)}`);
    if (error.status !== 429 || error.retryAfter !== 1) throw new Error(`status ${error.status}, retryAfter ${error.retryAfter}`);
    // With retries on, the client waits the second 429's Retry-After and then gets the real answer.
    const started = Date.now();
    const after = await rejection(api.albums.get(cfg.missingAlbumId));
    const waited = Date.now() - started;
    if (!(after instanceof sdk.NotFoundError)) throw new Error(`after the wait: expected NotFoundError, got ${describe(after)}`);
    if (waited < 900) throw new Error(`retried after ${waited} ms, before Retry-After: 1`);
    facts.retryWaitMs = waited;
  });

  await step("missing-globals", async () => {
    const notes = [];
    const tryWithout = (extra) => async () => {
      try {
        await new sdk.SpotifyApi(new sdk.ClientCredentialsStrategy(cfg.clientId, cfg.clientSecret), { ...options, ...extra }).authenticate();
        return null;
      } catch (error) {
        return error;
      }
    };
    let fetchError = await withGlobalHidden("fetch", tryWithout({}));
    if (fetchError === null) {
      // A build with its own transport (Node's) must still explain itself when told to use fetch.
      notes.push("fetch: not needed by default (own transport)");
      fetchError = await withGlobalHidden("fetch", tryWithout({ transport: "fetch" }));
    }
    if (fetchError === HIDE_FAILED) notes.push("fetch: cannot hide");
    else if (fetchError === null) throw new Error('with transport: "fetch" and no global fetch, authenticate() succeeded');
    else if (!(fetchError instanceof sdk.SpotifyError) || !/\bfetch\b/.test(fetchError.message) || !/option/i.test(fetchError.message)) {
      throw new Error(`without fetch: expected a SpotifyError naming fetch and the option to pass one, got ${describe(fetchError)}`);
    }
    const cryptoError = await withGlobalHidden("crypto", async () => {
      const strategy = new sdk.AuthorizationCodeWithPKCEStrategy(cfg.clientId, cfg.redirectUri);
      new sdk.SpotifyApi(strategy, options);
      try {
        await strategy.getAuthorizeUrl();
        return null;
      } catch (error) {
        return error;
      }
    });
    if (cryptoError === HIDE_FAILED) notes.push("crypto: cannot hide");
    else if (cryptoError === null) notes.push("crypto: not needed (the build brings WebCrypto)");
    else if (!(cryptoError instanceof sdk.SpotifyError) || !/crypto/i.test(cryptoError.message) || !/\b(pass|serve)\b/i.test(cryptoError.message)) {
      throw new Error(`without crypto: expected a SpotifyError naming crypto and how to provide it, got ${describe(cryptoError)}`);
    }
    return notes.length ? `ok (${notes.join("; ")})` : "ok";
  });

  const failed = STEPS.filter((name) => steps[name]?.startsWith("FAIL"));
  return { ok: failed.length === 0 && STEPS.every((s) => s in steps), steps, facts };
}

const HIDE_FAILED = Symbol("hide-failed");

/** Runs `fn` with `globalThis[name]` undefined, then puts it back; HIDE_FAILED when it will not go. */
async function withGlobalHidden(name, fn) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  try {
    Object.defineProperty(globalThis, name, { value: undefined, configurable: true, writable: true });
  } catch {
    return HIDE_FAILED;
  }
  if (globalThis[name] !== undefined) return HIDE_FAILED;
  try {
    return await fn();
  } finally {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else delete globalThis[name];
  }
}

/** The rejection of `promise`; an Error when it resolves instead. */
async function rejection(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return new Error("the call succeeded where it should have failed");
}

function describe(error) {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}

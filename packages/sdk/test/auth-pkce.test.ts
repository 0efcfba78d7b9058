/**
 * Authorization Code with PKCE against a real local Accounts service: the Node flow (authorize
 * URL, callback, state check), the browser redirect flow on a stubbed page (return handling,
 * React StrictMode's double call, access_denied), and migration from 1.2.0's cache.
 */
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AuthError,
  AuthorizationCodeWithPKCEStrategy,
  emptyAccessToken,
  LocalStorageCachingStrategy,
  MemoryTokenStore,
  SpotifyApi,
  ValidationError,
  type IRedirectionStrategy,
} from "../src/index.js";
import { comeBackDenied, installFakePage } from "./helpers/auth-browser.js";
import { fakeClock, startAuthServer, type AuthServer } from "./helpers/auth-server.js";

const CLIENT_ID = "client-id-1";
const REDIRECT = "http://127.0.0.1:8888/callback";
const HOUR = 3_600_000;

let server: AuthServer;
afterEach(async () => {
  vi.unstubAllGlobals();
  await server?.close();
});

function challengeOf(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

describe("PKCE in Node: authorize URL and callback", () => {
  async function setup() {
    server = await startAuthServer({ rotate: true });
    const store = new MemoryTokenStore();
    const clock = fakeClock();
    const strategy = new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, ["user-read-email", "playlist-read-private"], {
      store, storeKey: "pkce", accountsBaseUrl: server.accountsUrl, now: clock.now,
    });
    return { strategy, store, clock };
  }

  it("builds the authorize URL with state and an S256 challenge of a CSPRNG verifier kept in the store", async () => {
    const { strategy, store } = await setup();
    const { url, state } = await strategy.getAuthorizeUrl();
    const u = new URL(url);
    expect(u.origin + u.pathname).toBe(`${server.accountsUrl}/authorize`);
    expect(Object.fromEntries(u.searchParams)).toMatchObject({
      client_id: CLIENT_ID, response_type: "code", redirect_uri: REDIRECT,
      scope: "user-read-email playlist-read-private", state, code_challenge_method: "S256",
    });
    const pending = (await store.get(`pkce:pending:${state}`)) as { verifier: string };
    expect(pending.verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(u.searchParams.get("code_challenge")).toBe(challengeOf(pending.verifier));
    expect(u.searchParams.get("code_challenge")).not.toContain("=");
    expect(url).not.toContain(pending.verifier);
    const second = await strategy.getAuthorizeUrl();
    expect(second.state).not.toBe(state);
  });

  it("exchanges the code with client_id and the verifier (no secret), then refreshes with the rotating token", async () => {
    const { strategy, store, clock } = await setup();
    const { state } = await strategy.getAuthorizeUrl();
    const pending = (await store.get(`pkce:pending:${state}`)) as { verifier: string };
    server.addCode("CODE-1", { challenge: challengeOf(pending.verifier), redirectUri: REDIRECT });
    const token = await strategy.handleCallback(`${REDIRECT}?code=CODE-1&state=${state}`);
    expect(token.refresh_token).toBeTruthy();
    const exchange = server.tokenRequests[0]!;
    expect(exchange.authorization).toBeUndefined();
    expect(exchange.form).toMatchObject({ grant_type: "authorization_code", code: "CODE-1", client_id: CLIENT_ID, redirect_uri: REDIRECT });
    expect(await store.get(`pkce:pending:${state}`)).toBeNull();
    clock.advance(HOUR);
    const renewed = await strategy.getOrCreateAccessToken();
    expect(renewed.access_token).not.toBe(token.access_token);
    expect(server.tokenRequests[1]!.form).toEqual({ grant_type: "refresh_token", refresh_token: token.refresh_token, client_id: CLIENT_ID });
  });

  it("a state mismatch is an AuthError and no code is exchanged; a replayed callback too", async () => {
    const { strategy, store } = await setup();
    const { state } = await strategy.getAuthorizeUrl();
    const pending = (await store.get(`pkce:pending:${state}`)) as { verifier: string };
    server.addCode("CODE-2", { challenge: challengeOf(pending.verifier) });
    await expect(strategy.handleCallback(`${REDIRECT}?code=CODE-2&state=forged`)).rejects.toMatchObject({ name: "AuthError", error: "state_mismatch" });
    await expect(strategy.handleCallback(`${REDIRECT}?code=CODE-2`)).rejects.toMatchObject({ error: "state_mismatch" });
    expect(server.tokenCount()).toBe(0);
    await strategy.exchangeCode("CODE-2", state);
    await expect(strategy.exchangeCode("CODE-2", state)).rejects.toMatchObject({ error: "state_mismatch" });
    expect(server.tokenCount()).toBe(1);
  });

  it("?error=access_denied is an AuthError saying so, and nothing is exchanged", async () => {
    const { strategy } = await setup();
    const { state } = await strategy.getAuthorizeUrl();
    const error = await strategy.handleCallback(`${REDIRECT}?error=access_denied&state=${state}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ error: "access_denied" });
    expect(server.tokenCount()).toBe(0);
  });

  it("without a token and outside a browser, getOrCreateAccessToken says what to call instead of redirecting", async () => {
    const { strategy } = await setup();
    await expect(strategy.getOrCreateAccessToken()).rejects.toMatchObject({ name: "AuthError", error: "authorization_required" });
  });

  it("a wrong code_verifier answer from Spotify is an AuthError with Spotify's text", async () => {
    const { strategy } = await setup();
    const { state } = await strategy.getAuthorizeUrl();
    server.addCode("CODE-3", { challenge: "not-the-challenge" });
    await expect(strategy.exchangeCode("CODE-3", state)).rejects.toMatchObject({
      error: "invalid_grant", errorDescription: "code_verifier was incorrect", status: 400,
    });
  });
});

describe("PKCE pending authorizations in Node", () => {
  const keysIn = (store: MemoryTokenStore) => (store.toJSON() as { keys: number }).keys;

  it("abandoned logins leave at most maxPendingAuthorizations keys: the oldest is dropped first, the newest still completes", async () => {
    server = await startAuthServer();
    const store = new MemoryTokenStore();
    const strategy = new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, [], {
      store, storeKey: "pkce", accountsBaseUrl: server.accountsUrl, maxPendingAuthorizations: 5,
    });
    const states: string[] = [];
    for (let i = 0; i < 40; i++) states.push((await strategy.getAuthorizeUrl()).state);
    // Five pending authorizations and their list.
    expect(keysIn(store)).toBe(6);
    expect(await store.get(`pkce:pending:${states[34]}`)).toBeNull();
    await expect(strategy.exchangeCode("ANY", states[0]!)).rejects.toMatchObject({ error: "state_mismatch" });
    const newest = (await store.get(`pkce:pending:${states[39]}`)) as { verifier: string };
    server.addCode("NEWEST", { challenge: challengeOf(newest.verifier) });
    await expect(strategy.exchangeCode("NEWEST", states[39]!)).resolves.toMatchObject({ access_token: expect.any(String) });
    expect(server.tokenCount()).toBe(1);
  });

  it("by default a server keeps up to 1000 pending logins at once", async () => {
    server = await startAuthServer();
    const store = new MemoryTokenStore();
    const strategy = new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, [], { store, storeKey: "pkce" });
    const started = await Promise.all(Array.from({ length: 1003 }, () => strategy.getAuthorizeUrl()));
    expect(keysIn(store)).toBe(1001);
    expect(await store.get(`pkce:pending:${started[2]!.state}`)).toBeNull();
    expect(await store.get(`pkce:pending:${started[3]!.state}`)).not.toBeNull();
  });

  it("a pending login is dropped an hour after it started, returned or not", async () => {
    server = await startAuthServer();
    const store = new MemoryTokenStore();
    const clock = fakeClock();
    const strategy = new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, [], { store, storeKey: "pkce", accountsBaseUrl: server.accountsUrl, now: clock.now });
    for (let i = 0; i < 30; i++) await strategy.getAuthorizeUrl();
    const late = await strategy.getAuthorizeUrl();
    const lateVerifier = ((await store.get(`pkce:pending:${late.state}`)) as { verifier: string }).verifier;
    clock.advance(HOUR + 1);
    await strategy.getAuthorizeUrl();
    // Only the login just started, and the list.
    expect(keysIn(store)).toBe(2);
    // A return after the hour is refused like an unknown state, without a token request.
    const strategy2 = new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, [], { store: new MemoryTokenStore(), storeKey: "p2", accountsBaseUrl: server.accountsUrl, now: clock.now });
    const { state } = await strategy2.getAuthorizeUrl();
    clock.advance(HOUR + 1);
    server.addCode("LATE", { challenge: challengeOf(lateVerifier) });
    await expect(strategy2.exchangeCode("LATE", state)).rejects.toMatchObject({ error: "state_mismatch" });
    expect(server.tokenCount()).toBe(0);
  });

  it("refuses a maxPendingAuthorizations that is not a positive integer", () => {
    for (const bad of [0, -1, 1.5, Number.NaN, "8"]) {
      expect(() => new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, [], { maxPendingAuthorizations: bad as number })).toThrow(ValidationError);
    }
  });
});

describe("PKCE in a browser page", () => {
  const PAGE = "https://app.example/callback";

  function redirectRecorder(): IRedirectionStrategy & { urls: string[] } {
    const urls: string[] = [];
    return { urls, redirect: async (url) => void urls.push(String(url)), onReturnFromRedirect: async () => {} };
  }

  function client(redirection: IRedirectionStrategy) {
    return SpotifyApi.withUserAuthorization(CLIENT_ID, PAGE, ["user-read-email"], {
      accountsBaseUrl: server.accountsUrl, baseUrl: server.apiUrl, redirectionStrategy: redirection,
    });
  }

  it("redirects first; on return (StrictMode double call + a second instance) exchanges the code once and cleans the URL", async () => {
    server = await startAuthServer();
    const page = installFakePage(`${PAGE}?tab=1`);
    const redirection = redirectRecorder();
    const leaving = client(redirection);
    const first = await leaving.authenticate();
    expect(first).toEqual({ authenticated: false, accessToken: emptyAccessToken });
    await leaving.authenticate();
    expect(redirection.urls).toHaveLength(1);
    const sent = new URL(redirection.urls[0]!);
    const state = sent.searchParams.get("state")!;
    const pendingKey = page.storage.keys().find((k) => k.includes(":pending:"))!;
    const pending = JSON.parse(page.storage.getItem(pendingKey)!) as { verifier: string };
    expect(sent.searchParams.get("code_challenge")).toBe(challengeOf(pending.verifier));

    server.addCode("BROWSER-CODE", { challenge: challengeOf(pending.verifier), redirectUri: PAGE });
    page.goTo(`${PAGE}?tab=1&code=BROWSER-CODE&state=${state}`);
    const a = client(redirection);
    const b = client(redirection);
    const results = await Promise.all([a.authenticate(), a.authenticate(), b.authenticate()]);
    expect(results.every((r) => r.authenticated)).toBe(true);
    expect(new Set(results.map((r) => r.accessToken.access_token)).size).toBe(1);
    expect(server.tokenCount("authorization_code")).toBe(1);
    expect(page.href).toBe(`${PAGE}?tab=1`);
    expect(redirection.urls).toHaveLength(1);
    await expect(a.makeRequest("GET", "me")).resolves.toMatchObject({ id: "me" });
  });

  it("serialises the exchange across tabs with the Web Locks API when the browser has it", async () => {
    server = await startAuthServer();
    const page = installFakePage(PAGE);
    const names: string[] = [];
    let tail: Promise<unknown> = Promise.resolve();
    vi.stubGlobal("navigator", {
      locks: {
        request: <T>(name: string, fn: () => Promise<T>) => {
          names.push(name);
          const run = tail.then(fn, fn);
          tail = run.catch(() => undefined);
          return run;
        },
      },
    });
    const redirection = redirectRecorder();
    await client(redirection).authenticate();
    const state = new URL(redirection.urls[0]!).searchParams.get("state")!;
    const pendingKey = page.storage.keys().find((k) => k.includes(":pending:"))!;
    server.addCode("C", { challenge: challengeOf((JSON.parse(page.storage.getItem(pendingKey)!) as { verifier: string }).verifier) });
    page.goTo(`${PAGE}?code=C&state=${state}`);
    const results = await Promise.all([client(redirection).authenticate(), client(redirection).authenticate()]);
    expect(results.every((r) => r.authenticated)).toBe(true);
    expect(server.tokenCount()).toBe(1);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.every((n) => n === `spotify-web-sdk:spotify-web-sdk:pkce:${CLIENT_ID}`)).toBe(true);
  });

  it("two tabs logging in at once each complete their own return; an authorization abandoned for an hour is dropped", async () => {
    server = await startAuthServer();
    const page = installFakePage(PAGE);
    const redirection = redirectRecorder();
    await client(redirection).authenticate(); // tab 1 leaves for the authorize page
    await client(redirection).authenticate(); // tab 2 too, before tab 1 comes back
    const [first, second] = redirection.urls.map((u) => new URL(u).searchParams.get("state")!);
    const pendingKeys = () => page.storage.keys().filter((k) => /:pending:/.test(k));
    expect(pendingKeys()).toHaveLength(2);
    const verifier = JSON.parse(page.storage.getItem(pendingKeys().find((k) => k.endsWith(first!))!)!) as { verifier: string };
    server.addCode("TAB-1-CODE", { challenge: challengeOf(verifier.verifier), redirectUri: PAGE });
    page.goTo(`${PAGE}?code=TAB-1-CODE&state=${first}`);
    await expect(client(redirection).authenticate()).resolves.toMatchObject({ authenticated: true });
    expect(pendingKeys()).toEqual([expect.stringContaining(second!)]);
    // Tab 2's authorization is then abandoned; a redirect an hour later drops it.
    const later = Date.now() + 61 * 60 * 1000;
    const realNow = Date.now;
    Date.now = () => later;
    try {
      await client(redirection).logOut();
      await client(redirection).authenticate();
    } finally {
      Date.now = realNow;
    }
    const third = new URL(redirection.urls[2]!).searchParams.get("state")!;
    expect(pendingKeys()).toEqual([expect.stringContaining(third)]);
  });

  it("returning with ?error=access_denied rejects with an AuthError and removes it from the URL", async () => {
    server = await startAuthServer();
    const page = installFakePage(PAGE);
    const redirection = redirectRecorder();
    await client(redirection).authenticate();
    comeBackDenied(page, redirection.urls, PAGE);
    await expect(client(redirection).authenticate()).rejects.toMatchObject({ name: "AuthError", error: "access_denied" });
    expect(page.href).toBe(PAGE);
    expect(server.tokenCount()).toBe(0);
  });

  it("performUserAuthorization hands the token to the app's function once authorized", async () => {
    server = await startAuthServer();
    const page = installFakePage(PAGE);
    const redirection = redirectRecorder();
    const options = { accountsBaseUrl: server.accountsUrl, redirectionStrategy: redirection };
    const received: string[] = [];
    const onToken = async (token: { access_token: string }) => void received.push(token.access_token);
    await SpotifyApi.performUserAuthorization(CLIENT_ID, PAGE, [], onToken, options);
    expect(received).toEqual([]);
    const state = new URL(redirection.urls[0]!).searchParams.get("state")!;
    const pendingKey = page.storage.keys().find((k) => k.includes(":pending:"))!;
    server.addCode("C", { challenge: challengeOf((JSON.parse(page.storage.getItem(pendingKey)!) as { verifier: string }).verifier) });
    page.goTo(`${PAGE}?code=C&state=${state}`);
    const result = await SpotifyApi.performUserAuthorization(CLIENT_ID, PAGE, [], onToken, options);
    expect(result.authenticated).toBe(true);
    expect(received).toEqual([result.accessToken.access_token]);
  });

  it("a user who left with 1.2.0 and returns after the upgrade completes the login with 1.2.0's cached verifier", async () => {
    server = await startAuthServer();
    const page = installFakePage(`${PAGE}?code=OLD-CODE`);
    const verifier = "v".repeat(64);
    new LocalStorageCachingStrategy().setCacheItem("spotify-sdk:verifier", { verifier, expiresOnAccess: true });
    server.addCode("OLD-CODE", { challenge: challengeOf(verifier) });
    const result = await client(redirectRecorder()).authenticate();
    expect(result.authenticated).toBe(true);
    expect(server.tokenRequests[0]!.form.code_verifier).toBe(verifier);
    expect(page.storage.getItem("spotify-sdk:verifier")).toBeNull();
    expect(page.href).toBe(PAGE);
  });

  it("users of 1.2.0 keep their login: its cached token is read through cachingStrategy and moved", async () => {
    server = await startAuthServer();
    const page = installFakePage(PAGE);
    const pair = server.issue();
    new LocalStorageCachingStrategy().setCacheItem(AuthorizationCodeWithPKCEStrategy.cacheKey, {
      ...pair, token_type: "Bearer", expires_in: 3600, expires: Date.now() + HOUR,
    });
    const redirection = redirectRecorder();
    const sdk = client(redirection);
    await expect(sdk.makeRequest("GET", "me")).resolves.toMatchObject({ token: pair.access_token });
    expect(redirection.urls).toEqual([]);
    expect(page.storage.getItem(AuthorizationCodeWithPKCEStrategy.cacheKey)).toBeNull();
    sdk.logOut();
    await expect(client(redirection).getAccessToken()).resolves.toBeNull();
  });
});

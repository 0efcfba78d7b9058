/**
 * The token lifecycle against a real local Accounts service + Web API: exact token-request counts
 * for herds of concurrent callers, expiry, the renewal window, 401s, rotating refresh tokens,
 * failed renewals and several holders of one store. Time is a fake clock, never a sleep.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  AuthError,
  ClientCredentialsStrategy,
  createPipeline,
  MemoryTokenStore,
  ProvidedAccessTokenStrategy,
  Session,
  SpotifyApi,
  UnauthorizedError,
  type IAuthStrategy,
  type TokenStore,
} from "../src/index.js";
import { fakeClock, startAuthServer, type AuthServer } from "./helpers/auth-server.js";

const CLIENT_ID = "client-id-1";
const SECRET = "client-SECRET-value";
const HOUR = 3_600_000;

let server: AuthServer;
afterEach(async () => {
  await server?.close();
});

function api(auth: IAuthStrategy) {
  const pipeline = createPipeline({ auth, baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl, retry: { backoffBaseMs: 1, backoffMaxMs: 2 } });
  return () => pipeline.request<{ token: string }>({ method: "GET", path: "/me" });
}

function herd<T>(n: number, call: () => Promise<T>) {
  return Promise.allSettled(Array.from({ length: n }, call));
}

function failures(results: PromiseSettledResult<unknown>[]) {
  return results.filter((r) => r.status === "rejected");
}

function clientCredentials(clock = fakeClock(), extra: object = {}) {
  return new ClientCredentialsStrategy(CLIENT_ID, SECRET, [], { accountsBaseUrl: server.accountsUrl, now: clock.now, retry: { backoffBaseMs: 1, backoffMaxMs: 2 }, ...extra });
}

function provided(clock: ReturnType<typeof fakeClock>, extra: object = {}) {
  const pair = server.issue();
  const token = { ...pair, token_type: "Bearer", expires_in: 3600 };
  return new ProvidedAccessTokenStrategy(CLIENT_ID, token, undefined, { accountsBaseUrl: server.accountsUrl, now: clock.now, ...extra });
}

describe("client credentials: one token request per herd", () => {
  it("100 concurrent calls on a cold client make 1 token request", async () => {
    server = await startAuthServer();
    const me = api(clientCredentials());
    const results = await herd(100, me);
    expect(failures(results)).toEqual([]);
    expect(server.tokenCount("client_credentials")).toBe(1);
    expect(server.apiRequests).toHaveLength(100);
  });

  it("after expiry, 100 concurrent calls make 1 more token request", async () => {
    server = await startAuthServer();
    const clock = fakeClock();
    const me = api(clientCredentials(clock));
    await me();
    clock.advance(HOUR + 1);
    expect(failures(await herd(100, me))).toEqual([]);
    expect(server.tokenCount()).toBe(2);
  });

  it("inside the renewal window (skew 60 s) 100 concurrent calls make 1 token request; before it, none", async () => {
    server = await startAuthServer();
    const clock = fakeClock();
    const me = api(clientCredentials(clock));
    await me();
    clock.advance(HOUR - 61_000);
    await herd(10, me);
    expect(server.tokenCount()).toBe(1);
    clock.advance(31_000);
    expect(failures(await herd(100, me))).toEqual([]);
    expect(server.tokenCount()).toBe(2);
  });

  it("a configurable skew moves the window", async () => {
    server = await startAuthServer();
    const clock = fakeClock();
    const me = api(clientCredentials(clock, { skewSeconds: 600 }));
    await me();
    clock.advance(HOUR - 599_000);
    await me();
    expect(server.tokenCount()).toBe(2);
  });

  it("100 concurrent calls that all get a 401 cause exactly 1 renewal and each is retried once", async () => {
    server = await startAuthServer();
    const strategy = clientCredentials();
    const me = api(strategy);
    const first = await me();
    server.expired.add(first.token);
    const results = await herd(100, me);
    expect(failures(results)).toEqual([]);
    expect(server.tokenCount()).toBe(2);
    expect(server.apiRequests.filter((r) => r.status === 401)).toHaveLength(100);
    expect(server.apiRequests.filter((r) => r.status === 200)).toHaveLength(101);
  });

  it("a second 401 after the renewal is thrown as UnauthorizedError (1 renewal, 1 retry, no loop)", async () => {
    server = await startAuthServer();
    const me = api(clientCredentials());
    await me();
    server.rejectAll = true;
    await expect(me()).rejects.toBeInstanceOf(UnauthorizedError);
    expect(server.tokenCount()).toBe(2);
    expect(server.apiRequests.map((r) => r.status)).toEqual([200, 401, 401]);
  });

  it("expires_in below the skew: 10 sequential calls make 1 token request per expiry, not 1 per call", async () => {
    server = await startAuthServer({ expiresIn: 30 });
    const clock = fakeClock();
    const me = api(clientCredentials(clock));
    for (let i = 0; i < 10; i++) {
      await me();
      clock.advance(1000);
    }
    expect(server.tokenCount()).toBe(1);
    clock.advance(30_000);
    for (let i = 0; i < 10; i++) await me();
    expect(server.tokenCount()).toBe(2);
  });

  it("token endpoint 503 during renewal: every caller gets an AuthError, and the next call tries again", async () => {
    server = await startAuthServer();
    const clock = fakeClock();
    const me = api(clientCredentials(clock, { retry: { maxRetries: 1, backoffBaseMs: 1, backoffMaxMs: 2 } }));
    await me();
    clock.advance(HOUR);
    server.failTokens = { status: 503, body: JSON.stringify({ error: "server_error", error_description: "Service unavailable" }) };
    const results = await herd(20, me);
    expect(failures(results)).toHaveLength(20);
    for (const r of results) {
      const reason = (r as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(AuthError);
      expect(reason).toMatchObject({ status: 503, error: "server_error", errorDescription: "Service unavailable" });
    }
    // client_credentials is idempotent: 1 request + 1 retry, shared by all 20 callers.
    expect(server.tokenCount()).toBe(3);
    server.failTokens = null;
    await expect(me()).resolves.toMatchObject({ id: "me" });
    expect(server.tokenCount()).toBe(4);
  });

  it("token requests go through the client's injected fetch once a SpotifyApi configures the strategy", async () => {
    server = await startAuthServer();
    const seen: string[] = [];
    const sdk = new SpotifyApi(new ClientCredentialsStrategy(CLIENT_ID, SECRET), {
      baseUrl: server.apiUrl,
      accountsBaseUrl: server.accountsUrl,
      fetch: (input, init) => {
        seen.push(String(input instanceof Request ? input.url : input));
        return fetch(input, init);
      },
    });
    await Promise.all(Array.from({ length: 5 }, () => sdk.makeRequest("GET", "me")));
    expect(seen.filter((u) => u.endsWith("/api/token"))).toHaveLength(1);
    expect(seen.filter((u) => u.includes("/v1/me"))).toHaveLength(5);
  });
});

describe("refresh tokens", () => {
  it("rotating single-use refresh tokens: 100 concurrent calls at expiry make 1 refresh and 0 failures", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const me = api(provided(clock));
    await me();
    clock.advance(HOUR);
    const results = await herd(100, me);
    expect(failures(results)).toEqual([]);
    expect(server.tokenCount("refresh_token")).toBe(1);
    expect(server.tokenRequests[0]!.authorization).toBeUndefined();
    expect(server.tokenRequests[0]!.form.client_id).toBe(CLIENT_ID);
  });

  it("a refresh response without refresh_token keeps the old one: the second refresh sends the original", async () => {
    server = await startAuthServer({ omitRefreshToken: true });
    const clock = fakeClock();
    const strategy = provided(clock);
    const original = (await strategy.getAccessToken())!.refresh_token;
    const me = api(strategy);
    clock.advance(HOUR);
    await me();
    clock.advance(HOUR);
    await me();
    const sent = server.tokenRequests.map((r) => r.form.refresh_token);
    expect(sent).toEqual([original, original]);
    expect(sent).not.toContain("undefined");
  });

  it("401 'The access token expired' on a token the client believes valid: 1 renewal, 1 retry, success", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const strategy = provided(clock);
    const me = api(strategy);
    const before = (await strategy.getAccessToken())!.access_token;
    server.expired.add(before);
    const result = await me();
    expect(result.token).not.toBe(before);
    expect(server.tokenCount()).toBe(1);
    expect(server.apiRequests.map((r) => r.status)).toEqual([401, 200]);
  });

  it("a refresh failing with 503 rejects every caller with an AuthError (no retry of a single-use token); the next call tries again", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const me = api(provided(clock));
    clock.advance(HOUR);
    server.failTokens = { status: 503, body: "<html>busy</html>", contentType: "text/html" };
    const results = await herd(10, me);
    expect(failures(results)).toHaveLength(10);
    expect(results.every((r) => (r as PromiseRejectedResult).reason instanceof AuthError)).toBe(true);
    expect(server.tokenCount()).toBe(1);
    server.failTokens = null;
    await expect(me()).resolves.toMatchObject({ id: "me" });
    expect(server.tokenCount()).toBe(2);
  });

  it("invalid_grant with no newer token after the grace writes the log-out marker (never a delete), so the app can send the user to log in again", async () => {
    server = await startAuthServer();
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const strategy = provided(clock, { store, storeKey: "k", invalidGrantGraceMs: 50 });
    const me = api(strategy);
    await me();
    server.validRefresh.clear();
    clock.advance(HOUR);
    await expect(me()).rejects.toMatchObject({ name: "AuthError", error: "invalid_grant", status: 400 });
    expect(await store.get("k")).toEqual({ logged_out: true, revision: 2 });
    expect(await strategy.getAccessToken()).toBeNull();
  });

  it("a token that cannot be renewed (no refresh token) is an AuthError, never a request with refresh_token=undefined", async () => {
    server = await startAuthServer();
    const clock = fakeClock();
    const strategy = new ProvidedAccessTokenStrategy(CLIENT_ID, { access_token: "x", token_type: "Bearer", expires_in: 60 }, undefined, {
      accountsBaseUrl: server.accountsUrl, now: clock.now,
    });
    clock.advance(HOUR);
    await expect(strategy.getOrCreateAccessToken()).rejects.toMatchObject({ name: "AuthError", error: "no_refresh_token" });
    expect(server.tokenCount()).toBe(0);
  });

  it("a custom refresh action is used, its result completed, and its failure reaches the caller as an AuthError", async () => {
    server = await startAuthServer();
    const clock = fakeClock();
    let calls = 0;
    const strategy = new ProvidedAccessTokenStrategy(CLIENT_ID, { access_token: "a", refresh_token: "r", token_type: "Bearer", expires_in: 60 },
      async (clientId, token) => {
        calls++;
        if (calls === 2) throw new Error("boom");
        return { access_token: `${clientId}-${token.refresh_token}-${calls}`, token_type: "Bearer", expires_in: 60 };
      }, { now: clock.now });
    clock.advance(HOUR);
    const renewed = await strategy.getOrCreateAccessToken();
    expect(renewed).toMatchObject({ access_token: "client-id-1-r-1", refresh_token: "r" });
    clock.advance(HOUR);
    await expect(strategy.getOrCreateAccessToken()).rejects.toMatchObject({ name: "AuthError", error: "refresh_failed" });
  });
});

describe("log-out", () => {
  it("a log-out during a renewal wins: the renewed token is dropped, not stored, and the waiting caller is told", async () => {
    server = await startAuthServer({ tokenDelayMs: 50 });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const strategy = provided(clock, { store, storeKey: "k" });
    await strategy.getAccessToken();
    clock.advance(HOUR);
    const pending = strategy.getOrCreateAccessToken();
    // The log-out comes while the token request is at the server (a fixed wait lost that race on a busy machine).
    for (let i = 0; i < 1000 && server.tokenCount() === 0; i++) await new Promise((r) => setTimeout(r, 2));
    strategy.removeAccessToken();
    await expect(pending).rejects.toMatchObject({ name: "AuthError", error: "logged_out" });
    expect(server.tokenCount()).toBe(1);
    expect(await strategy.getAccessToken()).toBeNull();
    expect(await store.get("k")).toEqual({ logged_out: true, revision: 2 });
  });
});

describe("onTokenRefreshed", () => {
  it("receives every new token; if it throws, the token is still used and the error goes to the logger", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const logged: string[] = [];
    const pushed: string[] = [];
    const strategy = provided(clock, {
      onTokenRefreshed: (t: { refresh_token: string }) => {
        pushed.push(t.refresh_token);
        if (pushed.length === 1) throw new Error("db down");
      },
      logger: { error: (message: string) => void logged.push(message) },
    });
    const me = api(strategy);
    clock.advance(HOUR);
    await expect(me()).resolves.toMatchObject({ id: "me" });
    clock.advance(HOUR);
    await me();
    expect(pushed).toHaveLength(2);
    expect(new Set(pushed).size).toBe(2);
    expect(logged).toEqual(["spotify-web-api-sdk onTokenRefreshed threw"]);
  });
});

describe("several holders of one store", () => {
  function session(store: TokenStore, clock: ReturnType<typeof fakeClock>) {
    return new Session({
      clientId: CLIENT_ID, clientSecret: SECRET, redirectUri: "https://app.example/cb",
      store, storeKey: "shared", accountsBaseUrl: server.accountsUrl, now: clock.now,
    });
  }

  it("two instances on one store with rotating single-use refresh tokens, both at expiry: 1 refresh, 0 failures", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const pair = server.issue();
    await session(store, clock).setAccessToken({ ...pair, token_type: "Bearer", expires_in: 3600 });
    const a = session(store, clock);
    const b = session(store, clock);
    await Promise.all([a.load(), b.load()]);
    clock.advance(HOUR);
    const [meA, meB] = [api(a), api(b)];
    const results = await Promise.allSettled(Array.from({ length: 100 }, (_, i) => (i % 2 ? meA() : meB())));
    expect(failures(results)).toEqual([]);
    expect(server.tokenCount("refresh_token")).toBe(1);
    expect(a.accessToken).toBe(b.accessToken);
  });

  it("without a lock, a holder that spent a rotated-away refresh token adopts the token the other holder stored", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const inner = new MemoryTokenStore();
    let stale: unknown = undefined;
    // A store without `lock` whose reads lag behind once, as a second process's would.
    const laggy: TokenStore = {
      get: async (key) => (stale !== undefined ? ((v) => ((stale = undefined), v))(stale) : inner.get(key)),
      set: (key, value) => inner.set(key, value),
      delete: (key) => inner.delete(key),
    };
    const pair = server.issue();
    await inner.set("shared", { ...pair, token_type: "Bearer", expires_in: 3600, expires: clock.now() + HOUR });
    const a = session(laggy, clock);
    const b = session(laggy, clock);
    await Promise.all([a.load(), b.load()]);
    clock.advance(HOUR);
    const old = await inner.get("shared");
    await a.getOrCreateAccessToken();
    stale = old;
    const token = await b.getOrCreateAccessToken();
    expect(token.access_token).toBe(a.accessToken);
    expect(server.tokenCount("refresh_token")).toBe(2);
    expect(server.tokenRequests[1]!.form.refresh_token).toBe(pair.refresh_token);
    expect(await inner.get("shared")).toMatchObject({ access_token: a.accessToken });
  });
});

/**
 * The token lifecycle when the app acts while a renewal is in flight: a log-out, a code exchange,
 * a refresh token handed in, a store that fails to write. The newer action must win and no token
 * may be lost. Real local Accounts service; the token endpoint answers after a delay so the app's
 * action lands inside the renewal.
 */
import { afterEach, describe, expect, it } from "vitest";
import { AuthError, MemoryTokenStore, Session, SpotifyApi, type AccessToken, type TokenStore } from "../src/index.js";
import { fakeClock, startAuthServer, type AuthServer } from "./helpers/auth-server.js";

const REDIRECT = "https://app.example/callback";
const HOUR = 3_600_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: AuthServer;
afterEach(async () => {
  await server?.close();
});

function session(clock: ReturnType<typeof fakeClock>, extra: Partial<ConstructorParameters<typeof Session>[0]> = {}) {
  return new Session({ clientId: "client-id-1", clientSecret: "client-SECRET-value", redirectUri: REDIRECT, accountsBaseUrl: server.accountsUrl, now: clock.now, ...extra });
}

/** A held token that has expired on the fake clock, so the next call renews it. */
async function expiredLogin(s: Session, clock: ReturnType<typeof fakeClock>) {
  const pair = server.issue();
  await s.setAccessToken({ ...pair, token_type: "Bearer", expires_in: 3600 });
  clock.advance(HOUR);
  return pair;
}

/** A memory store whose reads take `ms` (a remote store): the gap a log-out can land in. */
function slowStore(ms: number): TokenStore {
  const inner = new MemoryTokenStore();
  return {
    get: async (key) => (await sleep(ms), inner.get(key)),
    set: (key, value) => inner.set(key, value),
    delete: (key) => inner.delete(key),
  };
}

describe("token lifecycle: the app acts while a renewal is in flight", () => {
  it("a log-out while the renewal reads the store stays a log-out", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const pushed: string[] = [];
    const store = slowStore(30);
    const s = session(clock, { store, storeKey: "k", onTokenRefreshed: (t) => void pushed.push(t.access_token) });
    await expiredLogin(s, clock);
    const renewal = s.getOrCreateAccessToken().then(() => "renewed", (e: unknown) => e);
    await sleep(5); // the renewal is reading the store
    await s.removeAccessToken();
    expect(await renewal).toMatchObject({ error: "logged_out" });
    expect(await s.getAccessToken()).toBeNull();
    expect(await store.get("k")).toBeNull();
    expect(pushed).toEqual([]);
  });

  it("a code exchange during a renewal is kept; the older renewal yields to it", async () => {
    server = await startAuthServer({ rotate: true, tokenDelayMs: 60 });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const s = session(clock, { store, storeKey: "k" });
    await expiredLogin(s, clock);
    const renewal = s.getOrCreateAccessToken();
    while (server.tokenCount("refresh_token") === 0) await sleep(2);
    // The refresh request is being answered slowly; the code exchange is answered at once.
    server.options.tokenDelayMs = 0;
    server.addCode("CODE", { redirectUri: REDIRECT });
    const exchanged = await s.requestAccessToken("CODE");
    expect(await renewal).toEqual(exchanged);
    expect(await s.getAccessToken()).toEqual(exchanged);
    expect(await store.get("k")).toMatchObject({ access_token: exchanged.access_token, refresh_token: exchanged.refresh_token });
  });

  it("concurrent refreshAccessToken(refreshToken) calls and API calls share one token request", async () => {
    server = await startAuthServer({ rotate: true, tokenDelayMs: 30 });
    const clock = fakeClock();
    const s = session(clock);
    const pair = await expiredLogin(s, clock);
    const sdk = SpotifyApi.withSession(s, { baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl });
    const refreshes = Array.from({ length: 10 }, () => s.refreshAccessToken(pair.refresh_token));
    const calls = Array.from({ length: 5 }, () => sdk.makeRequest("GET", "me"));
    const tokens = await Promise.all(refreshes);
    await Promise.all(calls);
    expect(server.tokenCount("refresh_token")).toBe(1);
    expect(new Set(tokens.map((t) => t.access_token)).size).toBe(1);
  });

  it("setRefreshToken during a renewal: waiting callers get a usable token, renewed from the new refresh token", async () => {
    server = await startAuthServer({ rotate: true, tokenDelayMs: 40 });
    const clock = fakeClock();
    const s = session(clock);
    await expiredLogin(s, clock);
    const waiting = s.getOrCreateAccessToken();
    await sleep(10);
    const handed = server.issue();
    await s.setRefreshToken(handed.refresh_token);
    const token = await waiting;
    expect(token.access_token).not.toBe("");
    expect(server.tokenRequests.at(-1)!.form.refresh_token).toBe(handed.refresh_token);
  });

  it("a store that fails to write does not fail the call, the app still gets the rotated token, and the stale stored one is never spent", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const inner = new MemoryTokenStore();
    let failWrites = false;
    const store: TokenStore = {
      get: (key) => inner.get(key),
      // A store whose error echoes what it was given: the log must not carry it on.
      set: (key, value) => (failWrites ? Promise.reject(new Error(`ENOSPC: no space left on device writing ${JSON.stringify(value)}`)) : inner.set(key, value)),
      delete: (key) => inner.delete(key),
    };
    const pushed: AccessToken[] = [];
    const logged: string[] = [];
    const s = session(clock, {
      store, storeKey: "k", onTokenRefreshed: (t) => void pushed.push(t),
      logger: { error: (message: string, meta?: unknown) => void logged.push(`${message} ${JSON.stringify(meta)}`) },
    });
    await expiredLogin(s, clock);
    failWrites = true;
    const first = await s.getOrCreateAccessToken();
    expect(pushed).toEqual([first]);
    expect(logged.join("\n")).toMatch(/token store write failed.*ENOSPC/);
    expect(logged.join("\n")).not.toContain(first.access_token);
    expect(logged.join("\n")).not.toContain(first.refresh_token!);
    clock.advance(HOUR);
    const second = await s.getOrCreateAccessToken(); // must spend first's refresh token, not the revoked stored one
    expect(second.access_token).not.toBe(first.access_token);
    expect(server.tokenRequests.at(-1)!.form.refresh_token).toBe(first.refresh_token);
  });

  it("a log-out by another holder of the store (a tab, a process) is not undone by this one's renewal", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const tabA = session(clock, { store, storeKey: "k" });
    const tabB = session(clock, { store, storeKey: "k" });
    await expiredLogin(tabA, clock);
    clock.advance(-HOUR); // the token is fresh again: B reads it from the store
    expect((await tabB.getOrCreateAccessToken()).access_token).toBe((await tabA.getAccessToken())!.access_token);
    await tabA.removeAccessToken();
    clock.advance(HOUR); // B's token expires; renewing would write the user back into the store
    await expect(tabB.getOrCreateAccessToken()).rejects.toMatchObject({ error: "logged_out" });
    expect(await store.get("k")).toEqual({ logged_out: true, revision: expect.any(Number) });
    expect(server.tokenCount("refresh_token")).toBe(0);
    expect(await tabB.getAccessToken()).toBeNull();
  });

  it("a log-out during the token request itself stays a log-out (as before)", async () => {
    server = await startAuthServer({ rotate: true, tokenDelayMs: 40 });
    const clock = fakeClock();
    const s = session(clock);
    await expiredLogin(s, clock);
    const renewal = s.getOrCreateAccessToken().catch((e: unknown) => e);
    await sleep(10);
    await s.removeAccessToken();
    const error = await renewal;
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ error: "logged_out" });
  });
});

describe("token responses and the app's hooks", () => {
  it("a 1.2.0 deserializer and validator read API responses only; hooks never see the tokens", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const s = session(clock);
    await expiredLogin(s, clock);
    const deserialized: string[] = [];
    const seenBodies: string[] = [];
    const compatSeen: string[] = [];
    const sdk = SpotifyApi.withSession(s, {
      baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl,
      deserializer: {
        deserialize: (async (response: Response) => (deserialized.push(response.url), { wrapped: await response.json() })) as <T>(response: Response) => Promise<T>,
      },
      afterRequest: (url: string) => void compatSeen.push(url),
      // (The test server's /me echoes the bearer token, so only the Accounts service's answers are kept.)
      hooks: { afterResponse: [({ request, response }) => void (request.url.startsWith(server.apiUrl) || seenBodies.push(response.body))] },
    });
    // The held token expired: this call refreshes (rotating the refresh token), then calls the API.
    const me = await sdk.makeRequest<{ wrapped: unknown }>("GET", "me");
    expect(me.wrapped).toBeDefined();
    expect(deserialized.every((url) => url.startsWith(server.apiUrl))).toBe(true);
    expect(compatSeen.every((url) => url.startsWith(server.apiUrl))).toBe(true);
    const held = (await s.getAccessToken())!;
    expect(server.validRefresh.has(held.refresh_token!)).toBe(true);
    expect(seenBodies.join("\n")).not.toContain(held.access_token);
    expect(seenBodies.join("\n")).not.toContain(held.refresh_token!);
    expect(seenBodies).toEqual(["[token response withheld]"]);
  });
});

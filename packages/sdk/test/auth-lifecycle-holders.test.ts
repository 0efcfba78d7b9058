/**
 * Several holders of one store keep one truth, the store's: revisions written by compare-and-set,
 * a log-out marker no refresh in flight can undo, `invalid_grant` that waits for another holder's
 * newer token before it logs anyone out, an empty key read as lost data, tokens of the previous
 * version (no revision) still read; and odd `expires_in` values. Real local Accounts service.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ClientCredentialsStrategy, LocalStorageTokenStore, MemoryTokenStore, ProvidedAccessTokenStrategy, Session, SpotifyApi, ValidationError, type RefreshTokenAction, type TokenStore } from "../src/index.js";
import { storedRevision } from "../src/auth/stores.js";
import { FakeStorage } from "./helpers/auth-browser.js";
import { fakeClock, startAuthServer, type AuthServer } from "./helpers/auth-server.js";

const HOUR = 3_600_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: AuthServer;
afterEach(async () => {
  await server?.close();
});

type Clock = ReturnType<typeof fakeClock>;

function holder(store: TokenStore, clock: Clock, extra: Partial<ConstructorParameters<typeof Session>[0]> = {}) {
  return new Session({
    clientId: "client-id-1", clientSecret: "client-SECRET-value", redirectUri: "https://app.example/cb",
    store, storeKey: "k", accountsBaseUrl: server.accountsUrl, now: clock.now, ...extra,
  });
}

/** Logs a user in through `s` (a token pair the server issued), then lets the token expire. */
async function loggedInThenExpired(s: Session, clock: Clock) {
  const pair = server.issue();
  await s.setAccessToken({ ...pair, token_type: "Bearer", expires_in: 3600 });
  clock.advance(HOUR);
  return pair;
}

async function until(condition: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 1000 && !(await condition()); i++) await sleep(5);
}

describe("compareAndSet of the built-in stores", () => {
  const stores: Array<[string, () => TokenStore]> = [
    ["MemoryTokenStore", () => new MemoryTokenStore()],
    ["LocalStorageTokenStore", () => new LocalStorageTokenStore({ storage: new FakeStorage() })],
  ];
  it.each(stores)("%s writes only over the expected revision (null: a missing key, 0: a value without one)", async (_name, make) => {
    const store = make();
    expect(await store.compareAndSet!("k", 0, { revision: 1, a: 1 })).toBe(false);
    expect(await store.compareAndSet!("k", null, { revision: 1, a: 1 })).toBe(true);
    expect(await store.compareAndSet!("k", null, { revision: 1, a: 2 })).toBe(false);
    expect(await store.compareAndSet!("k", 1, { revision: 2, a: 3 })).toBe(true);
    expect(await store.get("k")).toEqual({ revision: 2, a: 3 });
    await store.set("k", { access_token: "written by an older version" });
    expect(storedRevision(await store.get("k"))).toBe(0);
    expect(await store.compareAndSet!("k", 2, { revision: 3 })).toBe(false);
    expect(await store.compareAndSet!("k", 0, { revision: 1, logged_out: true })).toBe(true);
    expect(await store.get("k")).toEqual({ revision: 1, logged_out: true });
    await expect(store.compareAndSet!("k", 1, { revision: 1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(store.compareAndSet!("k", -1, { revision: 2 })).rejects.toBeInstanceOf(ValidationError);
  });

  it("concurrent compare-and-sets on one revision: exactly one wins", async () => {
    const store = new MemoryTokenStore();
    const wins = await Promise.all(Array.from({ length: 20 }, (_, i) => store.compareAndSet("k", null, { revision: 1, i })));
    expect(wins.filter(Boolean)).toHaveLength(1);
  });
});

describe("a log-out wins over a refresh in flight in another holder", () => {
  const storage = new FakeStorage();
  it.each<[string, () => [TokenStore, TokenStore]]>([
    ["one MemoryTokenStore", () => ((store) => [store, store])(new MemoryTokenStore())],
    ["two LocalStorageTokenStores of one page", () => [new LocalStorageTokenStore({ storage }), new LocalStorageTokenStore({ storage })]],
  ])("%s: holder A logs out while B's refresh is in flight: B's write fails, B gets logged_out, a new holder stays logged out", async (_name, stores) => {
    server = await startAuthServer({ rotate: true, tokenDelayMs: 150 });
    const clock = fakeClock();
    const [store, other] = stores();
    const a = holder(store, clock);
    const b = holder(other, clock);
    await loggedInThenExpired(a, clock);
    await b.load();
    const refreshed: string[] = [];
    const renewal = b.getOrCreateAccessToken().then((t) => void refreshed.push(t.access_token), (e: unknown) => e);
    await until(() => server.tokenCount("refresh_token") === 1);
    a.removeAccessToken();
    expect(await renewal).toMatchObject({ name: "AuthError", error: "logged_out" });
    expect(refreshed).toEqual([]);
    expect(await store.get("k")).toEqual({ logged_out: true, revision: 2 });
    const fresh = holder(store, clock);
    expect(await fresh.load()).toBeNull();
    await expect(fresh.getOrCreateAccessToken()).rejects.toMatchObject({ error: "logged_out" });
    await expect(b.getAccessToken()).resolves.toBeNull();
    expect(server.tokenCount("refresh_token")).toBe(1);
  });

  it("after A's log-out, A's calls fail with logged_out as B's do (not not_authorized), at every call, with no token request", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const a = holder(store, clock);
    const b = holder(store, clock);
    await a.setAccessToken({ ...server.issue(), token_type: "Bearer", expires_in: 3600 });
    await b.load();
    const [sdkA, sdkB] = [a, b].map((h) => SpotifyApi.withSession(h, { baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl }));
    await logOutThenExpectLoggedOut(a, store, clock, [sdkA!, sdkB!]);
  });

  it("a new login after the log-out is written over the marker and seen by every holder", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const a = holder(store, clock);
    await loggedInThenExpired(a, clock);
    a.removeAccessToken();
    server.addCode("CODE", { redirectUri: "https://app.example/cb" });
    const b = holder(store, clock);
    const token = await b.requestAccessToken("CODE");
    expect(await store.get("k")).toMatchObject({ access_token: token.access_token, revision: 3 });
    await expect(holder(store, clock).getOrCreateAccessToken()).resolves.toEqual(token);
    await expect(a.getOrCreateAccessToken()).resolves.toEqual(token);
  });
});

/**
 * `holder` logs out; an hour later every call of each client (each twice) fails with `logged_out`,
 * and neither a token request nor a Web API request is sent.
 */
async function logOutThenExpectLoggedOut(holder: { removeAccessToken(): void }, store: MemoryTokenStore, clock: { advance(ms: number): void }, clients: SpotifyApi[]): Promise<void> {
  holder.removeAccessToken();
  await until(async () => (await store.get("k") as { logged_out?: boolean } | null)?.logged_out === true);
  clock.advance(HOUR);
  for (const sdk of [...clients, ...clients]) await expect(sdk.makeRequest("GET", "me")).rejects.toMatchObject({ name: "AuthError", error: "logged_out" });
  expect(server.tokenCount()).toBe(0);
  expect(server.apiRequests).toHaveLength(0);
}

describe("a provided token's holders after a log-out", () => {
  it.each<[string, RefreshTokenAction | undefined]>([
    ["the PKCE refresh", undefined],
    ["a refreshTokenAction of the app's", async () => { throw new Error("must not be called after the log-out"); }],
  ])("renewing with %s: after A's log-out, A's and B's calls fail with logged_out as a Session's do, at every call, with no token request", async (_name, action) => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const token = { ...server.issue(), token_type: "Bearer", expires_in: 3600 };
    const make = () => new ProvidedAccessTokenStrategy("client-id-1", { ...token }, action, { store, storeKey: "k", accountsBaseUrl: server.accountsUrl, now: clock.now });
    const [a, b] = [make(), make()];
    await a.getOrCreateAccessToken();
    await b.getOrCreateAccessToken();
    const [sdkA, sdkB] = [a, b].map((h) => new SpotifyApi(h, { baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl }));
    await logOutThenExpectLoggedOut(a, store, clock, [sdkA!, sdkB!]);
  });
});

describe("invalid_grant", () => {
  it("another holder spent the rotating refresh token an instant before: this one waits for its write and adopts its token (no log-out)", async () => {
    server = await startAuthServer({ rotate: true, tokenDelayMs: 40 });
    const clock = fakeClock();
    const inner = new MemoryTokenStore();
    // No lock (the fence alone must keep this safe), and A's writes land late.
    const lockless = (delay: number): TokenStore => ({
      get: (key) => inner.get(key),
      set: async (key, value) => (await sleep(delay), inner.set(key, value)),
      delete: (key) => inner.delete(key),
      compareAndSet: async (key, expected, value) => (await sleep(delay), inner.compareAndSet(key, expected, value)),
    });
    const a = holder(lockless(300), clock);
    const b = holder(lockless(0), clock, { invalidGrantGraceMs: 5_000 });
    await loggedInThenExpired(a, clock);
    await b.load();
    const first = a.getOrCreateAccessToken();
    await until(() => server.tokenCount("refresh_token") === 1);
    const second = b.getOrCreateAccessToken();
    const [tokenA, tokenB] = await Promise.all([first, second]);
    expect(server.tokenCount("refresh_token")).toBe(2);
    expect(tokenB).toEqual(tokenA);
    expect(await inner.get("k")).toMatchObject({ access_token: tokenA.access_token, revision: 2 });
  });

  it("the refresh token was revoked: after the grace the marker is written once, and every other holder is logged out at its next renewal", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const a = holder(store, clock, { invalidGrantGraceMs: 100 });
    const b = holder(store, clock);
    await loggedInThenExpired(a, clock);
    await b.load();
    server.validRefresh.clear();
    await expect(a.getOrCreateAccessToken()).rejects.toMatchObject({ error: "invalid_grant" });
    expect(await store.get("k")).toEqual({ logged_out: true, revision: 2 });
    await expect(b.getOrCreateAccessToken()).rejects.toMatchObject({ error: "logged_out" });
    expect(server.tokenCount("refresh_token")).toBe(1);
  });
});

describe("an empty key is data the store lost, not a log-out", () => {
  it("the store was emptied (a restart without persistence): the holder renews, writes its token back, and a new holder finds it", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const a = holder(store, clock);
    await loggedInThenExpired(a, clock);
    await store.delete("k"); // lost, not logged out
    const token = await a.getOrCreateAccessToken();
    expect(await store.get("k")).toMatchObject({ access_token: token.access_token });
    await expect(holder(store, clock).getOrCreateAccessToken()).resolves.toEqual(token);
  });

  it("the token request fails after the loss: the copy held is written back anyway", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const a = holder(store, clock);
    const pair = await loggedInThenExpired(a, clock);
    await store.delete("k");
    server.failTokens = { status: 503, body: "{}" };
    await expect(a.getOrCreateAccessToken()).rejects.toMatchObject({ name: "AuthError" });
    expect(await store.get("k")).toMatchObject({ refresh_token: pair.refresh_token, revision: 2 });
  });

  it("a store without compareAndSet keeps the earlier rule: a token removed from it is a log-out elsewhere", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const inner = new MemoryTokenStore();
    const plain: TokenStore = { get: (k) => inner.get(k), set: (k, v) => inner.set(k, v), delete: (k) => inner.delete(k) };
    const a = holder(plain, clock);
    const b = holder(plain, clock);
    await loggedInThenExpired(a, clock);
    await b.load();
    a.removeAccessToken();
    await expect(b.getOrCreateAccessToken()).rejects.toMatchObject({ error: "logged_out" });
    expect(await inner.get("k")).toBeNull();
  });
});

describe("tokens stored by the previous version", () => {
  it("a token without revision is revision 0: read, renewed, and written back with revision 1", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const pair = server.issue();
    await store.set("k", { ...pair, token_type: "Bearer", expires_in: 3600, expires: clock.now() - 1 });
    const token = await holder(store, clock).getOrCreateAccessToken();
    expect(server.tokenRequests[0]!.form.refresh_token).toBe(pair.refresh_token);
    expect(await store.get("k")).toMatchObject({ access_token: token.access_token, revision: 1 });
  });

  it("a token stored with expires: null (the previous version's overflowed expires_in) is renewed, not refused as a corrupt store", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const pair = server.issue();
    await store.set("k", { ...pair, token_type: "Bearer", expires_in: 1e306, expires: null });
    await expect(holder(store, clock).getOrCreateAccessToken()).resolves.toMatchObject({ token_type: "Bearer" });
    expect(server.tokenCount("refresh_token")).toBe(1);
  });
});

describe("odd expires_in", () => {
  function credentials(store: TokenStore, clock: Clock) {
    return new ClientCredentialsStrategy("client-id-1", "client-SECRET-value", [], { accountsBaseUrl: server.accountsUrl, now: clock.now, store, storeKey: "cc" });
  }

  it("expires_in 0 does not make every call request a token: it is used for a short while, then renewed", async () => {
    server = await startAuthServer({ expiresIn: 0 });
    const clock = fakeClock();
    const strategy = credentials(new MemoryTokenStore(), clock);
    for (let i = 0; i < 10; i++) await strategy.getOrCreateAccessToken();
    expect(server.tokenCount()).toBe(1);
    clock.advance(30_000);
    await strategy.getOrCreateAccessToken();
    expect(server.tokenCount()).toBe(2);
  });

  it("expires_in 1e306 is stored with a finite expiry (a year at most) that every other holder reads", async () => {
    server = await startAuthServer({ expiresIn: 1e306 });
    const clock = fakeClock();
    const store = new MemoryTokenStore();
    const token = await credentials(store, clock).getOrCreateAccessToken();
    expect(token.expires).toBe(clock.now() + 366 * 24 * HOUR);
    expect((await store.get("cc")) as { expires: unknown }).toMatchObject({ expires: token.expires });
    await expect(credentials(store, clock).getOrCreateAccessToken()).resolves.toEqual(token);
    expect(server.tokenCount()).toBe(1);
  });

  it("a corrupt stored value is still an error, never a silent log-out", async () => {
    server = await startAuthServer();
    const store = new MemoryTokenStore();
    await store.set("cc", { hello: "world" });
    // A TokenStoreError, as a stored value that is not JSON is: the store, not the caller, is at fault.
    await expect(credentials(store, fakeClock()).getOrCreateAccessToken()).rejects.toMatchObject({ name: "TokenStoreError", operation: "get" });
    expect(server.tokenCount()).toBe(0);
  });
});

/**
 * The strategies end to end against the emulator's Accounts service and Web API: client
 * credentials, PKCE (authorize, auto-approved redirect, exchange, rotating refresh after the
 * emulator expires the token) and the confidential Session.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmulatorControl, startEmulator, type RunningEmulator } from "../../emulator/src/index.js";
import { AuthError, AuthorizationCodeWithPKCEStrategy, ClientCredentialsStrategy, MemoryTokenStore, Session, SpotifyApi } from "../src/index.js";

const CLIENT_ID = "emulator-client-id";
const SECRET = "emulator-client-secret";
const REDIRECT = "http://127.0.0.1:43210/callback";
const SEARCH = "search?q=a&type=track&limit=1";

/**
 * The status a call ends with (200 when it resolves). Operations the emulator does not implement
 * yet answer 501 after the token was checked, so anything but 401 means the token was accepted.
 */
async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (typeof status !== "number") throw error;
    return status;
  }
}
const accepted = (status: number) => status !== 401 && status !== 400 && status !== 403;

let emu: RunningEmulator;
let control: EmulatorControl;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, autoApprove: true, rateLimit: 0 });
  control = new EmulatorControl(emu.url);
});
afterAll(async () => {
  await emu?.stop();
});

/** Follows the auto-approved /authorize redirect and returns where it points. */
async function approve(authorizeUrl: string): Promise<string> {
  const response = await fetch(authorizeUrl, { redirect: "manual" });
  await response.arrayBuffer();
  const location = response.headers.get("location");
  if (!location) throw new Error(`no redirect from /authorize (status ${response.status})`);
  return location;
}

const options = () => ({ baseUrl: emu.apiUrl, accountsBaseUrl: emu.accountsUrl });

/** Token requests the emulator logged since the last clearLog(). */
async function tokenRequests(): Promise<number> {
  const { entries } = await control.log({ limit: 1000 });
  return entries.filter((e) => e.path === "/api/token").length;
}

describe("against the emulator", () => {
  it("client credentials: one token for a herd, and user endpoints refused", async () => {
    await control.clearLog();
    const sdk = SpotifyApi.withClientCredentials(CLIENT_ID, SECRET, [], options());
    const statuses = await Promise.all(Array.from({ length: 10 }, () => statusOf(sdk.makeRequest("GET", SEARCH))));
    expect(statuses.every(accepted)).toBe(true);
    expect(await tokenRequests()).toBe(1);
    const tokens = new Set((await Promise.all([sdk.getAccessToken(), sdk.getAccessToken()])).map((t) => t?.access_token));
    expect(tokens.size).toBe(1);
    await expect(sdk.makeRequest("GET", "me")).rejects.toMatchObject({ status: 401 });
  });

  it("PKCE in Node: authorize, exchange, call; after the emulator expires the token, one rotating refresh and a retry", async () => {
    const strategy = new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, ["user-read-email", "user-read-private"], {
      store: new MemoryTokenStore(), accountsBaseUrl: emu.accountsUrl,
    });
    const { url } = await strategy.getAuthorizeUrl();
    const token = await strategy.handleCallback(await approve(url));
    expect(token.refresh_token).toBeTruthy();
    const sdk = new SpotifyApi(strategy, options());
    expect(accepted(await statusOf(sdk.makeRequest("GET", SEARCH)))).toBe(true);
    await control.expireTokens({ token: token.access_token });
    await control.clearLog();
    const statuses = await Promise.all(Array.from({ length: 10 }, () => statusOf(sdk.makeRequest("GET", SEARCH))));
    expect(statuses.every(accepted)).toBe(true);
    expect(await tokenRequests()).toBe(1);
    const renewed = await sdk.getAccessToken();
    expect(renewed?.access_token).not.toBe(token.access_token);
    expect(renewed?.refresh_token).not.toBe(token.refresh_token);
  });

  it("PKCE: a forged state is refused before any exchange", async () => {
    const strategy = new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, [], { store: new MemoryTokenStore(), accountsBaseUrl: emu.accountsUrl });
    const { url } = await strategy.getAuthorizeUrl();
    const back = new URL(await approve(url));
    back.searchParams.set("state", "forged");
    await expect(strategy.handleCallback(back.href)).rejects.toMatchObject({ name: "AuthError", error: "state_mismatch" });
  });

  it("Session: code flow with the secret, refresh keeps the refresh token the emulator does not resend", async () => {
    const session = new Session({
      clientId: CLIENT_ID, clientSecret: SECRET, redirectUri: "https://example.com/callback", scopes: ["user-read-email"],
      accountsBaseUrl: emu.accountsUrl,
    });
    const state = session.generateState();
    const token = await session.handleCallback(await approve(session.getAuthorizeUrl({ state })), state);
    const refreshed = await session.refreshAccessToken();
    expect(refreshed.access_token).not.toBe(token.access_token);
    expect(refreshed.refresh_token).toBe(token.refresh_token);
    const sdk = SpotifyApi.withSession(session, options());
    expect(accepted(await statusOf(sdk.makeRequest("GET", SEARCH)))).toBe(true);
  });
});

describe("a stored access token no Authorization header can carry (CR/LF)", () => {
  const BAD = "AT-stored\r\nX-Injected: yes";
  const storedBad = (extra: Record<string, unknown> = {}) => ({ access_token: BAD, token_type: "Bearer", expires_in: 3600, expires: Date.now() + 3_600_000, ...extra });
  const shown = (value: unknown) => JSON.stringify(value, Object.getOwnPropertyNames(value ?? {})) + String(value);

  it("is never sent: the Session renews it with the stored refresh token, and the call succeeds", async () => {
    const login = new Session({ clientId: CLIENT_ID, clientSecret: SECRET, redirectUri: "https://example.com/callback", accountsBaseUrl: emu.accountsUrl });
    const state = login.generateState();
    const { refresh_token } = await login.handleCallback(await approve(login.getAuthorizeUrl({ state })), state);
    const store = new MemoryTokenStore();
    await store.set("user-1", storedBad({ refresh_token }));
    const session = new Session({ clientId: CLIENT_ID, clientSecret: SECRET, store, storeKey: "user-1", accountsBaseUrl: emu.accountsUrl });
    expect((await session.load())?.access_token).toBe("");
    await control.clearLog();
    const sdk = SpotifyApi.withSession(session, options());
    const statuses = await Promise.all([0, 1, 2].map(() => statusOf(sdk.makeRequest("GET", SEARCH))));
    expect(statuses.every(accepted)).toBe(true);
    expect(await tokenRequests()).toBe(1);
    const stored = (await store.get("user-1")) as { access_token: string; refresh_token: string };
    expect(stored.access_token).toMatch(/^[\x21-\x7e]+$/);
    expect(stored.refresh_token).toBe(refresh_token);
  });

  it("without a refresh token: the Session fails with an AuthError, sends nothing and never echoes it; client credentials get a new token", async () => {
    const store = new MemoryTokenStore();
    await store.set("user-2", storedBad());
    const session = new Session({ clientId: CLIENT_ID, clientSecret: SECRET, store, storeKey: "user-2", accountsBaseUrl: emu.accountsUrl });
    await control.clearLog();
    const sdk = SpotifyApi.withSession(session, options());
    const failure = await sdk.makeRequest("GET", SEARCH).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ error: "no_refresh_token" });
    expect(shown(failure)).not.toContain("AT-stored");
    expect(session.accessToken).toBeUndefined();
    expect((await control.log()).entries).toHaveLength(0);

    await store.set("app", storedBad());
    const app = new SpotifyApi(new ClientCredentialsStrategy(CLIENT_ID, SECRET, [], { store, storeKey: "app", accountsBaseUrl: emu.accountsUrl }), options());
    expect(accepted(await statusOf(app.makeRequest("GET", SEARCH)))).toBe(true);
    expect(await tokenRequests()).toBe(1);
  });
});

/**
 * The server-side Session (Authorization Code with a secret), the static constructors, and the
 * bad-input and secrecy rules of every strategy.
 */
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  AuthError,
  AuthorizationCodeWithPKCEStrategy,
  ClientCredentialsStrategy,
  createPipeline,
  MemoryTokenStore,
  ProvidedAccessTokenStrategy,
  Session,
  SessionPool,
  SpotifyApi,
  UnauthorizedError,
  ValidationError,
  type AccessToken,
  type IAuthStrategy,
} from "../src/index.js";
import { fakeClock, startAuthServer, type AuthServer } from "./helpers/auth-server.js";

const CLIENT_ID = "client-id-1";
const SECRET = "client-SECRET-value";
const REDIRECT = "https://app.example/callback";
const HOUR = 3_600_000;

let server: AuthServer;
afterEach(async () => {
  await server?.close();
});

function newSession(extra: Partial<ConstructorParameters<typeof Session>[0]> = {}) {
  return new Session({ clientId: CLIENT_ID, clientSecret: SECRET, redirectUri: REDIRECT, accountsBaseUrl: server.accountsUrl, ...extra });
}

describe("Session", () => {
  it("builds the authorize URL with scopes, state and show_dialog", async () => {
    server = await startAuthServer();
    const session = newSession({ scopes: ["user-read-email"] });
    const url = new URL(session.getAuthorizeUrl({ state: "st-1", showDialog: true }));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: CLIENT_ID, response_type: "code", redirect_uri: REDIRECT, scope: "user-read-email", state: "st-1", show_dialog: "true",
    });
    expect(new URL(session.getAuthorizeUrl({ scopes: ["user-top-read"] })).searchParams.get("scope")).toBe("user-top-read");
    expect(() => session.getAuthorizeUrl({ scopes: ["user-top-reed"] })).toThrow(ValidationError);
    expect(session.generateState()).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("exchanges a code with the Basic header, pushes the token to onTokenRefreshed and the store, and exposes getters", async () => {
    server = await startAuthServer();
    const pushed: AccessToken[] = [];
    const store = new MemoryTokenStore();
    const session = newSession({ store, storeKey: "s", onTokenRefreshed: (t) => void pushed.push(t) });
    server.addCode("CODE", { redirectUri: REDIRECT });
    const token = await session.handleCallback(`${REDIRECT}?code=CODE&state=abc`, "abc");
    const request = server.tokenRequests[0]!;
    expect(request.authorization).toBe(`Basic ${Buffer.from(`${CLIENT_ID}:${SECRET}`).toString("base64")}`);
    expect(request.form).toEqual({ grant_type: "authorization_code", code: "CODE", redirect_uri: REDIRECT });
    expect(pushed).toEqual([token]);
    expect(await store.get("s")).toMatchObject(token);
    expect(session.accessToken).toBe(token.access_token);
    expect(session.refreshToken).toBe(token.refresh_token);
    expect(session.tokenExpiration).toBe(token.expires);
    expect(session.grantedScopes).toEqual(["user-read-email"]);
  });

  it("a state mismatch or a missing expected state is an AuthError and no code is exchanged", async () => {
    server = await startAuthServer();
    const session = newSession();
    server.addCode("CODE", {});
    await expect(session.handleCallback(`${REDIRECT}?code=CODE&state=evil`, "good")).rejects.toMatchObject({ name: "AuthError", error: "state_mismatch" });
    await expect(session.handleCallback(`${REDIRECT}?code=CODE&state=x`)).rejects.toMatchObject({ error: "state_mismatch" });
    await expect(session.handleCallback({ error: "access_denied", state: "good" }, "good")).rejects.toMatchObject({ error: "access_denied" });
    expect(server.tokenCount()).toBe(0);
  });

  it("refreshAccessToken refreshes with the secret, with the current or a given refresh token; rotated tokens are pushed", async () => {
    server = await startAuthServer({ rotate: true });
    const pushed: string[] = [];
    const session = newSession({ onTokenRefreshed: (t) => void pushed.push(t.refresh_token!) });
    const pair = server.issue();
    await session.setRefreshToken(pair.refresh_token);
    expect(session.accessToken).toBeUndefined();
    const first = await session.getOrCreateAccessToken();
    expect(server.tokenRequests[0]!.form).toEqual({ grant_type: "refresh_token", refresh_token: pair.refresh_token });
    expect(server.tokenRequests[0]!.authorization).toMatch(/^Basic /);
    const second = await session.refreshAccessToken();
    expect(server.tokenRequests[1]!.form.refresh_token).toBe(first.refresh_token);
    expect(pushed).toEqual([first.refresh_token, second.refresh_token]);
    const other = server.issue();
    await session.refreshAccessToken(other.refresh_token);
    expect(server.tokenRequests[2]!.form.refresh_token).toBe(other.refresh_token);
  });

  it("without a token, getOrCreateAccessToken is an AuthError telling the app to authorize", async () => {
    server = await startAuthServer();
    await expect(newSession().getOrCreateAccessToken()).rejects.toMatchObject({ name: "AuthError", error: "not_authorized" });
    expect(server.tokenCount()).toBe(0);
  });

  it("autoRefresh: false never renews by itself: the Web API's 401 reaches the caller", async () => {
    server = await startAuthServer();
    const clock = fakeClock();
    const pair = server.issue();
    const session = newSession({ autoRefresh: false, now: clock.now, token: { ...pair, token_type: "Bearer", expires_in: 3600 } });
    clock.advance(2 * HOUR);
    server.expired.add(pair.access_token);
    const sdk = SpotifyApi.withSession(session, { baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl });
    await expect(sdk.makeRequest("GET", "me")).rejects.toBeInstanceOf(UnauthorizedError);
    expect(server.tokenCount()).toBe(0);
    await session.refreshAccessToken();
    await expect(sdk.makeRequest("GET", "me")).resolves.toMatchObject({ id: "me" });
  });
});

describe("Session as spotify-web-api-php builds it", () => {
  it("new Session(id, secret, redirectUri) logs a user in like the options object", async () => {
    server = await startAuthServer();
    const session = new Session(CLIENT_ID, SECRET, REDIRECT, { accountsBaseUrl: server.accountsUrl, scopes: ["user-read-email"] });
    expect(session.redirectUri).toBe(REDIRECT);
    const url = new URL(session.getAuthorizeUrl({ state: "s1" }));
    expect(url.searchParams.get("redirect_uri")).toBe(REDIRECT);
    expect(url.searchParams.get("scope")).toBe("user-read-email");
    server.addCode("CODE", { redirectUri: REDIRECT });
    await session.handleCallback(`${REDIRECT}?code=CODE&state=s1`, "s1");
    expect(server.tokenRequests[0]!.form).toEqual({ grant_type: "authorization_code", code: "CODE", redirect_uri: REDIRECT });
  });

  it("a worker without a redirect URI refreshes stored tokens; starting a login or exchanging a code is a ValidationError naming redirectUri, nothing sent", async () => {
    server = await startAuthServer();
    const pair = server.issue();
    for (const worker of [
      new Session(CLIENT_ID, SECRET, undefined, { accountsBaseUrl: server.accountsUrl }),
      new Session({ clientId: CLIENT_ID, clientSecret: SECRET, accountsBaseUrl: server.accountsUrl }),
    ]) {
      expect(worker.redirectUri).toBeUndefined();
      const refusals = [
        () => worker.getAuthorizeUrl(),
        () => worker.requestAccessToken("CODE"),
        () => worker.handleCallback(`${REDIRECT}?code=CODE`),
      ];
      for (const refused of refusals) {
        let thrown: unknown;
        try {
          await refused();
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(ValidationError);
        expect(thrown).toMatchObject({ parameter: "redirectUri", message: expect.stringContaining("redirectUri") });
      }
      expect(server.tokenCount()).toBe(0);
    }
    const worker = new Session(CLIENT_ID, SECRET, undefined, { accountsBaseUrl: server.accountsUrl });
    await worker.setRefreshToken(pair.refresh_token);
    const sdk = SpotifyApi.withSession(worker, { baseUrl: server.apiUrl });
    await expect(sdk.makeRequest("GET", "me")).resolves.toMatchObject({ id: "me" });
    expect(server.tokenCount("refresh_token")).toBe(1);
  });

  it("setAccessToken(string): used until a 401, then renewed with the refresh token held", async () => {
    server = await startAuthServer();
    const pair = server.issue();
    const session = new Session(CLIENT_ID, SECRET, REDIRECT, { accountsBaseUrl: server.accountsUrl });
    await session.setAccessToken(pair.access_token);
    await session.setRefreshToken(pair.refresh_token);
    const sdk = SpotifyApi.withSession(session, { baseUrl: server.apiUrl });
    await expect(sdk.makeRequest("GET", "me")).resolves.toMatchObject({ token: pair.access_token });
    expect(server.tokenCount()).toBe(0);
    expect(session.tokenExpiration).toBe(-1);
    server.expired.add(pair.access_token);
    const renewed = (await sdk.makeRequest("GET", "me")) as { token: string };
    expect(renewed.token).not.toBe(pair.access_token);
    expect(server.tokenCount("refresh_token")).toBe(1);
    expect(session.accessToken).toBe(renewed.token);
    await expect(session.setAccessToken("")).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses positional arguments of the wrong kind with a ValidationError", () => {
    expect(() => new Session(CLIENT_ID, "", REDIRECT)).toThrow(ValidationError);
    expect(() => new Session(CLIENT_ID, SECRET, "http://localhost/cb")).toThrow(ValidationError);
    expect(() => new Session(CLIENT_ID, SECRET, REDIRECT, "x" as never)).toThrow(ValidationError);
  });

  it("a lifecycle option set to null is a ValidationError naming it, as any wrong value, never taken for the default", () => {
    const refused = (build: () => unknown, parameter: string) => {
      const error = (() => { try { build(); } catch (e) { return e; } })();
      expect(error, parameter).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ parameter });
    };
    for (const name of ["invalidGrantGraceMs", "skewSeconds", "store", "storeKey", "onTokenRefreshed", "now", "autoRefresh"]) {
      refused(() => new Session({ clientId: CLIENT_ID, clientSecret: SECRET, [name]: null } as never), name);
    }
    for (const name of ["invalidGrantGraceMs", "skewSeconds", "store", "onTokenRefreshed", "now"]) {
      refused(() => new ClientCredentialsStrategy(CLIENT_ID, SECRET, [], { [name]: null } as never), name);
      refused(() => new SessionPool({ clientId: CLIENT_ID, clientSecret: SECRET, [name]: null } as never), name);
    }
    // A string in the wrong place may be a secret: named by its kind, never quoted.
    const error = (() => { try { return new Session({ clientId: CLIENT_ID, clientSecret: SECRET, storeKey: 7, skewSeconds: SECRET } as never); } catch (e) { return e as Error; } })();
    expect(String((error as Error).message)).not.toContain(SECRET);
  });
});

describe("a token that cannot be renewed is used until it really expires", () => {
  it("a provided token with 50 s left and no refresh token is used, without a token request; once expired it is no_refresh_token", async () => {
    server = await startAuthServer();
    const clock = fakeClock();
    const { access_token } = server.issue();
    const strategy = new ProvidedAccessTokenStrategy(CLIENT_ID, { access_token, token_type: "Bearer", expires_in: 3600, expires: clock.now() + 50_000 }, undefined, { now: clock.now });
    const sdk = new SpotifyApi(strategy, { baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl });
    await expect(sdk.makeRequest("GET", "me")).resolves.toMatchObject({ token: access_token });
    await expect(strategy.getOrCreateAccessToken()).resolves.toMatchObject({ access_token });
    clock.advance(50_000);
    await expect(sdk.makeRequest("GET", "me")).rejects.toMatchObject({ name: "AuthError", error: "no_refresh_token" });
    expect(server.tokenCount()).toBe(0);
    expect(server.apiRequests).toHaveLength(1);
  });

  it("a Session restored with an access token alone uses it to its end; with a refresh token it still renews inside the margin", async () => {
    server = await startAuthServer();
    const clock = fakeClock();
    const alone = server.issue();
    const session = newSession({ now: clock.now });
    await session.setAccessToken({ access_token: alone.access_token, token_type: "Bearer", expires_in: 3600, expires: clock.now() + 30_000 });
    await expect(session.getOrCreateAccessToken()).resolves.toMatchObject({ access_token: alone.access_token });
    const pair = server.issue();
    const renewing = newSession({ now: clock.now });
    await renewing.setAccessToken({ ...pair, token_type: "Bearer", expires_in: 3600, expires: clock.now() + 30_000 });
    await expect(renewing.getOrCreateAccessToken()).resolves.not.toMatchObject({ access_token: pair.access_token });
    expect(server.tokenCount("refresh_token")).toBe(1);
  });
});

describe("default store keys", () => {
  it("keep the former package name, so logins stored before the rename to spotify-web-api-sdk are found", async () => {
    server = await startAuthServer();
    const token: AccessToken = { access_token: "A".repeat(20), token_type: "Bearer", expires_in: 3600, refresh_token: "R".repeat(20), expires: Date.now() + HOUR };
    const store = new MemoryTokenStore();
    await newSession({ store }).setAccessToken(token);
    expect(await store.get(`spotify-web-sdk:session:${CLIENT_ID}`)).toMatchObject({ access_token: token.access_token });
    const later = newSession({ store });
    expect((await later.getOrCreateAccessToken()).access_token).toBe(token.access_token);
    expect(server.tokenRequests).toHaveLength(0);
  });
});

describe("bad input fails at construction with a ValidationError", () => {
  const cases: Array<[string, () => unknown]> = [
    ["empty client id (client credentials)", () => new ClientCredentialsStrategy("", SECRET)],
    ["blank client secret", () => new ClientCredentialsStrategy(CLIENT_ID, "  ")],
    ["empty client id (static)", () => SpotifyApi.withClientCredentials("", SECRET)],
    ["empty client id (provided token)", () => new ProvidedAccessTokenStrategy("", { access_token: "a", token_type: "Bearer", expires_in: 1 })],
    ["token without access_token", () => new ProvidedAccessTokenStrategy(CLIENT_ID, {} as AccessToken)],
    ["localhost redirect", () => new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, "http://localhost:8888/callback")],
    ["http on a public host", () => new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, "http://app.example/cb")],
    ["redirect with a fragment", () => new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, "https://app.example/cb#x")],
    ["not a URI", () => SpotifyApi.withUserAuthorization(CLIENT_ID, "callback")],
    ["unknown scope", () => new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, ["user-read-emails"])],
    ["unknown scope (session)", () => new Session({ clientId: CLIENT_ID, clientSecret: SECRET, redirectUri: REDIRECT, scopes: ["nope"] })],
    ["empty secret (session)", () => new Session({ clientId: CLIENT_ID, clientSecret: "", redirectUri: REDIRECT })],
    ["localhost (session)", () => new Session({ clientId: CLIENT_ID, clientSecret: SECRET, redirectUri: "http://localhost/cb" })],
  ];
  it.each(cases)("%s", (_name, build) => {
    expect(build).toThrow(ValidationError);
  });

  it("accepts https, custom schemes, loopback IP literals, and unknown scopes when the check is off", () => {
    for (const uri of ["https://app.example/cb", "myapp://callback", "http://127.0.0.1:8888/cb", "http://[::1]:8080/cb", "http://127.0.0.1/cb"]) {
      expect(() => new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, uri)).not.toThrow();
    }
    expect(() => new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, ["brand-new-scope"], { validateScopes: false })).not.toThrow();
    expect(() => new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, ["user-soa-link", "user-personalized"])).not.toThrow();
  });

  it("withImplicitGrant throws an AuthError pointing to PKCE", () => {
    expect(() => SpotifyApi.withImplicitGrant(CLIENT_ID, REDIRECT)).toThrow(AuthError);
    expect(() => SpotifyApi.withImplicitGrant(CLIENT_ID, REDIRECT)).toThrow(/withUserAuthorization/);
  });
});

describe("a 429 from the Accounts service", () => {
  it("is an AuthError carrying the Retry-After it sent, so the caller knows when to ask again", async () => {
    server = await startAuthServer();
    server.failTokens = { status: 429, body: "", contentType: "text/plain", headers: { "Retry-After": "7" } };
    const strategy = new ClientCredentialsStrategy(CLIENT_ID, SECRET, [], { accountsBaseUrl: server.accountsUrl, retry: { maxRetryAfterSeconds: 0 } });
    const error = await strategy.getOrCreateAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ status: 429, retryAfter: 7 });
  });
});

describe("unusable token responses are AuthErrors", () => {
  const bodies: Array<[string, string, string]> = [
    ["an HTML page", "<!doctype html><html>oops</html>", "text/html"],
    ["truncated JSON", '{"access_token":"TRUNCATED-SECRET","token_ty', "application/json"],
    ["no access_token", '{"token_type":"Bearer","expires_in":3600}', "application/json"],
    ["a non-bearer token type", '{"access_token":"a","token_type":"MAC","expires_in":3600}', "application/json"],
    ["an access_token a header cannot carry (CR/LF)", '{"access_token":"TRUNCATED-SECRET\\r\\nX: y","token_type":"Bearer","expires_in":3600}', "application/json"],
    ["an access_token a header cannot carry (a space, non-ASCII)", '{"access_token":"TRUNCATED-SECRET é€","token_type":"Bearer","expires_in":3600}', "application/json"],
  ];
  it.each(bodies)("%s", async (_name, body, contentType) => {
    server = await startAuthServer();
    server.failTokens = { status: 200, body, contentType };
    const strategy = new ClientCredentialsStrategy(CLIENT_ID, SECRET, [], { accountsBaseUrl: server.accountsUrl });
    const error = await strategy.getOrCreateAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ error: "invalid_token_response" });
    expect(`${JSON.stringify(error)} ${inspect(error, { showHidden: true, depth: 8 })}`).not.toContain("TRUNCATED-SECRET");
    expect(await strategy.getAccessToken()).toBeNull();
  });
});

describe("secrets never show", () => {
  it("JSON.stringify and util.inspect of every strategy, and of auth errors, show no token or secret", async () => {
    server = await startAuthServer();
    const clock = fakeClock();
    const pair = server.issue();
    const token = { ...pair, token_type: "Bearer", expires_in: 3600 };
    const secrets = [SECRET, pair.access_token, pair.refresh_token];
    const cc = new ClientCredentialsStrategy(CLIENT_ID, SECRET, [], { accountsBaseUrl: server.accountsUrl });
    const ccToken = await cc.getOrCreateAccessToken();
    secrets.push(ccToken.access_token);
    const session = newSession({ token, now: clock.now, store: new MemoryTokenStore() });
    const providedStrategy = new ProvidedAccessTokenStrategy(CLIENT_ID, token, undefined, { accountsBaseUrl: server.accountsUrl });
    const pkceStore = new MemoryTokenStore();
    const pkce = new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, [], { store: pkceStore, storeKey: "p", accountsBaseUrl: server.accountsUrl });
    const { state } = await pkce.getAuthorizeUrl();
    secrets.push(((await pkceStore.get(`p:pending:${state}`)) as { verifier: string }).verifier);
    const strategies: IAuthStrategy[] = [cc, session, providedStrategy, pkce];
    await Promise.all(strategies.map((s) => s.getAccessToken()));

    server.validRefresh.clear();
    clock.advance(2 * HOUR);
    const refreshError = await session.getOrCreateAccessToken().catch((e: unknown) => e);
    expect(refreshError).toBeInstanceOf(AuthError);
    const pipelineError = await createPipeline({ auth: session, baseUrl: server.apiUrl }).request({ method: "GET", path: "/me" }).catch((e: unknown) => e);

    for (const subject of [...strategies, refreshError, pipelineError, new SpotifyApi(cc), pkceStore]) {
      const shown = `${JSON.stringify(subject)}\n${inspect(subject, { depth: 8, showHidden: true })}\n${String(subject)}`;
      for (const secret of secrets) expect(shown).not.toContain(secret);
    }
    expect(JSON.stringify(cc)).toContain(CLIENT_ID);
    expect(inspect(session)).toContain("Session");
  });

  it("1.2.0's beforeRequest/afterRequest hooks see API calls only, never a token request (1.2.0 sent those with plain fetch)", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const pair = server.issue();
    const seen: string[] = [];
    const record = (url: string, init: RequestInit) => void seen.push(`${url} ${JSON.stringify(init)} ${String(init.body ?? "")}`);
    const strategy = new ProvidedAccessTokenStrategy(CLIENT_ID, { ...pair, token_type: "Bearer", expires_in: 3600 }, undefined, { now: clock.now });
    const sdk = new SpotifyApi(strategy, { baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl, beforeRequest: record, afterRequest: record });
    clock.advance(HOUR);
    await sdk.makeRequest("GET", "me");
    expect(server.tokenCount("refresh_token")).toBe(1);
    expect(seen.some((line) => line.includes("/api/token"))).toBe(false);
    expect(seen.filter((line) => line.startsWith(`${server.apiUrl}/me`))).toHaveLength(2);
    for (const line of seen) expect(line).not.toContain(pair.refresh_token);
  });
});

describe("SpotifyApi and strategies", () => {
  it("switchAuthenticationStrategy starts no token request (so a failing one leaves no unhandled rejection)", async () => {
    server = await startAuthServer();
    server.failTokens = { status: 400, body: JSON.stringify({ error: "invalid_client", error_description: "Invalid client" }) };
    const sdk = SpotifyApi.withAccessToken(CLIENT_ID, { ...server.issue(), token_type: "Bearer", expires_in: 3600 }, {
      baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl,
    });
    sdk.switchAuthenticationStrategy(new ClientCredentialsStrategy(CLIENT_ID, "wrong-secret"));
    await new Promise((r) => setTimeout(r, 20));
    expect(server.tokenCount()).toBe(0);
    await expect(sdk.makeRequest("GET", "me")).rejects.toMatchObject({ name: "AuthError", error: "invalid_client", status: 400 });
    await expect(sdk.authenticate()).rejects.toBeInstanceOf(AuthError);
    sdk.logOut();
    expect(await sdk.getAccessToken()).toBeNull();
  });
});

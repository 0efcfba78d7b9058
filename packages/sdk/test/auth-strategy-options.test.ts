/**
 * Which settings a strategy's token requests use once a client is attached: the strategy's own
 * (accountsBaseUrl, timeout, retry, fetch, logger) over the client's, the client's over the
 * defaults. A default never overrides a setting someone gave. Every request stays on 127.0.0.1:
 * the fetch given to clients refuses any other host, so a token request sent to the production
 * Accounts service fails here instead of leaving the machine.
 */
import { afterEach, describe, expect, it } from "vitest";
import * as common from "../src/index.js";
import * as node from "../src/node/entry.js";
import { startAuthServer, type AuthServer } from "./helpers/auth-server.js";

const { AuthorizationCodeWithPKCEStrategy, ClientCredentialsStrategy, ProvidedAccessTokenStrategy, Session, SpotifyApi, TimeoutError, ValidationError } = common;
const CLIENT_ID = "client-id-1";
const SECRET = "client-SECRET-value";
const REDIRECT = "https://app.example/callback";

let server: AuthServer;
afterEach(async () => {
  await server?.close();
});

/** A fetch that records each request's host and path and sends only to loopback. */
function loopbackFetch(seen: string[] = []): typeof fetch & { seen: string[] } {
  const spy = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    seen.push(`${url.host}${url.pathname}`);
    if (url.hostname !== "127.0.0.1") throw new TypeError(`refused to leave the machine: ${url.host}`);
    return fetch(input, init);
  }) as typeof fetch & { seen: string[] };
  spy.seen = seen;
  return spy;
}

describe("a strategy's own settings, once a client is attached", () => {
  it("a Session's accountsBaseUrl receives its token requests (and the secret), not the production Accounts service", async () => {
    server = await startAuthServer();
    const clientFetch = loopbackFetch();
    const session = new Session({ clientId: CLIENT_ID, clientSecret: SECRET, redirectUri: REDIRECT, accountsBaseUrl: server.accountsUrl });
    const sdk = SpotifyApi.withSession(session, { baseUrl: server.apiUrl, fetch: clientFetch });
    expect(session.getAuthorizeUrl().startsWith(`${server.accountsUrl}/authorize?`)).toBe(true);
    server.addCode("CODE", { redirectUri: REDIRECT });
    await session.handleCallback(`${REDIRECT}?code=CODE`);
    const accounts = new URL(server.accountsUrl).host;
    expect(clientFetch.seen).toEqual([`${accounts}/api/token`]);
    expect(server.tokenRequests[0]!.authorization).toMatch(/^Basic /);
    await expect(sdk.makeRequest("GET", "me")).resolves.toMatchObject({ id: "me" });
    // The client's fetch still carries the strategy's requests: only the base URL was the strategy's.
    expect(clientFetch.seen).toEqual([`${accounts}/api/token`, `${accounts}/v1/me`]);
  });

  it("the strategy's timeout and retry apply to its token requests, not the client's defaults", async () => {
    server = await startAuthServer({ tokenDelayMs: 1_500 });
    const strategy = new ClientCredentialsStrategy(CLIENT_ID, SECRET, [], { timeout: 100, retry: false });
    const sdk = new SpotifyApi(strategy, { baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl, fetch: loopbackFetch() });
    await expect(sdk.makeRequest("GET", "me")).rejects.toBeInstanceOf(TimeoutError);
    expect(server.tokenCount()).toBe(1);
  });

  it("the strategy's fetch carries its token requests; the client's fetch carries the Web API calls", async () => {
    server = await startAuthServer();
    const strategyFetch = loopbackFetch();
    const clientFetch = loopbackFetch();
    const strategy = new ClientCredentialsStrategy(CLIENT_ID, SECRET, [], { fetch: strategyFetch });
    const sdk = new SpotifyApi(strategy, { baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl, fetch: clientFetch });
    await expect(sdk.makeRequest("GET", "me")).resolves.toMatchObject({ id: "me" });
    expect(strategyFetch.seen.map((s) => s.replace(/^[^/]+/, ""))).toEqual(["/api/token"]);
    expect(clientFetch.seen.map((s) => s.replace(/^[^/]+/, ""))).toEqual(["/v1/me"]);
  });

  it("the strategy's logger receives the log lines of its token requests", async () => {
    server = await startAuthServer();
    server.failTokens = { status: 503, body: "{}" };
    const lines: string[] = [];
    const logger = { info: (message: string) => void lines.push(message), warn: (message: string) => void lines.push(message) };
    const strategy = new ClientCredentialsStrategy(CLIENT_ID, SECRET, [], { logger, retry: { maxRetries: 1, backoffBaseMs: 1, backoffMaxMs: 1 } });
    const sdk = new SpotifyApi(strategy, { baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl, fetch: loopbackFetch() });
    await expect(sdk.makeRequest("GET", "me")).rejects.toMatchObject({ status: 503 });
    expect(server.tokenCount()).toBe(2);
    expect(lines.some((line) => line.includes("retry"))).toBe(true);
  });

  it("a setting the strategy was not given is the client's, not the default", async () => {
    server = await startAuthServer();
    const clientFetch = loopbackFetch();
    const strategy = new ClientCredentialsStrategy(CLIENT_ID, SECRET);
    const sdk = new SpotifyApi(strategy, { baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl, fetch: clientFetch });
    await expect(sdk.makeRequest("GET", "me")).resolves.toMatchObject({ id: "me" });
    expect(clientFetch.seen.map((s) => s.replace(/^[^/]+/, ""))).toEqual(["/api/token", "/v1/me"]);
  });

  it("in the Node build (Session in its positional form too), the strategy's default transport does not override the client's fetch", async () => {
    server = await startAuthServer();
    const clientFetch = loopbackFetch();
    const session = new node.Session(CLIENT_ID, SECRET, REDIRECT, { accountsBaseUrl: server.accountsUrl });
    const sdk = node.SpotifyApi.withSession(session, { baseUrl: server.apiUrl, fetch: clientFetch });
    server.addCode("CODE", { redirectUri: REDIRECT });
    await session.handleCallback(`${REDIRECT}?code=CODE`);
    await sdk.makeRequest("GET", "me");
    expect(clientFetch.seen.map((s) => s.replace(/^[^/]+/, ""))).toEqual(["/api/token", "/v1/me"]);
    const plain = new node.ClientCredentialsStrategy(CLIENT_ID, SECRET);
    const viaClient = loopbackFetch();
    await new node.SpotifyApi(plain, { baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl, fetch: viaClient }).makeRequest("GET", "me");
    expect(viaClient.seen.map((s) => s.replace(/^[^/]+/, ""))).toEqual(["/api/token", "/v1/me"]);
  });
});

describe("the strategies' store key and lifecycle options, checked at construction", () => {
  const token = { access_token: "ACCESS-value", token_type: "Bearer", expires_in: 3600, refresh_token: "REFRESH-value" };
  /** The three strategies that build a default store key from the client id, each with `options`. */
  const strategies: Array<[string, (clientId: string, options: Record<string, unknown>) => unknown]> = [
    ["ClientCredentialsStrategy", (id, options) => new ClientCredentialsStrategy(id, SECRET, [], options)],
    ["ProvidedAccessTokenStrategy", (id, options) => new ProvidedAccessTokenStrategy(id, { ...token }, undefined, options)],
    ["AuthorizationCodeWithPKCEStrategy", (id, options) => new AuthorizationCodeWithPKCEStrategy(id, REDIRECT, [], options)],
  ];

  it.each(strategies)("%s refuses a client id holding ':' (part of its default store key), without echoing it", (_name, make) => {
    let error: unknown;
    try {
      make("app:SECRETISH", {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ parameter: "clientId" });
    expect(String((error as Error).message)).not.toContain("SECRETISH");
    expect(() => make(CLIENT_ID, {})).not.toThrow();
  });

  it.each(strategies)("%s refuses storeKey: null as the lifecycle refuses any wrong key (only a missing one takes the default), before any request", (_name, make) => {
    const seen: string[] = [];
    for (const storeKey of [null, "", 5]) {
      expect(() => make(CLIENT_ID, { storeKey, fetch: loopbackFetch(seen) })).toThrow(expect.objectContaining({ name: "ValidationError", parameter: "storeKey" }));
    }
    expect(seen).toEqual([]);
  });

  it("AuthorizationCodeWithPKCEStrategy refuses store: null (only a missing store takes the default), before any request", () => {
    const seen: string[] = [];
    for (const store of [null, {}]) {
      expect(() => new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, [], { store: store as never, fetch: loopbackFetch(seen) }))
        .toThrow(expect.objectContaining({ name: "ValidationError", parameter: "store" }));
    }
    expect(seen).toEqual([]);
  });
});

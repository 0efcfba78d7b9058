/**
 * The 429 pause and token renewal together: a token request never waits behind the Web API's
 * pause (the Accounts service has its own limits), so a pause followed by a renewal (the token
 * expired during the pause, or the first call after it got a 401) settles; the caller's abort
 * ends the renewal after a 401; the pause lasts at most `retry.maxPauseSeconds`.
 * Real HTTP on loopback: the emulator and servers made here.
 */
import type { ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EmulatorControl, startEmulator, type RunningEmulator } from "../../emulator/src/index.js";
import { AbortError, ClientCredentialsStrategy, createPipeline, DEFAULT_RETRY, RateLimitError, SpotifyApi } from "../src/index.js";
import { sleep } from "../src/http/retry.js";
import { staticAuth } from "./helpers/endpoint-client.js";
import { json, spotifyError, startTestServer, type TestServer } from "./helpers/test-server.js";

/** Fails instead of hanging: a call that never settles is the bug these tests look for. */
function settles<T>(call: Promise<T>, what: string, ms = 15_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([call, hung]).finally(() => clearTimeout(timer));
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("against the emulator", () => {
  let emu: RunningEmulator;
  let control: EmulatorControl;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, rateLimit: 0, tokenTtl: 2 });
    control = new EmulatorControl(emu.url);
  });
  afterAll(async () => {
    await emu?.stop();
  });

  it("a token that expires during a 429 pause is renewed, and the call and later ones settle", async () => {
    const sdk = SpotifyApi.withClientCredentials("emulator-client-id", "emulator-client-secret", [], { baseUrl: emu.apiUrl, accountsBaseUrl: emu.accountsUrl });
    await control.clearLog();
    await control.addFault({ match: { path: "/v1/search" }, kind: "rate-limit", retryAfter: 2 });
    const first = await settles(sdk.makeRequest<{ tracks: unknown }>("GET", "search?q=a&type=track&limit=1"), "the call paused by the 429");
    expect(first.tracks).toBeTruthy();
    const later = await settles(sdk.makeRequest<{ tracks: unknown }>("GET", "search?q=b&type=track&limit=1"), "a later call");
    expect(later.tracks).toBeTruthy();
    const { entries } = await control.log({ limit: 100 });
    // The 2 s token was renewed after the 2 s pause (at least once: later calls may renew again).
    expect(entries.filter((e) => e.path === "/api/token").length).toBeGreaterThanOrEqual(2);
  });
});

/** A Web API and an Accounts service in one server; tokens are `tok-1`, `tok-2`, ... */
async function startService(api: (req: { url: string; token: string | undefined; index: number }, res: ServerResponse) => void, token?: (res: ServerResponse, n: number) => void) {
  let tokens = 0;
  let apiCalls = 0;
  return startTestServer((req, res) => {
    if (req.url.startsWith("/api/token")) {
      tokens++;
      if (token) return token(res, tokens);
      return json(res, 200, { access_token: `tok-${tokens}`, token_type: "Bearer", expires_in: 3600 });
    }
    api({ url: req.url, token: req.headers.authorization?.replace(/^Bearer /, ""), index: apiCalls++ }, res);
  });
}

const tokenCalls = (s: TestServer) => s.requests.filter((r) => r.url.startsWith("/api/token")).length;
const apiCalls = (s: TestServer) => s.requests.filter((r) => r.url.startsWith("/v1/")).length;

describe("a 429 pause, then a 401", () => {
  it("renews the token (not held behind the pause) and settles, and the client stays usable", async () => {
    server = await startService(({ token, index }, res) => {
      if (index === 0) return spotifyError(res, 429, "API rate limit exceeded", { "Retry-After": "1" });
      if (token === "tok-1") return spotifyError(res, 401, "The access token expired");
      json(res, 200, { id: "me", token });
    });
    const sdk = SpotifyApi.withClientCredentials("id", "secret", [], { baseUrl: `${server.url}/v1`, accountsBaseUrl: server.url });
    const me = await settles(sdk.makeRequest<{ token: string }>("GET", "me"), "the call after the pause and the 401");
    expect(me.token).toBe("tok-2");
    expect((await settles(sdk.makeRequest<{ token: string }>("GET", "me"), "a later call")).token).toBe("tok-2");
    expect(tokenCalls(server)).toBe(2);
  });
});

describe("the Web API's pause and the Accounts service's", () => {
  it("a Web API 429 does not hold back token requests", async () => {
    server = await startService((_req, res) => spotifyError(res, 429, "API rate limit exceeded", { "Retry-After": "120" }));
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, accountsBaseUrl: server.url, auth: staticAuth("t") });
    await expect(pipeline.request({ method: "GET", path: "/me" })).rejects.toMatchObject({ status: 429, retryAfter: 120 });
    const strategy = new ClientCredentialsStrategy("id", "secret");
    strategy.setConfiguration({ pipeline } as never);
    const token = await settles(strategy.getOrCreateAccessToken(), "the token request");
    expect(token.access_token).toBe("tok-1");
    expect(tokenCalls(server)).toBe(1);
  });

  it("an Accounts 429 does not pause Web API calls", async () => {
    server = await startService(
      (_req, res) => json(res, 200, { id: "me" }),
      (res) => spotifyError(res, 429, "rate limited", { "Retry-After": "120" }),
    );
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, accountsBaseUrl: server.url, auth: staticAuth("t") });
    const strategy = new ClientCredentialsStrategy("id", "secret");
    strategy.setConfiguration({ pipeline } as never);
    await expect(strategy.getOrCreateAccessToken()).rejects.toBeTruthy();
    expect(await pipeline.request({ method: "GET", path: "/me" })).toEqual({ id: "me" });
    expect(apiCalls(server)).toBe(1);
  });
});

describe("the caller's abort during the renewal after a 401", () => {
  it("rejects at once with AbortError, and nothing is sent afterwards", async () => {
    let releaseToken: (() => void) | undefined;
    server = await startService(
      ({ token }, res) => (token === "tok-1" ? spotifyError(res, 401, "The access token expired") : json(res, 200, { id: "me" })),
      (res, n) => {
        const answer = () => json(res, 200, { access_token: `tok-${n}`, token_type: "Bearer", expires_in: 3600 });
        if (n === 1) return answer();
        releaseToken = answer; // the renewal is held until the test lets it go
      },
    );
    const strategy = new ClientCredentialsStrategy("id", "secret");
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, accountsBaseUrl: server.url, auth: strategy });
    strategy.setConfiguration({ pipeline } as never);
    const controller = new AbortController();
    const call = pipeline.request({ method: "GET", path: "/me", signal: controller.signal }).catch((e: unknown) => e);
    await settles((async () => { while (!releaseToken) await sleep(5); })(), "the renewal's token request");
    controller.abort();
    // Rejected while the renewal is still held: the abort did not wait for it.
    const error = await settles(call, "the aborted call", 5_000);
    expect(error).toBeInstanceOf(AbortError);
    releaseToken!();
    await settles(strategy.getOrCreateAccessToken(), "the renewal");
    await sleep(50);
    expect(apiCalls(server)).toBe(1);
  });
});

describe("the pause's cap (retry.maxPauseSeconds)", () => {
  it("an absurd Retry-After reaches the caller as sent, but the client probes again after the cap", async () => {
    server = await startService(({ index }, res) => {
      if (index === 0) return spotifyError(res, 429, "API rate limit exceeded", { "Retry-After": "99999999999" });
      json(res, 200, { id: "me" });
    });
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: staticAuth("t"), retry: { maxPauseSeconds: 0.3 } });
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(99999999999);
    // The next call waits out the capped pause, goes as the probe and succeeds; the client is usable.
    expect(await settles(pipeline.request({ method: "GET", path: "/me" }), "the probe")).toEqual({ id: "me" });
    expect(await pipeline.request({ method: "GET", path: "/me" })).toEqual({ id: "me" });
    expect(apiCalls(server)).toBe(3);
  });

  it("by default is 600 s: a call during a long pause is refused unsent, with the time left", async () => {
    expect(DEFAULT_RETRY.maxPauseSeconds).toBe(600);
    server = await startService((_req, res) => spotifyError(res, 429, "API rate limit exceeded", { "Retry-After": "99999999999" }));
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: staticAuth("t") });
    await expect(pipeline.request({ method: "GET", path: "/me" })).rejects.toMatchObject({ retryAfter: 99999999999 });
    const refused = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitError);
    expect((refused as RateLimitError).retryAfter).toBeLessThanOrEqual(600);
    expect(apiCalls(server)).toBe(1);
  });

  it("does not shorten the caller's own wait: its retry goes no sooner than Retry-After", async () => {
    const arrivals: number[] = [];
    server = await startService(({ index }, res) => {
      arrivals.push(Date.now());
      if (index === 0) return spotifyError(res, 429, "API rate limit exceeded", { "Retry-After": "1" });
      json(res, 200, { n: index });
    });
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: staticAuth("t"), retry: { maxPauseSeconds: 0.1 } });
    const first = pipeline.request<{ n: number }>({ method: "GET", path: "/me" });
    while (arrivals.length === 0) await sleep(5);
    expect(await first).toEqual({ n: 1 });
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(990);
  });
});

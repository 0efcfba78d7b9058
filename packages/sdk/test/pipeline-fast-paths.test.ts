/**
 * The pipeline's shortcuts keep its behaviour: pooled abort signals (the Node entry's) serve one
 * attempt at a time and an aborted one is never handed out again; a held valid token skips the strategy's promise
 * only for built-in strategies whose getOrCreateAccessToken was not replaced; the fetch
 * transport's headers, copied lazily, still reach errors and hooks. Real HTTP on loopback.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  createFetchTransport,
  createPipeline,
  NotFoundError,
  RateLimitError,
  ProvidedAccessTokenStrategy,
  SpotifyApi,
  TimeoutError,
  type AccessToken,
  type RequestImplementation,
  type Transport,
} from "../src/index.js";
import { createPipeline as createNodePipeline } from "../src/node/entry.js";
import { json, startTestServer, TRACK, type TestServer } from "./helpers/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const token = (value = "held"): AccessToken => ({ access_token: value, token_type: "Bearer", expires_in: 3600, expires: Date.now() + 3_600_000 });

/** The global fetch, recording the signal each request was given. */
function recordingFetch(): { fetch: RequestImplementation; signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  const fetch: RequestImplementation = (input, init) => {
    if (init?.signal) signals.push(init.signal);
    return globalThis.fetch(input, init);
  };
  return { fetch, signals };
}

describe("pooled abort signals (fetch transport, Node entry)", () => {
  it("are the Node entry's only: elsewhere each attempt builds its own", async () => {
    server = await startTestServer((_req, res) => json(res, 200, TRACK));
    const { fetch, signals } = recordingFetch();
    const pipeline = createPipeline({ baseUrl: server.url, fetch });
    for (let i = 0; i < 5; i++) await pipeline.request({ method: "GET", path: "/me", auth: "none" });
    expect(new Set(signals).size).toBe(5);
  });

  it("reuse a signal for sequential attempts, a bounded number of times", async () => {
    server = await startTestServer((_req, res) => json(res, 200, TRACK));
    const { fetch, signals } = recordingFetch();
    const pipeline = createNodePipeline({ baseUrl: server.url, fetch });
    for (let i = 0; i < 40; i++) await pipeline.request({ method: "GET", path: "/tracks/{id}", pathParams: { id: TRACK.id }, auth: "none" });
    expect(signals).toHaveLength(40);
    const distinct = new Set(signals);
    // Reused (fewer controllers than calls), but not forever (a fetch keeps a listener on it).
    expect(distinct.size).toBeLessThan(10);
    expect(distinct.size).toBeGreaterThan(1);
    for (const signal of distinct) expect(signal.aborted).toBe(false);
  });

  it("give concurrent attempts distinct signals", async () => {
    server = await startTestServer(async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      json(res, 200, TRACK);
    });
    const { fetch, signals } = recordingFetch();
    const pipeline = createNodePipeline({ baseUrl: server.url, fetch });
    await Promise.all(Array.from({ length: 8 }, () => pipeline.request({ method: "GET", path: "/me", auth: "none" })));
    expect(new Set(signals).size).toBe(8);
  });

  it("never hand out a signal that a timeout aborted, and abort only the attempt that timed out", async () => {
    server = await startTestServer(async (req, res) => {
      if (req.url === "/slow") await new Promise((resolve) => setTimeout(resolve, 400));
      if (!res.destroyed) json(res, 200, { ok: req.url });
    });
    const { fetch, signals } = recordingFetch();
    const pipeline = createNodePipeline({ baseUrl: server.url, fetch, timeout: 100, retry: false });
    await pipeline.request({ method: "GET", path: "/fast", auth: "none" });
    const slow = pipeline.request({ method: "GET", path: "/slow", auth: "none" });
    const fast = pipeline.request({ method: "GET", path: "/fast", auth: "none" });
    await expect(slow).rejects.toBeInstanceOf(TimeoutError);
    await expect(fast).resolves.toEqual({ ok: "/fast" });
    const timedOut = signals[1]!;
    expect(timedOut.aborted).toBe(true);
    expect(signals[2]!.aborted).toBe(false);
    for (let i = 0; i < 20; i++) await pipeline.request({ method: "GET", path: "/fast", auth: "none" });
    expect(signals.slice(3)).not.toContain(timedOut);
  });
});

describe("the held-token shortcut", () => {
  it("asks a subclass that replaced getOrCreateAccessToken on every call", async () => {
    server = await startTestServer((_req, res) => json(res, 200, TRACK));
    let asked = 0;
    class CountingStrategy extends ProvidedAccessTokenStrategy {
      override async getOrCreateAccessToken(): Promise<AccessToken> {
        asked++;
        return super.getOrCreateAccessToken();
      }
    }
    const sdk = new SpotifyApi(new CountingStrategy("client", token()), { baseUrl: server.url });
    for (let i = 0; i < 3; i++) await sdk.tracks.get(TRACK.id);
    expect(asked).toBe(3);
    expect(server.requests.every((r) => r.headers.authorization === "Bearer held")).toBe(true);
  });

  it("renews a held token inside the renewal window instead of sending it", async () => {
    server = await startTestServer((req, res) => json(res, 200, { auth: req.headers.authorization }));
    let renewed = 0;
    const nearlyExpired: AccessToken = { ...token("old"), refresh_token: "r", expires: Date.now() + 10_000 };
    const strategy = new ProvidedAccessTokenStrategy("client", nearlyExpired, async () => {
      renewed++;
      return { ...token("new"), refresh_token: "r" };
    });
    const own = new SpotifyApi(strategy, { baseUrl: server.url });
    await expect(own.makeRequest("GET", "me")).resolves.toMatchObject({ auth: "Bearer new" });
    await expect(own.makeRequest("GET", "me")).resolves.toMatchObject({ auth: "Bearer new" });
    expect(renewed).toBe(1);
  });
});

describe("the fetch transport's lazily copied headers", () => {
  it("still reach an error and a hook", async () => {
    server = await startTestServer((_req, res) => json(res, 404, { error: { status: 404, message: "Non existing id" } }, { "x-trace": "abc" }));
    const seen: Record<string, string>[] = [];
    const sdk = SpotifyApi.withAccessToken("client", token(), {
      baseUrl: server.url,
      transport: "fetch",
      hooks: { afterResponse: [({ response }) => void seen.push(response.headers)] },
    });
    const error = await sdk.tracks.get(TRACK.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).headers["x-trace"]).toBe("abc");
    expect(seen[0]?.["x-trace"]).toBe("abc");
    expect(JSON.parse(JSON.stringify(seen[0]))["content-type"]).toMatch(/json/);
  });

  it("survive a wrapping transport that rebuilds the response, and JSON.stringify", async () => {
    server = await startTestServer((_req, res) => json(res, 429, { error: { status: 429, message: "slow down" } }, { "retry-after": "77" }));
    const inner = createFetchTransport();
    const wrapped: Transport = {
      send: async (request) => {
        const response = await inner.send(request);
        return { ...response, headers: response.headers };
      },
    };
    const sdk = SpotifyApi.withAccessToken("client", token(), { baseUrl: server.url, transport: wrapped });
    const error = await sdk.tracks.get(TRACK.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(77);
    expect(JSON.stringify(await inner.send({ method: "GET", url: `${server.url}/x`, headers: {}, signal: new AbortController().signal }))).toContain('"retry-after":"77"');
  });
});

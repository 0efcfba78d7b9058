/**
 * What the pipeline waits for, and what ends a wait: the caller's abort during a token renewal,
 * the end of a 429 pause (one request first, the rest after its answer), timeouts and sleeps
 * longer than a timer can hold. Real HTTP on loopback.
 */
import { afterEach, describe, expect, it } from "vitest";
import { AbortError, createPipeline, Session, SpotifyApi } from "../src/index.js";
import { sleep } from "../src/http/retry.js";
import { fakeClock, startAuthServer, type AuthServer } from "./helpers/auth-server.js";
import { json, startTestServer, type TestServer } from "./helpers/test-server.js";
import { staticAuth } from "./helpers/endpoint-client.js";

let server: TestServer | undefined;
let accounts: AuthServer | undefined;
afterEach(async () => {
  await server?.close();
  await accounts?.close();
  server = accounts = undefined;
});

describe("the caller's abort", () => {
  it("ends the wait for a token renewal; nothing is sent afterwards", async () => {
    accounts = await startAuthServer({ tokenDelayMs: 150 });
    const clock = fakeClock();
    const session = new Session({ clientId: "client-id-1", clientSecret: "client-SECRET-value", redirectUri: "https://app.example/cb", accountsBaseUrl: accounts.accountsUrl, now: clock.now });
    await session.setAccessToken({ ...accounts.issue(), token_type: "Bearer", expires_in: 3600 });
    clock.advance(3_600_000);
    const sdk = SpotifyApi.withSession(session, { baseUrl: accounts.apiUrl, accountsBaseUrl: accounts.accountsUrl });
    const controller = new AbortController();
    const call = sdk.makeRequest("GET", "me").catch((e: unknown) => e);
    // makeRequest has no signal parameter: go through the pipeline the facade uses.
    const pipeline = createPipeline({ baseUrl: accounts.apiUrl, accountsBaseUrl: accounts.accountsUrl, auth: session });
    const aborted = pipeline.request({ method: "GET", path: "/me", signal: controller.signal }).catch((e: unknown) => e);
    while (accounts.tokenCount() === 0) await sleep(2);
    controller.abort();
    const error = await aborted;
    expect(error).toBeInstanceOf(AbortError);
    // The renewal itself went on, for the other caller.
    await call;
    expect(accounts.tokenCount()).toBe(1);
    expect(accounts.apiRequests.map((r) => r.path)).toEqual(["/v1/me"]);
  });
});

describe("the end of a 429 pause", () => {
  it("sends one request first and the waiting ones only after its answer, spread out", async () => {
    let heldProbe = false;
    let arrivedDuringProbe = 0;
    const arrivals: number[] = [];
    server = await startTestServer((req, res) => {
      arrivals.push(Date.now());
      if (arrivals.length === 1) return json(res, 429, { error: { status: 429, message: "API rate limit exceeded" } }, { "Retry-After": "0.3" });
      if (heldProbe) arrivedDuringProbe++;
      if (arrivals.length === 2) {
        heldProbe = true;
        setTimeout(() => {
          heldProbe = false;
          json(res, 200, { n: 2 });
        }, 100);
        return;
      }
      json(res, 200, { n: arrivals.length });
    });
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: staticAuth("t") });
    const first = pipeline.request({ method: "GET", path: "/me" });
    while (arrivals.length === 0) await sleep(2);
    await sleep(20); // the 429 has paused the client
    const waiting = Array.from({ length: 30 }, () => pipeline.request({ method: "GET", path: "/me" }));
    const results = await Promise.all([first, ...waiting]);
    expect(results).toHaveLength(31);
    expect(arrivals).toHaveLength(32); // the 429, the probe, then the 30 others
    expect(arrivedDuringProbe).toBe(0);
    // Released over an interval rather than in one burst: not all in the same few milliseconds.
    const released = arrivals.slice(2);
    expect(Math.max(...released) - Math.min(...released)).toBeGreaterThan(20);
  });

  it("keeps the others waiting when the first request is limited again", async () => {
    const statuses: number[] = [];
    const arrivals: number[] = [];
    server = await startTestServer((_req, res) => {
      arrivals.push(Date.now());
      const limited = statuses.length < 2;
      statuses.push(limited ? 429 : 200);
      if (limited) return json(res, 429, { error: { status: 429, message: "API rate limit exceeded" } }, { "Retry-After": "0.2" });
      json(res, 200, {});
    });
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: staticAuth("t") });
    const first = pipeline.request({ method: "GET", path: "/me" });
    while (statuses.length === 0) await sleep(2);
    await sleep(10);
    const waiting = Array.from({ length: 10 }, () => pipeline.request({ method: "GET", path: "/me" }));
    await Promise.all([first, ...waiting]);
    // One limited request, one limited probe, then everyone once: no third 429.
    expect(statuses).toEqual([429, 429, ...Array(11).fill(200)]);
    // Nobody went with the limited probe: the next request waited out the new pause (0.2 s).
    expect(arrivals[2]! - arrivals[1]!).toBeGreaterThanOrEqual(150);
  });
});

describe("waits longer than a timer holds (2^31 ms)", () => {
  it("a timeout of Number.MAX_SAFE_INTEGER does not fire at once", async () => {
    server = await startTestServer((_req, res) => void setTimeout(() => json(res, 200, { ok: true }), 50));
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: staticAuth("t"), timeout: Number.MAX_SAFE_INTEGER, retry: false });
    await expect(pipeline.request({ method: "GET", path: "/me" })).resolves.toEqual({ ok: true });
  });

  it("a sleep of 2^32 ms does not end at once, and the caller's abort ends it", async () => {
    const controller = new AbortController();
    const long = sleep(2 ** 32, controller.signal).then(() => "ended", () => "aborted");
    const first = await Promise.race([long, sleep(40).then(() => "still sleeping")]);
    expect(first).toBe("still sleeping");
    controller.abort();
    expect(await long).toBe("aborted");
  });
});

/**
 * The request pipeline against a real local server that misbehaves on purpose. Each case asserts
 * the exact number of requests the server saw. Parametrised by transport so every transport
 * passes the same suite.
 */
import { Agent } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import {
  AbortError,
  ConnectionError,
  createFetchTransport,
  createPipeline,
  NotFoundError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
  type AccessToken,
  type IAuthStrategy,
  type PipelineOptions,
  type Transport,
} from "../src/index.js";
import { createNodeTransport } from "../src/node/transport.js";
import { destroySocket, json, raw, spotifyError, stall, startTestServer, TRACK, type TestServer } from "./helpers/test-server.js";

export const transports: Array<[string, () => Transport]> = [
  ["fetch", () => createFetchTransport()],
  ["node", () => createNodeTransport()],
  // The Node transport's other path: through `node:http` agents the caller gives.
  ["node (agents)", () => createNodeTransport({ agents: { http: new Agent({ keepAlive: true }) } })],
];

const TOKEN = "test-access-token-SECRET-123";

function staticAuth(token = TOKEN): IAuthStrategy {
  const t: AccessToken = { access_token: token, token_type: "Bearer", expires_in: 3600, expires: Date.now() + 3_600_000 };
  return {
    setConfiguration() {},
    async getOrCreateAccessToken() {
      return t;
    },
    async getAccessToken() {
      return t;
    },
    removeAccessToken() {},
  };
}

describe.each(transports)("pipeline faults over the %s transport", (_name, makeTransport) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function setup(handler: Parameters<typeof startTestServer>[0], options: PipelineOptions = {}) {
    server = await startTestServer(handler);
    const pipeline = createPipeline({
      baseUrl: `${server.url}/v1`,
      accountsBaseUrl: server.url,
      transport: makeTransport(),
      auth: staticAuth(),
      retry: { backoffBaseMs: 5, backoffMaxMs: 20 },
      ...options,
    });
    return { server, pipeline };
  }

  /** Answers the first `n` requests with `fault`, later ones with a track. */
  const firstThen = (n: number, fault: Parameters<typeof startTestServer>[0]): Parameters<typeof startTestServer>[0] =>
    (req, res, i) => (i < n ? fault(req, res, i) : json(res, 200, TRACK));

  it("waits Retry-After: 1 after a 429, retries once and succeeds", async () => {
    const { server, pipeline } = await setup(firstThen(1, (_q, res) => spotifyError(res, 429, "API rate limit exceeded", { "Retry-After": "1" })));
    const started = Date.now();
    await expect(pipeline.request({ method: "GET", path: "/tracks/{id}", pathParams: { id: TRACK.id } })).resolves.toEqual(TRACK);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("throws RateLimitError with retryAfter at once when Retry-After is beyond the cap", async () => {
    const { server, pipeline } = await setup((_q, res) => spotifyError(res, 429, "API rate limit exceeded", { "retry-after": "3600" }));
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(3600);
    expect((error as RateLimitError).status).toBe(429);
    expect((error as RateLimitError).spotifyMessage).toBe("API rate limit exceeded");
    expect(server.requests).toHaveLength(1);
    // The client is now paused for an hour: a new call fails fast without a request.
    await expect(pipeline.request({ method: "GET", path: "/me" })).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(1);
  });

  it("reads Retry-After given as an HTTP date", async () => {
    const when = new Date(Date.now() + 2000).toUTCString();
    const { server, pipeline } = await setup(firstThen(1, (_q, res) => spotifyError(res, 429, "slow down", { "Retry-After": when })));
    await expect(pipeline.request({ method: "GET", path: "/me" })).resolves.toEqual(TRACK);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(900);
  });

  it("pauses the whole client after a 429: 20 concurrent calls send nothing inside the pause", async () => {
    let limitedAt = 0;
    const { server, pipeline } = await setup((_q, res, i) => {
      if (i === 0) {
        limitedAt = Date.now();
        return spotifyError(res, 429, "API rate limit exceeded", { "Retry-After": "1" });
      }
      json(res, 200, TRACK);
    });
    const first = pipeline.request({ method: "GET", path: "/me" });
    await new Promise((r) => setTimeout(r, 100));
    const burst = Array.from({ length: 20 }, () => pipeline.request({ method: "GET", path: "/me" }));
    await Promise.all([first, ...burst]);
    expect(server.requests).toHaveLength(22);
    for (const req of server.requests.slice(1)) expect(req.at - limitedAt).toBeGreaterThanOrEqual(950);
  });

  it.each([500, 502, 503])("retries a GET after %i and succeeds", async (status) => {
    const { server, pipeline } = await setup(firstThen(1, (_q, res) => spotifyError(res, status, "Server error")));
    await expect(pipeline.request({ method: "GET", path: "/me" })).resolves.toEqual(TRACK);
    expect(server.requests).toHaveLength(2);
  });

  it("gives up after maxRetries with a ServerError", async () => {
    const { server, pipeline } = await setup((_q, res) => spotifyError(res, 503, "Service unavailable"), { retry: { maxRetries: 2, backoffBaseMs: 1 } });
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(503);
    expect(server.requests).toHaveLength(3);
  });

  it("does not retry a 501, which will not change", async () => {
    const { server, pipeline } = await setup((_q, res) => spotifyError(res, 501, "Not implemented"));
    await expect(pipeline.request({ method: "GET", path: "/me" })).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("never retries a POST after a 503", async () => {
    const { server, pipeline } = await setup((_q, res) => spotifyError(res, 503, "Service unavailable"));
    const error = await pipeline.request({ method: "POST", path: "/me/playlists", body: { name: "x" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry when retry is false", async () => {
    const { server, pipeline } = await setup((_q, res) => spotifyError(res, 500, "boom"), { retry: false });
    await expect(pipeline.request({ method: "GET", path: "/me" })).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("treats 204 by the declared kind: void → undefined, json-or-null → null, json → UnexpectedResponseError", async () => {
    const { server, pipeline } = await setup((_q, res) => {
      res.writeHead(204);
      res.end();
    });
    await expect(pipeline.request({ method: "PUT", path: "/me/player/pause", response: "void" })).resolves.toBeUndefined();
    await expect(pipeline.request({ method: "GET", path: "/me/player", response: "json-or-null" })).resolves.toBeNull();
    await expect(pipeline.request({ method: "GET", path: "/me" })).rejects.toBeInstanceOf(UnexpectedResponseError);
    expect(server.requests).toHaveLength(3);
  });

  it("refuses an empty 200 where a body is required", async () => {
    const { server, pipeline } = await setup((_q, res) => raw(res, 200, "", "application/json"));
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(/empty body/);
    await expect(pipeline.request({ method: "GET", path: "/me", response: "auto" })).resolves.toBeUndefined();
    expect(server.requests).toHaveLength(2);
  });

  it("refuses an HTML 200", async () => {
    const { pipeline } = await setup((_q, res) => raw(res, 200, "<!DOCTYPE html><html><body>Sign in</body></html>", "text/html"));
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as UnexpectedResponseError).status).toBe(200);
    expect((error as Error).message).toMatch(/HTML/);
    await expect(pipeline.request({ method: "GET", path: "/me", response: "auto" })).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it("refuses truncated JSON", async () => {
    const { pipeline } = await setup((_q, res) => raw(res, 200, '{"id":"abc","name":"Cut To', "application/json"));
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(/unreadable JSON/);
  });

  it("refuses a redirect without following it, and does not retry", async () => {
    const { server, pipeline } = await setup((_q, res) => {
      res.writeHead(302, { location: "http://127.0.0.1:9/elsewhere?access_token=SECRET" });
      res.end();
    });
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(/302 redirect to .*elsewhere.* refused/);
    expect((error as Error).message).not.toContain("SECRET");
    expect(server.requests).toHaveLength(1);
  });

  it("returns a plain-text success body as text for auto", async () => {
    const { pipeline } = await setup((_q, res) => raw(res, 200, "ok", "text/plain"));
    await expect(pipeline.request({ method: "PUT", path: "/x", response: "auto" })).resolves.toBe("ok");
  });

  it("retries a GET whose socket was destroyed", async () => {
    const { server, pipeline } = await setup(firstThen(1, (_q, res) => destroySocket(res)));
    await expect(pipeline.request({ method: "GET", path: "/me" })).resolves.toEqual(TRACK);
    expect(server.requests).toHaveLength(2);
  });

  it("throws ConnectionError for a POST whose socket was destroyed, without retrying", async () => {
    const { server, pipeline } = await setup((_q, res) => destroySocket(res));
    await expect(pipeline.request({ method: "POST", path: "/me/playlists", body: {} })).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("throws ConnectionError when nothing listens", async () => {
    const { server, pipeline } = await setup(() => {});
    await server.close();
    const error = await pipeline.request({ method: "GET", path: "/me" }, ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
  });

  it("times out a stalled attempt with TimeoutError", async () => {
    const { server, pipeline } = await setup((_q, res) => stall(res), { timeout: 200, retry: false });
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(200);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a stalled GET and succeeds when the next attempt answers", async () => {
    const { server, pipeline } = await setup(firstThen(1, (_q, res) => stall(res)), { timeout: 200 });
    await expect(pipeline.request({ method: "GET", path: "/me" })).resolves.toEqual(TRACK);
    expect(server.requests).toHaveLength(2);
  });

  it("aborts by the caller's signal with AbortError, and sends nothing more", async () => {
    const { server, pipeline } = await setup((_q, res) => stall(res));
    const controller = new AbortController();
    const pending = pipeline.request({ method: "GET", path: "/me", signal: controller.signal });
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    await new Promise((r) => setTimeout(r, 100));
    expect(server.requests).toHaveLength(1);
  });

  it("cancels a wait between retries when the caller aborts", async () => {
    const { server, pipeline } = await setup((_q, res) => spotifyError(res, 429, "limited", { "Retry-After": "20" }));
    const controller = new AbortController();
    const pending = pipeline.request({ method: "GET", path: "/me", signal: controller.signal });
    await new Promise((r) => setTimeout(r, 150));
    controller.abort();
    const started = Date.now();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  it("maps a 404 to NotFoundError with Spotify's message, method and URL, and no token anywhere", async () => {
    const { pipeline } = await setup((_q, res) => spotifyError(res, 404, "Non existing id"));
    const error = (await pipeline.request({ method: "GET", path: "/tracks/{id}", pathParams: { id: "x" } }).catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.spotifyMessage).toBe("Non existing id");
    expect(error.method).toBe("GET");
    expect(error.url).toMatch(/\/v1\/tracks\/x$/);
    expect(error.message).toContain("GET");
    const everything = `${error.message} ${String(error)} ${JSON.stringify(error)} ${JSON.stringify(error.headers)}`;
    expect(everything).not.toContain(TOKEN);
  });

  it("sends the bearer token, JSON Content-Type only with a body, and Accept", async () => {
    const { server, pipeline } = await setup((_q, res) => json(res, 200, {}));
    await pipeline.request({ method: "GET", path: "/me" });
    await pipeline.request({ method: "POST", path: "/me/playlists", body: { name: "Mix" } });
    const [get, post] = server.requests;
    expect(get!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(get!.headers["content-type"]).toBeUndefined();
    expect(post!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(post!.body)).toEqual({ name: "Mix" });
  });

  it("sends a raw body as is with its content type", async () => {
    const { server, pipeline } = await setup((_q, res) => {
      res.writeHead(202);
      res.end();
    });
    await pipeline.request({ method: "PUT", path: "/playlists/{id}/images", pathParams: { id: "p" }, rawBody: { data: "/9j/4AAQ", contentType: "image/jpeg" }, response: "void" });
    expect(server.requests[0]!.headers["content-type"]).toBe("image/jpeg");
    expect(server.requests[0]!.body).toBe("/9j/4AAQ");
  });
});

describe("pipeline faults raised by a transport itself", () => {
  it("does not retry an abort the transport raised by itself (a closed transport, another copy of the SDK)", async () => {
    let sent = 0;
    const aborting: Transport = {
      async send() {
        sent++;
        throw Object.assign(new Error("the transport was closed"), { name: "AbortError" });
      },
    };
    const pipeline = createPipeline({ baseUrl: "http://127.0.0.1:9/v1", transport: aborting, auth: staticAuth(), retry: { backoffBaseMs: 1 } });
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).message).toBe("GET http://127.0.0.1:9/v1/me was aborted by the transport: the transport was closed");
    expect(sent).toBe(1);
  });
});

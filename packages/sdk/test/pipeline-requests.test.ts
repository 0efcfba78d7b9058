/**
 * What the pipeline puts on the wire: hostile path parameters stay inside their segment or are
 * refused before any request; queries drop undefined and join arrays; 401s renew once; hooks,
 * the logger and the 1.2.0 options see redacted headers; makeRequest keeps 1.2.0's meaning.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  AuthError,
  ConnectionError,
  createFetchTransport,
  createPipeline,
  SpotifyError,
  emptyAccessToken,
  SpotifyApi,
  UnauthorizedError,
  ValidationError,
  type AccessToken,
  type IAuthStrategy,
} from "../src/index.js";
import { json, raw, spotifyError, startTestServer, TRACK, type TestServer } from "./helpers/test-server.js";

const SECRET = "tok-SECRET-abc";

function token(value: string): AccessToken {
  return { access_token: value, token_type: "Bearer", expires_in: 3600, expires: Date.now() + 3_600_000 };
}

/** A custom strategy as 1.2.0 users write them: no invalidateAccessToken. */
function sequenceAuth(values: string[]): IAuthStrategy & { calls: number } {
  const auth = {
    calls: 0,
    setConfiguration() {},
    async getOrCreateAccessToken() {
      const value = values[Math.min(auth.calls, values.length - 1)]!;
      auth.calls++;
      return token(value);
    },
    async getAccessToken() {
      return null;
    },
    removeAccessToken() {},
  };
  return auth;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("path parameters", () => {
  it.each([
    ["../../v1/me", "/v1/tracks/..%2F..%2Fv1%2Fme"],
    ["a?market=SE", "/v1/tracks/a%3Fmarket%3DSE"],
    ["a#frag", "/v1/tracks/a%23frag"],
    ["%2e%2e/x", "/v1/tracks/%252e%252e%2Fx"],
  ])("keeps %j inside its segment", async (id, expected) => {
    server = await startTestServer((_q, res) => json(res, 200, TRACK));
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: sequenceAuth([SECRET]) });
    await pipeline.request({ method: "GET", path: "/tracks/{id}", pathParams: { id } });
    expect(server.requests[0]!.url).toBe(expected);
  });

  it.each(["..", ".", "", "%2e%2e", "%2E", "  "])("refuses %j before any request", async (id) => {
    server = await startTestServer((_q, res) => json(res, 200, TRACK));
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: sequenceAuth([SECRET]) });
    await expect(pipeline.request({ method: "GET", path: "/tracks/{id}", pathParams: { id } })).rejects.toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it("drops undefined query values and joins arrays with commas", async () => {
    server = await startTestServer((_q, res) => json(res, 200, {}));
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: sequenceAuth([SECRET]) });
    await pipeline.request({ method: "GET", path: "/tracks", query: { ids: ["a", "b c"], market: undefined, limit: 5, x: null } });
    expect(server.requests[0]!.url).toBe("/v1/tracks?ids=a%2Cb%20c&limit=5");
  });
});

describe("401 handling", () => {
  it("renews once and retries once when the strategy hands out a different token", async () => {
    server = await startTestServer((q, res) =>
      q.headers.authorization === "Bearer old" ? spotifyError(res, 401, "The access token expired") : json(res, 200, TRACK));
    const auth = sequenceAuth(["old", "new"]);
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth });
    await expect(pipeline.request({ method: "GET", path: "/me" })).resolves.toEqual(TRACK);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer old", "Bearer new"]);
  });

  it("does not retry when the strategy returns the same token, and throws UnauthorizedError", async () => {
    server = await startTestServer((_q, res) => spotifyError(res, 401, "Invalid access token"));
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: sequenceAuth([SECRET]) });
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).spotifyMessage).toBe("Invalid access token");
    expect(JSON.stringify(error) + String(error)).not.toContain(SECRET);
    expect(server.requests).toHaveLength(1);
  });

  it("retries at most once: a second 401 is thrown", async () => {
    server = await startTestServer((_q, res) => spotifyError(res, 401, "The access token expired"));
    const auth = sequenceAuth(["a", "b", "c"]);
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth });
    await expect(pipeline.request({ method: "GET", path: "/me" })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(server.requests).toHaveLength(2);
  });

  it("calls invalidateAccessToken with the rejected token when the strategy has it", async () => {
    server = await startTestServer((q, res) =>
      q.headers.authorization === "Bearer one" ? spotifyError(res, 401, "The access token expired") : json(res, 200, TRACK));
    let current = "one";
    const rejected: string[] = [];
    const auth: IAuthStrategy = {
      setConfiguration() {},
      async getOrCreateAccessToken() {
        return token(current);
      },
      async getAccessToken() {
        return token(current);
      },
      removeAccessToken() {},
      invalidateAccessToken(t) {
        rejected.push(t.access_token);
        current = "two";
      },
    };
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth });
    await expect(pipeline.request({ method: "GET", path: "/me" })).resolves.toEqual(TRACK);
    expect(rejected).toEqual(["one"]);
  });
});

describe("hooks, logger and 1.2.0 options", () => {
  it("hook payloads never hold the bearer token; headers a beforeRequest hook adds, changes or removes are sent", async () => {
    server = await startTestServer((_q, res, i) => (i === 0 ? spotifyError(res, 500, "x") : json(res, 200, TRACK)));
    const payloads: string[] = [];
    const pipeline = createPipeline({
      baseUrl: `${server.url}/v1`,
      auth: sequenceAuth([SECRET]),
      retry: { backoffBaseMs: 1 },
      hooks: {
        beforeRequest: [(r) => {
          payloads.push(JSON.stringify(r));
          r.headers["X-Added"] = `attempt-${r.attempt}`;
          r.headers["x-change-me"] = "new";
          delete r.headers["x-remove-me"];
        }],
        beforeRetry: [(r) => void payloads.push(JSON.stringify(r.request))],
        afterResponse: [(r) => void payloads.push(JSON.stringify(r.request))],
      },
    });
    await pipeline.request({ method: "GET", path: "/me", headers: { "X-Remove-Me": "1", "X-Change-Me": "old" } });
    expect(payloads.length).toBe(5);
    expect(payloads.join("\n")).not.toContain(SECRET);
    for (const sent of server.requests) {
      expect(sent.headers.authorization).toBe(`Bearer ${SECRET}`);
      expect(sent.headers["x-change-me"]).toBe("new");
      expect(sent.headers["x-remove-me"]).toBeUndefined();
    }
    expect(server.requests.map((r) => r.headers["x-added"])).toEqual(["attempt-0", "attempt-1"]);
  });

  it("runs hooks in order and never shows them the token", async () => {
    server = await startTestServer((_q, res, i) => (i === 0 ? spotifyError(res, 500, "x") : json(res, 200, TRACK)));
    const seen: string[] = [];
    const logged: string[] = [];
    const pipeline = createPipeline({
      baseUrl: `${server.url}/v1`,
      auth: sequenceAuth([SECRET]),
      retry: { backoffBaseMs: 1 },
      hooks: {
        beforeRequest: [(r) => { seen.push(`before:${r.attempt}`); r.headers["X-Trace"] = "t1"; }],
        beforeRetry: [(r) => { seen.push(`retry:${r.attempt}`); }],
        afterResponse: [(r) => { seen.push(`after:${r.response.status}`); }],
      },
      logger: { debug: (m, d) => logged.push(`${m} ${JSON.stringify(d)}`), info: (m, d) => logged.push(`${m} ${JSON.stringify(d)}`) },
    });
    await pipeline.request({ method: "GET", path: "/me" });
    expect(seen).toEqual(["before:0", "after:500", "retry:1", "before:1", "after:200"]);
    expect(server.requests[1]!.headers["x-trace"]).toBe("t1");
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join("\n")).not.toContain(SECRET);
  });

  it("hooks never see a token request's credentials (body or Basic header)", async () => {
    server = await startTestServer((_q, res) => json(res, 200, { access_token: "x", token_type: "Bearer", expires_in: 3600 }));
    const seen: string[] = [];
    const pipeline = createPipeline({
      accountsBaseUrl: server.url,
      hooks: { beforeRequest: [(r) => { seen.push(JSON.stringify(r.request), JSON.stringify(r.headers)); }] },
    });
    await pipeline.request({
      method: "POST", path: "/api/token", base: "accounts", auth: "none",
      headers: { Authorization: `Basic ${btoa("id:SECRET-client")}` },
      rawBody: { data: "grant_type=refresh_token&refresh_token=SECRET-refresh", contentType: "application/x-www-form-urlencoded" },
    });
    expect(server.requests[0]!.body).toContain("SECRET-refresh");
    expect(seen.join(" ")).not.toMatch(/SECRET|aWQ6U0VDUkVU/);
  });

  it("a strategy still redirecting (emptyAccessToken) gives AuthError and sends nothing", async () => {
    server = await startTestServer((_q, res) => json(res, 200, {}));
    const auth: IAuthStrategy = {
      setConfiguration() {},
      async getOrCreateAccessToken() { return emptyAccessToken; },
      async getAccessToken() { return null; },
      removeAccessToken() {},
    };
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth });
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).error).toBe("authorization_pending");
    expect(server.requests).toHaveLength(0);
  });

  it("beforeError may replace the error", async () => {
    server = await startTestServer((_q, res) => spotifyError(res, 400, "bad"));
    const pipeline = createPipeline({
      baseUrl: `${server.url}/v1`,
      auth: sequenceAuth([SECRET]),
      hooks: { beforeError: [(e) => new Error(`wrapped: ${e.message}`)] },
    });
    await expect(pipeline.request({ method: "GET", path: "/me" })).rejects.toThrow(/^wrapped: 400 bad/);
  });

  it("calls 1.2.0's beforeRequest/afterRequest with redacted headers and a real Response", async () => {
    server = await startTestServer((_q, res) => json(res, 200, TRACK));
    const calls: Array<{ url: string; auth: unknown; status?: number }> = [];
    const sdk = new SpotifyApi(sequenceAuth([SECRET]), {
      baseUrl: `${server.url}/v1`,
      beforeRequest: (url, init) => calls.push({ url, auth: (init.headers as Record<string, string>).authorization }),
      afterRequest: (url, _init, response) => calls.push({ url, auth: undefined, status: response.status }),
    });
    await sdk.makeRequest("GET", "tracks/x");
    expect(calls).toEqual([
      { url: `${server.url}/v1/tracks/x`, auth: "[redacted]" },
      { url: `${server.url}/v1/tracks/x`, auth: undefined, status: 200 },
    ]);
  });

  it("an errorHandler returning true makes the call resolve null (1.2.0)", async () => {
    server = await startTestServer((_q, res) => spotifyError(res, 404, "nope"));
    const handled: unknown[] = [];
    const sdk = new SpotifyApi(sequenceAuth([SECRET]), {
      baseUrl: `${server.url}/v1`,
      errorHandler: { handleErrors: async (e) => { handled.push(e); return true; } },
    });
    await expect(sdk.makeRequest("GET", "tracks/x")).resolves.toBeNull();
    expect(handled).toHaveLength(1);
  });

  it("uses a custom deserializer and responseValidator when given", async () => {
    server = await startTestServer((_q, res) => raw(res, 200, "hello", "text/plain"));
    const sdk = new SpotifyApi(sequenceAuth([SECRET]), {
      baseUrl: `${server.url}/v1`,
      responseValidator: { validateResponse: async (r) => { if (r.status !== 200) throw new Error("bad"); } },
      deserializer: { deserialize: async <T,>(r: Response) => (`<${await r.text()}>` as T) },
    });
    await expect(sdk.makeRequest("GET", "x")).resolves.toBe("<hello>");
  });
});

describe("a runtime without fetch", () => {
  it("says which global is missing, as a SpotifyError that is not retried", async () => {
    const saved = globalThis.fetch;
    // @ts-expect-error simulating a runtime without fetch
    delete globalThis.fetch;
    try {
      const pipeline = createPipeline({ baseUrl: "http://127.0.0.1:9/v1", auth: sequenceAuth([SECRET]), transport: createFetchTransport() });
      const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SpotifyError);
      expect(error).not.toBeInstanceOf(ConnectionError);
      expect((error as Error).message).toMatch(/No fetch available.*`fetch` option/);
    } finally {
      globalThis.fetch = saved;
    }
  });
});

describe("makeRequest", () => {
  it("sends a relative URL with its query, a string body as is and an object as JSON", async () => {
    server = await startTestServer((_q, res) => json(res, 200, { ok: true }));
    const sdk = new SpotifyApi(sequenceAuth([SECRET]), { baseUrl: `${server.url}/v1` });
    await expect(sdk.makeRequest("GET", "me/top/artists?limit=5")).resolves.toEqual({ ok: true });
    await sdk.makeRequest("PUT", "playlists/p/images", "/9j/4AAQ", "image/jpeg");
    await sdk.makeRequest("POST", "me/playlists", { name: "n" });
    expect(server.requests.map((r) => [r.method, r.url, r.headers["content-type"], r.body])).toEqual([
      ["GET", "/v1/me/top/artists?limit=5", undefined, ""],
      ["PUT", "/v1/playlists/p/images", "image/jpeg", "/9j/4AAQ"],
      ["POST", "/v1/me/playlists", "application/json", '{"name":"n"}'],
    ]);
  });

  it("refuses absolute URLs and '..' before any request", async () => {
    server = await startTestServer((_q, res) => json(res, 200, {}));
    const sdk = new SpotifyApi(sequenceAuth([SECRET]), { baseUrl: `${server.url}/v1` });
    await expect(sdk.makeRequest("GET", "https://evil.example/x")).rejects.toBeInstanceOf(ValidationError);
    await expect(sdk.makeRequest("GET", "../../admin")).rejects.toBeInstanceOf(ValidationError);
    // Spellings URL parsers and servers turn into '..'.
    for (const path of ["users/%2e%2e/%2e%2e/admin", "users/.%2E/x", "users\\..\\..\\admin", "users/..%2f..%2fadmin", "me/%2E%2e?x=1"]) {
      await expect(sdk.makeRequest("GET", path), path).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(sdk.makeRequest("PATCH" as "GET", "me")).rejects.toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
    // A '..' inside a name, or in the query, is no segment.
    await sdk.makeRequest("GET", "search?q=a..b");
    await sdk.makeRequest("GET", "users/a..b");
    expect(server.requests.map((r) => r.url)).toEqual(["/v1/search?q=a..b", "/v1/users/a..b"]);
  });
});

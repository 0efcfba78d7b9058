/**
 * The core pipeline's seams: it takes tokens from any TokenSource (no auth strategy involved), a
 * layer above adds around each Web API exchange through `exchange` (never around token
 * requests), a rate-limit store's own `sharePause` builds the shared pause; and what only Node,
 * only the facade or only a client with a rate-limit store needs stays out of a browser's
 * createClient bundle. Real HTTP on loopback.
 */
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterEach, describe, expect, it } from "vitest";
import { CorePipeline, type BearerToken, type RateLimitStore, type TokenSource } from "../src/index.js";
import { json, startTestServer, TRACK, type TestServer } from "./helpers/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A TokenSource over a list of tokens: each renewal moves to the next. */
function listSource(tokens: string[]): TokenSource & { renewals: string[] } {
  let at = 0;
  const renewals: string[] = [];
  return {
    renewals,
    usableNow: () => undefined,
    get: async () => ({ access_token: tokens[at]! }),
    renew: async (rejected: BearerToken) => {
      renewals.push(rejected.access_token);
      at++;
      return at < tokens.length ? { access_token: tokens[at]! } : undefined;
    },
  };
}

describe("the core pipeline over a TokenSource", () => {
  it("sends the source's token and renews through it after a 401", async () => {
    server = await startTestServer((req, res) => {
      if (req.headers.authorization === "Bearer second") json(res, 200, TRACK);
      else json(res, 401, { error: { status: 401, message: "The access token expired" } });
    });
    const tokens = listSource(["first", "second"]);
    const pipeline = new CorePipeline({ baseUrl: server.url, tokens, retry: false });
    await expect(pipeline.request({ method: "GET", path: "/tracks/{id}", pathParams: { id: TRACK.id } })).resolves.toEqual(TRACK);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer first", "Bearer second"]);
    expect(tokens.renewals).toEqual(["first"]);
  });

  it("without a source, sends token requests (auth: none) and refuses the others unsent", async () => {
    server = await startTestServer((_req, res) => json(res, 200, { ok: true }));
    const pipeline = new CorePipeline({ baseUrl: server.url });
    await expect(pipeline.request({ method: "GET", path: "/open", auth: "none" })).resolves.toEqual({ ok: true });
    await expect(pipeline.request({ method: "GET", path: "/me" })).rejects.toThrow(/no auth strategy/);
    expect(server.requests).toHaveLength(1);
  });

  it("calls exchange hooks around Web API requests only, and lets them read a response", async () => {
    server = await startTestServer((req, res) => json(res, req.url.includes("/missing") ? 404 : 200, { url: req.url }));
    const seen: string[] = [];
    const pipeline = new CorePipeline({
      baseUrl: `${server.url}/v1`, accountsBaseUrl: server.url, tokens: listSource(["t"]), retry: false,
      exchange: {
        sending: (url, method, headers) => void seen.push(`sending ${method} ${new URL(url).pathname} ${headers.Authorization}`),
        received: (url, _method, _headers, _body, response) => void seen.push(`received ${new URL(url).pathname} ${response.status}`),
        readSuccess: async (_response, _url, parse) => ({ read: parse() }),
        readFailure: async (response) => ({ failed: response.status }),
      },
    });
    await expect(pipeline.request({ method: "GET", path: "/me" })).resolves.toEqual({ read: { url: "/v1/me" } });
    await expect(pipeline.request({ method: "GET", path: "/missing" })).resolves.toEqual({ failed: 404 });
    await expect(pipeline.request({ method: "POST", path: "/api/token", base: "accounts", auth: "none" })).resolves.toEqual({ url: "/api/token" });
    expect(seen).toEqual(["sending GET /v1/me Bearer t", "received /v1/me 200", "sending GET /v1/missing Bearer t", "received /v1/missing 404"]);
  });

  it("builds the shared pause with the rate-limit store's own sharePause, for the app's key", async () => {
    server = await startTestServer((_req, res) => json(res, 200, TRACK));
    const built: string[] = [];
    const store: RateLimitStore = {
      recordPause: async () => 0, pausedFor: async () => 0, electProbe: async () => ({ kind: "probe" }), endPause: async () => undefined,
      sharePause(key) {
        built.push(key);
        return { attach() {}, touch: () => undefined, record() {}, turn: async () => "probe", answered() {}, reprobe() {} };
      },
    };
    const pipeline = new CorePipeline({ baseUrl: server.url, tokens: listSource(["t"]), rateLimitStore: store, rateLimitKey: "app" });
    await pipeline.request({ method: "GET", path: "/me" });
    expect(built).toEqual(["app"]);
  });
});

describe("a browser's createClient bundle", () => {
  it("ships none of 1.2.0's request hooks, of the shared rate-limit pause or of Node's timer and controller pools", async () => {
    const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
    const src = join(pkg, "src");
    const result = await build({
      stdin: {
        contents: `import { createClient, ClientCredentialsStrategy, TracksEndpoints } from ${JSON.stringify(join(src, "index.ts"))};
globalThis.group = new TracksEndpoints(createClient({ auth: new ClientCredentialsStrategy("id", "secret") }));`,
        resolveDir: pkg, loader: "js",
      },
      absWorkingDir: pkg, bundle: true, minify: true, format: "esm", platform: "browser", write: false, metafile: true, logLevel: "silent",
    });
    const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
    const shipped = Object.entries(inputs).filter(([, v]) => v.bytesInOutput > 0).map(([file]) => relative(src, join(pkg, file)).replaceAll("\\", "/"));
    expect(shipped.filter((f) => f.startsWith("compat/") || f.startsWith("node/") || ["auth/fleet-pause.ts", "auth/shared-store.ts"].includes(f))).toEqual([]);
    expect(shipped).toContain("http/core-pipeline.ts");
  });
});

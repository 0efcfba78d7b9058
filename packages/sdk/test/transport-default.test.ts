/**
 * Which transport a client gets: the Node entry (what the `node` export condition resolves)
 * defaults to the Node transport unless `fetch` or `transport` is given; the common entry stays on
 * `fetch`, so nothing global changed. A request shows its transport: `fetch` always sends
 * `Sec-Fetch-Mode`, the Node transport never does.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as common from "../src/index.js";
import * as node from "../src/node/entry.js";
import { fetchTakenOver, lazyNodeTransport } from "../src/node/lazy-transport.js";

let server: Server;
let url = "";
let seen: IncomingMessage[] = [];
const sockets = new Set<Socket>();

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    req.resume();
    const body = req.url === "/api/token"
      ? JSON.stringify({ access_token: "cc-token", token_type: "Bearer", expires_in: 3600 })
      : JSON.stringify({ id: "me" });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  seen = [];
});

const token = (): common.AccessToken => ({ access_token: "provided", token_type: "Bearer", expires_in: 3600, refresh_token: "r", expires: Date.now() + 3_600_000 });
const via = (req: IncomingMessage | undefined) => (req?.headers["sec-fetch-mode"] === undefined ? "node" : "fetch");

describe("the default transport", () => {
  it("is marked: node in the Node entry, fetch in the common one", () => {
    expect(node.transportKind).toBe("node");
    expect(common.transportKind).toBe("fetch");
  });

  it("is the Node transport for a Node-entry client, fetch for a common-entry one", async () => {
    await node.SpotifyApi.withAccessToken("client", token(), { baseUrl: url }).makeRequest("GET", "me");
    await common.SpotifyApi.withAccessToken("client", token(), { baseUrl: url }).makeRequest("GET", "me");
    expect(seen.map(via)).toEqual(["node", "fetch"]);
  });

  it("steps aside for fetch when the app has taken fetch over: a stubbed global fetch, an undici global dispatcher", async () => {
    const original = globalThis.fetch;
    const stubbed: string[] = [];
    const sdk = node.SpotifyApi.withAccessToken("client", token(), { baseUrl: url });
    try {
      // A test's stub (vi.stubGlobal / jest.spyOn), set after the client was built, as 1.2.0 code does.
      globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        stubbed.push(String(input));
        return original(input, init);
      }) as typeof fetch;
      await sdk.makeRequest("GET", "me");
      globalThis.fetch = original;
      await sdk.makeRequest("GET", "me");
    } finally {
      globalThis.fetch = original;
    }
    expect(stubbed).toEqual([`${url}/me`]);
    expect(seen.map(via)).toEqual(["fetch", "node"]);
    // A MockAgent or a proxy agent set with undici's setGlobalDispatcher, used by Node's own fetch.
    const key = Symbol.for("undici.globalDispatcher.1");
    const own = (globalThis as Record<symbol, unknown>)[key];
    expect(own?.constructor.name).toBe("Agent"); // Node's fetch put its default there
    expect(fetchTakenOver()).toBe(false);
    class MockAgent {
      dispatch() {}
    }
    (globalThis as Record<symbol, unknown>)[key] = new MockAgent();
    try {
      expect(fetchTakenOver()).toBe(true);
    } finally {
      (globalThis as Record<symbol, unknown>)[key] = own;
    }
    expect(fetchTakenOver()).toBe(false);
  });

  it("is the Node transport for createClient in the Node entry too, fetch in the common one", async () => {
    await new node.UsersEndpoints(node.createClient({ auth: new node.ProvidedAccessTokenStrategy("client", token()), baseUrl: url })).profile("me");
    await new common.UsersEndpoints(common.createClient({ auth: new common.ProvidedAccessTokenStrategy("client", token()), baseUrl: url })).profile("me");
    expect(seen.map(via)).toEqual(["node", "fetch"]);
  });

  it("sends token requests through the Node transport too", async () => {
    const sdk = node.SpotifyApi.withClientCredentials("id", "secret", [], { baseUrl: url, accountsBaseUrl: url });
    expect(sdk).toBeInstanceOf(node.SpotifyApi);
    expect(sdk).toBeInstanceOf(common.SpotifyApi);
    await sdk.makeRequest("GET", "me");
    expect(seen.map((r) => [r.url, via(r)])).toEqual([["/api/token", "node"], ["/me", "node"]]);
  });

  it("is the Node transport for token requests a Node-entry strategy sends on its own, unless told otherwise", async () => {
    const accounts = { accountsBaseUrl: url };
    await new node.ClientCredentialsStrategy("id", "secret", [], accounts).getOrCreateAccessToken();
    const session = new node.Session({ clientId: "id", clientSecret: "secret", redirectUri: "http://127.0.0.1/cb", ...accounts });
    await session.requestAccessToken("code");
    await new node.ClientCredentialsStrategy("id", "secret", [], { ...accounts, fetch: (i, init) => globalThis.fetch(i, init) }).getOrCreateAccessToken();
    await new common.ClientCredentialsStrategy("id", "secret", [], accounts).getOrCreateAccessToken();
    expect(seen.map((r) => [r.url, via(r)])).toEqual([["/api/token", "node"], ["/api/token", "node"], ["/api/token", "fetch"], ["/api/token", "fetch"]]);
    expect(new node.ClientCredentialsStrategy("id", "secret")).toBeInstanceOf(common.ClientCredentialsStrategy);
  });

  it("refuses strategy options that are not an object, before any request, in both entries", () => {
    for (const entry of [common, node]) {
      for (const bad of [null, "x", 5, []]) {
        expect(() => new entry.ClientCredentialsStrategy("id", "secret", [], bad as never)).toThrow(common.ValidationError);
        expect(() => new entry.ProvidedAccessTokenStrategy("id", token(), undefined, bad as never)).toThrow(/options must be an object/);
      }
    }
    expect(seen).toEqual([]);
  });

  it("is turned off by transport: \"fetch\", and replaced by a given fetch or transport", async () => {
    await node.SpotifyApi.withAccessToken("client", token(), { baseUrl: url, transport: "fetch" }).makeRequest("GET", "me");
    let fetched = 0;
    const counting: common.RequestImplementation = (input, init) => {
      fetched++;
      return globalThis.fetch(input, init);
    };
    await new node.SpotifyApi(new common.ProvidedAccessTokenStrategy("client", token()), { baseUrl: url, fetch: counting }).makeRequest("GET", "me");
    let sent = 0;
    const inner = common.createFetchTransport();
    const transport: common.Transport = { send: (r) => (sent++, inner.send(r)) };
    await node.SpotifyApi.withAccessToken("client", token(), { baseUrl: url, transport }).makeRequest("GET", "me");
    expect(seen.map(via)).toEqual(["fetch", "fetch", "fetch"]);
    expect([fetched, sent]).toEqual([1, 1]);
  });

  it("is node:http for the Node entry's createPipeline and Pipeline, unless told otherwise", async () => {
    const strategy = new common.ProvidedAccessTokenStrategy("client", token());
    await node.createPipeline({ baseUrl: url, auth: strategy }).request({ method: "GET", path: "/me" });
    await new node.Pipeline({ baseUrl: url, auth: strategy }).request({ method: "GET", path: "/me" });
    await node.createPipeline({ baseUrl: url, auth: strategy, transport: "fetch" }).request({ method: "GET", path: "/me" });
    await common.createPipeline({ baseUrl: url, auth: strategy }).request({ method: "GET", path: "/me" });
    expect(seen.map(via)).toEqual(["node", "node", "fetch", "fetch"]);
  });

  it("gives every static constructor of the Node entry's SpotifyApi a Node-transport client", async () => {
    const statics = Object.getOwnPropertyNames(common.SpotifyApi).filter((n) => n.startsWith("with") && n !== "withImplicitGrant");
    expect(statics.sort()).toEqual(["withAccessToken", "withClientCredentials", "withSession", "withUserAuthorization"]);
    const session = new node.Session({ clientId: "id", clientSecret: "secret", redirectUri: "http://127.0.0.1/cb" });
    const built = [
      node.SpotifyApi.withAccessToken("client", token(), { baseUrl: url }),
      node.SpotifyApi.withClientCredentials("id", "secret", [], { baseUrl: url, accountsBaseUrl: url }),
      node.SpotifyApi.withSession(session, { baseUrl: url }),
      node.SpotifyApi.withUserAuthorization("id", "http://127.0.0.1/cb", [], { baseUrl: url }),
    ];
    for (const sdk of built) expect(sdk).toBeInstanceOf(node.SpotifyApi);
    await built[1]!.makeRequest("GET", "me");
    expect(seen.map((r) => [r.url, via(r)])).toEqual([["/api/token", "node"], ["/me", "node"]]);
    expect(common.SpotifyApi.withAccessToken("client", token())).not.toBeInstanceOf(node.SpotifyApi);
  });
});

describe("the Node entry's default transport, loaded on first use", () => {
  it("loads its code once, with the first request", async () => {
    let loads = 0;
    const transport = lazyNodeTransport(() => {
      loads++;
      return import("../src/node/transport.js");
    });
    expect(loads).toBe(0);
    const pipeline = common.createPipeline({ baseUrl: url, transport, auth: new common.ProvidedAccessTokenStrategy("client", token()) });
    await Promise.all([pipeline.request({ method: "GET", path: "/me" }), pipeline.request({ method: "GET", path: "/me" })]);
    await pipeline.request({ method: "GET", path: "/me" });
    expect(loads).toBe(1);
    expect(seen.map(via)).toEqual(["node", "node", "node"]);
    transport.close();
  });

  it("fails with a SpotifyError, never retried, when its code cannot be loaded; the next request loads again", async () => {
    let loads = 0;
    const transport = lazyNodeTransport(() => (++loads === 1 ? Promise.reject(new Error("chunk missing")) : import("../src/node/transport.js")));
    const pipeline = common.createPipeline({ baseUrl: url, transport, auth: new common.ProvidedAccessTokenStrategy("client", token()) });
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(common.SpotifyError);
    expect(error).not.toBeInstanceOf(common.ConnectionError);
    expect((error as Error).message).toMatch(/Node transport could not be loaded \(chunk missing\).*transport: "fetch"/);
    expect(loads).toBe(1);
    expect(seen).toHaveLength(0);
    await pipeline.request({ method: "GET", path: "/me" });
    expect(loads).toBe(2);
    expect(seen.map(via)).toEqual(["node"]);
    transport.close();
  });
});

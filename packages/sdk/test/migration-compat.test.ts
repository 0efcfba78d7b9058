/**
 * 1.2.0's remaining exports behave as 1.2.0's own classes do: the same scenario runs on both
 * (1.2.0 is installed as a devDependency) and must give the same results.
 */
import * as v1 from "@spotify/web-api-ts-sdk";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as ours from "../src/index.js";
import { json, startTestServer, type TestServer } from "./helpers/test-server.js";

type Impl = typeof ours | typeof v1;
const impls: Array<[string, Impl]> = [["1.2.0", v1], ["ours", ours]];

async function cacheScenario(impl: Impl): Promise<unknown[]> {
  const cache = new impl.InMemoryCachingStrategy();
  const log: unknown[] = [];
  let created = 0;
  const create = async () => ({ value: ++created, expires: Date.now() + 3_600_000 });
  log.push((await cache.getOrCreate("a", create)).value, (await cache.getOrCreate("a", create)).value, created);
  cache.setCacheItem("once", { v: 1, expiresOnAccess: true });
  log.push(await cache.get("once"), await cache.get("once"));
  cache.setCacheItem("old", { v: 2, expires: Date.now() - 1 });
  log.push(await cache.get("old"));
  cache.setCacheItem("never", { v: 3, expires: -1 });
  log.push(await cache.get("never"));
  log.push(await cache.get("missing"));
  const empty = await cache.getOrCreate("token", async () => ({ ...impl.emptyAccessToken }));
  log.push(empty.access_token, await cache.get("token"));
  cache.setCacheItem("soon", { v: 4, expires: Date.now() + 1000 });
  const renewed = await cache.getOrCreate<{ v: number }>("soon", async () => ({ v: 0, expires: 0 }), async () => ({ v: 5, expires: Date.now() + 3_600_000 }));
  log.push(renewed.v);
  cache.remove("soon");
  log.push(await cache.get("soon"));
  (cache as { set(k: string, v: object, e: number): void }).set("timed", { v: 6 }, 60_000);
  log.push(((await cache.get("timed")) as { v: number } | null)?.v);
  return log;
}

describe("1.2.0 compat exports behave like 1.2.0", () => {
  afterEach(() => { delete (globalThis as { document?: unknown }).document; });

  it("InMemoryCachingStrategy / GenericCache", async () => {
    const [a, b] = await Promise.all(impls.map(([, impl]) => cacheScenario(impl)));
    expect(b).toEqual(a);
    expect(a).toEqual([1, 1, 1, { v: 1, expiresOnAccess: true }, null, null, null, null, "emptyAccessToken", null, 5, null, 6]);
  });

  it("GenericCache over a custom store", async () => {
    for (const [, impl] of impls) {
      const map = new Map<string, string>();
      const store = { get: (k: string) => map.get(k) ?? null, set: (k: string, v: string) => void map.set(k, v), remove: (k: string) => void map.delete(k) };
      const cache = new impl.GenericCache(store);
      cache.setCacheItem("k", { x: 1 });
      expect(JSON.parse(map.get("k")!)).toEqual({ x: 1 });
      expect(await cache.get("k")).toEqual({ x: 1 });
    }
  });

  it("DefaultResponseDeserializer", async () => {
    for (const [, impl] of impls) {
      const d = new impl.DefaultResponseDeserializer();
      expect(await d.deserialize(new Response(""))).toBeNull();
      expect(await d.deserialize(new Response('{"a":[1]}'))).toEqual({ a: [1] });
      await expect(d.deserialize(new Response("<html>"))).rejects.toThrow();
    }
  });

  it("DefaultResponseValidator accepts 2xx and throws otherwise", async () => {
    for (const [, impl] of impls) {
      const validator = new impl.DefaultResponseValidator();
      await expect(validator.validateResponse(new Response("{}", { status: 200 }))).resolves.toBeUndefined();
      await expect(validator.validateResponse(new Response(null, { status: 204 }))).resolves.toBeUndefined();
      for (const status of [400, 401, 403, 429, 500]) {
        await expect(validator.validateResponse(new Response("x", { status }))).rejects.toBeInstanceOf(Error);
      }
    }
  });

  it("NoOpErrorHandler leaves errors unhandled", async () => {
    for (const [, impl] of impls) expect(await new impl.NoOpErrorHandler().handleErrors(new Error("x"))).toBe(false);
  });

  it("DocumentLocationRedirectionStrategy sets document.location", async () => {
    for (const [, impl] of impls) {
      const document = { location: "" };
      (globalThis as { document?: unknown }).document = document;
      await new impl.DocumentLocationRedirectionStrategy().redirect(new URL("https://accounts.example/authorize?x=1"));
      expect(document.location).toBe("https://accounts.example/authorize?x=1");
      await expect(new impl.DocumentLocationRedirectionStrategy().onReturnFromRedirect()).resolves.toBeUndefined();
    }
  });

  it("Scopes and emptyAccessToken", () => {
    const getters = Object.getOwnPropertyNames(v1.Scopes).filter((n) => !["length", "name", "prototype"].includes(n));
    expect(getters.length).toBeGreaterThan(10);
    for (const name of getters) {
      expect((ours.Scopes as unknown as Record<string, string[]>)[name], name).toEqual((v1.Scopes as unknown as Record<string, string[]>)[name]);
    }
    expect(ours.emptyAccessToken).toEqual(v1.emptyAccessToken);
  });
});

/** Both SDKs' facades under one type (ours is a superset), and 1.2.0's `rootUrl`, private in its types. */
const api = (impl: Impl) => impl.SpotifyApi as unknown as typeof ours.SpotifyApi;
const setRoot = (impl: Impl, url: string) => {
  (impl.SpotifyApi as unknown as { rootUrl: string }).rootUrl = url;
};

describe("1.2.0 client behaviours tests and mocks rely on, run on both SDKs against a local server", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
    for (const [, impl] of impls) setRoot(impl, "https://api.spotify.com/v1/");
  });
  const TRACK_ID = "4iV5W9uYEdYUVa79Axb7Rh";
  const token = () => ({ access_token: "at", token_type: "Bearer", expires_in: 3600, refresh_token: "rt", expires: Date.now() + 3_600_000 });

  it.each(impls)("%s: SpotifyApi.rootUrl points clients at another server", async (_name, impl) => {
    server = await startTestServer((_req, res) => json(res, 200, { id: TRACK_ID }));
    setRoot(impl, `${server.url}/v1/`);
    const sdk = api(impl).withAccessToken("client", token());
    await expect(sdk.tracks.get(TRACK_ID)).resolves.toEqual({ id: TRACK_ID });
    expect(server.requests.map((r) => r.url)).toEqual([`/v1/tracks/${TRACK_ID}`]);
  });

  it.each(impls)("%s: a spy on makeRequest, or a subclass's override, sees every group call", async (_name, impl) => {
    server = await startTestServer((_req, res) => json(res, 200, { id: "real" }));
    setRoot(impl, `${server.url}/v1/`);
    const sdk = api(impl).withAccessToken("client", token());
    const spy = vi.spyOn(sdk, "makeRequest").mockResolvedValue({ id: "mocked" });
    await expect(sdk.tracks.get(TRACK_ID, "SE")).resolves.toEqual({ id: "mocked" });
    expect(spy.mock.calls[0]!.slice(0, 2)).toEqual(["GET", `tracks/${TRACK_ID}?market=SE`]);
    spy.mockRestore();
    const seen: string[] = [];
    class Logged extends api(impl) {
      override makeRequest<T>(method: "GET" | "POST" | "PUT" | "DELETE", url: string, body?: unknown, contentType?: string): Promise<T> {
        seen.push(`${method} ${url}`);
        return super.makeRequest<T>(method, url, body, contentType);
      }
    }
    // 1.2.0 exports no ProvidedAccessTokenStrategy: a hand-written strategy, as 1.2.0 apps write them.
    const auth = { getOrCreateAccessToken: async () => token(), getAccessToken: async () => token(), removeAccessToken() {}, setConfiguration() {} };
    const logged = new Logged(auth);
    await expect(logged.tracks.get(TRACK_ID)).resolves.toEqual({ id: "real" });
    expect(seen).toEqual([`GET tracks/${TRACK_ID}`]);
    expect(server.requests).toHaveLength(1);
  });

  it.each(impls)("%s: a custom responseValidator sees an error response and may let it through", async (_name, impl) => {
    server = await startTestServer((_req, res) => json(res, 404, { error: { status: 404, message: "Non existing id" } }));
    setRoot(impl, `${server.url}/v1/`);
    const statuses: number[] = [];
    const lenient = api(impl).withAccessToken("client", token(), { responseValidator: { validateResponse: async (r: Response) => void statuses.push(r.status) } });
    await expect(lenient.tracks.get(TRACK_ID)).resolves.toEqual({ error: { status: 404, message: "Non existing id" } });
    class Mine extends Error {}
    const strict = api(impl).withAccessToken("client", token(), { responseValidator: { validateResponse: async () => { throw new Mine("no"); } } });
    await expect(strict.tracks.get(TRACK_ID)).rejects.toBeInstanceOf(Mine);
    expect(statuses).toEqual([404]);
  });
});

describe("1.2.0's options on a SessionPool's clients (each one a SpotifyApi on the pool's pipeline)", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("keep their 1.2.0 meaning: request hooks, deserializer, validator and error handler", async () => {
    server = await startTestServer((req, res) => (req.url === "/v1/missing" ? json(res, 404, { error: { status: 404, message: "nope" } }) : json(res, 200, { id: "me" })));
    const calls: string[] = [];
    const pool = new ours.SessionPool({
      clientId: "client-id", clientSecret: "client-secret", redirectUri: "https://app.example/cb", baseUrl: `${server.url}/v1`, retry: false,
      beforeRequest: (url) => void calls.push(`before ${url}`),
      afterRequest: (url, _init, response) => void calls.push(`after ${url} ${response.status}`),
      deserializer: { deserialize: async <T,>(response: Response) => ({ wrapped: await response.json() }) as T },
      responseValidator: { validateResponse: async (response: Response) => { if (response.status === 404) throw new Error("validator refused"); } },
      errorHandler: { handleErrors: async (error: unknown) => error instanceof Error && error.message === "validator refused" },
    });
    await pool.forUser("alice").setAccessToken({ access_token: "at", token_type: "Bearer", expires_in: 3600, refresh_token: "rt" });
    const sdk = pool.client("alice");
    await expect(sdk.makeRequest("GET", "me")).resolves.toEqual({ wrapped: { id: "me" } });
    await expect(sdk.makeRequest("GET", "missing")).resolves.toBeNull();
    expect(calls).toEqual([`before ${server.url}/v1/me`, `after ${server.url}/v1/me 200`, `before ${server.url}/v1/missing`, `after ${server.url}/v1/missing 404`]);
  });
});

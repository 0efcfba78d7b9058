/**
 * 1.2.0's remaining exports behave as 1.2.0's own classes do: the same scenario runs on both
 * (1.2.0 is installed as a devDependency) and must give the same results.
 */
import * as v1 from "@spotify/web-api-ts-sdk";
import { afterEach, describe, expect, it } from "vitest";
import * as ours from "../src/index.js";

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

/**
 * What every shared TokenStore promises, over two store objects on one server (each with its own
 * connection, as two processes would have): plain get/set/delete and compare-and-set by revision.
 * Called inside a describe block whose beforeAll makes the stores.
 */
import { expect, it } from "vitest";
import { ValidationError, type TokenStore } from "../../src/index.js";

type ContractStore = Required<Pick<TokenStore, "get" | "set" | "delete" | "compareAndSet">>;
type Pair = { a: ContractStore; b: ContractStore };

/** The contract's tests; `stores()` is read in each test (after the suite's beforeAll). */
export function storeContract(stores: () => Pair, uniqueKey: (name: string) => string, options: { racers: number }): void {
  it("gets what was set, null for a missing key, nothing after delete", async () => {
    const { a, b } = stores();
    const key = uniqueKey("plain");
    expect(await a.get(key)).toBeNull();
    await a.set(key, { access_token: "A", revision: 3, nested: { scopes: ["x"] } });
    expect(await b.get(key)).toEqual({ access_token: "A", revision: 3, nested: { scopes: ["x"] } });
    await b.delete(key);
    expect(await a.get(key)).toBeNull();
    await a.delete(key);
  });

  it("compareAndSet writes only over the expected revision (null: only a missing key)", async () => {
    const { a, b } = stores();
    const key = uniqueKey("cas");
    expect(await a.compareAndSet(key, 0, { revision: 1 })).toBe(false);
    expect(await a.compareAndSet(key, null, { revision: 1, access_token: "one" })).toBe(true);
    expect(await b.compareAndSet(key, null, { revision: 1, access_token: "other" })).toBe(false);
    expect(await b.compareAndSet(key, 2, { revision: 3 })).toBe(false);
    expect(await b.compareAndSet(key, 1, { revision: 2, access_token: "two" })).toBe(true);
    expect(await a.compareAndSet(key, 1, { revision: 2, access_token: "stale" })).toBe(false);
    expect(await a.get(key)).toEqual({ revision: 2, access_token: "two" });
    expect(await a.compareAndSet(key, 2, { revision: 3, logged_out: true })).toBe(true);
    expect(await b.get(key)).toEqual({ revision: 3, logged_out: true });
  });

  it("compareAndSet counts a stored value without a numeric revision as revision 0", async () => {
    const { a, b } = stores();
    const key = uniqueKey("norev");
    await a.set(key, { access_token: "legacy" });
    expect(await b.compareAndSet(key, null, { revision: 1 })).toBe(false);
    expect(await b.compareAndSet(key, 0, { revision: 1, access_token: "new" })).toBe(true);
  });

  it("refuses a value JSON cannot hold (a cycle, a BigInt) with a ValidationError, writing nothing", async () => {
    const { a } = stores();
    const key = uniqueKey("unserializable");
    const cyclic: Record<string, unknown> = { refresh_token: "RT-never-shown" };
    cyclic.self = cyclic;
    for (const value of [cyclic, { revision: 1, n: 1n }]) {
      await expect(a.set(key, value)).rejects.toBeInstanceOf(ValidationError);
      await expect(a.compareAndSet(key, null, value as never)).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await a.get(key)).toBeNull();
  });

  it("of many holders racing compareAndSet on one revision, exactly one writes", async () => {
    const { a, b } = stores();
    const key = uniqueKey("race");
    await a.compareAndSet(key, null, { revision: 1 });
    const results = await Promise.all(Array.from({ length: options.racers }, (_, i) => (i % 2 ? a : b).compareAndSet(key, 1, { revision: 2, by: i })));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await a.get(key)).toMatchObject({ revision: 2, by: results.indexOf(true) });
  });
}

/**
 * Per-attempt timeouts: a short timeout started while a long one is pending still fires on time,
 * concurrent attempts each time out at their own deadline, and a deadline that was cleared never
 * aborts a later attempt. Over both transports. In Node (the `node` entry) a pipeline's deadlines
 * share one timer; elsewhere each attempt has its own.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Deadlines } from "../src/node/deadlines.js";
import { AbortError, createFetchTransport, createPipeline, TimeoutError, type IAuthStrategy, type Transport } from "../src/index.js";
import { createNodeTransport } from "../src/node/transport.js";
import { createPipeline as createNodePipeline } from "../src/node/entry.js";

let server: Server;
let base = "";
const sockets = new Set<Socket>();

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    const delay = Number(new URL(req.url ?? "/", "http://x").searchParams.get("delay") ?? "0");
    if (delay < 0) return; // never answers
    setTimeout(() => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ delay }));
    }, delay);
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const auth: IAuthStrategy = {
  setConfiguration() {},
  async getOrCreateAccessToken() {
    return { access_token: "t", token_type: "Bearer", expires_in: 3600, expires: Date.now() + 3_600_000 };
  },
  async getAccessToken() {
    return null;
  },
  removeAccessToken() {},
};

const transports: Array<[string, () => Transport]> = [["fetch", () => createFetchTransport()], ["node", () => createNodeTransport()]];

describe.each(transports)("per-attempt timeouts over the %s transport", (_name, makeTransport) => {
  const pipeline = () => createPipeline({ baseUrl: base, auth, retry: false, transport: makeTransport(), timeout: 5_000 });

  it("fires a short timeout on time while a long one is pending", async () => {
    const p = pipeline();
    const controller = new AbortController();
    const long = p.request({ method: "GET", path: "/long", query: { delay: -1 }, signal: controller.signal }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    const error = await p.request({ method: "GET", path: "/short", query: { delay: -1 }, timeoutMs: 150 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(150);
    // Far below the 5 s the pending attempt's deadline would have meant.
    expect(Date.now() - started).toBeLessThan(2_500);
    controller.abort();
    expect(await long).toBeInstanceOf(AbortError);
  });

  it("times out concurrent attempts each at its own deadline", async () => {
    const p = pipeline();
    const finished: number[] = [];
    const run = (ms: number) => p.request({ method: "GET", path: "/x", query: { delay: -1 }, timeoutMs: ms }).catch((e: unknown) => {
      finished.push(ms);
      return e;
    });
    const errors = await Promise.all([run(450), run(150), run(300)]);
    for (const e of errors) expect(e).toBeInstanceOf(TimeoutError);
    expect(errors.map((e) => (e as TimeoutError).timeoutMs)).toEqual([450, 150, 300]);
    expect(finished).toEqual([150, 300, 450]);
  });

  it("times out through a wrapping transport that spreads the request", async () => {
    const inner = makeTransport();
    const wrapping: Transport = { send: (r) => inner.send({ ...r, headers: { ...r.headers, "X-Wrapped": "1" } }) };
    const p = createPipeline({ baseUrl: base, auth, retry: false, transport: wrapping, timeout: 150 });
    const error = await p.request({ method: "GET", path: "/x", query: { delay: -1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("never aborts a later attempt with an earlier attempt's cleared deadline", async () => {
    const p = createPipeline({ baseUrl: base, auth, retry: false, transport: makeTransport(), timeout: 200 });
    await expect(p.request({ method: "GET", path: "/fast", query: { delay: 0 } })).resolves.toEqual({ delay: 0 });
    // The first attempt's deadline passes while this one is pending; this one has its own 200 ms.
    await new Promise((r) => setTimeout(r, 100));
    await expect(p.request({ method: "GET", path: "/slower", query: { delay: 150 } })).resolves.toEqual({ delay: 150 });
  });
});

describe("the shared deadline timer", () => {
  it("is the Node entry's: its pipeline arms one timer for many attempts, the fetch build's one per attempt", async () => {
    const count = async (make: typeof createPipeline) => {
      const pipeline = make({ baseUrl: base, auth, retry: false, transport: createFetchTransport(), timeout: 5_000 });
      await pipeline.request({ method: "GET", path: "/warm", query: { delay: 0 } });
      const spy = vi.spyOn(globalThis, "setTimeout");
      try {
        for (let i = 0; i < 10; i++) await pipeline.request({ method: "GET", path: "/x", query: { delay: 0 } });
        // The test server's own setTimeout (one per answer) runs in this process too.
        return spy.mock.calls.filter(([, ms]) => ms === 5_000 || (typeof ms === "number" && ms > 4_000)).length;
      } finally {
        spy.mockRestore();
      }
    };
    expect(await count(createNodePipeline)).toBeLessThanOrEqual(1);
    expect(await count(createPipeline)).toBe(10);
  });

  it("is stopped when nothing is pending where timers cannot be unref'd (Deno, browsers)", async () => {
    const real = { set: globalThis.setTimeout, clear: globalThis.clearTimeout };
    const live = new Map<number, ReturnType<typeof setTimeout>>();
    let next = 1;
    vi.stubGlobal("setTimeout", (fn: () => void, ms: number) => {
      const id = next++;
      live.set(id, real.set(() => (live.delete(id), fn()), ms));
      return id;
    });
    vi.stubGlobal("clearTimeout", (id: number) => {
      real.clear(live.get(id));
      live.delete(id);
    });
    try {
      const deadlines = new Deadlines();
      let expired = 0;
      const first = deadlines.add(10_000, () => expired++);
      expect(live.size).toBe(1);
      deadlines.clear(first);
      expect(live.size).toBe(0);
      deadlines.add(20, () => expired++);
      await new Promise((r) => real.set(r, 80));
      expect(expired).toBe(1);
      expect(live.size).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("keeps every pending deadline through any order of clears, and fires the expired ones oldest first", async () => {
    const deadlines = new Deadlines();
    const fired: number[] = [];
    const handles = Array.from({ length: 40 }, (_, i) => deadlines.add(i % 2 ? 60_000 : 30, () => fired.push(i)));
    // Clear from the middle, both ends, and twice (the second clear is a no-op).
    for (const i of [1, 0, 39, 20, 21, 20, 7]) deadlines.clear(handles[i]!);
    await new Promise((r) => setTimeout(r, 120));
    const expected = Array.from({ length: 40 }, (_, i) => i).filter((i) => i % 2 === 0 && ![0, 20].includes(i));
    expect(fired).toEqual(expected);
    // The rest are still pending: clearing them all unrefs the timer, and nothing fires later.
    for (const h of handles) deadlines.clear(h);
    fired.length = 0;
    const late = deadlines.add(10, () => fired.push(-1));
    await new Promise((r) => setTimeout(r, 60));
    expect(fired).toEqual([-1]);
    deadlines.clear(late);
  });
});

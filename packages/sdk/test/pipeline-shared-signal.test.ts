/**
 * One `AbortSignal` shared by many concurrent calls (a page's unmount, a server's shutdown): no
 * `MaxListenersExceededWarning` whatever each call waits for (the response, a token, a 429 pause),
 * no listener left on the signal once the calls are over, and one abort ends every call.
 * Real HTTP on loopback, on both transports.
 */
import type { ServerResponse } from "node:http";
import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AbortError, createPipeline, SpotifyApi, type AccessToken, type IAuthStrategy, type Transport } from "../src/index.js";
import { createNodeTransport, type NodeTransport } from "../src/node/transport.js";
import { sleep } from "../src/http/retry.js";
import { staticAuth } from "./helpers/endpoint-client.js";
import { json, spotifyError, startTestServer, type TestServer } from "./helpers/test-server.js";

const CALLS = 50;
let server: TestServer | undefined;
let node: NodeTransport | undefined;
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
beforeEach(() => {
  warnings.length = 0;
  process.on("warning", onWarning);
});
afterEach(async () => {
  process.off("warning", onWarning);
  node?.close();
  await server?.close();
  server = node = undefined;
});

/** Lets a warning emitted by the last listener added reach the 'warning' event (it is emitted on the next tick). */
const warningsNow = async () => {
  await new Promise((resolve) => setImmediate(resolve));
  return warnings;
};

const transports: Array<[string, () => Transport | undefined]> = [
  ["fetch", () => undefined],
  ["node", () => (node = createNodeTransport())],
];

describe.each(transports)("one signal shared by %i concurrent calls (%s transport)".replace("%i", String(CALLS)), (_name, transport) => {
  it("while they wait for their responses", async () => {
    const held: ServerResponse[] = [];
    server = await startTestServer((_req, res) => {
      held.push(res);
      if (held.length === CALLS) for (const r of held.splice(0)) json(r, 200, { ok: true });
    });
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: staticAuth("t"), transport: transport() });
    const { signal } = new AbortController();
    const results = await Promise.all(Array.from({ length: CALLS }, () => pipeline.request({ method: "GET", path: "/me", signal })));
    expect(results).toHaveLength(CALLS);
    expect(await warningsNow()).toEqual([]);
    expect(getEventListeners(signal, "abort")).toHaveLength(0);
  });

  it("while they wait for one token, then one abort ends them all and nothing is sent", async () => {
    server = await startTestServer((_req, res) => json(res, 200, { ok: true }));
    let asked = 0;
    const never = new Promise<AccessToken>(() => {});
    const auth: IAuthStrategy = { ...staticAuth("t"), getOrCreateAccessToken: () => (asked++, never) };
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth, transport: transport() });
    const controller = new AbortController();
    const calls = Array.from({ length: CALLS }, () => pipeline.request({ method: "GET", path: "/me", signal: controller.signal }).catch((e: unknown) => e));
    while (asked < CALLS) await sleep(5);
    expect(await warningsNow()).toEqual([]);
    controller.abort();
    for (const error of await Promise.all(calls)) expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("while they wait out a 429 pause", async () => {
    server = await startTestServer((req, res) => {
      if (server!.requests.length === 1) return spotifyError(res, 429, "API rate limit exceeded", { "Retry-After": "0.3" });
      json(res, 200, { ok: true });
    });
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: staticAuth("t"), transport: transport() });
    const { signal } = new AbortController();
    const first = pipeline.request({ method: "GET", path: "/me", signal });
    while (server.requests.length === 0) await sleep(5);
    await sleep(20);
    const paused = Array.from({ length: CALLS }, () => pipeline.request({ method: "GET", path: "/me", signal }));
    await sleep(50);
    expect(await warningsNow()).toEqual([]);
    expect(await Promise.all([first, ...paused])).toHaveLength(CALLS + 1);
    expect(await warningsNow()).toEqual([]);
    expect(getEventListeners(signal, "abort")).toHaveLength(0);
  });
});

describe("one signal shared by many page walks", () => {
  it("adds one listener to the signal, and none is left after the walks", async () => {
    server = await startTestServer((_req, res) => json(res, 200, { items: [{ id: "a" }], total: 1, limit: 50, offset: 0, next: null, previous: null, href: "" }));
    const sdk = new SpotifyApi(staticAuth("t"), { baseUrl: `${server.url}/v1` });
    const { signal } = new AbortController();
    const walks = Array.from({ length: 20 }, () => sdk.paginate(sdk.currentUser.tracks.savedTracks).toArray({ signal }));
    expect(await Promise.all(walks)).toHaveLength(20);
    expect(await warningsNow()).toEqual([]);
    expect(getEventListeners(signal, "abort")).toHaveLength(0);
  });
});

/**
 * The Node transport against real local servers: keep-alive reuse, the socket bound, compressed
 * and large bodies both ways, aborts and timeouts in the middle of a body, refused redirects.
 * Where `fetch` can be compared, both transports run the same case.
 */
import { createHash, randomBytes } from "node:crypto";
import { Agent, createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { brotliCompressSync, constants as zlib, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  AbortError,
  ConnectionError,
  createFetchTransport,
  createPipeline,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  type AccessToken,
  type IAuthStrategy,
  type PipelineOptions,
  type Transport,
} from "../src/index.js";
import { createNodeTransport, type NodeTransport } from "../src/node/transport.js";

type Handler = (req: IncomingMessage, body: Buffer, res: ServerResponse) => void;

interface CountingServer {
  url: string;
  /** Connections accepted so far. */
  connections: number;
  /** Connections open right now. */
  open: Set<Socket>;
  requests: number;
  /** Connections open at once, at most. */
  peak: number;
  close(): Promise<void>;
}

async function serve(handler: Handler): Promise<CountingServer> {
  const state = { connections: 0, requests: 0, peak: 0, open: new Set<Socket>() };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      state.requests++;
      handler(req, Buffer.concat(chunks), res);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.on("connection", (socket: Socket) => {
    state.connections++;
    state.open.add(socket);
    state.peak = Math.max(state.peak, state.open.size);
    socket.on("close", () => state.open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      for (const socket of state.open) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

const TOKEN = "node-transport-token";
const auth: IAuthStrategy = {
  setConfiguration() {},
  async getOrCreateAccessToken(): Promise<AccessToken> {
    return { access_token: TOKEN, token_type: "Bearer", expires_in: 3600, expires: Date.now() + 3_600_000 };
  },
  async getAccessToken() {
    return null;
  },
  removeAccessToken() {},
};

let server: CountingServer | undefined;
const transportsToClose: NodeTransport[] = [];
afterEach(async () => {
  for (const t of transportsToClose.splice(0)) t.close();
  await server?.close();
  server = undefined;
});

function nodeTransport(options?: Parameters<typeof createNodeTransport>[0]): NodeTransport {
  const t = createNodeTransport(options);
  transportsToClose.push(t);
  return t;
}

async function setup(handler: Handler, transport: Transport, options: PipelineOptions = {}) {
  server = await serve(handler);
  const pipeline = createPipeline({ baseUrl: server.url, transport, auth, retry: false, ...options });
  return { server, pipeline };
}

const sendJson = (res: ServerResponse, value: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(value);
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
};

/** 5 MB of JSON with multi-byte characters, so chunk boundaries fall inside UTF-8 sequences. */
const BIG = { items: Array.from({ length: 40_000 }, (_, i) => ({ i, name: `Cut To The Feeling — ナ ${i} 🎧 ${"x".repeat(80)}` })) };
const BIG_TEXT = JSON.stringify(BIG);

const both: Array<[string, () => Transport]> = [
  ["fetch", () => createFetchTransport()],
  ["node", () => nodeTransport()],
  ["node (agents)", () => nodeTransport({ agents: { http: new Agent({ keepAlive: true }) } })],
];

describe("node transport: connections", () => {
  it("reuses one keep-alive connection for sequential calls", async () => {
    const { server, pipeline } = await setup((_req, _body, res) => sendJson(res, { ok: true }), nodeTransport());
    for (let i = 0; i < 25; i++) await expect(pipeline.request({ method: "GET", path: "/me" })).resolves.toEqual({ ok: true });
    expect(server.requests).toBe(25);
    expect(server.connections).toBe(1);
  });

  it("opens at most 50 connections by default for 120 concurrent calls, and completes them all", async () => {
    const { server, pipeline } = await setup((_req, _body, res) => setTimeout(() => sendJson(res, { ok: true }), 20), nodeTransport());
    const results = await Promise.all(Array.from({ length: 120 }, () => pipeline.request({ method: "GET", path: "/me" })));
    expect(results).toHaveLength(120);
    expect(server.requests).toBe(120);
    expect(server.connections).toBeGreaterThan(1);
    expect(server.connections).toBeLessThanOrEqual(50);
    expect(server.peak).toBeLessThanOrEqual(50);
  });

  it("honours maxSockets", async () => {
    const { server, pipeline } = await setup((_req, _body, res) => setTimeout(() => sendJson(res, { ok: true }), 10), nodeTransport({ maxSockets: 4 }));
    await Promise.all(Array.from({ length: 30 }, () => pipeline.request({ method: "GET", path: "/me" })));
    expect(server.requests).toBe(30);
    expect(server.connections).toBe(4);
  });

  it("close() drops idle sockets; a later call opens a new one", async () => {
    const transport = nodeTransport();
    const { server, pipeline } = await setup((_req, _body, res) => sendJson(res, { ok: true }), transport);
    await pipeline.request({ method: "GET", path: "/me" });
    transport.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(server.open.size).toBe(0);
    await pipeline.request({ method: "GET", path: "/me" });
    expect(server.connections).toBe(2);
  });

  it("refuses bad options with ValidationError", () => {
    expect(() => createNodeTransport({ maxSockets: 0 })).toThrow(ValidationError);
    expect(() => createNodeTransport({ idleTimeoutMs: Number.NaN })).toThrow(ValidationError);
  });
});

describe.each(both)("%s transport: bodies", (name, makeTransport) => {
  it("sends a 5 MB string body and a 5 MB Uint8Array body intact", async () => {
    const bytes = new Uint8Array(randomBytes(5 * 1024 * 1024));
    const { server, pipeline } = await setup((req, body, res) => sendJson(res, {
      length: body.length,
      contentLength: req.headers["content-length"],
      sha: createHash("sha256").update(body).digest("hex"),
    }), makeTransport());
    const asString = await pipeline.request<{ length: number; sha: string; contentLength: string }>({ method: "POST", path: "/x", rawBody: { data: BIG_TEXT, contentType: "application/json" } });
    expect(asString.length).toBe(Buffer.byteLength(BIG_TEXT));
    expect(asString.contentLength).toBe(String(Buffer.byteLength(BIG_TEXT)));
    expect(asString.sha).toBe(createHash("sha256").update(BIG_TEXT).digest("hex"));
    const asBytes = await pipeline.request<{ length: number; sha: string }>({ method: "PUT", path: "/y", rawBody: { data: bytes, contentType: "application/octet-stream" } });
    expect(asBytes.length).toBe(bytes.byteLength);
    expect(asBytes.sha).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(server.requests).toBe(2);
  });

  it("reads a 5 MB response body intact", async () => {
    const { pipeline } = await setup((_req, _body, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      // Odd-sized writes, so multi-byte characters straddle chunks.
      const buf = Buffer.from(BIG_TEXT);
      for (let at = 0; at < buf.length; at += 65_537) res.write(buf.subarray(at, at + 65_537));
      res.end();
    }, makeTransport());
    await expect(pipeline.request({ method: "GET", path: "/big" })).resolves.toEqual(BIG);
  });

  it.each([
    ["gzip", (b: Buffer) => gzipSync(b)],
    ["deflate", (b: Buffer) => deflateSync(b)],
    ["br", (b: Buffer) => brotliCompressSync(b, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } })],
  ])("decodes a %s body, small and 5 MB", async (encoding, compress) => {
    const small = { id: "11dFghVXANMlKmJXsNCbNl", name: "Cut To The Feeling ✓" };
    const { server, pipeline } = await setup((req, _body, res) => {
      const value = req.url === "/big" ? BIG : small;
      res.writeHead(200, { "content-type": "application/json", "content-encoding": encoding });
      res.end(compress(Buffer.from(JSON.stringify(value))));
    }, makeTransport());
    await expect(pipeline.request({ method: "GET", path: "/small" })).resolves.toEqual(small);
    await expect(pipeline.request({ method: "GET", path: "/big" })).resolves.toEqual(BIG);
    expect(server.requests).toBe(2);
  });

  it("sends Content-Length: 0 for a PUT without a body", async () => {
    let seen: IncomingMessage["headers"] = {};
    const { pipeline } = await setup((req, _body, res) => {
      seen = req.headers;
      res.writeHead(204);
      res.end();
    }, makeTransport());
    await pipeline.request({ method: "PUT", path: "/me/player/pause", response: "void" });
    expect(seen["content-length"]).toBe("0");
    expect(seen["transfer-encoding"]).toBeUndefined();
  });

  it("aborts in the middle of a body with AbortError (the Node transport also closes the connection)", async () => {
    let wrote!: () => void;
    const headersSent = new Promise<void>((r) => (wrote = r));
    const { server, pipeline } = await setup((_req, _body, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100000" });
      res.write('{"items":[');
      wrote();
    }, makeTransport());
    const controller = new AbortController();
    const pending = pipeline.request({ method: "GET", path: "/slow", signal: controller.signal });
    await headersSent;
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    if (name === "node") await expect.poll(() => server.open.size).toBe(0);
  });

  it("times out in the middle of a body with TimeoutError", async () => {
    const { server, pipeline } = await setup((_req, _body, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100000" });
      res.write('{"items":[');
    }, makeTransport(), { timeout: 300 });
    const error = await pipeline.request({ method: "GET", path: "/slow" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests).toBe(1);
  });

  it("fails with ConnectionError when the server hangs up in the middle of a body", async () => {
    const { pipeline } = await setup((_req, _body, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100000" });
      res.write('{"items":[', () => setTimeout(() => res.socket?.destroy(), 20));
    }, makeTransport());
    await expect(pipeline.request({ method: "POST", path: "/x", body: {} })).rejects.toBeInstanceOf(ConnectionError);
  });

  it("fails with ConnectionError for a corrupt gzip body", async () => {
    const { pipeline } = await setup((_req, _body, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(Buffer.from("this is not gzip at all"));
    }, makeTransport());
    await expect(pipeline.request({ method: "POST", path: "/x", body: {} })).rejects.toBeInstanceOf(ConnectionError);
  });
});

describe("node transport: protocol details", () => {
  it("decodes raw deflate, which some servers send for Content-Encoding: deflate", async () => {
    const { pipeline } = await setup((_req, _body, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "deflate" });
      res.end(deflateRawSync(Buffer.from('{"raw":true}')));
    }, nodeTransport());
    await expect(pipeline.request({ method: "GET", path: "/x" })).resolves.toEqual({ raw: true });
  });

  it("asks for compression only when it decodes, and keeps a caller's Accept-Encoding", async () => {
    const seen: Array<string | undefined> = [];
    const handler: Handler = (req, _body, res) => {
      seen.push(req.headers["accept-encoding"]);
      sendJson(res, {});
    };
    const { pipeline } = await setup(handler, nodeTransport());
    await pipeline.request({ method: "GET", path: "/a" });
    await pipeline.request({ method: "GET", path: "/b", headers: { "accept-encoding": "identity" } });
    const plain = createPipeline({ baseUrl: server!.url, transport: nodeTransport({ compression: false }), auth, retry: false });
    await plain.request({ method: "GET", path: "/c" });
    expect(seen).toEqual(["gzip, deflate, br", "identity", undefined]);
  });

  it("refuses a redirect with UnexpectedResponseError, without following it or retrying", async () => {
    let hits = 0;
    const target = await serve((_req, _body, res) => {
      hits++;
      sendJson(res, { followed: true });
    });
    try {
      const { server, pipeline } = await setup((_req, _body, res) => {
        res.writeHead(302, { location: `${target.url}/elsewhere` });
        res.end();
      }, nodeTransport(), { retry: { maxRetries: 3, backoffBaseMs: 1 } });
      const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnexpectedResponseError);
      expect((error as UnexpectedResponseError).status).toBe(302);
      expect((error as Error).message).toContain(`${target.url}/elsewhere`);
      expect((error as Error).message).not.toContain(TOKEN);
      expect(server.requests).toBe(1);
      expect(hits).toBe(0);
    } finally {
      await target.close();
    }
  });

  it("returns every status as a response and joins repeated Set-Cookie headers", async () => {
    const { pipeline } = await setup((_req, _body, res) => {
      res.setHeader("set-cookie", ["a=1", "b=2"]);
      sendJson(res, {});
    }, nodeTransport());
    const seen: Record<string, string>[] = [];
    const withHook = createPipeline({
      baseUrl: server!.url, transport: nodeTransport(), auth, retry: false,
      hooks: { afterResponse: [({ response }) => void seen.push(response.headers)] },
    });
    await withHook.request({ method: "GET", path: "/x" });
    await pipeline.request({ method: "GET", path: "/x" });
    expect(seen[0]!["set-cookie"]).toBe("a=1, b=2");
    expect(seen[0]!["content-type"]).toBe("application/json");
  });

  it("rejects a URL that is not http(s) without sending anything", async () => {
    const transport = nodeTransport();
    await expect(transport.send({ method: "GET", url: "ftp://127.0.0.1/x", headers: {}, signal: new AbortController().signal })).rejects.toThrow(/http: and https:/);
  });

  it("does not send when the signal is already aborted", async () => {
    const { server } = await setup((_req, _body, res) => sendJson(res, {}), nodeTransport());
    const controller = new AbortController();
    controller.abort();
    await expect(nodeTransport().send({ method: "GET", url: `${server.url}/x`, headers: {}, signal: controller.signal })).rejects.toBeDefined();
    expect(server.connections).toBe(0);
  });
});

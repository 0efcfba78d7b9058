/**
 * The response-size limit (`maxResponseBytes`), on both transports, against servers that write
 * raw bytes: bodies without end (chunked, framed by the close, a lying `Content-Length`), gzip and
 * brotli bombs. Each is refused with a `ResponseTooLargeError`, sent once (never retried), and
 * dropped as it passes the limit: the server's writes stop far below the body it meant to send.
 * Decoding is never synchronous, and a body too long for a string is no retried network error.
 */
import { Agent, get } from "node:http";
import type { Socket } from "node:net";
import { Readable } from "node:stream";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createPipeline, DEFAULT_MAX_RESPONSE_BYTES, NotFoundError, ResponseTooLargeError, SpotifyApi, type Transport } from "../src/index.js";
import { transportResponse } from "../src/node/wire/response.js";
import { staticAuth } from "./helpers/endpoint-client.js";
import { until, useRawServers, type RawServer } from "./helpers/raw-server.js";

const { rawServer: newRawServer, transportFor } = useRawServers();
const servers: RawServer[] = [];
const agents: Agent[] = [];
// Runs before the helper's cleanup: keep-alive sockets of agents and of fetch would hold the servers open.
afterEach(() => {
  for (const agent of agents.splice(0)) agent.destroy();
  for (const server of servers.splice(0)) for (const socket of server.open) socket.destroy();
});

async function rawServer(...args: Parameters<typeof newRawServer>): Promise<RawServer> {
  const server = await newRawServer(...args);
  servers.push(server);
  return server;
}
const MiB = 1024 * 1024;
const LIMIT = MiB;
/** What a hostile server means to send: far more than any socket buffer holds. */
const HUGE = 300 * MiB;
/** Kernel socket buffers on loopback hold a few MB: written bytes stay under this when the client stops reading. */
const STOPPED_EARLY = 32 * MiB;
const retry = { maxRetries: 3, backoffBaseMs: 1, backoffMaxMs: 1 };

type Kind = "node transport" | "node transport on agents" | "fetch transport";
const KINDS: Kind[] = ["node transport", "node transport on agents", "fetch transport"];

function transportOf(kind: Kind): Transport | undefined {
  if (kind === "fetch transport") return undefined;
  if (kind === "node transport") return transportFor();
  const agent = new Agent({ keepAlive: true });
  agents.push(agent);
  return transportFor({ agents: { http: agent } });
}

/** A client of `server` on `kind`, retrying as by default; `limit` undefined leaves the default. */
function pipelineFor(kind: Kind, server: RawServer, limit: { maxResponseBytes?: number } = { maxResponseBytes: LIMIT }) {
  const transport = transportOf(kind);
  return createPipeline({ baseUrl: `${server.url}/v1`, auth: staticAuth("t"), ...limit, retry, ...(transport ? { transport } : {}) });
}

/** Writes `head`, then body pieces from `next` until `total` bytes or the socket closes, heeding backpressure. */
function pump(socket: Socket, head: string, next: () => Buffer, total: number, sent: { bytes: number }): void {
  socket.write(head);
  const go = () => {
    while (!socket.destroyed && sent.bytes < total) {
      const piece = next();
      sent.bytes += piece.length;
      if (!socket.write(piece)) return void socket.once("drain", go);
    }
  };
  go();
}

const zeros = Buffer.alloc(64 * 1024, 0x20);
const chunked = Buffer.concat([Buffer.from(`${zeros.length.toString(16)}\r\n`), zeros, Buffer.from("\r\n")]);
/** One gzip member inflating to 1 MiB: members concatenated are one valid gzip body (RFC 1952). */
const gzipMember = gzipSync(Buffer.alloc(MiB, 0x20), { level: 9 });

let bombs: Record<string, Buffer> | undefined;
/** A gzip and a brotli body, each a few KB on the wire (well within the limit) and 128 MiB inflated. */
function smallBombs(): Record<string, Buffer> {
  return (bombs ??= {
    gzip: Buffer.concat(Array.from({ length: 128 }, () => gzipMember)),
    br: brotliCompressSync(Buffer.alloc(128 * MiB, 0x20), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } }),
  });
}

/** A request the client makes, what the server sent meanwhile, and the error it ended with. */
async function refused(kind: Kind, head: string, next: () => Buffer, total = HUGE) {
  const sent = { bytes: 0 };
  let closed = false;
  const server = await rawServer((socket) => {
    socket.on("close", () => (closed = true));
    pump(socket, head, next, total, sent);
  });
  const error = await pipelineFor(kind, server).request({ method: "GET", path: "/big" }).catch((e: unknown) => e);
  // The client dropped the connection: the server sees it close. (undici may open a spare one meanwhile.)
  await until(() => closed);
  return { error, sent, server };
}

function expectTooLarge(error: unknown, limit = LIMIT): void {
  expect(error).toBeInstanceOf(ResponseTooLargeError);
  expect(error).toMatchObject({ name: "ResponseTooLargeError", maxResponseBytes: limit, status: 200, method: "GET" });
  expect((error as Error).message).toMatch(/passed maxResponseBytes/);
}

describe.each(KINDS)("%s: bodies past maxResponseBytes", (kind) => {
  it("drops a chunked body without end as it passes the limit, and does not send again", async () => {
    const head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    const { error, sent, server } = await refused(kind, head, () => chunked);
    expectTooLarge(error);
    expect(server.heads).toHaveLength(1);
    expect(sent.bytes).toBeLessThan(STOPPED_EARLY);
  });

  it("drops a body framed by the close", async () => {
    const head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n";
    const { error, sent, server } = await refused(kind, head, () => zeros);
    expectTooLarge(error);
    expect(server.heads).toHaveLength(1);
    expect(sent.bytes).toBeLessThan(STOPPED_EARLY);
  });

  it("drops a body whose Content-Length passes the limit", async () => {
    const head = `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${HUGE}\r\n\r\n`;
    const { error, sent, server } = await refused(kind, head, () => zeros);
    expectTooLarge(error);
    expect(server.heads).toHaveLength(1);
    expect(sent.bytes).toBeLessThan(STOPPED_EARLY);
  });

  it("stops inflating a gzip stream without end at the limit (1 KB on the wire is 1 MiB)", async () => {
    const head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n";
    // 64 MiB of gzip would inflate to 64 GiB.
    const { error, sent, server } = await refused(kind, head, () => gzipMember, 64 * MiB);
    expectTooLarge(error);
    expect(server.heads).toHaveLength(1);
    expect(sent.bytes).toBeLessThan(STOPPED_EARLY);
  });

  it("inflates a whole small bomb no further than the limit (gzip and brotli)", async () => {
    for (const [coding, body] of Object.entries(smallBombs())) {
      const server = await rawServer((socket) => {
        socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: ${coding}\r\nContent-Length: ${body.length}\r\n\r\n`);
        socket.write(body);
      });
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const error = await pipelineFor(kind, server).request({ method: "GET", path: "/bomb" }).catch((e: unknown) => e);
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      expectTooLarge(error);
      expect(server.heads).toHaveLength(1);
      // Inflated whole, the body alone would be 128 MiB (and its string as much again).
      expect(peak - before).toBeLessThan(96 * MiB);
    }
  });

  it("reads a body of exactly the limit", async () => {
    const json = JSON.stringify({ pad: "x".repeat(LIMIT - 10) });
    expect(Buffer.byteLength(json)).toBe(LIMIT);
    const server = await rawServer((socket) => {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n`);
      const body = gzipSync(json);
      socket.write(`${body.length.toString(16)}\r\n`);
      socket.write(body);
      socket.write("\r\n0\r\n\r\n");
    });
    await expect(pipelineFor(kind, server).request({ method: "GET", path: "/exact" })).resolves.toEqual({ pad: "x".repeat(LIMIT - 10) });
  });
});

describe("fetch transport: a body that is a Node stream (node-fetch 2's shape)", () => {
  it("is read up to the limit, then destroyed: the server sees the connection close", async () => {
    const head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    const sent = { bytes: 0 };
    let closed = false;
    const server = await rawServer((socket) => {
      socket.on("close", () => (closed = true));
      pump(socket, head, () => chunked, HUGE, sent);
    });
    const agent = new Agent();
    agents.push(agent);
    // What node-fetch 2 answers: status, a headers object, and the response stream as `body`.
    const fetch = (url: unknown) => new Promise<Response>((resolve, reject) => {
      get(String(url), { agent }, (res) => resolve({ status: res.statusCode, headers: res.headers, body: res } as unknown as Response)).on("error", reject);
    });
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: staticAuth("t"), fetch, retry, maxResponseBytes: LIMIT });
    expectTooLarge(await pipeline.request({ method: "GET", path: "/big" }).catch((e: unknown) => e));
    await until(() => closed);
    expect(server.heads).toHaveLength(1);
    expect(sent.bytes).toBeLessThan(STOPPED_EARLY);
  });
});

describe("node transport: decoding never blocks the event loop", () => {
  it.each(["node transport", "node transport on agents"] as const)("%s: a few hundred bytes of brotli are inflated in steps on the thread pool", async (kind) => {
    const json = JSON.stringify({ pad: "a".repeat(8 * MiB) });
    const body = brotliCompressSync(json, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } });
    expect(body.length).toBeLessThan(2048);
    let ticks = 0;
    let counting = false;
    const tick = () => {
      ticks++;
      if (counting) setImmediate(tick);
    };
    const server = await rawServer((socket) => {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: br\r\nContent-Length: ${body.length}\r\n\r\n`);
      // From the moment the whole body is on its way, count the event loop's turns until the call settles.
      socket.write(body, () => {
        counting = true;
        setImmediate(tick);
      });
    });
    const result = await pipelineFor(kind, server, { maxResponseBytes: 16 * MiB }).request<{ pad: string }>({ method: "GET", path: "/br" });
    counting = false;
    expect(result.pad).toHaveLength(8 * MiB);
    // A synchronous decode settles within a turn or two of the body's arrival; 8 MiB decoded in
    // 64 KB steps takes at least one turn per step.
    expect(ticks).toBeGreaterThan(20);
  });
});

describe("a body longer than a JavaScript string", () => {
  // Buffer.alloc and a fresh Uint8Array are zero pages the OS maps lazily: nothing here touches 512 MiB.
  const TOO_LONG = 2 ** 29;

  it("node transport: is a ResponseTooLargeError, not a network error", async () => {
    const request = { method: "GET" as const, url: "http://127.0.0.1/v1/x", headers: {}, signal: new AbortController().signal, maxResponseBytes: 2 ** 30 };
    expect(() => transportResponse(request, 200, "OK", {}, [Buffer.alloc(TOO_LONG)])).toThrow(ResponseTooLargeError);
  });

  it("fetch transport: is a ResponseTooLargeError, sent once", async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      const bytes = new Uint8Array(TOO_LONG);
      return new Response(new ReadableStream({ start: (c) => (c.enqueue(bytes), c.close()) }), { headers: { "content-type": "application/json" } });
    };
    const pipeline = createPipeline({ baseUrl: "http://127.0.0.1:9/v1", auth: staticAuth("t"), fetch, retry, maxResponseBytes: 2 ** 30 });
    const error = await pipeline.request({ method: "GET", path: "/x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toMatch(/longest string/);
    expect(calls).toBe(1);
  });
});

describe("fetch transport: 1.2.0-style test doubles (plain objects, no headers)", () => {
  const client = (answer: () => unknown) => {
    const seen: string[] = [];
    const fetch = async (url: unknown) => {
      seen.push(String(url));
      return answer() as Response;
    };
    return { seen, pipeline: createPipeline({ baseUrl: "https://api.test/v1", auth: staticAuth("t"), fetch, retry: false }) };
  };

  it("reads { status, text() }, { status, json() }, { ok, json() } and a Node stream body", async () => {
    const doubles = [
      () => ({ status: 200, text: async () => JSON.stringify({ id: "a" }) }),
      () => ({ status: 200, json: async () => ({ id: "a" }) }),
      () => ({ ok: true, status: 200, text: async () => JSON.stringify({ id: "a" }) }),
      () => ({ ok: true, json: async () => ({ id: "a" }) }),
      // node-fetch 2: the body a Node stream, of Buffers or (after setEncoding) strings.
      () => ({ status: 200, body: Readable.from([Buffer.from('{"id":'), '"a"}']) }),
    ];
    for (const answer of doubles) {
      const { pipeline } = client(answer);
      await expect(pipeline.request({ method: "GET", path: "/tracks/a" })).resolves.toEqual({ id: "a" });
    }
  });

  it("reads an error, an empty answer and a 204 without headers as absent headers", async () => {
    const notFound = client(() => ({ status: 404, text: async () => JSON.stringify({ error: { status: 404, message: "Non existing id" } }) }));
    const error = await notFound.pipeline.request({ method: "GET", path: "/tracks/x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ spotifyMessage: "Non existing id", headers: {} });
    const empty = client(() => ({ status: 204, text: async () => "" }));
    await expect(empty.pipeline.request({ method: "GET", path: "/me/player", response: "json-or-null" })).resolves.toBeNull();
    const noBody = client(() => ({ status: 200 }));
    await expect(noBody.pipeline.request({ method: "PUT", path: "/me/player/pause", response: "void" })).resolves.toBeUndefined();
  });

  it("serves a whole client: the token request and a call, as 1.2.0's tests mocked them", async () => {
    const track = { id: "4iV5W9uYEdYUVa79Axb7Rh", name: "a track" };
    const urls: string[] = [];
    const fetch = async (url: unknown) => {
      urls.push(String(url));
      return (String(url).includes("/api/token")
        ? { status: 200, json: async () => ({ access_token: "a", token_type: "Bearer", expires_in: 3600 }) }
        : { status: 200, text: async () => JSON.stringify(track) }) as unknown as Response;
    };
    const sdk = SpotifyApi.withClientCredentials("id", "secret", [], { fetch, retry: false });
    await expect(sdk.tracks.get(track.id)).resolves.toEqual(track);
    expect(urls).toEqual(["https://accounts.spotify.com/api/token", `https://api.spotify.com/v1/tracks/${track.id}`]);
  });

  it("reads a plain headers object, names in any case", async () => {
    const { pipeline } = client(() => ({ status: 200, headers: { "Content-Type": "text/plain" }, text: async () => "hello" }));
    await expect(pipeline.request({ method: "GET", path: "/x", response: "auto" })).resolves.toBe("hello");
  });
});

describe.each(KINDS)("%s: the default limit", (kind) => {
  it("is 16 MiB: one byte more is refused", async () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(16 * MiB);
    const head = `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${DEFAULT_MAX_RESPONSE_BYTES + 1}\r\n\r\n`;
    const sent = { bytes: 0 };
    const server = await rawServer((socket) => pump(socket, head, () => zeros, DEFAULT_MAX_RESPONSE_BYTES + 1, sent));
    const error = await pipelineFor(kind, server, {}).request({ method: "GET", path: "/big" }).catch((e: unknown) => e);
    expectTooLarge(error, DEFAULT_MAX_RESPONSE_BYTES);
  });
});

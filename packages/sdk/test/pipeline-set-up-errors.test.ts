/**
 * A request that cannot be sent as built (a header value with CR/LF, a header name that is no
 * HTTP token, an access token holding a control character) is a `ValidationError`: nothing is
 * sent, nothing is retried, no secret in the message. Both transports, against a real server.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createPipeline, ValidationError, type IAuthStrategy, type Transport } from "../src/index.js";
import { createNodeTransport, type NodeTransport } from "../src/node/transport.js";
import { staticAuth } from "./helpers/endpoint-client.js";
import { json, startTestServer, type TestServer } from "./helpers/test-server.js";

let server: TestServer | undefined;
let node: NodeTransport | undefined;
afterEach(async () => {
  node?.close();
  await server?.close();
  server = node = undefined;
});

const transports: Array<[string, () => Transport | undefined]> = [
  ["fetch", () => undefined],
  ["node", () => (node = createNodeTransport())],
];

describe.each(transports)("a set-up error (%s transport)", (_name, transport) => {
  async function attempt(auth: IAuthStrategy, headers: Record<string, string> = {}) {
    server = await startTestServer((_req, res) => json(res, 200, { ok: true }));
    let retries = 0;
    const pipeline = createPipeline({
      baseUrl: `${server.url}/v1`,
      auth,
      transport: transport(),
      hooks: {
        beforeRequest: [(request) => void Object.assign(request.headers, headers)],
        beforeRetry: [() => void retries++],
      },
    });
    const error = await pipeline.request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    return { error, retries, sent: server.requests.length };
  }

  it("a header value with CR/LF is a ValidationError, not sent, not retried", async () => {
    const { error, retries, sent } = await attempt(staticAuth("t"), { "X-Trace": "a\r\nX-Injected: 1" });
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain("X-Trace");
    expect(retries).toBe(0);
    expect(sent).toBe(0);
  });

  it("a header name that is no HTTP token is a ValidationError", async () => {
    const { error, retries, sent } = await attempt(staticAuth("t"), { "X Trace": "1" });
    expect(error).toBeInstanceOf(ValidationError);
    expect([retries, sent]).toEqual([0, 0]);
  });

  it("an access token holding a line break is a ValidationError that does not quote it", async () => {
    const { error, retries, sent } = await attempt(staticAuth("SECRET-token\nX-Injected: 1"));
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify(error)).not.toContain("SECRET-token");
    expect((error as Error).message).not.toContain("SECRET-token");
    expect([retries, sent]).toEqual([0, 0]);
  });

  it("a token that turns bad after a good one is refused too; a bad content type or request header as well", async () => {
    server = await startTestServer((_req, res) => json(res, 200, { ok: true }));
    let value = "good-token";
    const auth: IAuthStrategy = { ...staticAuth(), getOrCreateAccessToken: async () => ({ access_token: value, token_type: "Bearer", expires_in: 3600 }) };
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth, transport: transport() });
    expect(await pipeline.request({ method: "GET", path: "/me" })).toEqual({ ok: true });
    value = "bad\r\ntoken";
    await expect(pipeline.request({ method: "GET", path: "/me" })).rejects.toBeInstanceOf(ValidationError);
    value = "good-token";
    await expect(pipeline.request({ method: "PUT", path: "/me", rawBody: { data: "x", contentType: "text/plain\r\nX-Injected: 1" } })).rejects.toBeInstanceOf(ValidationError);
    await expect(pipeline.request({ method: "GET", path: "/me", headers: { "X-Trace": "a\nb" } })).rejects.toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(1);
  });

  it("a well-formed header with Latin-1 and a tab still goes", async () => {
    const { error, sent } = await attempt(staticAuth("t"), { "X-Name": "caf\u00e9\tbar" });
    expect(error).toEqual({ ok: true });
    expect(sent).toBe(1);
  });
});

describe("the Node transport used on its own", () => {
  it("refuses a header value with CR/LF as a ValidationError before writing anything", async () => {
    server = await startTestServer((_req, res) => json(res, 200, { ok: true }));
    node = createNodeTransport();
    const { signal } = new AbortController();
    const sent = node.send({ method: "GET", url: `${server.url}/v1/me`, headers: { "X-Trace": "a\r\nX-Injected: 1" }, signal });
    await expect(sent).rejects.toBeInstanceOf(ValidationError);
    await expect(node.send({ method: "GET", url: "ftp://127.0.0.1/x", headers: {}, signal })).rejects.toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("a body or method no transport can send", () => {
  it("is a ValidationError before any request: a BigInt, a cycle, a function, a GET with a body, a method that is no token", async () => {
    server = await startTestServer((_req, res) => json(res, 200, { ok: true }));
    let retries = 0;
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: staticAuth("t"), hooks: { beforeRetry: [() => void retries++] } });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const requests = [
      { method: "PUT", path: "/me", body: { n: 10n } },
      { method: "PUT", path: "/me", body: cycle },
      { method: "PUT", path: "/me", body: () => 1 },
      { method: "GET", path: "/me", body: { a: 1 } },
      { method: "GET", path: "/me", rawBody: { data: "x", contentType: "text/plain" } },
      { method: "GE T", path: "/me" },
    ] as const;
    for (const request of requests) {
      const error = await pipeline.request(request as never).catch((e: unknown) => e);
      expect(error, request.method).toBeInstanceOf(ValidationError);
    }
    expect([retries, server.requests.length]).toEqual([0, 0]);
  });
});

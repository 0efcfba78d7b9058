/**
 * The Node transport over HTTPS, against a server whose certificate is signed by a CA made at
 * test time with the `openssl` CLI. The CA is trusted through the transport's `ca` option only:
 * verification stays on, and without the option the same server is refused.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectionError, createPipeline, type IAuthStrategy } from "../src/index.js";
import { createNodeTransport, type NodeTransport } from "../src/node/transport.js";

let dir = "";
let caPem = "";
let server: Server | undefined;
let url = "";
let connections = 0;
let resumed = 0;
const sockets = new Set<Socket>();
const transports: NodeTransport[] = [];

function openssl(args: string[]): void {
  execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
}

beforeAll(async () => {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
  } catch {
    throw new Error("openssl is not on PATH: this test generates its CA and server certificate with the openssl CLI");
  }
  dir = mkdtempSync(join(tmpdir(), "sdk-https-"));
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  openssl(["req", "-x509", ...ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=spotify-web-api-sdk test CA",
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]);
  openssl(["req", ...ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"]);
  writeFileSync(join(dir, "ext.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
  openssl(["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf"]);
  caPem = readFileSync(join(dir, "ca.pem"), "utf8");

  server = createServer({ key: readFileSync(join(dir, "server.key")), cert: readFileSync(join(dir, "server.pem")) }, (req, res) => {
    req.resume();
    req.on("end", () => {
      const body = JSON.stringify({ path: req.url, secure: true });
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.on("secureConnection", (socket: Socket) => {
    connections++;
    if ((socket as unknown as { isSessionReused(): boolean }).isSessionReused()) resumed++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // A refused handshake is the client's doing; the server must not crash on it.
  server.on("tlsClientError", () => {});
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 30_000);

afterAll(async () => {
  for (const t of transports) t.close();
  for (const s of sockets) s.destroy();
  if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const auth: IAuthStrategy = {
  setConfiguration() {},
  async getOrCreateAccessToken() {
    return { access_token: "tls-token", token_type: "Bearer", expires_in: 3600, expires: Date.now() + 3_600_000 };
  },
  async getAccessToken() {
    return null;
  },
  removeAccessToken() {},
};

function pipelineWith(options: Parameters<typeof createNodeTransport>[0]) {
  const transport = createNodeTransport(options);
  transports.push(transport);
  return createPipeline({ baseUrl: `${url}/v1`, transport, auth, retry: false });
}

describe("node transport over HTTPS", () => {
  it("does not rely on verification being turned off globally", () => {
    expect(process.env.NODE_TLS_REJECT_UNAUTHORIZED).not.toBe("0");
  });

  it("trusts a CA given as `ca`, and reuses one TLS connection", async () => {
    const before = connections;
    const pipeline = pipelineWith({ ca: caPem });
    for (let i = 0; i < 5; i++) {
      await expect(pipeline.request({ method: "GET", path: "/me" })).resolves.toEqual({ path: "/v1/me", secure: true });
    }
    expect(connections - before).toBe(1);
  });

  it("resumes the TLS session on its next connection", async () => {
    const pipeline = pipelineWith({ ca: caPem });
    await pipeline.request({ method: "GET", path: "/first" });
    const [before, resumedBefore] = [connections, resumed];
    // Two at once: one takes the idle connection, the other opens a second one.
    await Promise.all([pipeline.request({ method: "GET", path: "/a" }), pipeline.request({ method: "GET", path: "/b" })]);
    expect(connections - before).toBe(1);
    expect(resumed - resumedBefore).toBe(1);
  });

  it("accepts the CA as bytes, or in a list", async () => {
    await expect(pipelineWith({ ca: new TextEncoder().encode(caPem) }).request({ method: "GET", path: "/a" })).resolves.toEqual({ path: "/v1/a", secure: true });
    await expect(pipelineWith({ ca: [caPem] }).request({ method: "GET", path: "/b" })).resolves.toEqual({ path: "/v1/b", secure: true });
  });

  it("refuses the same server without the CA: ConnectionError naming the certificate problem", async () => {
    const error = await pipelineWith({}).request({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/certificate/i);
  });
});

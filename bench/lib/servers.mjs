// Local servers the sections measure against: plain node:http or https with a certificate made at
// run time, counting the connections (and TLS sessions) clients open.
import { createServer as createHttp } from "node:http";
import { createServer as createHttps } from "node:https";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Starts a server on 127.0.0.1, port 0. `handler(req, res, body)` gets the request body read.
 * `tls` = { key, cert } serves HTTPS. The handler may add its own counters to its 4th argument.
 */
export async function startServer(handler, { tls, observe } = {}) {
  // `observe`: the counters of another server (the emulator) this one only takes marks for.
  const own = { connections: 0, tlsSessions: 0, requests: 0 };
  const counters = observe ?? own;
  const self = observe ? 0 : 1;
  const marks = [];
  const onRequest = (req, res) => {
    own.requests++;
    if (req.url.startsWith("/__mark/")) {
      // A worker starting a phase: snapshot the counters (this mark's own connection included).
      marks.push({ name: req.url.slice(8), ...counters });
      req.resume();
      res.writeHead(204, { Connection: "close" });
      return res.end();
    }
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => handler(req, res, Buffer.concat(chunks).toString("utf8"), counters));
  };
  const server = tls ? createHttps({ key: tls.key, cert: tls.cert }, onRequest) : createHttp(onRequest);
  server.keepAliveTimeout = 30_000;
  const sockets = new Set();
  server.on("connection", (s) => {
    own.connections++;
    sockets.add(s);
    s.once("close", () => sockets.delete(s));
  });
  if (tls) server.on("secureConnection", () => own.tlsSessions++);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `${tls ? "https" : "http"}://127.0.0.1:${port}`,
    counters,
    markUrl: `${tls ? "https" : "http"}://127.0.0.1:${port}/__mark`,
    /** Per phase between marks: connections, TLS sessions and requests, the marks themselves excluded. */
    phases() {
      const out = {};
      for (let i = 0; i + 1 < marks.length; i++) {
        const a = marks[i];
        const b = marks[i + 1];
        const d = {};
        for (const k of Object.keys(counters)) d[k] = (b[k] ?? 0) - (a[k] ?? 0);
        d.connections -= self;
        d.requests -= self;
        if (tls) d.tlsSessions -= self;
        out[a.name] = d;
      }
      return out;
    },
    reset() {
      marks.length = 0;
      for (const k of Object.keys(counters)) counters[k] = 0;
      // Drop idle keep-alive sockets so the next client starts cold.
      for (const s of sockets) s.destroy();
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A handler answering every GET with the same JSON body. */
export function jsonHandler(body) {
  const headers = { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body) };
  return (req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  };
}

/**
 * A self-signed certificate for 127.0.0.1, made with openssl. Returns { key, cert, certFile,
 * cleanup }. Clients trust it through NODE_EXTRA_CA_CERTS, never by turning verification off.
 */
export function makeCertificate() {
  const dir = mkdtempSync(join(tmpdir(), "bench-tls-"));
  const keyFile = join(dir, "key.pem");
  const certFile = join(dir, "cert.pem");
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
    "-keyout", keyFile, "-out", certFile, "-days", "1", "-subj", "/CN=127.0.0.1",
    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-addext", "basicConstraints=critical,CA:TRUE",
  ], { stdio: "ignore" });
  return {
    key: readFileSync(keyFile),
    cert: readFileSync(certFile),
    certFile,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}


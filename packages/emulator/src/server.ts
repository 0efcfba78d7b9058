// startEmulator: createApp + a listening node:http server.
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createApp, type EmulatorApp } from "./app.js";
import { CORS_HEADERS } from "./http/cors.js";
import type { EmulatorOptions } from "./options.js";

/**
 * Options of {@link startEmulator}.
 * @example
 * const emu = await startEmulator({ port: 0, autoApprove: true });
 */
export interface StartOptions extends EmulatorOptions {
  /** @default 0 (any free port) */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
}

/** A running emulator. */
export interface RunningEmulator {
  /** The origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The Accounts service base (`/authorize`, `/api/token`): the same origin. */
  accountsUrl: string;
  /** The Web API base, e.g. `http://127.0.0.1:41234/v1`. */
  apiUrl: string;
  /** The control plane base, e.g. `http://127.0.0.1:41234/emulator`. */
  controlUrl: string;
  /** The port it listens on (the one picked by the system for `port: 0`). */
  port: number;
  /** The request handler and its state, as {@link createApp} made it. */
  app: EmulatorApp;
  /** The `node:http` server it listens with. */
  server: Server;
  /** Closes every connection, writes pending state (with `dataDir`) and resolves when closed. */
  stop(): Promise<void>;
}

/** Starts the emulator and resolves once it listens. */
export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  const { port = 0, host = "127.0.0.1", ...rest } = options;
  const app = createApp(rest);
  // Big enough for 10,000 IDs in one query string, so they get Spotify's 400 rather than a 431.
  const server = createServer({ maxHeaderSize: 512 * 1024, keepAliveTimeout: 5_000 }, app.handler);
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  // Node answers an `Expect` other than 100-continue with a bare 417 of its own; Spotify's shape instead.
  server.on("checkExpectation", (_request, response) => {
    const body = JSON.stringify({ error: { status: 417, message: "Expectation Failed: only 100-continue is supported" } });
    response.writeHead(417, { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body), Connection: "close" });
    response.end(body);
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
    const body = JSON.stringify({ error: { status, message: status === 431 ? "Request header fields too large" : "Bad request" } });
    socket.end(`HTTP/1.1 ${status} ${status === 431 ? "Request Header Fields Too Large" : "Bad Request"}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  // A wildcard bind is reached through loopback.
  const reachable = address.address === "0.0.0.0" ? "127.0.0.1" : address.address === "::" ? "::1" : address.address;
  const hostForUrl = address.family === "IPv6" ? `[${reachable}]` : reachable;
  const url = `http://${hostForUrl}:${address.port}`;
  // Body validators compile a moment after start (ajv costs ~110 ms), so the first answers (health
  // checks, GETs, which need none) are not held up; a body arriving earlier compiles its own.
  const warmUp = setTimeout(() => void app.warmUp().catch((error: unknown) => rest.logger?.("validator warm-up failed", error)), 250);
  warmUp.unref();
  let stopping: Promise<void> | undefined;
  return {
    url,
    accountsUrl: url,
    apiUrl: `${url}/v1`,
    controlUrl: `${url}/emulator`,
    port: address.port,
    app,
    server,
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        clearTimeout(warmUp);
        app.close();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return stopping;
    },
  };
}

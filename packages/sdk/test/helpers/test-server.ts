/**
 * A real HTTP server on 127.0.0.1, port 0, for tests: records every request it sees and answers
 * through a handler the test gives. Fault helpers reproduce what a misbehaving Spotify (or a
 * proxy in front of it) sends.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as received (still percent-encoded). */
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** Date.now() when the request arrived. */
  at: number;
}

export type TestHandler = (req: RecordedRequest, res: ServerResponse, index: number) => void | Promise<void>;

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the handler (e.g. between phases of a test). */
  setHandler(handler: TestHandler): void;
  close(): Promise<void>;
}

export async function startTestServer(handler: TestHandler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let current = handler;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: Date.now(),
      };
      requests.push(recorded);
      Promise.resolve(current(recorded, res, requests.length - 1)).catch(() => res.destroy());
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setHandler(next) {
      current = next;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function raw(res: ServerResponse, status: number, body: string, contentType = "text/plain"): void {
  res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

export function spotifyError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}, reason?: string): void {
  json(res, status, { error: { status, message, ...(reason ? { reason } : {}) } }, headers);
}

/** Closes the connection without any response. */
export function destroySocket(res: ServerResponse): void {
  res.socket?.destroy();
}

/** Never answers (until the server closes). */
export function stall(_res: ServerResponse): void {}

/** A 3 KB JSON body like a track object, for realistic answers. */
export const TRACK = {
  id: "11dFghVXANMlKmJXsNCbNl",
  type: "track",
  name: "Cut To The Feeling",
  uri: "spotify:track:11dFghVXANMlKmJXsNCbNl",
};

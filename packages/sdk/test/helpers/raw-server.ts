/**
 * Servers that write raw bytes on `node:net` sockets, for the Node transport's own connections:
 * framings `node:http` servers rarely produce, servers that close or talk out of turn.
 * `useRawServers()` registers the cleanup (servers closed, transports closed) after each test.
 */
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { afterEach } from "vitest";
import { createPipeline } from "../../src/index.js";
import { createNodeTransport, type NodeTransport } from "../../src/node/transport.js";
import { staticAuth } from "./endpoint-client.js";

export interface RawServer {
  url: string;
  connections: number;
  /** Each request's head, as received. */
  heads: string[];
  /** Sockets the server holds open now. */
  open: Set<Socket>;
  /** Sockets open at once on this server, at most. */
  peakOpen: number;
}

export type Answer = (socket: Socket, head: string, index: number) => void;

/** A 200 with a JSON body and its `Content-Length`; `extra` is more header lines, each ending in CRLF. */
export const ok = (body: string, extra = "") => `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

/** Resolves once `predicate` holds (polled every 10 ms). */
export const until = (predicate: () => boolean) => new Promise<void>((resolve) => {
  const poll = () => (predicate() ? resolve() : setTimeout(poll, 10));
  poll();
});

export function useRawServers() {
  const servers: Server[] = [];
  const transports: NodeTransport[] = [];
  afterEach(async () => {
    for (const t of transports.splice(0)) t.close();
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => {
      s.close(resolve);
      (s as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
    })));
  });

  /** A server that calls `answer` for every request head it reads (bodies are skipped by `Content-Length`). */
  async function rawServer(answer: Answer): Promise<RawServer> {
    const state: RawServer = { url: "", connections: 0, heads: [], open: new Set(), peakOpen: 0 };
    const server: Server = createServer((socket) => {
      state.connections++;
      state.open.add(socket);
      state.peakOpen = Math.max(state.peakOpen, state.open.size);
      socket.on("close", () => state.open.delete(socket));
      socket.on("error", () => {});
      let buffered = "";
      socket.on("data", (data: Buffer) => {
        buffered += data.toString("latin1");
        let end: number;
        while ((end = buffered.indexOf("\r\n\r\n")) !== -1) {
          const head = buffered.slice(0, end);
          buffered = buffered.slice(end + 4);
          const length = /\r\ncontent-length: (\d+)/i.exec(head);
          if (length) buffered = buffered.slice(Number(length[1]));
          state.heads.push(head);
          answer(socket, head, state.heads.length - 1);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    servers.push(server);
    return state;
  }

  /** A Node transport (closed after the test). */
  function transportFor(options: Parameters<typeof createNodeTransport>[0] = {}): NodeTransport {
    const transport = createNodeTransport(options);
    transports.push(transport);
    return transport;
  }

  /** A pipeline on a new Node transport to `server`, retries off unless `retry` is given. */
  function pipelineFor(server: RawServer, options: Parameters<typeof createNodeTransport>[0] = {}, retry: false | undefined = false) {
    const transport = transportFor(options);
    return { transport, pipeline: createPipeline({ baseUrl: `${server.url}/v1`, transport, auth: staticAuth("wire-token"), ...(retry === false ? { retry } : {}) }) };
  }

  /** Closes `server` after the test, like the raw ones. */
  function adopt(server: Server): void {
    servers.push(server);
  }

  return { rawServer, transportFor, pipelineFor, adopt };
}

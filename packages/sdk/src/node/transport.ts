/**
 * The Node transport: HTTP/1.1 on its own keep-alive connections (`node:net` / `node:tls`), or on
 * `node:http` / `node:https` agents the caller gives. On Node it costs a fraction of the CPU of
 * `fetch` per call, and needs no dependency.
 *
 * It behaves as the fetch transport does where the pipeline can tell: it throws only for network
 * failures and aborts (the pipeline turns those into `ConnectionError`, `TimeoutError` or
 * `AbortError` from the signal it passed), every HTTP status is a response, gzip, deflate and br
 * bodies are decoded (on the thread pool, never synchronously), and a body is read no further than
 * the request's `maxResponseBytes` (a `ResponseTooLargeError`, its connection closed). Two
 * deliberate choices differ from `fetch`:
 * - redirects are refused, never followed: the Web API and the Accounts service never redirect a
 *   call, so a 3xx means a wrong base URL or a proxy, and following it could carry the bearer
 *   token elsewhere. It fails with an `UnexpectedResponseError` naming the `Location`.
 * - sockets are bounded: at most `maxSockets` per origin, further requests wait for a free one.
 *
 * Why its own HTTP/1.1 client: `node:http` builds a `ClientRequest`, an `IncomingMessage` stream
 * and the agent's bookkeeping for every call, about two thirds of a loopback call's client CPU.
 * A JSON API call needs none of it: one write, one parse of the status line and headers, a body
 * framed by `Content-Length` or chunks. Certificates are verified by `node:tls` as `node:https`
 * does; TLS sessions are resumed on new connections.
 *
 * Idle keep-alive sockets never keep a process alive: they are `unref()`ed while idle, and the
 * idle sweep's timer is too. The pipeline's per-attempt timer is cleared when the attempt ends.
 * @module
 */
import type { Agent as HttpAgent } from "node:http";
import type { Agent as HttpsAgent } from "node:https";
import type { Socket } from "node:net";
import type { SecureContext } from "node:tls";
import { AbortError, redactUrl, ValidationError } from "../errors.js";
import type { Transport, TransportRequest, TransportResponse } from "../http/types.js";
import { sendThroughAgent } from "./agent-send.js";
import { builtin } from "./runtime/builtins.js";
import { ACCEPT_ENCODING } from "./wire/decode.js";
import { parseUrl, splitUrl, type Origin } from "./target.js";
import { ConnectionPool } from "./wire/connection-pool.js";
import { sendOnWire, type Destination } from "./wire/exchange.js";

/** Sockets per origin (host and port) when `maxSockets` is not given. */
export const DEFAULT_MAX_SOCKETS = 50;
/** How long an idle keep-alive socket is kept, in ms, when `idleTimeoutMs` is not given. */
export const DEFAULT_IDLE_TIMEOUT_MS = 5_000;

/** Options of {@link createNodeTransport}. Every field is optional. */
export interface NodeTransportOptions {
  /**
   * Most sockets open at once to one origin (host and port); further requests wait for a free one.
   * @default 50
   */
  maxSockets?: number;
  /**
   * An idle keep-alive socket is closed after this many ms (sooner when the server announces a
   * shorter `Keep-Alive: timeout=`), so a request is never sent on a socket the server is closing.
   * @default 5000
   */
  idleTimeoutMs?: number;
  /**
   * Certificate authorities (PEM) to trust for HTTPS, in addition to Node's bundled Mozilla roots:
   * an emulator or proxy with its own certificate. Certificates are always verified.
   *
   * @example
   * ```ts
   * createNodeTransport({ ca: readFileSync("emulator-ca.pem", "utf8") })
   * ```
   */
  ca?: string | Uint8Array | ReadonlyArray<string | Uint8Array>;
  /**
   * Ask for compressed responses (`Accept-Encoding: gzip, deflate, br`) and decode them, as
   * `fetch` does. A body the server compresses anyway is always decoded.
   * @default true
   */
  compression?: boolean;
  /**
   * `node:http` / `node:https` agents to send through instead of the transport's own connections
   * (a proxy agent, client certificates). A scheme whose agent is given ignores `maxSockets`,
   * `idleTimeoutMs` and `ca`, and {@link NodeTransport.close} leaves the agents alone; a scheme
   * without one still uses the transport's own connections. Use `keepAlive: true` agents, or
   * every call opens a connection. Costs two to three times the CPU per call of the transport's own
   * connections.
   */
  agents?: {
    /** The agent for `http:` URLs (the emulator, a local proxy). */
    http?: HttpAgent;
    /** The agent for `https:` URLs (Spotify). */
    https?: HttpsAgent;
  };
}

/** A {@link Transport} on Node's sockets (or on `node:http` agents you give). */
export interface NodeTransport extends Transport {
  /** Tells a Node transport from other transports. */
  readonly kind: "node";
  readonly abortsThroughOnAbort: true;
  /**
   * Closes the transport's sockets: idle ones at once; the requests on busy ones, and those
   * waiting for a socket, fail with an `AbortError` (which the pipeline does not retry). Not
   * needed for a process to exit: idle sockets never keep it alive. Later calls open new sockets.
   */
  close(): void;
}

/** Sends one request on some connection. */
type Send = (request: TransportRequest) => Promise<TransportResponse>;

/**
 * Creates a transport on Node's sockets with its own keep-alive connections.
 *
 * @example
 * ```ts
 * import { SpotifyApi } from "spotify-web-api-sdk";
 * import { createNodeTransport } from "spotify-web-api-sdk/node";
 * const sdk = SpotifyApi.withClientCredentials(id, secret, [], { transport: createNodeTransport({ maxSockets: 10 }) });
 * ```
 */
export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const maxSockets = positive(options.maxSockets, DEFAULT_MAX_SOCKETS, "maxSockets", true);
  const idleTimeoutMs = positive(options.idleTimeoutMs, DEFAULT_IDLE_TIMEOUT_MS, "idleTimeoutMs");
  if (options.compression !== undefined && typeof options.compression !== "boolean") {
    throw new ValidationError(`compression must be a boolean, got ${typeof options.compression}`, { parameter: "compression" });
  }
  if (options.agents !== undefined && (typeof options.agents !== "object" || options.agents === null)) {
    throw new ValidationError("agents must be an object ({ http?, https? })", { parameter: "agents" });
  }
  const compression = options.compression !== false;
  const agents = options.agents ?? {};
  const own = onOwnConnections({ maxSockets, idleTimeoutMs, ca: options.ca, acceptEncoding: compression ? ACCEPT_ENCODING : undefined });
  return {
    kind: "node",
    abortsThroughOnAbort: true,
    send(request: TransportRequest): Promise<TransportResponse> {
      const { url } = request;
      const secure = url.startsWith("https:");
      if (!secure && !url.startsWith("http:")) {
        return Promise.reject(new ValidationError(`the Node transport sends only http: and https: URLs, not ${redactUrl(url)}`, { parameter: "url" }));
      }
      const agent = secure ? agents.https : agents.http;
      if (agent) return sendThroughAgent(request, builtin(secure ? "node:https" : "node:http").request, agent, compression);
      return own.send(request);
    },
    close: own.close,
  };
}

interface OwnConnections {
  maxSockets: number;
  idleTimeoutMs: number;
  ca: NodeTransportOptions["ca"];
  acceptEncoding: string | undefined;
}

function onOwnConnections(options: OwnConnections): { send: Send; close(): void } {
  // Keyed by origin text, not by `Origin` object: past the origin cache's size, each parse of a
  // URL gives a new object, and every call would otherwise open a pool of its own.
  let destinations = new Map<string, Destination>();
  let secureContext: SecureContext | undefined;
  // node:tls costs more start-up time than the rest of the SDK: it loads with the first https call.
  const context = (): SecureContext => {
    if (secureContext) return secureContext;
    const tls = builtin("node:tls");
    const ca = options.ca === undefined ? undefined : ([] as Array<string | Uint8Array>).concat(options.ca);
    // One secure context for every connection: `ca` given per connection would re-parse the
    // whole root store each time.
    return (secureContext = tls.createSecureContext(ca ? { ca: [...tls.rootCertificates, ...ca.map(pem)] } : {}));
  };
  const destinationOf = (origin: Origin): Destination => {
    const key = `${origin.protocol}//${origin.hostname}:${origin.port}`;
    let destination = destinations.get(key);
    if (!destination) {
      const port = origin.port ? Number(origin.port) : origin.protocol === "https:" ? 443 : 80;
      const bracketed = origin.hostname.includes(":") ? `[${origin.hostname}]` : origin.hostname;
      const connect = origin.protocol === "https:" ? tlsConnector(origin.hostname, port, context) : tcpConnector(origin.hostname, port);
      const pool = new ConnectionPool({ maxSockets: options.maxSockets, idleTimeoutMs: options.idleTimeoutMs, connect });
      destinations.set(key, (destination = { pool, host: origin.port ? `${bracketed}:${origin.port}` : bracketed }));
    }
    return destination;
  };
  // Almost every call goes where the previous one went: no map lookup then.
  let lastOrigin: Origin | undefined;
  let lastDestination: Destination | undefined;
  return {
    send(request) {
      let origin: Origin;
      let path: string;
      try {
        [origin, path] = splitUrl(request.url) ?? parseUrl(request.url);
      } catch (error) {
        return Promise.reject(error);
      }
      if (origin !== lastOrigin || !lastDestination) {
        lastDestination = destinationOf(origin);
        lastOrigin = origin;
      }
      return sendOnWire(request, lastDestination, path, options.acceptEncoding);
    },
    close() {
      // An abort, not a connection failure: the pipeline would retry that on a new connection.
      const closed = ({ method, url }: { method: string; url: string }) =>
        new AbortError(`${method} ${url} was aborted: the Node transport was closed`, { method, url });
      for (const { pool } of destinations.values()) pool.close(closed);
      destinations = new Map();
      lastOrigin = lastDestination = undefined;
    },
  };
}

function tcpConnector(host: string, port: number): () => Socket {
  const net = builtin("node:net");
  return () => {
    const socket = net.connect({ host, port });
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 1000);
    return socket;
  };
}

function tlsConnector(host: string, port: number, context: () => SecureContext): () => Socket {
  const tls = builtin("node:tls");
  // SNI names a host, never an address; the certificate is checked against `host` either way.
  const servername = builtin("node:net").isIP(host) ? undefined : host;
  let session: Buffer | undefined;
  return () => {
    const socket = tls.connect({ host, port, servername, secureContext: context(), session, ALPNProtocols: ["http/1.1"] });
    socket.on("session", (ticket: Buffer) => (session = ticket));
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 1000);
    return socket;
  };
}

function positive(value: number | undefined, fallback: number, name: string, integer = false): number {
  if (value === undefined) return fallback;
  if (!(typeof value === "number" && Number.isFinite(value) && value > 0 && (!integer || Number.isInteger(value)))) {
    throw new ValidationError(`${name} must be a positive ${integer ? "integer" : "number"}, got ${String(value)}`, { parameter: name });
  }
  return value;
}

function pem(value: string | Uint8Array): string | Buffer {
  return typeof value === "string" ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

/**
 * The Node transport: `node:http` / `node:https` with a keep-alive agent. On Node it costs about a
 * third of the CPU of `fetch` per call, and needs no dependency.
 *
 * It behaves as the fetch transport does where the pipeline can tell: it throws only for network
 * failures and aborts (the pipeline turns those into `ConnectionError`, `TimeoutError` or
 * `AbortError` from the signal it passed), every HTTP status is a response, gzip, deflate and br
 * bodies are decoded. Two deliberate choices differ from `fetch`:
 * - redirects are refused, never followed: the Web API and the Accounts service never redirect a
 *   call, so a 3xx means a wrong base URL or a proxy, and following it could carry the bearer
 *   token elsewhere. It fails with an `UnexpectedResponseError` naming the `Location`.
 * - sockets are bounded: at most `maxSockets` per origin, further requests wait for a free one.
 *
 * Idle keep-alive sockets never keep a process alive: Node's agent `unref()`s a socket when it goes
 * back to the pool and `ref()`s it again when it is reused, and this transport starts no timer
 * (the pipeline's per-attempt timer is cleared when the attempt ends).
 * @module
 */
import type { Agent as HttpAgent, ClientRequest, IncomingMessage } from "node:http";
import type { Agent as HttpsAgent } from "node:https";
import { redactUrl, UnexpectedResponseError, ValidationError } from "../errors.js";
import type { Transport, TransportRequest, TransportResponse } from "../http/types.js";
import { builtin } from "./builtins.js";
import { ACCEPT_ENCODING, decodeBody } from "./decode.js";
import { requestTarget } from "./target.js";

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
   * Agents to use instead of the transport's own (a proxy agent, client certificates). The
   * transport then ignores `maxSockets`, `idleTimeoutMs` and `ca`, and {@link NodeTransport.close}
   * leaves them alone. Use `keepAlive: true` agents, or every call opens a connection.
   */
  agents?: { http?: HttpAgent; https?: HttpsAgent };
}

/** A {@link Transport} on `node:http` / `node:https`. */
export interface NodeTransport extends Transport {
  readonly kind: "node";
  readonly abortsThroughOnAbort: true;
  /**
   * Closes the transport's sockets (idle ones at once, busy ones abort their request). Not needed
   * for a process to exit: idle sockets never keep it alive. Later calls open new sockets.
   */
  close(): void;
}

type ResponseHeaders = Record<string, string>;

let httpModule: typeof import("node:http") | undefined;
let httpsModule: typeof import("node:https") | undefined;
const nodeHttp = () => (httpModule ??= builtin("node:http"));
const nodeHttps = () => (httpsModule ??= builtin("node:https"));

/**
 * Creates a transport on `node:http` / `node:https` with its own keep-alive agents.
 *
 * @example
 * ```ts
 * import { SpotifyApi } from "spotify-web-sdk";
 * import { createNodeTransport } from "spotify-web-sdk/node";
 * const sdk = SpotifyApi.withClientCredentials(id, secret, [], { transport: createNodeTransport({ maxSockets: 10 }) });
 * ```
 */
export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const maxSockets = positive(options.maxSockets, DEFAULT_MAX_SOCKETS, "maxSockets");
  const timeout = positive(options.idleTimeoutMs, DEFAULT_IDLE_TIMEOUT_MS, "idleTimeoutMs");
  const compression = options.compression !== false;
  const given = options.agents ?? {};
  let http: HttpAgent | undefined = given.http;
  let https: HttpsAgent | undefined = given.https;
  const own: Array<HttpAgent> = [];
  const agentOptions = { keepAlive: true, maxSockets, timeout, scheduling: "lifo" as const };

  // node:http, and node:https with node:tls (which cost more start-up time than the rest of the
  // SDK), load on the first request that needs them: a client talking to a local emulator never
  // loads TLS, and importing the SDK loads neither.
  const httpAgent = (): HttpAgent => {
    if (!http) own.push((http = new (nodeHttp().Agent)(agentOptions)));
    return http;
  };
  const httpsAgent = (): HttpsAgent => {
    if (!https) {
      const tls = builtin("node:tls");
      const ca = options.ca === undefined ? undefined : ([] as Array<string | Uint8Array>).concat(options.ca);
      // One secure context for every connection: `ca` given per connection would re-parse the
      // whole root store each time.
      const secureContext = ca ? tls.createSecureContext({ ca: [...tls.rootCertificates, ...ca.map(pem)] }) : undefined;
      own.push((https = new (nodeHttps().Agent)({ ...agentOptions, ...(secureContext ? { secureContext } : {}) })));
    }
    return https;
  };

  return {
    kind: "node",
    abortsThroughOnAbort: true,
    send(request: TransportRequest): Promise<TransportResponse> {
      const { url } = request;
      const secure = url.startsWith("https:");
      if (!secure && !url.startsWith("http:")) {
        return Promise.reject(new Error(`the Node transport sends only http: and https: URLs, not ${redactUrl(url)}`));
      }
      return secure
        ? send(request, nodeHttps().request, httpsAgent(), compression)
        : send(request, nodeHttp().request, httpAgent(), compression);
    },
    close(): void {
      for (const agent of own.splice(0)) agent.destroy();
      if (!given.http) http = undefined;
      if (!given.https) https = undefined;
    },
  };
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(typeof value === "number" && Number.isFinite(value) && value > 0)) {
    throw new ValidationError(`${name} must be a positive number, got ${String(value)}`, { parameter: name });
  }
  return value;
}

function pem(value: string | Uint8Array): string | Buffer {
  return typeof value === "string" ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

function abortError(): Error {
  return Object.assign(new Error("The request was aborted"), { name: "AbortError" });
}

function send(
  request: TransportRequest,
  doRequest: typeof import("node:http").request,
  agent: HttpAgent,
  compression: boolean,
): Promise<TransportResponse> {
  const { body, method } = request;
  return new Promise<TransportResponse>((resolve, reject) => {
    let settled = false;
    let signal: AbortSignal | undefined;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onSignal);
      reject(error);
    };
    const succeed = (response: TransportResponse) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onSignal);
      resolve(response);
    };
    // Destroying the request also destroys its response and socket: nothing is left half-read.
    const abort = (reason: unknown) => {
      if (settled) return;
      fail(reason ?? abortError());
      req?.destroy();
    };
    const onSignal = () => abort(signal!.reason);
    let req: ClientRequest | undefined;
    // The pipeline's `onAbort` avoids building an AbortSignal; any other caller gives `signal`.
    if (request.onAbort) request.onAbort(abort);
    else {
      signal = request.signal;
      if (signal.aborted) abort(signal.reason);
      else signal.addEventListener("abort", onSignal);
    }
    if (settled) return;
    const target = requestTarget(request.url);
    req = typeof target === "string"
      ? doRequest(target, { method, agent, headers: request.headers })
      : doRequest({ ...target, method, agent, headers: request.headers });
    // A caller's own Accept-Encoding wins (a header named in any case).
    if (compression && !req.hasHeader("accept-encoding")) req.setHeader("Accept-Encoding", ACCEPT_ENCODING);
    // Stays attached after settling: a late socket error must never be an unhandled 'error'.
    req.on("error", fail);
    req.on("response", (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        res.resume();
        fail(redirectRefused(request, status, res));
        return;
      }
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      // A connection closed before the whole body arrived destroys the response with an error.
      res.on("error", fail);
      res.on("end", () => {
        if (!res.complete) {
          fail(new Error(`the connection closed before the whole response body of ${method} ${redactUrl(request.url)} arrived`));
          return;
        }
        const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        const headers = plainHeaders(res);
        const finish = (decoded: Buffer) =>
          succeed({ status, statusText: res.statusMessage ?? "", headers, body: decoded.toString("utf8") });
        try {
          const decoded = decodeBody(raw, headers["content-encoding"]);
          if (Buffer.isBuffer(decoded)) finish(decoded);
          else decoded.then(finish, fail);
        } catch (error) {
          fail(error);
        }
      });
    });
    if (body === undefined) req.end();
    else req.end(body);
  });
}

/** Node gives `set-cookie` as an array and every other header as one string. */
function plainHeaders(res: IncomingMessage): ResponseHeaders {
  const headers = res.headers as Record<string, string | string[] | undefined>;
  const cookies = headers["set-cookie"];
  if (Array.isArray(cookies)) headers["set-cookie"] = cookies.join(", ");
  return headers as ResponseHeaders;
}

function redirectRefused(request: TransportRequest, status: number, res: IncomingMessage): UnexpectedResponseError {
  const location = res.headers.location;
  const to = location ? ` to ${redactUrl(location)}` : "";
  return new UnexpectedResponseError(
    `${status} redirect${to} refused for ${request.method} ${request.url}: the Spotify APIs never redirect a call, check the base URL`,
    { method: request.method, url: request.url, status, contentType: res.headers["content-type"] ?? "", body: "" },
  );
}

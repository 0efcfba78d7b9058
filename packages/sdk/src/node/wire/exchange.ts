/**
 * One request sent on the transport's own HTTP/1.1 connections: written in one piece, answered
 * through the shared response handling, and aborted from the pipeline's `onAbort` (or a signal)
 * whether it is still waiting for a connection or already on one.
 * @module
 */
import type { Socket } from "node:net";
import type { TransportRequest, TransportResponse } from "../../http/types.js";
import { responseTooLarge } from "../../http/parse.js";
import { abortError, bodyLimit, transportResponse } from "./response.js";
import type { Connection, ConnectionPool, Exchange } from "./connection-pool.js";
import { requestHead, type RequestHead } from "./request-head.js";
import type { ResponseHead } from "./response-parser.js";

/** An origin as the wire needs it: its connections and its `Host` header. */
export interface Destination {
  readonly pool: ConnectionPool;
  readonly host: string;
}

/**
 * Sends `request` to `path` (path and query) at `to`. Rejects only for network failures,
 * protocol errors and aborts.
 * @param acceptEncoding sent unless the caller gave its own; `undefined` to send none.
 */
export function sendOnWire(request: TransportRequest, to: Destination, path: string, acceptEncoding: string | undefined): Promise<TransportResponse> {
  return new Promise<TransportResponse>((resolve, reject) => {
    const { body } = request;
    const bodyBytes = body === undefined ? undefined : typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
    const head = requestHead(request.method, path, to.host, request.headers, bodyBytes, acceptEncoding);
    const exchange = new WireExchange(request, head, to.pool, resolve, reject);
    if (request.onAbort) request.onAbort((reason) => exchange.abort(reason));
    else exchange.follow(request.signal);
    if (!exchange.settled) to.pool.acquire(exchange);
  });
}

class WireExchange implements Exchange {
  readonly method: string;
  readonly url: string;
  readonly closesConnection: boolean;
  readonly maxBodyBytes: number;
  connection: Connection | undefined = undefined;
  resent = false;
  settled = false;
  #signal: AbortSignal | undefined;
  #onSignal: (() => void) | undefined;

  constructor(
    private readonly request: TransportRequest,
    private readonly head: RequestHead,
    private readonly pool: ConnectionPool,
    private readonly resolve: (response: TransportResponse) => void,
    private readonly reject: (error: unknown) => void,
  ) {
    this.method = request.method;
    this.url = request.url;
    this.closesConnection = head.closesConnection;
    this.maxBodyBytes = bodyLimit(request);
  }

  tooLarge(status: number): Error {
    return responseTooLarge(this.method, this.url, status, this.maxBodyBytes);
  }

  /** Aborts with the signal; the pipeline's `onAbort` avoids the cost of a listener. */
  follow(signal: AbortSignal): void {
    if (signal.aborted) return this.abort(signal.reason);
    this.#signal = signal;
    this.#onSignal = () => this.abort(signal.reason);
    signal.addEventListener("abort", this.#onSignal);
  }

  write(socket: Socket): void {
    const { body } = this.request;
    const { text, ascii } = this.head;
    if (body === undefined) socket.write(text, "latin1");
    else if (typeof body === "string" && ascii) socket.write(text + body);
    else {
      socket.cork();
      socket.write(text, "latin1");
      socket.write(body);
      socket.uncork();
    }
  }

  complete(head: ResponseHead, chunks: Buffer[]): void {
    if (this.settled) return;
    try {
      const answer = transportResponse(this.request, head.status, head.statusText, head.headers, chunks);
      if (answer instanceof Promise) answer.then((response) => this.#settle(response, undefined), (error: unknown) => this.fail(error));
      else this.#settle(answer, undefined);
    } catch (error) {
      this.fail(error);
    }
  }

  fail(error: unknown): void {
    if (!this.settled) this.#settle(undefined, error);
  }

  abort(reason: unknown): void {
    if (this.settled) return;
    this.fail(reason ?? abortError());
    if (!this.pool.withdraw(this)) this.connection?.abandon();
    this.connection = undefined;
  }

  #settle(response: TransportResponse | undefined, error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    if (this.#onSignal) this.#signal!.removeEventListener("abort", this.#onSignal);
    if (response) this.resolve(response);
    else this.reject(error);
  }
}

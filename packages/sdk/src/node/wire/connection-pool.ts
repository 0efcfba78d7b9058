/**
 * Keep-alive connections to one origin, and the requests waiting for one. A connection carries
 * one request at a time (no pipelining); a finished one goes back to the pool, newest first, and
 * is closed after it has been idle for the pool's idle timeout (or the server's shorter
 * `Keep-Alive: timeout=` hint, less a second). Idle sockets are `unref()`ed so they never keep a
 * process alive, and the idle sweep is one unref'd timer per pool. A GET that finds its reused
 * connection closed before any answer is sent once more on another.
 * @module
 */
import type { Socket } from "node:net";
import { ResponseParser, type BodyLimit, type ResponseHead } from "./response-parser.js";

/**
 * Methods a server must allow to be repeated (RFC 9110): sent again, once, when a reused
 * keep-alive connection turns out to be closed before any byte of the answer arrived.
 */
const REPLAYABLE = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);

/**
 * One request's life in the pool: it waits, gets a connection, and is answered or fails. A body
 * past its limit fails it and closes the connection at once: nothing more of it is read.
 */
export interface Exchange extends BodyLimit {
  readonly method: string;
  readonly url: string;
  /** The request asked the server to close the connection after it (`Connection: close`). */
  readonly closesConnection: boolean;
  /** Already sent once on a reused connection that closed unanswered. */
  resent?: boolean;
  /** Writes the request to the connection's socket. */
  write(socket: Socket): void;
  complete(head: ResponseHead, body: Buffer[]): void;
  fail(error: Error): void;
  /** Set while the exchange holds a connection. */
  connection?: Connection | undefined;
}

/** How a pool is sized and how it opens a connection. */
export interface PoolOptions {
  maxSockets: number;
  idleTimeoutMs: number;
  /** Opens a socket to the pool's origin. */
  connect(): Socket;
}

/** A socket, and the exchange it carries now. */
export class Connection {
  exchange: Exchange | undefined;
  /** When an idle connection must be closed (ms since the epoch). */
  idleUntil = 0;
  closed = false;
  /** Exchanges answered on this connection: more than 0 means it is a reused keep-alive one. */
  #answered = 0;
  #parser: ResponseParser | undefined;

  constructor(readonly socket: Socket, private readonly pool: ConnectionPool) {
    socket.on("data", (data: Buffer) => this.#onData(data));
    socket.on("end", () => this.#onEnd());
    socket.on("error", (error: Error) => this.#gone(error));
    socket.on("close", () => this.#gone(undefined));
  }

  carry(exchange: Exchange): void {
    this.exchange = exchange;
    exchange.connection = this;
    this.#parser = new ResponseParser(exchange.method === "HEAD", exchange);
    exchange.write(this.socket);
  }

  /** Drops the exchange (aborted) and the socket with it: a half-read response cannot be resumed. */
  abandon(): void {
    this.exchange = undefined;
    this.close();
  }

  #onData(data: Buffer): void {
    const exchange = this.exchange;
    if (!exchange) {
      // Bytes nobody asked for (a server's 408 on an idle connection): the connection is spent,
      // and leaves the pool now, not at its 'close' event, so no request is written on it meanwhile.
      this.close();
      return;
    }
    let done: boolean;
    try {
      done = this.#parser!.push(data);
    } catch (error) {
      this.exchange = undefined;
      this.close();
      exchange.fail(error as Error);
      return;
    }
    if (done) this.#finish(exchange);
  }

  #finish(exchange: Exchange): void {
    const parser = this.#parser!;
    const head = parser.head!;
    this.exchange = undefined;
    this.#parser = undefined;
    this.#answered++;
    exchange.connection = undefined;
    // A response that came before the whole request was written (a 413) leaves the stream mid-request.
    if (head.keepAlive && !exchange.closesConnection && !this.closed && this.socket.writableLength === 0) this.pool.release(this, head.keepAliveMs);
    else this.close();
    exchange.complete(head, parser.body);
  }

  /** Closes the connection and takes it out of the pool at once. */
  close(): void {
    this.#gone(undefined);
  }

  #onEnd(): void {
    const exchange = this.exchange;
    if (exchange && this.#parser!.end()) this.#finish(exchange);
    else this.#gone(undefined);
  }

  #gone(error: Error | undefined): void {
    const exchange = this.exchange;
    this.exchange = undefined;
    if (!this.closed) {
      this.closed = true;
      this.socket.destroy();
      this.pool.remove(this);
    }
    if (!exchange) return;
    exchange.connection = undefined;
    const started = this.#parser?.started ?? false;
    // A server may close an idle keep-alive connection just as a request is written on it: the
    // request then fails unanswered without the server having handled it. A request whose
    // method may be repeated is sent once more, on another connection (as browsers and Go do);
    // any other fails, and the pipeline decides.
    if (this.#answered > 0 && !started && !exchange.resent && REPLAYABLE.has(exchange.method)) {
      exchange.resent = true;
      this.pool.acquire(exchange);
      return;
    }
    exchange.fail(error ?? connectionClosed(started));
  }
}

function connectionClosed(started: boolean): Error {
  const what = started ? "before the whole response arrived" : "before any response arrived";
  return Object.assign(new Error(`the server closed the connection ${what}`), { code: "ECONNRESET" });
}

/** The connections to one origin. */
export class ConnectionPool {
  readonly #options: PoolOptions;
  readonly #all = new Set<Connection>();
  /** Idle connections, the most recently used last. */
  readonly #idle: Connection[] = [];
  readonly #waiting: Exchange[] = [];
  #sweep: ReturnType<typeof setTimeout> | undefined;

  constructor(options: PoolOptions) {
    this.#options = options;
  }

  /** Sends `exchange` on an idle connection, a new one, or the first one freed. */
  acquire(exchange: Exchange): void {
    const idle = this.#idle;
    if (idle.length > 0) {
      const now = Date.now();
      let connection: Connection | undefined;
      while ((connection = idle.pop())) {
        if (connection.closed) continue;
        if (connection.idleUntil > now) {
          connection.socket.ref();
          connection.carry(exchange);
          return;
        }
        // The sweep is late (a busy event loop): the server may already be closing this one.
        connection.close();
      }
    }
    if (this.#all.size < this.#options.maxSockets) this.#open().carry(exchange);
    else this.#waiting.push(exchange);
  }

  /** Forgets an exchange still waiting for a connection (aborted); `false` when it is not waiting. */
  withdraw(exchange: Exchange): boolean {
    const index = this.#waiting.indexOf(exchange);
    if (index === -1) return false;
    this.#waiting.splice(index, 1);
    return true;
  }

  /** A connection finished its exchange and may carry another. */
  release(connection: Connection, keepAliveMs: number | undefined): void {
    const next = this.#waiting.shift();
    if (next) {
      connection.carry(next);
      return;
    }
    const idleMs = keepAliveMs === undefined ? this.#options.idleTimeoutMs : Math.min(this.#options.idleTimeoutMs, keepAliveMs - 1000);
    if (idleMs <= 0) {
      connection.close();
      return;
    }
    connection.idleUntil = Date.now() + idleMs;
    connection.socket.unref();
    this.#idle.push(connection);
    this.#sweep ??= this.#armSweep(idleMs);
  }

  /** A connection closed, for whatever reason; a waiting exchange may open a new one. */
  remove(connection: Connection): void {
    this.#all.delete(connection);
    const index = this.#idle.indexOf(connection);
    if (index !== -1) this.#idle.splice(index, 1);
    const next = this.#waiting.length > 0 && this.#all.size < this.#options.maxSockets ? this.#waiting.shift() : undefined;
    if (next) this.#open().carry(next);
  }

  /** Closes every connection: waiting and in-flight exchanges fail with the error `reason` gives. */
  close(reason: (exchange: Exchange) => Error): void {
    for (const exchange of this.#waiting.splice(0)) exchange.fail(reason(exchange));
    for (const connection of [...this.#all]) {
      const exchange = connection.exchange;
      connection.abandon();
      if (exchange) exchange.fail(reason(exchange));
    }
    this.#idle.length = 0;
    if (this.#sweep) clearTimeout(this.#sweep);
    this.#sweep = undefined;
  }

  #open(): Connection {
    const connection = new Connection(this.#options.connect(), this);
    this.#all.add(connection);
    return connection;
  }

  #armSweep(ms: number): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      this.#sweep = undefined;
      const now = Date.now();
      let next = Infinity;
      for (const connection of [...this.#idle]) {
        if (connection.idleUntil <= now) connection.close();
        else next = Math.min(next, connection.idleUntil - now);
      }
      if (next !== Infinity) this.#sweep = this.#armSweep(next);
    }, ms);
    timer.unref();
    return timer;
  }
}

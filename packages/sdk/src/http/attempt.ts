/**
 * One attempt as a transport receives it, with its cancellation.
 *
 * An attempt needs an `AbortSignal` (the per-attempt timeout and the caller's signal abort it), but
 * building one is not free: in Node 20 an `AbortController` costs about 5 µs of CPU (its signal is
 * made transferable), as much as the rest of the pipeline together. So:
 * - a transport that declares `abortsThroughOnAbort` (the Node transport) gets a request whose
 *   signal is built only if read;
 * - every other transport gets its signal at once (a transport that wraps another may copy the
 *   request, dropping a getter): in Node (the `node` entry) from a pool of controllers
 *   (`node/signal-pool.ts`), elsewhere, where a controller is cheap, a new one.
 * @module
 */
import type { HttpMethod, TransportRequest } from "./types.js";

/** An `AbortController` lent to one attempt at a time. */
export interface PooledController {
  readonly controller: AbortController;
  /** How many attempts it has served. */
  uses: number;
}

/**
 * Where attempts get a controller when the transport reads `signal`: the Node entry's pool
 * (`node/signal-pool.ts`), else {@link FRESH_CONTROLLERS}.
 */
export interface AbortControllers {
  /** A controller that was never aborted. */
  take(): PooledController;
  /** The attempt ended without an abort: the controller may serve another. */
  give(pooled: PooledController): void;
}

/** A new controller for every attempt: the plain version, where a controller is cheap. */
export const FRESH_CONTROLLERS: AbortControllers = {
  take: () => ({ controller: new AbortController(), uses: 1 }),
  give: () => undefined,
};

/** The pipeline's side of an attempt: its request, and the way to abort it. */
export class Attempt {
  declare readonly request: TransportRequest;
  readonly #pool: AbortControllers | undefined;
  #pooled: PooledController | undefined;
  #controller: AbortController | undefined;
  #listener: ((reason: unknown) => void) | undefined;
  #aborted = false;
  #reason: unknown;

  /** With `pool`, the request carries a pooled signal at once; without, its signal is built if read. */
  constructor(
    method: HttpMethod,
    url: string,
    headers: Record<string, string>,
    body: string | Uint8Array | undefined,
    pool: AbortControllers | undefined,
    maxResponseBytes: number,
  ) {
    this.#pool = pool;
    if (pool) {
      this.#pooled = pool.take();
      this.#controller = this.#pooled.controller;
      this.request = { method, url, headers, body, signal: this.#controller.signal, maxResponseBytes };
    } else {
      this.request = new LazySignalRequest(this, method, url, headers, body, maxResponseBytes);
    }
  }

  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  onAbort(listener: (reason: unknown) => void): void {
    if (this.#aborted) listener(this.#reason);
    else this.#listener = listener;
  }

  /** Aborts the attempt once; `reason` undefined gives the signal its default `AbortError`. */
  abort(reason?: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#controller?.abort(reason);
    this.#reason = this.#controller ? this.#controller.signal.reason : reason;
    const listener = this.#listener;
    this.#listener = undefined;
    listener?.(this.#reason);
  }

  /**
   * The transport answered and nothing can abort the attempt any more: a pooled signal that was
   * not aborted goes back to the pool. (After a failure it is dropped: a transport that threw may
   * not have let go of it.)
   */
  answered(): void {
    const pooled = this.#pooled;
    this.#pooled = undefined;
    if (pooled && !this.#aborted) this.#pool!.give(pooled);
  }
}

/** A request whose `signal` is built on first read (a prototype getter: not copied by a spread). */
class LazySignalRequest implements TransportRequest {
  readonly #attempt: Attempt;
  declare readonly method: HttpMethod;
  declare readonly url: string;
  declare readonly headers: Record<string, string>;
  declare readonly body: string | Uint8Array | undefined;
  declare readonly maxResponseBytes: number;

  constructor(
    attempt: Attempt,
    method: HttpMethod,
    url: string,
    headers: Record<string, string>,
    body: string | Uint8Array | undefined,
    maxResponseBytes: number,
  ) {
    this.#attempt = attempt;
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.body = body;
    this.maxResponseBytes = maxResponseBytes;
  }

  get signal(): AbortSignal {
    return this.#attempt.signal;
  }

  onAbort(listener: (reason: unknown) => void): void {
    this.#attempt.onAbort(listener);
  }
}

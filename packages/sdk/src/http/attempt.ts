/**
 * One attempt as a transport receives it, with its cancellation.
 *
 * An attempt needs an `AbortSignal` (the per-attempt timeout and the caller's signal abort it), but
 * building one is not free: in Node 20 an `AbortController` costs about 5 µs of CPU (its signal is
 * made transferable), as much as the rest of the pipeline together. So:
 * - a transport that declares `abortsThroughOnAbort` (the Node transport) gets a request whose
 *   signal is built only if read;
 * - every other transport gets a signal from a {@link SignalPool}: a controller whose attempt ended
 *   without an abort goes back to the pool and serves a later attempt, a few times over. A signal
 *   that fires after its fetch has completed does nothing (the Fetch standard's abort steps end
 *   with the fetch), and a pooled controller serves one attempt at a time, so aborting it only
 *   ever cancels the attempt it was handed to. An aborted controller is never reused.
 * @module
 */
import type { HttpMethod, TransportRequest } from "./types.js";

/**
 * How many attempts one pooled controller serves. A `fetch` registers an abort listener on the
 * signal it is given and drops it only when its request is garbage-collected, so unbounded reuse
 * would grow that list; a few uses keep it short and already save most of the cost.
 */
const USES_PER_CONTROLLER = 16;
/** Idle controllers kept: enough for the transport's concurrency, not a leak after a burst. */
const MAX_IDLE = 64;

interface Pooled {
  readonly controller: AbortController;
  uses: number;
}

/** Reusable, never-aborted `AbortController`s of one pipeline. */
export class SignalPool {
  readonly #idle: Pooled[] = [];

  take(): Pooled {
    const pooled = this.#idle.pop();
    if (pooled) {
      pooled.uses++;
      return pooled;
    }
    return { controller: new AbortController(), uses: 1 };
  }

  /** Takes back a controller that was not aborted (the {@link Attempt} knows; reading `signal.aborted` costs more). */
  give(pooled: Pooled): void {
    if (pooled.uses < USES_PER_CONTROLLER && this.#idle.length < MAX_IDLE) this.#idle.push(pooled);
  }
}

/** The pipeline's side of an attempt: its request, and the way to abort it. */
export class Attempt {
  readonly request: TransportRequest;
  readonly #pool: SignalPool | undefined;
  #pooled: Pooled | undefined;
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
    pool: SignalPool | undefined,
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
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string | Uint8Array | undefined;
  readonly maxResponseBytes: number;

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

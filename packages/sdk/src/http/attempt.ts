/**
 * One attempt as a transport receives it, with its cancellation. An `AbortSignal` is built only
 * when the transport reads `signal` (the fetch transport does): in Node 20 a signal with a
 * listener costs about 30 µs of CPU, a tenth of a whole loopback call, so a transport that
 * registers through `onAbort` (the Node transport) never pays for one.
 * @module
 */
import type { HttpMethod, TransportRequest } from "./types.js";

/** A {@link TransportRequest} the pipeline can abort (per-attempt timeout or the caller's signal). */
export class AttemptRequest implements TransportRequest {
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string | Uint8Array | undefined;
  #controller: AbortController | undefined;
  #listener: ((reason: unknown) => void) | undefined;
  #aborted = false;
  #reason: unknown;

  constructor(method: HttpMethod, url: string, headers: Record<string, string>, body: string | Uint8Array | undefined) {
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.body = body;
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
}

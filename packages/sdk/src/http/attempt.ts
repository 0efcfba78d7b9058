/**
 * One attempt as a transport receives it, with its cancellation. An `AbortSignal` is built only
 * when the transport reads `signal` (the fetch transport does): in Node 20 a signal with a
 * listener costs about 30 µs of CPU, a tenth of a whole loopback call, so a transport that
 * registers through `onAbort` (the Node transport) never pays for one.
 * @module
 */
import type { HttpMethod, TransportRequest } from "./types.js";

/** An attempt's request, and the pipeline's handle to abort it (per-attempt timeout or caller). */
export interface Attempt {
  readonly request: TransportRequest;
  /** Aborts the attempt once; `reason` undefined gives the signal its default `AbortError`. */
  abort(reason?: unknown): void;
}

export function createAttempt(
  method: HttpMethod,
  url: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
): Attempt {
  let controller: AbortController | undefined;
  let listener: ((reason: unknown) => void) | undefined;
  let aborted = false;
  let reason: unknown;
  // Own, enumerable properties (a getter in a literal): a wrapping transport that spreads the
  // request (`{ ...request, headers }`) still hands on a working `signal` and `onAbort`.
  const request: TransportRequest = {
    method,
    url,
    headers,
    body,
    get signal(): AbortSignal {
      if (!controller) {
        controller = new AbortController();
        if (aborted) controller.abort(reason);
      }
      return controller.signal;
    },
    onAbort(fn: (reason: unknown) => void): void {
      if (aborted) fn(reason);
      else listener = fn;
    },
  };
  return {
    request,
    abort(why?: unknown): void {
      if (aborted) return;
      aborted = true;
      controller?.abort(why);
      reason = controller ? controller.signal.reason : why;
      const fn = listener;
      listener = undefined;
      fn?.(reason);
    },
  };
}

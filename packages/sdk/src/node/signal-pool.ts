/**
 * Reusable `AbortController`s for Node, where building one costs about 5 µs of CPU (its signal is
 * made transferable), as much as the rest of the pipeline together. A controller whose attempt
 * ended without an abort goes back to the pool and serves a later attempt, a few times over. A
 * signal that fires after its fetch has completed does nothing (the Fetch standard's abort steps
 * end with the fetch), and a pooled controller serves one attempt at a time, so aborting it only
 * ever cancels the attempt it was handed to. An aborted controller is never reused. Browsers and
 * other runtimes, where a controller is cheap, build one per attempt instead.
 * @module
 */
import type { AbortControllers, PooledController } from "../http/attempt.js";

/**
 * How many attempts one pooled controller serves. A `fetch` registers an abort listener on the
 * signal it is given and drops it only when its request is garbage-collected, so unbounded reuse
 * would grow that list; a few uses keep it short and already save most of the cost.
 */
const USES_PER_CONTROLLER = 16;
/** Idle controllers kept: enough for the transport's concurrency, not a leak after a burst. */
const MAX_IDLE = 64;

/** Reusable, never-aborted `AbortController`s of one pipeline. */
export class SignalPool implements AbortControllers {
  readonly #idle: PooledController[] = [];

  take(): PooledController {
    const pooled = this.#idle.pop();
    if (pooled) {
      pooled.uses++;
      return pooled;
    }
    return { controller: new AbortController(), uses: 1 };
  }

  /** Takes back a controller that was not aborted (the attempt knows; reading `signal.aborted` costs more). */
  give(pooled: PooledController): void {
    if (pooled.uses < USES_PER_CONTROLLER && this.#idle.length < MAX_IDLE) this.#idle.push(pooled);
  }
}

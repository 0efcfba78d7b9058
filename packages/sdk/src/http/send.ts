/**
 * One attempt sent: through the transport, under its per-attempt deadline and the caller's
 * signal, each failure turned into the typed error it is (`TimeoutError`, `AbortError`,
 * `ConnectionError`). The timers and abort controllers it uses are the plain ones unless the
 * client's options bring a runtime's own ({@link RUNTIME_PARTS}: the Node entry's).
 * @module
 */
import { AbortError, ConnectionError, SpotifyError, TimeoutError } from "../errors.js";
import { Attempt, FRESH_CONTROLLERS, type AbortControllers } from "./attempt.js";
import { onAbort } from "./abort-listeners.js";
import { abortedByCaller, MAX_TIMER_MS } from "./retry.js";
import type { PauseLogger, RateLimitStore, SharedPause } from "./rate-limit-store.js";
import type { HttpMethod, Transport, TransportResponse } from "./types.js";

/**
 * Per-attempt deadlines. The default is a timer per attempt; the Node entry gives one timer for
 * all of a pipeline's attempts (cheaper in Node, see `node/deadlines.ts`).
 * @internal
 */
export interface AttemptTimers {
  /** Calls `onExpire` once `ms` have passed, unless cleared first. */
  add(ms: number, onExpire: () => void): unknown;
  /** Forgets a deadline `add` returned. */
  clear(handle: unknown): void;
}

/**
 * What a client may put under {@link RUNTIME_PARTS} in its pipeline's options: the parts a
 * runtime does better its own way (the Node entry's), and what only some clients carry. Absent,
 * the plain versions are used.
 * @internal
 */
export interface RuntimeParts {
  /** A pipeline's per-attempt deadlines. */
  timers?(): AttemptTimers;
  /** A pipeline's source of `AbortController`s for transports that read `signal`. */
  controllers?(): AbortControllers;
  /** Shares the pause through a `rateLimitStore` that has no `sharePause` of its own. */
  sharePause?(store: RateLimitStore, key: string, logger?: PauseLogger): SharedPause;
}

/**
 * The option key (a symbol: no app sets it by accident) of {@link RuntimeParts}.
 * @internal
 */
export const RUNTIME_PARTS: unique symbol = Symbol("spotify-web-api-sdk.runtimeParts");

/** A timer per attempt; a timeout past a timer's range is no timeout. */
const PLAIN_TIMERS: AttemptTimers = {
  add: (ms, onExpire) => (ms <= MAX_TIMER_MS ? setTimeout(onExpire, ms) : undefined),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};


/** Why an attempt's signal fired. */
type AbortCause = "caller" | "timeout";

/** Sends the attempts of one pipeline. */
export class AttemptSender {
  readonly #transport: Transport;
  readonly #maxResponseBytes: number;
  readonly #timers: AttemptTimers;
  /** Controllers for transports that read `signal`; `undefined` for those that abort through `onAbort`. */
  readonly #controllers: AbortControllers | undefined;

  constructor(transport: Transport, maxResponseBytes: number, parts: RuntimeParts | undefined) {
    this.#transport = transport;
    this.#maxResponseBytes = maxResponseBytes;
    this.#timers = parts?.timers?.() ?? PLAIN_TIMERS;
    this.#controllers = transport.abortsThroughOnAbort === true ? undefined : parts?.controllers?.() ?? FRESH_CONTROLLERS;
  }

  /** Sends one attempt; `timeoutMs` 0 sets no deadline. */
  async send(
    method: HttpMethod,
    url: string,
    headers: Record<string, string>,
    body: string | Uint8Array | undefined,
    callerSignal: AbortSignal | undefined,
    timeoutMs: number,
  ): Promise<TransportResponse> {
    // Aborted while the token or a hook was awaited: nothing may be sent.
    if (callerSignal?.aborted) throw abortedByCaller(method, url, callerSignal.reason);
    const attempt = new Attempt(method, url, headers, body, this.#controllers, this.#maxResponseBytes);
    let cause: AbortCause | undefined;
    // Through the signal's one shared listener: many calls may share one signal.
    const stopListening = callerSignal
      ? onAbort(callerSignal, () => {
          cause ??= "caller";
          attempt.abort(callerSignal.reason);
        })
      : undefined;
    const timer = timeoutMs > 0
      ? this.#timers.add(timeoutMs, () => {
          cause ??= "timeout";
          attempt.abort();
        })
      : undefined;
    let answered = false;
    try {
      const response = await this.#transport.send(attempt.request);
      answered = true;
      return response;
    } catch (error) {
      if (cause === "caller") throw abortedByCaller(method, url, callerSignal?.reason);
      if (cause === "timeout") {
        throw new TimeoutError(`No complete response within ${timeoutMs} ms from ${method} ${url}`, {
          method, url, timeoutMs, cause: error,
        });
      }
      if (error instanceof SpotifyError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      // An abort none of our signals caused (a closed transport; a second copy of this package
      // whose errors fail `instanceof`) is no network failure: another try must not follow.
      if (error instanceof Error && error.name === "AbortError") {
        throw new AbortError(`${method} ${url} was aborted by the transport: ${message}`, { method, url, cause: error });
      }
      throw new ConnectionError(`Connection failed for ${method} ${url}: ${message}`, { method, url, cause: error });
    } finally {
      if (timer !== undefined) this.#timers.clear(timer);
      stopListening?.();
      if (answered) attempt.answered();
    }
  }
}

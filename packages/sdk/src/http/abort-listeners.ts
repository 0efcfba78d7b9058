/**
 * One `abort` listener per caller signal, however many waits follow it. An app may share one
 * `AbortSignal` between many concurrent calls (a page's unmount, a server's shutdown); each call
 * waits on it several times (a token, a pause, a backoff, the attempt). Registered one by one, 11
 * listeners on one signal make Node print `MaxListenersExceededWarning`, and a shared signal's
 * listener list grows with the calls. Here the first waiter adds the signal's one listener, which
 * calls every current waiter; the last to leave removes it.
 *
 * The registry is a `WeakMap` keyed by the signal: data attached to an object the SDK does not own,
 * gone with the signal, shared by every client of the process that the signal is given to.
 * @module
 */

interface Fanout {
  readonly waiters: Set<{ readonly run: () => void }>;
  readonly dispatch: () => void;
}

const fanouts = new WeakMap<AbortSignal, Fanout>();

/**
 * Calls `listener` once when `signal` aborts (not at once if it already has: check `aborted`
 * first). Returns the function that stops listening; call it when the wait is over.
 */
export function onAbort(signal: AbortSignal, listener: () => void): () => void {
  let fanout = fanouts.get(signal);
  if (!fanout) {
    const waiters = new Set<{ readonly run: () => void }>();
    const dispatch = (): void => {
      fanouts.delete(signal);
      for (const waiter of waiters) {
        try {
          waiter.run();
        } catch (error) {
          // As an EventTarget does: a listener that throws does not keep the others from running.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
      waiters.clear();
    };
    fanout = { waiters, dispatch };
    fanouts.set(signal, fanout);
    signal.addEventListener("abort", dispatch, { once: true });
  }
  const own = fanout;
  const waiter = { run: listener };
  own.waiters.add(waiter);
  return () => {
    if (!own.waiters.delete(waiter) || own.waiters.size > 0) return;
    signal.removeEventListener("abort", own.dispatch);
    if (fanouts.get(signal) === own) fanouts.delete(signal);
  };
}

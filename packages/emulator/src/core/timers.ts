/**
 * Timers the emulator can cancel: stalls and added latency are held in a set the platform clears
 * on stop, and every delay is bounded by what setTimeout honours.
 * @module
 */

/** The longest delay setTimeout honours; past it Node warns and fires after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Waits `ms`, keeping the timer in `timers` so that stopping the emulator can cancel it (a
 * cancelled sleep never resolves; its socket is closed).
 */
export function sleep(timers: Set<NodeJS.Timeout>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });
}

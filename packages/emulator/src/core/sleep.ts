import type { Platform } from "./platform.js";

/** The longest delay setTimeout honours; past it Node warns and fires after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A timer the platform can cancel on stop (a cancelled sleep never resolves; its socket is closed). */
export function sleep(platform: Platform, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      platform.timers.delete(timer);
      resolve();
    }, ms);
    platform.timers.add(timer);
  });
}

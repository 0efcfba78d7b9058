import type { Platform } from "./platform.js";

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

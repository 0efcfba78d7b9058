// Spotify counts an app's calls over a rolling 30-second window (behaviour.md §2.4). Each app
// keeps the arrival times inside the window; past the limit a call is refused with the seconds
// until the oldest one leaves the window.
/** The rolling window Spotify's rate limit counts calls in. */
export const WINDOW_MS = 30_000;

/** Whether a call may go ahead; if not, how many seconds to send in Retry-After. */
export type RateDecision = { ok: true } | { ok: false; retryAfter: number };

class Window {
  private times: number[] = [];
  private head = 0;

  count(now: number): number {
    while (this.head < this.times.length && this.times[this.head]! <= now - WINDOW_MS) this.head++;
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
    return this.times.length - this.head;
  }

  oldest(): number {
    return this.times[this.head]!;
  }

  push(now: number): void {
    this.times.push(now);
  }
}

/** Rolling-window rate limits, one window per key (an app), as Spotify limits each app. */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  /** @param limit calls per window; 0 means no limit */
  constructor(public limit: number) {}

  hit(appId: string, now: number): RateDecision {
    if (this.limit <= 0) return { ok: true };
    let w = this.windows.get(appId);
    if (!w) {
      w = new Window();
      this.windows.set(appId, w);
    }
    if (w.count(now) >= this.limit) {
      return { ok: false, retryAfter: Math.max(1, Math.ceil((w.oldest() + WINDOW_MS - now) / 1000)) };
    }
    w.push(now);
    return { ok: true };
  }

  reset(): void {
    this.windows.clear();
  }
}

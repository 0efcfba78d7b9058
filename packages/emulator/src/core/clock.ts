/**
 * The emulator's clock: real time plus an offset the control plane can move, so tests can expire
 * tokens and codes, age refresh tokens and advance playback without waiting.
 */
export class Clock {
  private offsetMs = 0;

  /** The emulator's time, epoch ms. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Moves the clock forward by `ms` (backward when negative). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Sets the current time to `epochMs` (it keeps running from there). */
  set(epochMs: number): void {
    this.offsetMs = epochMs - Date.now();
  }

  /** Back to real time. */
  reset(): void {
    this.offsetMs = 0;
  }

  /** How far the clock is from real time, in ms (kept in the state file). */
  get offset(): number {
    return this.offsetMs;
  }
}

/**
 * The emulator's clock: real time plus an offset the control plane can move, so tests can expire
 * tokens and codes, age refresh tokens and advance playback without waiting.
 */
export class Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Sets the current time to `epochMs` (it keeps running from there). */
  set(epochMs: number): void {
    this.offsetMs = epochMs - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }

  get offset(): number {
    return this.offsetMs;
  }
}

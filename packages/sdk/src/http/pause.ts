/**
 * The client-wide pause after a 429. Spotify counts an app's calls over a rolling 30 s window, so
 * a 429 holds back every new request of the client until `Retry-After` has passed. When it has,
 * one request goes first (the probe); the others wait for its answer, so a hundred callers never
 * wake at once into another 429. If the probe is limited again the pause starts over; if not, the
 * waiters are released spread over a short interval.
 *
 * A pause lasts at most its cap (`retry.maxPauseSeconds`), whatever `Retry-After` says: a server
 * asking for 3,000 years must not disable the client for good. The request that got the 429 is
 * told (or waits) the whole `Retry-After`; only the others are released early, one probe first.
 * Each service has its own pause: a token request never waits behind the Web API's.
 * @module
 */
import { RateLimitError } from "../errors.js";
import { abortedByCaller, sleep, untilAborted } from "./retry.js";
import type { SharedPause } from "./rate-limit-store.js";

/** At most this long, the released waiters are spread over (never longer than the pause was). */
const MAX_SPREAD_MS = 1_000;

/** One client's rate-limit pause. */
export class RateLimitPause {
  readonly #maxSeconds: number;
  /** Epoch ms until which new requests wait; 0 when there is no pause. */
  #until = 0;
  #lengthMs = 0;
  /** Settles when the probe in flight has its answer. */
  #probe: Promise<void> | undefined;
  #endProbe: (() => void) | undefined;
  /** The pause shared with the app's other instances (`rateLimitStore`), if any. */
  readonly #fleet: SharedPause | undefined;
  /** This instance's probe was elected fleet-wide. */
  #fleetProbe = false;

  /**
   * @param maxSeconds the longest a pause lasts, whatever a 429 asks for.
   * @param fleet the pause shared with the app's other instances: told of this client's 429s,
   *   telling it theirs, electing one probe for all.
   */
  constructor(maxSeconds: number, fleet?: SharedPause) {
    this.#maxSeconds = maxSeconds;
    this.#fleet = fleet;
    fleet?.attach({ paused: (ms) => void this.#extend(ms / 1000) });
  }

  /** Whether a request must go through {@link wait} first (cheap: read on every call). */
  get active(): boolean {
    return this.#until !== 0;
  }

  /**
   * A 429 asked for `seconds`: pause (or extend the pause of) every new request, up to the cap.
   * @returns the seconds paused: less than asked when the cap cut the pause short
   */
  pause(seconds: number): number {
    const paused = this.#extend(seconds);
    this.#fleet?.record(paused * 1000);
    return paused;
  }

  #extend(seconds: number): number {
    const paused = Math.min(seconds, this.#maxSeconds);
    const until = Date.now() + paused * 1000;
    if (until > this.#until) {
      this.#until = until;
      this.#lengthMs = paused * 1000;
    }
    return paused;
  }

  /**
   * Waits out the pause. Resolves `true` when the caller is the probe: it must then call
   * {@link probeAnswered} once its attempt is over, whatever the outcome.
   * @throws RateLimitError when the wait left is over `maxWaitSeconds`; AbortError on `signal`.
   */
  async wait(method: string, url: string, signal: AbortSignal | undefined, maxWaitSeconds: number): Promise<boolean> {
    let waitedForProbe = false;
    for (;;) {
      if (this.#until === 0) {
        // The probe was answered: the pause is over. Waiters spread out rather than all going now.
        if (waitedForProbe) await this.#abortable(sleep(Math.random() * Math.min(MAX_SPREAD_MS, this.#lengthMs), signal), method, url);
        return false;
      }
      const remainingMs = this.#until - Date.now();
      if (remainingMs > 0) {
        if (remainingMs / 1000 > maxWaitSeconds) {
          // Waiting longer than the cap by ourselves would look like a hang: fail fast instead.
          throw new RateLimitError({ status: 429, statusText: "Too Many Requests (client paused)", method, url, retryAfter: Math.ceil(remainingMs / 1000) });
        }
        await this.#abortable(sleep(remainingMs, signal), method, url);
        continue;
      }
      if (!this.#probe) {
        this.#probe = new Promise((resolve) => (this.#endProbe = resolve));
        if (!this.#fleet) return true;
        // One probe for the whole fleet: this instance's callers wait on this election meanwhile.
        let turn: "probe" | "go" | "paused";
        try {
          turn = await this.#fleet.turn(signal, method, url);
        } catch (error) {
          // This caller gave up (its abort): another waiter takes its place in the election.
          this.#releaseProbe();
          throw error;
        }
        if (turn === "probe") {
          this.#fleetProbe = true;
          return true;
        }
        // Another instance's probe was answered (the pause is over), or the app is paused again.
        if (turn === "go" && this.#until <= Date.now()) this.#until = 0;
        this.#releaseProbe();
        continue;
      }
      waitedForProbe = true;
      await this.#abortable(untilAborted(this.#probe!, signal), method, url);
    }
  }

  /** The probe's attempt is over. Unless it was limited again (a new pause), the pause ends. */
  probeAnswered(): void {
    if (this.#until !== 0 && this.#until <= Date.now()) this.#until = 0;
    if (this.#fleetProbe) {
      this.#fleetProbe = false;
      if (this.#until === 0) this.#fleet!.answered();
      else this.#fleet!.reprobe();
    }
    const end = this.#endProbe;
    this.#probe = this.#endProbe = undefined;
    end?.();
  }

  /** Wakes the callers waiting for the probe slot, without ending the pause. */
  #releaseProbe(): void {
    const end = this.#endProbe;
    this.#probe = this.#endProbe = undefined;
    end?.();
  }

  /** `wait` (a sleep, the probe's answer), ended early by the caller's abort. */
  async #abortable(wait: Promise<void>, method: string, url: string): Promise<void> {
    try {
      await wait;
    } catch (reason) {
      throw abortedByCaller(method, url, reason);
    }
  }
}

/**
 * Per-attempt timeouts on one timer per pipeline. A `setTimeout` + `clearTimeout` per attempt
 * costs about 10 µs of CPU per call in Node (a timer list is built and torn down each time),
 * several percent of a loopback call; here an attempt costs a `Set` insert and delete. The one
 * timer is armed for the earliest deadline, and is unref'd (where timers have no `unref`: cleared)
 * whenever no attempt is pending, so an idle client never keeps a process alive.
 * @module
 */

interface Entry {
  readonly deadline: number;
  readonly onExpire: () => void;
}

/** An opaque handle to clear a deadline with. */
export type DeadlineHandle = object;

type Timer = ReturnType<typeof setTimeout> & { ref?(): unknown; unref?(): unknown };

// Date.now, not performance.now: reading the global `performance` in Node 20 loads perf_hooks
// (a dozen internal modules) at import time, and deadlines need only millisecond precision.
const now = (): number => Date.now();

/** Deadlines sharing one timer. */
export class Deadlines {
  readonly #pending = new Set<Entry>();
  #timer: Timer | undefined;
  /** The deadline the timer is armed for; `Infinity` when it is not armed. */
  #armedFor = Number.POSITIVE_INFINITY;
  #refed = false;

  /** Calls `onExpire` once `ms` have passed, unless {@link clear} is called first. */
  add(ms: number, onExpire: () => void): DeadlineHandle {
    const entry: Entry = { deadline: now() + ms, onExpire };
    this.#pending.add(entry);
    if (entry.deadline < this.#armedFor) this.#arm(entry.deadline);
    else if (!this.#refed) this.#ref(true);
    return entry;
  }

  /** Forgets a deadline (the attempt ended). */
  clear(handle: DeadlineHandle): void {
    this.#pending.delete(handle as Entry);
    if (this.#pending.size > 0 || this.#timer === undefined) return;
    if (typeof this.#timer.unref === "function") {
      if (this.#refed) this.#ref(false);
    } else {
      // Deno and browsers give a number, which cannot be unref'd: stop the timer instead.
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#armedFor = Number.POSITIVE_INFINITY;
      this.#refed = false;
    }
  }

  #arm(deadline: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#armedFor = deadline;
    this.#timer = setTimeout(() => this.#fire(), Math.max(0, deadline - now())) as Timer;
    // A fresh timer is ref'd (where timers can be).
    this.#refed = true;
  }

  #ref(on: boolean): void {
    this.#refed = on;
    if (on) this.#timer?.ref?.();
    else this.#timer?.unref?.();
  }

  #fire(): void {
    // Trust the timer over the clock: a runtime with a coarse clock may fire a hair early.
    const expiredBy = Math.max(now(), this.#armedFor);
    this.#timer = undefined;
    this.#armedFor = Number.POSITIVE_INFINITY;
    this.#refed = false;
    let next = Number.POSITIVE_INFINITY;
    const expired: Entry[] = [];
    for (const entry of this.#pending) {
      if (entry.deadline <= expiredBy) expired.push(entry);
      else if (entry.deadline < next) next = entry.deadline;
    }
    for (const entry of expired) this.#pending.delete(entry);
    if (next !== Number.POSITIVE_INFINITY) this.#arm(next);
    for (const entry of expired) entry.onExpire();
  }
}

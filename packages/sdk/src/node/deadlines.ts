/**
 * Per-attempt timeouts on one timer per pipeline. A `setTimeout` + `clearTimeout` per attempt
 * costs about 10 µs of CPU per call in Node (a timer list is built and torn down each time),
 * several percent of a loopback call; here an attempt costs a list insert and unlink. The one
 * timer is armed for the earliest deadline, and is unref'd (where timers have no `unref`: cleared)
 * whenever no attempt is pending, so an idle client never keeps a process alive.
 *
 * Pending deadlines form a linked list through their entries, not a `Set`: with calls always in
 * flight, V8 kept the entries deleted from a long-lived `Set` (and all an attempt's closures
 * reach) alive through young-generation collections. Measured at 50 concurrent calls: 5.4 KB
 * promoted per call with a `Set`, 0.6 KB with the list, the same as with no timeout at all.
 * @module
 */
import { MAX_TIMER_MS } from "../http/retry.js";
import type { AttemptTimers } from "../http/send.js";

class Entry {
  readonly deadline: number;
  readonly onExpire: () => void;
  prev: Entry | undefined;
  next: Entry | undefined;
  linked = true;

  constructor(deadline: number, onExpire: () => void) {
    this.deadline = deadline;
    this.onExpire = onExpire;
  }
}

/** An opaque handle to clear a deadline with. */
export type DeadlineHandle = object;

type Timer = ReturnType<typeof setTimeout> & { ref?(): unknown; unref?(): unknown };

// Date.now, not performance.now: reading the global `performance` in Node 20 loads perf_hooks
// (a dozen internal modules) at import time, and deadlines need only millisecond precision.
const now = (): number => Date.now();

/** Deadlines sharing one timer. */
export class Deadlines implements AttemptTimers {
  /** The most recently added pending entry (none: nothing pending); the list runs through `prev`. */
  #last: Entry | undefined;
  #timer: Timer | undefined;
  /** The deadline the timer is armed for; `Infinity` when it is not armed. */
  #armedFor = Number.POSITIVE_INFINITY;
  #refed = false;
  /** The timer was armed short of its deadline (beyond a timer's range): its firing proves nothing. */
  #short = false;

  /** Calls `onExpire` once `ms` have passed, unless {@link clear} is called first. */
  add(ms: number, onExpire: () => void): DeadlineHandle {
    const entry = new Entry(now() + ms, onExpire);
    entry.prev = this.#last;
    if (this.#last) this.#last.next = entry;
    this.#last = entry;
    if (entry.deadline < this.#armedFor) this.#arm(entry.deadline);
    else if (!this.#refed) this.#ref(true);
    return entry;
  }

  /** Forgets a deadline (the attempt ended). */
  clear(handle: unknown): void {
    this.#unlink(handle as Entry);
    if (this.#last !== undefined || this.#timer === undefined) return;
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

  #unlink(entry: Entry): void {
    if (!entry.linked) return;
    entry.linked = false;
    if (entry.next) entry.next.prev = entry.prev;
    else this.#last = entry.prev;
    if (entry.prev) entry.prev.next = entry.next;
    entry.prev = entry.next = undefined;
  }

  #arm(deadline: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#armedFor = deadline;
    const delay = Math.max(0, deadline - now());
    this.#short = delay > MAX_TIMER_MS;
    this.#timer = setTimeout(() => this.#fire(), Math.min(delay, MAX_TIMER_MS)) as Timer;
    // A fresh timer is ref'd (where timers can be).
    this.#refed = true;
  }

  #ref(on: boolean): void {
    this.#refed = on;
    if (on) this.#timer?.ref?.();
    else this.#timer?.unref?.();
  }

  #fire(): void {
    // Trust the timer over the clock (a runtime with a coarse clock may fire a hair early), unless
    // it was armed short of the deadline.
    const expiredBy = this.#short ? now() : Math.max(now(), this.#armedFor);
    this.#timer = undefined;
    this.#armedFor = Number.POSITIVE_INFINITY;
    this.#refed = false;
    let next = Number.POSITIVE_INFINITY;
    const expired: Entry[] = [];
    for (let entry = this.#last; entry; entry = entry.prev) {
      if (entry.deadline <= expiredBy) expired.push(entry);
      else if (entry.deadline < next) next = entry.deadline;
    }
    for (const entry of expired) this.#unlink(entry);
    if (next !== Number.POSITIVE_INFINITY) this.#arm(next);
    // Oldest first (the list was walked from the newest).
    for (let i = expired.length - 1; i >= 0; i--) expired[i]!.onExpire();
  }
}

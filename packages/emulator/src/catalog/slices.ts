// Long catalog work (building a search index, filtering a broad search) as generators that yield
// once a slice of the event loop is used up: a request awaits `drive()`, which runs the generator
// a slice per event-loop turn, so no search holds the loop for long, however many run at once;
// callers that cannot wait drain the same generator at once with `drain()`.

/** A step of sliced work: yields when its slice is used up. */
export type Steps<T = void> = Generator<void, T, void>;

/** How long one slice may hold the event loop. */
const SLICE_MS = 8;

let sliceStart = 0;
let ticks = 0;

/** True when the current slice is used up (the clock is read every 32 calls only: a call may derive a record). */
export function sliceDue(): boolean {
  return (++ticks & 31) === 0 && performance.now() - sliceStart > SLICE_MS;
}

/** True when the current slice is used up, reading the clock now (after a step that may be long). */
export function sliceOver(): boolean {
  return performance.now() - sliceStart > SLICE_MS;
}

interface Task {
  steps: Steps<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

// One queue for all sliced work: an event-loop turn runs tasks round-robin until the turn's slice
// is used up, so four broad searches at once still hold the loop for one slice, not four.
const tasks: Task[] = [];
let scheduled = false;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(pump);
}

function pump(): void {
  scheduled = false;
  sliceStart = performance.now();
  do {
    const task = tasks.shift()!;
    try {
      const next = task.steps.next();
      if (next.done) task.resolve(next.value);
      else tasks.push(task);
    } catch (error) {
      task.reject(error);
    }
  } while (tasks.length > 0 && !sliceOver());
  if (tasks.length > 0) schedule();
}

/** Runs `steps` in slices, from the next event-loop turn on, sharing each turn with other sliced work. */
export function drive<T>(steps: Steps<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    tasks.push({ steps, resolve: resolve as (value: unknown) => void, reject });
    schedule();
  });
}

/** Runs `steps` to the end at once. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** `list.filter(keep)`, a slice at a time. */
export function* filterSteps<T>(list: readonly T[], keep: (item: T) => boolean): Steps<T[]> {
  const out: T[] = [];
  for (const item of list) {
    if (keep(item)) out.push(item);
    if (sliceDue()) yield;
  }
  return out;
}

/** Union of ascending index lists, ascending, through a bitmap over [0, size): linear, no sort. */
export function unionSorted(lists: readonly number[][], size: number): number[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0];
  const seen = new Uint8Array(size);
  let lo = size;
  let hi = 0;
  for (const list of lists) {
    for (const i of list) seen[i] = 1;
    if (list.length) {
      lo = Math.min(lo, list[0]);
      hi = Math.max(hi, list[list.length - 1]);
    }
  }
  const out: number[] = [];
  for (let i = lo; i <= hi; i++) if (seen[i]) out.push(i);
  return out;
}

/** Union of two ascending lists, ascending and without repeats. */
export function mergeSorted(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** First position in ascending `list` at or after `from` whose value is ≥ `v` (galloping, then binary). */
function seek(list: readonly number[], v: number, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < list.length && list[hi] < v) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, list.length);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if (list[mid] < v) from = mid + 1;
    else hi = mid;
  }
  return from;
}

/** Intersection of ascending lists, smallest first: its cost follows the smallest list, and an empty step ends it. */
export function intersectSorted(lists: readonly number[][]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  // A copy even for one list: the lists are an index's own, the answer goes to callers.
  let out = sorted.length === 1 ? sorted[0].slice() : sorted[0];
  for (let k = 1; k < sorted.length && out.length > 0; k++) {
    const other = sorted[k];
    const next: number[] = [];
    let at = 0;
    for (const v of out) {
      at = seek(other, v, at);
      if (at >= other.length) break;
      if (other[at] === v) next.push(v);
    }
    out = next;
  }
  return out;
}

// Small helpers of the catalog: prefix sums over record sizes, and a bounded memo.

/**
 * Prefix sums of per-record sizes (`out[i]` = first child of record i), so a child finds its parent by
 * binary search instead of a table.
 */
export function starts(count: number, rng: (i: number) => number): Uint32Array {
  const out = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) out[i + 1] = out[i] + rng(i);
  return out;
}

/** The largest i with arr[i] <= value (arr ascending, arr[0] = 0). */
export function owner(arr: Uint32Array, value: number): number {
  let lo = 0;
  let hi = arr.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (arr[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Records are immutable, so recently derived ones are kept (bounded) for hot ids. */
export class Memo<T> {
  private readonly map = new Map<number, T>();

  constructor(private readonly size: number) {}

  get(index: number, make: (i: number) => T): T {
    let v = this.map.get(index);
    if (v === undefined) {
      if (this.map.size >= this.size) this.map.clear();
      v = make(index);
      this.map.set(index, v);
    }
    return v;
  }
}

/** Zero-pads a number to `width` digits (ISRCs, UPCs, dates). */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * Splitting long lists into several requests: reads concatenate results in order; writes go one
 * chunk after another and, when one fails after others landed, say so with what landed.
 * @module
 */
import { PartialWriteError, SpotifyError, UnexpectedResponseError, ValidationError } from "../errors.js";

/** Splits `items` into arrays of at most `size`. An empty list gives no chunk. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Refuses a list that cannot be split without changing the meaning of the call. */
export function refuseOver(items: readonly unknown[] | undefined, limit: number, parameter: string, why: string): void {
  if (items && items.length > limit) {
    throw new ValidationError(`${parameter} holds ${items.length} items; at most ${limit} per request, and ${why}`, { parameter });
  }
}

/**
 * Runs `read` on each chunk in order and concatenates the results. A chunk that answers no list
 * is an {@link UnexpectedResponseError}, never an empty result.
 */
export async function readChunked<T, R>(items: readonly T[], size: number, read: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const part of chunk(items, size)) {
    const result = await read(part);
    if (!Array.isArray(result)) {
      throw new UnexpectedResponseError(`asked for ${part.length} items, the answer held no list`, {
        status: 200, contentType: "application/json", body: JSON.stringify(result) ?? String(result),
      });
    }
    out.push(...result);
  }
  return out;
}

/**
 * Runs `write` on each chunk in order. If chunk k > 0 fails, throws a {@link PartialWriteError}
 * naming it and carrying the results of chunks 0..k-1; a failing first chunk rethrows its error
 * (nothing landed).
 */
export async function writeChunked<T, R>(
  items: readonly T[],
  size: number,
  write: (chunk: T[], index: number) => Promise<R>,
  what: string,
): Promise<R[]> {
  const parts = chunk(items, size);
  const completed: R[] = [];
  for (let i = 0; i < parts.length; i++) {
    try {
      completed.push(await write(parts[i]!, i));
    } catch (error) {
      if (i === 0) throw error;
      const reason = error instanceof SpotifyError ? error.message : String(error);
      throw new PartialWriteError(
        `${what}: chunk ${i + 1} of ${parts.length} failed after ${i} landed (${i * size} of ${items.length} items written): ${reason}`,
        { cause: error, failedChunk: i, totalChunks: parts.length, completed: [...completed] },
      );
    }
  }
  return completed;
}

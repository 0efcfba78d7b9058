/**
 * The log that lock-holding worker processes append to ("enter …" / "leave …" lines): how many
 * were inside the lock at once tells whether the lock excluded.
 */
import { readFile } from "node:fs/promises";

/** The most processes that were inside the lock at once, by the log the workers appended to. */
export async function mostInside(log: string): Promise<number> {
  let inside = 0;
  let most = 0;
  for (const line of (await readFile(log, "utf8")).trim().split("\n")) {
    inside += line.startsWith("enter") ? 1 : -1;
    most = Math.max(most, inside);
  }
  return most;
}

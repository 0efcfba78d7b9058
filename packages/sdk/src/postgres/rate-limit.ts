/**
 * The shared rate-limit pause (`RateLimitStore`) in a {@link PostgresTokenStore}'s table: one row
 * per app (key `rate-limit:{<clientId>}`), its value `{ until, probe, probeUntil }` in ms of the
 * server's own clock (`clock_timestamp()`), so instances' clocks never matter. Each statement is
 * atomic on its own (a row lock), so no transaction is held across calls.
 * @module
 * @internal
 */
import type { ProbeTurn } from "../http/rate-limit-store.js";

/** The row of an app's pause. */
export const rateRowKey = (key: string): string => `rate-limit:{${key}}`;

const NOW_MS = "floor(extract(epoch FROM clock_timestamp()) * 1000)::float8";
const NOW = `SELECT ${NOW_MS} AS now`;

/** The statements, for the table `t` (already quoted). */
export function rateSql(t: string) {
  return {
    /** $1 row key, $2 ms. Max-merges "paused until", forgets the probe; returns the ms left. */
    record: `WITH n AS (${NOW}) INSERT INTO ${t} AS r (key, value, revision) ` +
      "SELECT $1, jsonb_build_object('until', n.now + $2::float8), 0 FROM n " +
      "ON CONFLICT (key) DO UPDATE SET value = jsonb_build_object('until', greatest(coalesce((r.value->>'until')::float8, 0), (EXCLUDED.value->>'until')::float8)), updated_at = now() " +
      "RETURNING (r.value->>'until')::float8 - (SELECT now FROM n) AS ms",
    /** $1 row key. */
    left: `SELECT greatest(0, (value->>'until')::float8 - ${NOW_MS}) AS ms FROM ${t} WHERE key = $1`,
    /** $1 row key, $2 owner, $3 lease ms. The row as it was before this statement, and whether it elected $2. */
    elect: `WITH n AS (${NOW}), claimed AS (` +
      `UPDATE ${t} AS r SET value = r.value || jsonb_build_object('probe', $2::text, 'probeUntil', n.now + $3::float8), updated_at = now() FROM n ` +
      "WHERE r.key = $1 AND coalesce((r.value->>'until')::float8, 0) <= n.now AND r.value->>'probe' IS DISTINCT FROM '!done' " +
      "AND (r.value->>'probe' IS NULL OR r.value->>'probe' = $2 OR coalesce((r.value->>'probeUntil')::float8, 0) <= n.now) RETURNING 1) " +
      `SELECT (SELECT count(*) FROM claimed)::int AS claimed, (SELECT now FROM n) AS now, (SELECT value FROM ${t} WHERE key = $1) AS value`,
    /** $1 row key, $2 owner. */
    end: `UPDATE ${t} SET value = value || '{"probe":"!done"}'::jsonb, updated_at = now() WHERE key = $1 AND value->>'probe' = $2`,
  };
}

/** What an election's row says. */
export function probeTurn(row: { claimed?: unknown; now?: unknown; value?: unknown } | undefined): ProbeTurn {
  if (!row || Number(row.claimed) > 0) return { kind: "probe" };
  const value = (typeof row.value === "string" ? JSON.parse(row.value) : row.value) as { until?: number; probe?: string; probeUntil?: number } | null;
  // No pause recorded by any instance: this one acts alone.
  if (!value) return { kind: "probe" };
  const now = Number(row.now);
  if ((value.until ?? 0) > now) return { kind: "paused", ms: value.until! - now };
  if (value.probe === "!done") return { kind: "go" };
  return { kind: "pending", ms: Math.max(0, (value.probeUntil ?? now) - now) };
}

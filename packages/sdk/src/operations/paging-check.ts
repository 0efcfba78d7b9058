/**
 * The checks of a paged call's `limit` and `offset`, read from the operation's declaration: what
 * the endpoint groups, `paginate` and `request()` all refuse before any request.
 * @module
 */
import { describeArgument } from "../describe.js";
import { ValidationError } from "../errors.js";
import type { OperationDecl } from "./types.js";

/**
 * Spotify's Extended Quota apps keep `limit` up to 50 where the 2026 reference documents less
 * for Development Mode apps (search, an artist's albums: 10): a walk's page size is the
 * documented limit, what a call accepts the wider of the two.
 */
const EXTENDED_QUOTA_LIMIT = 50;

/**
 * Refuses a `limit` or `offset` the operation's paging does not take: `limit` from 1 to its
 * `maxLimit` (or to 50 where that is less: Extended Quota apps keep 50), `offset` from 0 to its
 * `maxOffset`. Every paged method calls it; so does `paginate` for each page it asks for.
 */
export function checkPaging(op: OperationDecl, limit: number | undefined, offset?: number): void {
  const paging = op.paging as { maxLimit: number; maxOffset?: number };
  checkLimit(limit, Math.max(paging.maxLimit, EXTENDED_QUOTA_LIMIT));
  checkOffset(offset, paging.maxOffset);
}

/** Refuses a `limit` outside `min..max` (the widest limit Spotify documents for any app). */
export function checkLimit(limit: number | undefined, max: number, parameter = "limit", min = 1): void {
  if (limit === undefined || limit === null) return;
  if (!Number.isInteger(limit) || limit < min || limit > max) {
    throw new ValidationError(`${parameter} must be an integer from ${min} to ${max}, got ${describeArgument(limit)}`, { parameter });
  }
}

/** Refuses a negative or non-integer `offset` (or one above `max`). */
export function checkOffset(offset: number | undefined, max = Number.MAX_SAFE_INTEGER, parameter = "offset"): void {
  checkLimit(offset, max, parameter, 0);
}


/**
 * The shape of one operation's rule, which scripts/gen-operations.mjs writes one of per spec
 * operation into operation-rules.generated.ts.
 * @module
 */

/** How one operation is gated. */
export interface OperationRule {
  /** Scopes that must all be granted. */
  readonly all: readonly string[];
  /** At least one of these must be granted (when non-empty). */
  readonly any: readonly string[];
  /** Refused for client-credentials tokens (user data). */
  readonly userOnly: boolean;
  /** Closed to apps created on or after 27 November 2024: the status and message they get. */
  readonly removedNov2024?: { readonly status: number; readonly message: string };
  /** Closed to Development Mode apps since February 2026 (403 "Forbidden"). */
  readonly closedDev2026?: true;
  /** The most IDs or URIs one request takes. */
  readonly maxIds?: number;
  /** The largest `limit` of a paged operation. */
  readonly maxLimit?: number;
  /** The largest `offset` of an offset-paged operation, when the spec states one. */
  readonly maxOffset?: number;
}

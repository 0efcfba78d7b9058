/**
 * The shape of an operation's declaration, which scripts/gen-operations.mjs writes one of per spec
 * operation into generated.ts (each checked against it with `satisfies`).
 * @module
 */
import type { HttpMethod, ResponseKind } from "../http/types.js";

/** How a paged operation pages: by `offset`, or by a cursor the response carries. */
export type OperationPaging =
  | {
    /** `limit` + `offset`; the page says `total`. */
    readonly kind: "offset";
    /** The largest `limit` the spec documents: the page size a walk uses. */
    readonly maxLimit: number;
    /** The largest `offset` the operation accepts (search: 1000). */
    readonly maxOffset?: number;
  }
  | {
    /** `limit` + a cursor from the previous page's `cursors`. */
    readonly kind: "cursor";
    /** The largest `limit` the spec documents: the page size a walk uses. */
    readonly maxLimit: number;
    /** Which cursor leads to the next page: `after` (followed artists) or `before` (recently played). */
    readonly cursor: "after" | "before";
  };

/** One Web API operation as the SDK sends it (generated from the spec and spec/annotations.yml). */
export interface OperationDecl {
  /** The spec's operationId. */
  readonly operationId: string;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** Path template with `{params}`, relative to the Web API base. */
  readonly path: string;
  /** @default "json" for GET, "void" otherwise */
  readonly response?: ResponseKind;
  /** Safe to resend after a 5xx: GETs and set-state commands are; adds and reorders are not. */
  readonly idempotent?: boolean;
  /**
   * What a JSON answer must be, checked before it is handed over (its envelope, not every field):
   * an object (the default), an array (cover images), an array of booleans (the "contains"
   * checks), or an object holding an
   * array under `list` (multi-gets, whose items may be `null` for IDs Spotify does not know).
   * @default "object"
   */
  readonly envelope?: "object" | "array" | "booleans" | {
    /** The key of the array, e.g. `tracks`. */
    readonly list: string;
  };
  /** The most IDs or URIs one request takes (`ids`, `uris`, or the body's list): the chunk size. */
  readonly maxIds?: number;
  /** How the operation pages, when it does. */
  readonly paging?: OperationPaging;
  /** The body is this content, sent as is (a Base64 string), not JSON. */
  readonly bodyType?: "image/jpeg";
}

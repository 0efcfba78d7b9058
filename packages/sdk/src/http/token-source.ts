/**
 * All the pipeline knows of tokens. Auth strategies (1.2.0's `IAuthStrategy`) are adapted to it
 * in `auth/token-source.ts`; their own token requests go through the same pipeline without a
 * bearer, so the pipeline never waits for a token to send a token request. Types only.
 * @module
 */

/** A token the pipeline can send: `Authorization: Bearer <access_token>`. */
export interface BearerToken {
  /** The token sent; never logged or put in an error. */
  readonly access_token: string;
}

/** Where the pipeline gets its bearer tokens. */
export interface TokenSource<T extends BearerToken = BearerToken> {
  /** A token usable at once without awaiting anything (the common case), else `undefined`. */
  usableNow(): T | undefined;
  /** A valid token, renewing or obtaining one when needed; rejects when none can be had. */
  get(): Promise<T>;
  /**
   * The Web API rejected `rejected` (a 401): renew it (one renewal for every caller that saw it).
   * Resolves to the token to retry with, or `undefined` when no different token can be had.
   */
  renew(rejected: T): Promise<T | undefined>;
}

// Authorization codes, access tokens and refresh tokens (behaviour.md §1.3, §1.6, §3.6, §4.2).
import { newToken } from "../core/ids.js";

/** An authorization code waiting to be exchanged, with what the token request must match. */
export interface CodeRecord {
  clientId: string;
  userId: string;
  redirectUri: string;
  scopes: string[];
  /** PKCE S256 challenge, when the authorization request carried one. */
  challenge?: string;
  expiresAt: number;
  used: boolean;
}

/** What an access token grants: an app's (client credentials) or a user's, with its scopes and lifetime. */
export interface AccessTokenRecord {
  kind: "user" | "app";
  clientId: string;
  userId?: string;
  scopes: string[];
  issuedAt: number;
  expiresAt: number;
  revoked?: boolean;
}

/** What a refresh token renews: the user's authorization and, for PKCE, whether it rotates. */
export interface RefreshTokenRecord {
  clientId: string;
  userId: string;
  scopes: string[];
  /** When the user authorized: the absolute 6-month lifetime counts from here. */
  authorizedAt: number;
  /** PKCE refresh tokens rotate and are single-use. */
  rotating: boolean;
  /** `rotated`: replaced by a newer one; `revoked`: revoked through the control plane. */
  revoked?: "rotated" | "revoked";
}

/** The tokens as --data-dir keeps them (codes live minutes and are not kept). */
export interface TokenStoreJSON {
  access: [string, AccessTokenRecord][];
  refresh: [string, RefreshTokenRecord][];
}

/** Where `expired` access tokens are still told apart from unknown ones, at most this long. */
const KEEP_EXPIRED_MS = 24 * 3600_000;

/** The refresh-token lifetime: 6 calendar months from authorization. */
export function refreshTokenExpiry(authorizedAt: number): number {
  const d = new Date(authorizedAt);
  d.setUTCMonth(d.getUTCMonth() + 6);
  return d.getTime();
}

/** Which tokens a control-plane expiry or revocation applies to: all given fields must match. */
export interface TokenFilter {
  clientId?: string;
  userId?: string;
  token?: string;
}

/**
 * Authorization codes, access and refresh tokens by value, with pruning of long-expired ones so the maps do
 * not grow without end.
 */
export class TokenStore {
  readonly codes = new Map<string, CodeRecord>();
  readonly access = new Map<string, AccessTokenRecord>();
  readonly refresh = new Map<string, RefreshTokenRecord>();
  private issued = 0;

  issueCode(record: Omit<CodeRecord, "used">): string {
    const code = newToken("AQ", 96);
    this.codes.set(code, { ...record, used: false });
    return code;
  }

  issueAccess(record: Omit<AccessTokenRecord, "revoked">): string {
    if (++this.issued % 256 === 0) this.prune(record.issuedAt);
    const token = newToken("BQ", 96);
    this.access.set(token, record);
    return token;
  }

  issueRefresh(record: RefreshTokenRecord): string {
    const token = newToken("AQ", 96);
    this.refresh.set(token, record);
    return token;
  }

  /** Drops long-expired records so a long-running emulator does not grow without bound. */
  prune(now: number): void {
    for (const [k, v] of this.codes) if (v.expiresAt < now - KEEP_EXPIRED_MS || (v.used && v.expiresAt < now)) this.codes.delete(k);
    for (const [k, v] of this.access) if (v.expiresAt < now - KEEP_EXPIRED_MS) this.access.delete(k);
    for (const [k, v] of this.refresh) if (refreshTokenExpiry(v.authorizedAt) < now - KEEP_EXPIRED_MS) this.refresh.delete(k);
  }

  private matching<T extends { clientId: string; userId?: string }>(map: Map<string, T>, filter: TokenFilter): [string, T][] {
    return [...map].filter(
      ([token, r]) =>
        (filter.token === undefined || filter.token === token) &&
        (filter.clientId === undefined || filter.clientId === r.clientId) &&
        (filter.userId === undefined || filter.userId === r.userId),
    );
  }

  /** Makes matching access tokens expired now (→ 401 "The access token expired"). Returns the count. */
  expire(filter: TokenFilter, now: number): number {
    const hits = this.matching(this.access, filter);
    for (const [, r] of hits) r.expiresAt = Math.min(r.expiresAt, now - 1);
    return hits.length;
  }

  /** Revokes matching access and refresh tokens (as when a user removes the app). */
  revoke(filter: TokenFilter): { access: number; refresh: number } {
    const access = this.matching(this.access, filter);
    for (const [, r] of access) r.revoked = true;
    const refresh = this.matching(this.refresh, filter);
    for (const [, r] of refresh) r.revoked = "revoked";
    return { access: access.length, refresh: refresh.length };
  }

  clear(): void {
    this.codes.clear();
    this.access.clear();
    this.refresh.clear();
  }

  toJSON(): TokenStoreJSON {
    return { access: [...this.access], refresh: [...this.refresh] };
  }

  restore(data: TokenStoreJSON): void {
    this.clear();
    for (const [k, v] of data.access) this.access.set(k, v);
    for (const [k, v] of data.refresh) this.refresh.set(k, v);
  }
}

/**
 * What each user approved for each app on the consent page (`rememberConsent`), and how it is
 * kept in `--data-dir`.
 * @module
 */

/** One user's approved scopes for one app, as the state file keeps it. */
export interface ApprovalRecord {
  clientId: string;
  userId: string;
  scopes: string[];
}

/** Approved scopes per app and user. */
export class Approvals {
  // Keyed "<clientId> <userId>": user IDs have no spaces (control API), client IDs may.
  readonly #scopes = new Map<string, Set<string>>();

  /** Whether the user already approved every one of `scopes` for the app. */
  covers(clientId: string, userId: string, scopes: readonly string[]): boolean {
    const approved = this.#scopes.get(`${clientId} ${userId}`);
    return approved !== undefined && scopes.every((s) => approved.has(s));
  }

  add(clientId: string, userId: string, scopes: readonly string[]): void {
    const key = `${clientId} ${userId}`;
    const approved = this.#scopes.get(key) ?? new Set<string>();
    for (const s of scopes) approved.add(s);
    this.#scopes.set(key, approved);
  }

  clear(): void {
    this.#scopes.clear();
  }

  toJSON(): ApprovalRecord[] {
    return [...this.#scopes].map(([key, scopes]) => {
      const at = key.lastIndexOf(" ");
      return { clientId: key.slice(0, at), userId: key.slice(at + 1), scopes: [...scopes] };
    });
  }

  /** Replaces everything with `records` (from the state file). */
  restore(records: readonly ApprovalRecord[]): void {
    this.clear();
    for (const r of records) this.add(r.clientId, r.userId, r.scopes);
  }
}

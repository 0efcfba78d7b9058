// The request log the control plane serves (GET /emulator/log). It never holds a token, code,
// secret or verifier: only the path, and the query with sensitive values masked.

/** One line of the request log. */
export interface RequestLogEntry {
  /** Sequence number, increasing. */
  seq: number;
  /** The emulator clock at arrival, ISO 8601. */
  time: string;
  method: string;
  path: string;
  query?: string;
  status: number;
  operationId?: string;
  clientId?: string;
  userId?: string;
  durationMs: number;
  /** The injected fault kind, when one applied. */
  fault?: string;
  /** Why the request failed inside the emulator (handler exception), never a secret. */
  error?: string;
}

const SENSITIVE = /^(code|code_verifier|client_secret|refresh_token|access_token|token|password)$/i;

export function maskQuery(rawQuery: string): string | undefined {
  if (!rawQuery) return undefined;
  return rawQuery
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const name = eq === -1 ? pair : pair.slice(0, eq);
      return eq !== -1 && SENSITIVE.test(decodeSafe(name)) ? `${name}=***` : pair;
    })
    .join("&");
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export class RequestLog {
  private readonly entries: RequestLogEntry[] = [];
  private next = 1;

  constructor(private capacity: number) {}

  add(entry: Omit<RequestLogEntry, "seq">): void {
    this.entries.push({ seq: this.next++, ...entry });
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** The newest `limit` entries, oldest first, optionally only those after `since` (a seq). */
  list(limit = this.capacity, since = 0): RequestLogEntry[] {
    const fresh = since ? this.entries.filter((e) => e.seq > since) : this.entries;
    return fresh.slice(Math.max(0, fresh.length - limit));
  }

  clear(): void {
    this.entries.length = 0;
  }
}

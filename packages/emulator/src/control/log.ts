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

/** A ring buffer: adding is O(1) on the request path. */
export class RequestLog {
  private readonly ring: (RequestLogEntry | undefined)[];
  private next = 1;
  private count = 0;

  constructor(private readonly capacity: number) {
    this.ring = new Array<RequestLogEntry | undefined>(capacity);
  }

  add(entry: Omit<RequestLogEntry, "seq">): void {
    const seq = this.next++;
    this.ring[seq % this.capacity] = { seq, ...entry };
    if (this.count < this.capacity) this.count++;
  }

  /** The newest `limit` entries, oldest first, optionally only those after `since` (a seq). */
  list(limit = this.capacity, since = 0): RequestLogEntry[] {
    const out: RequestLogEntry[] = [];
    const first = this.next - this.count;
    for (let seq = Math.max(first, since + 1); seq < this.next; seq++) out.push(this.ring[seq % this.capacity]!);
    return out.slice(Math.max(0, out.length - limit));
  }

  clear(): void {
    this.ring.fill(undefined);
    this.count = 0;
  }
}

// The request log the control plane serves (GET /emulator/log). It never holds a token, code,
// secret or verifier: only the path, and the query with sensitive values masked.

/** One line of the request log. */
export interface RequestLogEntry {
  /** Sequence number, increasing. */
  seq: number;
  /** The emulator clock at arrival, ISO 8601. */
  time: string;
  /** The HTTP method. */
  method: string;
  /** The path, without the query. */
  path: string;
  /** The query string, without `?`; codes, tokens, secrets and verifiers masked as `***`. */
  query?: string;
  /** The status answered. */
  status: number;
  /** The spec's operationId, for a Web API call the emulator routed. */
  operationId?: string;
  /** The app that made the call, when it could be told (a token or client credentials). */
  clientId?: string;
  /** The user whose token made the call. */
  userId?: string;
  /** Time spent answering, in real milliseconds (0.01 ms precision). */
  durationMs: number;
  /** The injected fault kind, when one applied. */
  fault?: string;
  /** Why the request failed inside the emulator (handler exception), never a secret. */
  error?: string;
  /** With `logBodies` on: masked request headers and bodies, each cut at 16 KB. */
  bodies?: LoggedBodies;
}

/** What the log keeps of an exchange's headers and bodies (secrets masked). */
export interface LoggedBodies {
  /** The request headers, names lower-cased, credentials masked. */
  requestHeaders: Record<string, string>;
  /** The request body as text (a binary one as its size and type), secrets masked, cut at 16 KB. */
  requestBody?: string;
  /** The response body, written the same way. */
  responseBody?: string;
}

/** Receives each entry as it is logged (the live feed). */
export type LogListener = (entry: RequestLogEntry) => void;

/** The field names whose values the log never shows, in a query, a form or a JSON body. */
export const SENSITIVE_FIELDS = ["code", "code_verifier", "client_secret", "refresh_token", "access_token", "token", "password"] as const;
const SENSITIVE = new RegExp(`^(${SENSITIVE_FIELDS.join("|")})$`, "i");

/** `rawQuery` with the value of every {@link SENSITIVE_FIELDS} name masked as `***`; undefined for an empty query. */
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

/**
 * What the request path records: raw values only. The ISO time and the masked query are built when
 * the log is read, which is rare, instead of on every request.
 */
export interface RawLogEntry {
  /** The emulator clock at arrival (epoch ms). */
  arrivedAt: number;
  /** {@link RequestLogEntry.method} */
  method: string;
  /** {@link RequestLogEntry.path} */
  path: string;
  /** The query as sent; masked when listed. */
  rawQuery: string;
  /** {@link RequestLogEntry.status} */
  status: number;
  /** {@link RequestLogEntry.operationId} */
  operationId: string | undefined;
  /** {@link RequestLogEntry.clientId} */
  clientId: string | undefined;
  /** {@link RequestLogEntry.userId} */
  userId: string | undefined;
  /** {@link RequestLogEntry.durationMs} */
  durationMs: number;
  /** {@link RequestLogEntry.fault} */
  fault: string | undefined;
  /** {@link RequestLogEntry.error} */
  error: string | undefined;
  /** {@link RequestLogEntry.bodies} */
  bodies: LoggedBodies | undefined;
}

function present(seq: number, raw: RawLogEntry): RequestLogEntry {
  const entry: RequestLogEntry = { seq, time: new Date(raw.arrivedAt).toISOString(), method: raw.method, path: raw.path, status: raw.status, durationMs: raw.durationMs };
  const query = maskQuery(raw.rawQuery);
  if (query !== undefined) entry.query = query;
  if (raw.operationId !== undefined) entry.operationId = raw.operationId;
  if (raw.clientId !== undefined) entry.clientId = raw.clientId;
  if (raw.userId !== undefined) entry.userId = raw.userId;
  if (raw.fault !== undefined) entry.fault = raw.fault;
  if (raw.error !== undefined) entry.error = raw.error;
  if (raw.bodies !== undefined) entry.bodies = raw.bodies;
  return entry;
}

/** The newest requests, in a ring buffer: adding is O(1) on the request path. */
export class RequestLog {
  private readonly ring: (RawLogEntry | undefined)[];
  private next = 1;
  private count = 0;

  /** @param capacity how many entries are kept (`logSize`) */
  constructor(private readonly capacity: number) {
    this.ring = new Array<RawLogEntry | undefined>(capacity);
  }

  private readonly listeners = new Set<LogListener>();

  /** Records one answered (or dropped) request. */
  add(entry: RawLogEntry): void {
    const seq = this.next++;
    this.ring[seq % this.capacity] = entry;
    if (this.count < this.capacity) this.count++;
    // Presented only when someone listens: with no dashboard open the request path pays nothing.
    if (this.listeners.size > 0) {
      const shown = present(seq, entry);
      for (const listener of this.listeners) listener(shown);
    }
  }

  /** Calls `listener` with every entry from now on; returns the function that stops it. */
  subscribe(listener: LogListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The newest `limit` entries, oldest first, optionally only those after `since` (a seq). */
  list(limit = this.capacity, since = 0): RequestLogEntry[] {
    const out: RequestLogEntry[] = [];
    const from = Math.max(this.next - this.count, since + 1, this.next - Math.ceil(Math.max(0, limit)));
    for (let seq = from; seq < this.next; seq++) out.push(present(seq, this.ring[seq % this.capacity]!));
    return out;
  }

  /** Forgets every entry (the sequence numbers go on). */
  clear(): void {
    this.ring.fill(undefined);
    this.count = 0;
  }
}

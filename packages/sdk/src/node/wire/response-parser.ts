/**
 * Reads one HTTP/1.1 response off a connection's bytes (RFC 9112): the status line, the header
 * section, and a body framed by `Content-Length`, the chunked transfer coding, or the connection's
 * close. Interim (1xx) responses are skipped. Anything malformed is a {@link ProtocolError}: the
 * connection it came from cannot be trusted with another request.
 * @module
 */

/** The status line and headers of a response, and what they say about its connection. */
export interface ResponseHead {
  status: number;
  statusText: string;
  /**
   * Names lower-cased; a repeated header's values joined with `, ` (`set-cookie` too), except
   * single-valued ones (`content-type`, `retry-after`, `location`...), where the first is kept.
   */
  headers: Record<string, string>;
  /** The connection may carry another request once this response is read. */
  keepAlive: boolean;
  /** The server's `Keep-Alive: timeout=` hint, in ms, when it gave one. */
  keepAliveMs?: number;
}

/** How long a body may be, and the error for one that is longer. */
export interface BodyLimit {
  /** The most body bytes read, as they arrive (before any content coding is undone). */
  readonly maxBodyBytes: number;
  tooLarge(status: number): Error;
}

/** Bytes that are not HTTP/1.1, or break its framing. */
export class ProtocolError extends Error {
  readonly code = "HPE_INVALID";
  constructor(message: string) {
    super(`the server sent an invalid HTTP response: ${message}`);
    this.name = "ProtocolError";
  }
}

/** Node's own limit for a response's header section. */
const MAX_HEAD_BYTES = 16 * 1024;
const MAX_CHUNK_LINE_BYTES = 1024;
const HEAD_END = Buffer.from("\r\n\r\n");
const CRLF = Buffer.from("\r\n");
/** Lines are split at CRLF: a CR, LF or NUL left inside one is a bare line break or worse. */
const FORBIDDEN_IN_FIELD = /[\0\r\n]/;
const STATUS_LINE = /^HTTP\/1\.([01]) ([1-9]\d\d)(?: ([^\r\n]*))?$/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const CHUNK_SIZE = /^[0-9A-Fa-f]{1,12}$/;
const DIGITS = /^\d{1,15}$/;
/** Headers with one value: a repeat is dropped, the first kept (as `node:http` does). */
const SINGLE_VALUED = new Set([
  "age", "authorization", "content-type", "etag", "expires", "from", "host", "if-modified-since",
  "if-unmodified-since", "last-modified", "location", "max-forwards", "proxy-authorization",
  "referer", "retry-after", "server", "user-agent",
]);

const HEAD = 0;
const FIXED = 1;
const CHUNK_LINE = 2;
const CHUNK_DATA = 3;
const CHUNK_END = 4;
const TRAILERS = 5;
const UNTIL_CLOSE = 6;
const DONE = 7;

/** One response: feed it the connection's bytes with {@link push}, and {@link end} when it closes. */
export class ResponseParser {
  /** Set once the final (non-1xx) header section is read. */
  head: ResponseHead | undefined;
  /** The body as it arrived, still in its content coding. */
  readonly body: Buffer[] = [];
  #state = HEAD;
  #remaining = 0;
  #pending: Buffer | undefined;
  readonly #bodiless: boolean;
  readonly #limit: BodyLimit | undefined;
  /** Body bytes read, or announced by a `Content-Length` or chunk size. */
  #bodyBytes = 0;

  /**
   * @param bodiless the request was a `HEAD`: its response has headers only.
   * @param limit past it, {@link push} throws the limit's error at once, before reading on.
   */
  constructor(bodiless = false, limit?: BodyLimit) {
    this.#bodiless = bodiless;
    this.#limit = limit;
  }

  /** Takes the next bytes; `true` once the response is complete. Bytes beyond it are an error. */
  push(data: Buffer): boolean {
    let buf = data;
    if (this.#pending) {
      buf = Buffer.concat([this.#pending, data]);
      this.#pending = undefined;
    }
    let at = 0;
    for (;;) {
      switch (this.#state) {
        case HEAD: {
          const end = buf.indexOf(HEAD_END, at);
          if (end === -1) return this.#wait(buf, at, MAX_HEAD_BYTES, "a header section over 16 KB");
          if (end - at > MAX_HEAD_BYTES) throw new ProtocolError("a header section over 16 KB");
          this.#readHead(buf.toString("latin1", at, end));
          at = end + 4;
          break;
        }
        case FIXED:
        case CHUNK_DATA: {
          const take = Math.min(this.#remaining, buf.length - at);
          if (take > 0) {
            this.body.push(at === 0 && take === buf.length ? buf : buf.subarray(at, at + take));
            at += take;
            this.#remaining -= take;
          }
          if (this.#remaining > 0) return false;
          this.#state = this.#state === FIXED ? DONE : CHUNK_END;
          break;
        }
        case CHUNK_LINE: {
          const eol = buf.indexOf(CRLF, at);
          if (eol === -1) return this.#wait(buf, at, MAX_CHUNK_LINE_BYTES, "a chunk size line over 1 KB");
          const line = buf.toString("latin1", at, eol);
          const semicolon = line.indexOf(";");
          const hex = (semicolon === -1 ? line : line.slice(0, semicolon)).trim();
          if (!CHUNK_SIZE.test(hex)) throw new ProtocolError("a malformed chunk size");
          this.#remaining = parseInt(hex, 16);
          this.#announce(this.#remaining);
          this.#state = this.#remaining === 0 ? TRAILERS : CHUNK_DATA;
          at = eol + 2;
          break;
        }
        case CHUNK_END: {
          if (buf.length - at < 2) return this.#wait(buf, at, 2, "");
          if (buf[at] !== 13 || buf[at + 1] !== 10) throw new ProtocolError("a chunk longer than its size");
          at += 2;
          this.#state = CHUNK_LINE;
          break;
        }
        case TRAILERS: {
          const eol = buf.indexOf(CRLF, at);
          if (eol === -1) return this.#wait(buf, at, MAX_HEAD_BYTES, "trailers over 16 KB");
          // Trailer fields are read past, not kept: nothing in the Spotify APIs sends them.
          this.#state = eol === at ? DONE : TRAILERS;
          at = eol + 2;
          break;
        }
        case UNTIL_CLOSE:
          if (at < buf.length) {
            this.#announce(buf.length - at);
            this.body.push(at === 0 ? buf : buf.subarray(at));
          }
          return false;
        default:
          if (at < buf.length) throw new ProtocolError("bytes after the end of the response");
          return true;
      }
    }
  }

  /** The connection ended; `true` when that completes the response (a body framed by the close). */
  end(): boolean {
    if (this.#state === UNTIL_CLOSE) this.#state = DONE;
    return this.#state === DONE;
  }

  /** Something of the response arrived. */
  get started(): boolean {
    return this.#state !== HEAD || this.#pending !== undefined;
  }

  /** `bytes` more of body are coming: past the limit, the response is refused before they are read. */
  #announce(bytes: number, status = this.head!.status): void {
    this.#bodyBytes += bytes;
    if (this.#limit && this.#bodyBytes > this.#limit.maxBodyBytes) throw this.#limit.tooLarge(status);
  }

  #wait(buf: Buffer, at: number, limit: number, tooLong: string): false {
    if (buf.length - at > limit) throw new ProtocolError(tooLong);
    this.#pending = at === 0 ? buf : buf.subarray(at);
    return false;
  }

  #readHead(text: string): void {
    const lines = text.split("\r\n");
    const status = STATUS_LINE.exec(lines[0]!);
    if (!status) throw new ProtocolError("a malformed status line");
    const code = Number(status[2]);
    const headers: Record<string, string> = {};
    let previous = "";
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      // RFC 9110 5.5: a field with CR, LF or NUL is rejected (an app copying it on would inject a header).
      if (FORBIDDEN_IN_FIELD.test(line)) throw new ProtocolError("a CR, LF or NUL inside a header line");
      const first = line.charCodeAt(0);
      if ((first === 32 || first === 9) && previous) {
        // An obsolete folded line continues the previous header's value.
        headers[previous] += ` ${line.trim()}`;
        continue;
      }
      const colon = line.indexOf(":");
      const name = colon > 0 ? line.slice(0, colon).toLowerCase() : "";
      if (!TOKEN.test(name) || name === "__proto__") throw new ProtocolError("a malformed header line");
      const value = line.slice(colon + 1).trim();
      // Not `undefined`: a header named like an Object.prototype member (`constructor`) finds a function.
      const seen = headers[name];
      if (typeof seen !== "string") headers[name] = value;
      else if (!SINGLE_VALUED.has(name)) headers[name] = `${seen}, ${value}`;
      previous = name;
    }
    if (code < 200) {
      // 100 Continue, 103 Early Hints: a final response follows on the same connection.
      if (code === 101) throw new ProtocolError("101 Switching Protocols, which this client never asks for");
      return;
    }
    const http10 = status[1] === "0";
    const connection = headers.connection?.toLowerCase() ?? "";
    let keepAlive = http10 ? /\bkeep-alive\b/.test(connection) : !/\bclose\b/.test(connection);
    this.#state = this.#framing(code, headers);
    if (this.#state === UNTIL_CLOSE || (headers["transfer-encoding"] !== undefined && headers["content-length"] !== undefined)) {
      keepAlive = false;
    }
    const hint = headers["keep-alive"] === undefined ? undefined : /\btimeout=(\d+)/i.exec(headers["keep-alive"]);
    this.head = { status: code, statusText: status[3] ?? "", headers, keepAlive };
    if (hint) this.head.keepAliveMs = Number(hint[1]) * 1000;
  }

  #framing(status: number, headers: Record<string, string>): number {
    if (this.#bodiless || status === 204 || status === 304) return DONE;
    const transferEncoding = headers["transfer-encoding"];
    if (transferEncoding !== undefined) {
      return /(?:^|,)\s*chunked\s*$/i.test(transferEncoding) ? CHUNK_LINE : UNTIL_CLOSE;
    }
    const contentLength = headers["content-length"];
    if (contentLength === undefined) return UNTIL_CLOSE;
    let length = contentLength;
    if (!DIGITS.test(length)) {
      // A header repeated with one value (`3, 3`) is allowed; differing values are a framing attack.
      const lengths = new Set(contentLength.split(",").map((v) => v.trim()));
      length = [...lengths][0]!;
      if (lengths.size !== 1 || !DIGITS.test(length)) throw new ProtocolError(`Content-Length "${contentLength}"`);
    }
    this.#remaining = Number(length);
    if (this.#remaining === 0) return DONE;
    this.#announce(this.#remaining, status);
    return FIXED;
  }
}

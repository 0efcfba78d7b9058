/**
 * The request line and header section of a request, checked as `node:http` checks them: a CR, LF
 * or other control character in a header would let a value start a second request on the
 * connection (request smuggling), so it is refused before anything is written, as a
 * `ValidationError`: a set-up error, which the pipeline never retries as a network failure.
 * @module
 */
import { ValidationError } from "../../errors.js";

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What `node:http` allows in a header value: tab, printable ASCII and Latin-1. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const NON_ASCII = /[\x80-\xff]/;
/** Methods whose request says it has no body: the others send `Content-Length: 0` without one. */
const NO_BODY_EXPECTED = new Set(["GET", "HEAD", "DELETE", "OPTIONS", "TRACE"]);

/** A request head ready to write. */
export interface RequestHead {
  text: string;
  /** The caller sent `Connection: close`: the connection must not carry another request. */
  closesConnection: boolean;
  /** Only ASCII: it can be written in one piece with a UTF-8 body. */
  ascii: boolean;
}

/**
 * Serialises a request head. The framing headers are this client's own (`Content-Length` from
 * the body it sends, never a caller's); `Host`, `Connection` and `Accept-Encoding` are added
 * unless the caller gave them.
 * @param bodyBytes the body's length in bytes, `undefined` for no body.
 */
export function requestHead(
  method: string,
  path: string,
  host: string,
  headers: Record<string, string>,
  bodyBytes: number | undefined,
  acceptEncoding: string | undefined,
): RequestHead {
  // A method is a token: anything else (a space, a CR/LF) could write a second request line.
  if (!TOKEN.test(method)) throw new ValidationError(`invalid HTTP method "${printable(method)}"`, { parameter: "method" });
  let text = `${method} ${path} HTTP/1.1\r\n`;
  let closesConnection = false;
  let hasHost = false;
  let hasConnection = false;
  let hasAcceptEncoding = acceptEncoding === undefined;
  let seen: string[] | undefined;
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    // One field per name whatever its case, the last given winning (as `node:http`'s
    // `setHeader`): `authorization` set by a hook replaces `Authorization`, never travels beside it.
    if (seen?.includes(lower)) return requestHead(method, path, host, lastOfEachName(headers), bodyBytes, acceptEncoding);
    (seen ??= []).push(lower);
    if (!TOKEN.test(name)) throw new ValidationError(`invalid header name "${printable(name)}"`, { parameter: "headers" });
    const fieldValue = String(value);
    if (!FIELD_VALUE.test(fieldValue)) throw new ValidationError(`invalid character in the value of header "${name}"`, { parameter: "headers" });
    switch (lower) {
      case "content-length":
      case "transfer-encoding":
        continue;
      case "host":
        hasHost = true;
        break;
      case "connection":
        hasConnection = true;
        closesConnection = /(?:^|,)\s*close\s*(?:,|$)/i.test(fieldValue);
        break;
      case "accept-encoding":
        hasAcceptEncoding = true;
        break;
    }
    text += `${name}: ${fieldValue}\r\n`;
  }
  if (!hasHost) text += `Host: ${host}\r\n`;
  if (!hasConnection) text += "Connection: keep-alive\r\n";
  if (!hasAcceptEncoding) text += `Accept-Encoding: ${acceptEncoding}\r\n`;
  if (bodyBytes !== undefined) text += `Content-Length: ${bodyBytes}\r\n`;
  else if (!NO_BODY_EXPECTED.has(method)) text += "Content-Length: 0\r\n";
  text += "\r\n";
  return { text, ascii: !NON_ASCII.test(text), closesConnection };
}

/** `headers` with only the last field given for each name, whatever its case. */
function lastOfEachName(headers: Record<string, string>): Record<string, string> {
  const byLower = new Map<string, string>();
  for (const name in headers) {
    if (headers[name] === undefined) continue;
    const lower = name.toLowerCase();
    byLower.delete(lower);
    byLower.set(lower, name);
  }
  const out: Record<string, string> = {};
  for (const name of byLower.values()) out[name] = headers[name]!;
  return out;
}

function printable(name: string): string {
  return JSON.stringify(name).slice(1, -1);
}

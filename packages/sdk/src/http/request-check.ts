/**
 * What a request must be before a transport sees it. A header that HTTP does not allow (a CR or LF
 * would start a second header or request on the connection) is refused by every transport, but
 * each in its own words (`fetch` and Node throw a `TypeError`), which the pipeline would read as a
 * network failure and retry. Checked here once, with `node:http`'s rule (the stricter of the two),
 * it is a `ValidationError`: a set-up error, never sent, never retried. The same holds for a body
 * `JSON.stringify` cannot write (a BigInt, a cycle), a body on a GET (which `fetch` refuses) and a
 * method that is not an HTTP token.
 * @module
 */
import { redactUrl, ValidationError } from "../errors.js";

/** An HTTP token (RFC 9110): what a header name is made of. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What a header value may hold: tab, printable ASCII and Latin-1, no control character. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * @throws ValidationError naming the header (never its value: it may be a token or a secret)
 */
export function checkHeaders(headers: Record<string, string>, method: string, url: string): void {
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) checkHeader(name, value, method, url);
  }
}

/**
 * One header. `source` says where a bad value came from, when the caller knows.
 * @throws ValidationError naming the header (never its value)
 */
export function checkHeader(name: string, value: string, method: string, url: string, source = ""): void {
  if (!TOKEN.test(name)) {
    throw new ValidationError(`header name ${JSON.stringify(name.slice(0, 40))} is not an HTTP token; ${method} ${redactUrl(url)} was not sent`, { parameter: "headers", method, url });
  }
  if (typeof value !== "string" || !FIELD_VALUE.test(value)) {
    throw new ValidationError(`the value of header "${name}"${source} is not a string HTTP allows (a CR, LF or other control character); ${method} ${redactUrl(url)} was not sent`, { parameter: "headers", method, url });
  }
}

const USUAL_METHODS: ReadonlySet<string> = new Set(["GET", "POST", "PUT", "DELETE"]);

/**
 * @throws ValidationError for a method that is not an HTTP token, or a body on a GET or HEAD
 */
export function checkRequest(method: string, body: string | Uint8Array | undefined, url: string): void {
  if (!USUAL_METHODS.has(method) && !(typeof method === "string" && TOKEN.test(method))) {
    throw new ValidationError(`${JSON.stringify(String(method).slice(0, 20))} is not an HTTP method; ${redactUrl(url)} was not sent`, { parameter: "method", url });
  }
  if (body !== undefined && (method === "GET" || method === "HEAD")) {
    throw new ValidationError(`a ${method} request cannot carry a body; ${method} ${redactUrl(url)} was not sent`, { parameter: "body", method, url });
  }
}

/**
 * `value` as JSON text.
 * @throws ValidationError when `JSON.stringify` cannot write it (a BigInt, a cycle) or writes nothing (a function)
 */
export function jsonBody(value: unknown, method: string, url: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    // The engine's message names the kind of value (BigInt, a cycle), never the value itself.
    const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ValidationError(`the body of ${method} ${redactUrl(url)} cannot be written as JSON (${why}); it was not sent`, { parameter: "body", method, url });
  }
  if (text === undefined) {
    throw new ValidationError(`the body of ${method} ${redactUrl(url)} is ${typeof value}, which JSON cannot hold; it was not sent`, { parameter: "body", method, url });
  }
  return text;
}

/**
 * What a request must be before a transport sees it. A header that HTTP does not allow (a CR or LF
 * would start a second header or request on the connection) is refused by every transport, but
 * each in its own words (`fetch` and Node throw a `TypeError`), which the pipeline would read as a
 * network failure and retry. Checked here once, with `node:http`'s rule (the stricter of the two),
 * it is a `ValidationError`: a set-up error, never sent, never retried.
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
    if (value === undefined) continue;
    if (!TOKEN.test(name)) {
      throw new ValidationError(`header name ${JSON.stringify(name.slice(0, 40))} is not an HTTP token; ${method} ${redactUrl(url)} was not sent`, { parameter: "headers", method, url });
    }
    if (typeof value !== "string" || !FIELD_VALUE.test(value)) {
      const origin = name.toLowerCase() === "authorization" ? " (the access token the auth strategy gave holds a character HTTP does not allow)" : "";
      throw new ValidationError(`the value of header "${name}" is not a string HTTP allows (a CR, LF or other control character)${origin}; ${method} ${redactUrl(url)} was not sent`, { parameter: "headers", method, url });
    }
  }
}

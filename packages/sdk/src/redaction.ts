/**
 * Redaction of the secrets one request (or one strategy) has sent or holds: a server may echo
 * them anywhere (an Accounts `error_description` quoting the form body or the `Authorization`
 * header, a Web API message quoting the bearer, `fetch` quoting a header value it refused), so
 * they are removed from what the SDK hands out by value, not by where they are expected.
 * Imports nothing, like errors.ts.
 * @module
 */

/** What a secret is replaced with. */
export const REDACTED = "[redacted]";

/** Form fields that carry a credential in a token request. */
const SECRET_FORM_FIELDS = ["refresh_token", "code", "code_verifier", "client_secret", "access_token", "password"];

/**
 * Secrets shorter than this are not redacted: replacing every `abc` of a message would garble
 * it, and a credential that short protects nothing. Spotify's tokens, codes, verifiers (43 or
 * more characters) and client secrets (32) are far longer.
 */
const MIN_SECRET_LENGTH = 6;

/** How deep a `cause` chain (and the objects on it) is followed. */
const MAX_DEPTH = 8;

/**
 * Knows a set of secrets and removes each, in the spellings a server echoes it (as sent,
 * percent-encoded, form-encoded, JSON-escaped), from strings and, in place, from errors.
 *
 * @example
 * ```ts
 * const redactor = new Redactor().addAuthorization(`Bearer ${token}`);
 * throw redactor.error(error); // message, stack, own fields, body and every `cause`
 * ```
 */
export class Redactor {
  /** The secrets as given. Their spellings are worked out only when something is redacted. */
  #secrets: string[] = [];
  /** Every spelling of every secret, longest first (a secret's encoded spelling may contain its raw one). */
  #spellings: string[] | undefined;

  /** Adds one secret (ignored when not a string or too short to be one). Cheap: every request adds its bearer. */
  add(secret: unknown): this {
    if (typeof secret !== "string" || secret.length < MIN_SECRET_LENGTH || this.#secrets.includes(secret)) return this;
    this.#secrets.push(secret);
    this.#spellings = undefined;
    return this;
  }

  #allSpellings(): string[] {
    if (this.#spellings) return this.#spellings;
    const out = new Set<string>();
    for (const secret of this.#secrets) {
      for (const spelling of [secret, safeEncode(secret), new URLSearchParams({ s: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1)]) {
        if (spelling) out.add(spelling);
      }
    }
    this.#spellings = [...out].sort((a, b) => b.length - a.length);
    return this.#spellings;
  }

  /**
   * Adds the credential of an `Authorization` header value: the bearer token, or the Basic
   * credentials (their base64, and the client secret inside them).
   */
  addAuthorization(value: string | undefined): this {
    if (typeof value !== "string") return this;
    const space = value.indexOf(" ");
    const scheme = space < 0 ? "" : value.slice(0, space).toLowerCase();
    const credential = space < 0 ? value : value.slice(space + 1).trim();
    this.add(credential);
    if (scheme === "basic") {
      const decoded = decodeBase64(credential);
      const colon = decoded === undefined ? -1 : decoded.indexOf(":");
      if (colon >= 0) {
        const secret = decoded!.slice(colon + 1);
        this.add(secret);
        this.add(safeDecode(secret));
      }
    }
    return this;
  }

  /** Adds the credentials of a form-encoded token request body (or of the form's fields). */
  addForm(form: string | Uint8Array | Readonly<Record<string, string>> | undefined): this {
    if (form === undefined) return this;
    const fields = typeof form === "string" || form instanceof Uint8Array
      ? new URLSearchParams(typeof form === "string" ? form : new TextDecoder().decode(form))
      : new URLSearchParams(form as Record<string, string>);
    for (const name of SECRET_FORM_FIELDS) for (const value of fields.getAll(name)) this.add(value);
    return this;
  }

  /**
   * The secrets a request sends: its `Authorization` header (a token request's Basic credentials)
   * and, for a form-encoded body, its credential fields. The bearer is added when it is known.
   */
  static forRequest(request: { headers?: Readonly<Record<string, string>>; rawBody?: { data: string | Uint8Array; contentType: string } }): Redactor {
    const redactor = new Redactor();
    if (request.headers) {
      for (const name in request.headers) if (name.toLowerCase() === "authorization") redactor.addAuthorization(request.headers[name]);
    }
    if (request.rawBody && /x-www-form-urlencoded/i.test(request.rawBody.contentType)) redactor.addForm(request.rawBody.data);
    return redactor;
  }

  /** Whether there is nothing to redact. */
  get empty(): boolean {
    return this.#secrets.length === 0;
  }

  /** `text` with every secret replaced by `[redacted]`. */
  text(text: string): string {
    if (this.#secrets.length === 0 || text.length === 0) return text;
    let out = text;
    for (const spelling of this.#allSpellings()) if (out.includes(spelling)) out = out.split(spelling).join(REDACTED);
    return out;
  }

  /**
   * Removes every secret from `error` in place and returns it: its message, stack and own string
   * fields (an `AuthError`'s `errorDescription`, an `ApiError`'s `spotifyMessage`), its headers,
   * its body, and the same on every `cause` down the chain.
   */
  error<E>(error: E): E {
    if (this.#secrets.length > 0) this.#scrub(error, 0, new Set());
    return error;
  }

  /** A copy of a response whose body and headers hold no secret (the same object when they held none). */
  response<R extends { body: string; headers: Record<string, string> }>(response: R): R {
    if (this.#secrets.length === 0) return response;
    const body = this.text(response.body);
    let headers = response.headers;
    for (const name in headers) {
      const clean = this.text(headers[name]!);
      if (clean !== headers[name]) headers = { ...headers, [name]: clean };
    }
    return body === response.body && headers === response.headers ? response : { ...response, headers, body };
  }

  #scrub(value: unknown, depth: number, seen: Set<object>): void {
    if (value === null || typeof value !== "object" || depth > MAX_DEPTH || seen.has(value)) return;
    seen.add(value);
    const target = value as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(target)) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
      if (!("value" in descriptor)) continue;
      const current = descriptor.value as unknown;
      if (typeof current === "string") {
        replace(target, key, descriptor, this.text(current), current);
      } else if (current !== null && typeof current === "object") {
        if (key === "body" && !(current instanceof Error)) {
          // A parsed JSON body: redacted as the text it came from.
          const json = JSON.stringify(current);
          const clean = json === undefined ? json : this.text(json);
          if (clean !== json) replace(target, key, descriptor, parseOr(clean!), current);
        } else if (key === "cause" || key === "headers" || key === "errors" || current instanceof Error) {
          this.#scrub(current, depth + 1, seen);
        }
      }
    }
  }
}

function replace(target: Record<string, unknown>, key: string, descriptor: PropertyDescriptor, next: unknown, current: unknown): void {
  if (next === current) return;
  if (descriptor.writable) target[key] = next;
  else if (descriptor.configurable) Object.defineProperty(target, key, { ...descriptor, value: next });
}

function parseOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function safeEncode(text: string): string | undefined {
  try {
    return encodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

function decodeBase64(text: string): string | undefined {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

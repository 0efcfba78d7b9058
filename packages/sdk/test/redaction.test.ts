/**
 * Secret redaction against a server that echoes every secret it receives, everywhere it can: the
 * Accounts error's `error_description` quotes the form body and the Authorization header, the Web
 * API's message quotes the bearer, response headers repeat them, and `fetch` quotes a header it
 * refused. No token, refresh token, client secret, Basic credentials, code or verifier may show up
 * in an error (message, JSON, inspect, body, `cause` chain), a log line or a hook payload.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  AuthorizationCodeWithPKCEStrategy,
  ClientCredentialsStrategy,
  MemoryTokenStore,
  Session,
  SpotifyApi,
  type AccessToken,
  type IAuthStrategy,
  type SdkOptions,
} from "../src/index.js";
import { Redactor } from "../src/redaction.js";

const CLIENT_ID = "client-id-redaction";
const CLIENT_SECRET = "client+SECRET/0123456789abcdef";
const REFRESH = "refresh-SECRET-token+/=abcdef";
const ACCESS = "access-SECRET-token-abcdef0123";
const CODE = "code-SECRET-abcdef0123456789";
const REDIRECT = "https://app.example/callback";

interface Echo {
  server: Server;
  url: string;
  /** Every secret the server received, in the spellings it received them. */
  received: Set<string>;
  /** Token requests answered 429 (then the rest with 400), or 500 for client credentials. */
  tokenFaults: number;
  apiFaults: number;
  /** The Web API rejects every bearer with a 401 (so the client renews). */
  reject401: boolean;
}

let echo: Echo;
const logs: unknown[] = [];
const hooks: unknown[] = [];

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

function send(res: ServerResponse, status: number, payload: unknown, echoed: string): void {
  const text = JSON.stringify(payload);
  // Header values must be legal HTTP: the echo goes out base64- and percent-encoded there.
  res.writeHead(status, {
    "content-type": "application/json",
    "retry-after": "0",
    "x-echo": encodeURIComponent(echoed),
    "www-authenticate": `Basic realm="${Buffer.from(echoed).toString("base64")}"`,
  });
  res.end(text);
}

async function startEcho(): Promise<Echo> {
  const state: Echo = { server: undefined as unknown as Server, url: "", received: new Set(), tokenFaults: 0, apiFaults: 0, reject401: false };
  state.server = createServer(async (req, res) => {
    const form = await body(req);
    const authorization = req.headers.authorization ?? "";
    const credential = authorization.split(" ")[1] ?? "";
    state.received.add(credential);
    const decodedBasic = authorization.startsWith("Basic ") ? Buffer.from(credential, "base64").toString("utf8") : "";
    for (const [name, value] of new URLSearchParams(form)) if (name !== "grant_type" && name !== "client_id" && name !== "redirect_uri") state.received.add(value);
    const echoed = `form=${form} decoded=${decodeURIComponent(form)} authorization=${authorization} basic=${decodedBasic}`;
    if (req.url === "/api/token") {
      const grant = new URLSearchParams(form).get("grant_type");
      const fault = state.tokenFaults-- > 0;
      const status = fault ? (grant === "client_credentials" ? 500 : 429) : 400;
      send(res, status, { error: "invalid_grant", error_description: echoed, echo: { form, authorization } }, echoed);
      return;
    }
    if (state.reject401) return send(res, 401, { error: { status: 401, message: `expired: ${echoed}` } }, echoed);
    const fault = state.apiFaults-- > 0;
    send(res, fault ? 500 : 400, { error: { status: fault ? 500 : 400, message: `bad request: ${echoed}`, reason: authorization } }, echoed);
  });
  await new Promise<void>((resolve) => state.server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}`;
  return state;
}

/**
 * A hook payload without a Web API request's live headers: they carry the bearer by design (a
 * `beforeRequest` hook may set headers; options.ts documents it). Everything else is checked.
 */
function payload(info: Record<string, unknown>): unknown {
  const request = info.request as { url?: string } | undefined;
  const live = (r: { url?: unknown }) => typeof r.url === "string" && r.url.includes("/v1/");
  if (live(info)) return { ...info, headers: undefined };
  if (request && live(request)) return { ...info, request: { ...request, headers: undefined } };
  return info;
}

function options(extra: SdkOptions = {}): SdkOptions {
  const collect = (kind: string) => (info: unknown) => {
    hooks.push([kind, payload(info as Record<string, unknown>)]);
  };
  return {
    baseUrl: `${echo.url}/v1`,
    accountsBaseUrl: echo.url,
    retry: { maxRetries: 2, backoffBaseMs: 1, backoffMaxMs: 2, defaultRetryAfterSeconds: 0.01 } as SdkOptions["retry"],
    logger: {
      debug: (message, data) => logs.push([message, data]),
      info: (message, data) => logs.push([message, data]),
      warn: (message, data) => logs.push([message, data]),
      error: (message, data) => logs.push([message, data]),
    },
    hooks: {
      beforeRequest: [collect("beforeRequest")],
      beforeRetry: [collect("beforeRetry")],
      afterResponse: [collect("afterResponse")],
      beforeError: [(error) => (hooks.push(["beforeError", error]), error)],
    },
    ...extra,
  };
}

/** Every spelling of every secret a server could echo. */
function spellings(): string[] {
  const secrets = new Set([CLIENT_SECRET, REFRESH, ACCESS, CODE, ...echo.received].filter((s) => s.length >= 6));
  secrets.add(Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64"));
  const out = new Set<string>();
  for (const s of secrets) {
    out.add(s);
    out.add(encodeURIComponent(s));
    out.add(new URLSearchParams({ s }).toString().slice(2));
  }
  return [...out];
}

/** Everything a secret could hide in: the error seen every way, the log lines, the hook payloads. */
function exposed(error: unknown): string {
  const views: string[] = [];
  const add = (value: unknown) => {
    views.push(inspect(value, { depth: 20, showHidden: true, breakLength: Infinity }));
    try {
      views.push(JSON.stringify(value) ?? "");
    } catch {
      // A cycle: inspect above has it.
    }
  };
  add(error);
  for (let e: unknown = error, depth = 0; e && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
    add((e as { message?: unknown }).message);
    add((e as { body?: unknown }).body);
    add((e as { stack?: unknown }).stack);
  }
  add(logs);
  add(hooks);
  return views.join("\n");
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(() => {
    throw new Error("expected a failure");
  }, (error: unknown) => error);
}

function expectNoSecret(error: unknown): void {
  expect(error).toBeInstanceOf(Error);
  const text = exposed(error);
  for (const secret of spellings()) { const at = text.indexOf(secret); expect(at, `a secret (${secret.slice(0, 4)}...) leaked: ${text.slice(Math.max(0, at - 300), at + 60)}`).toBe(-1); }
}

beforeEach(async () => {
  echo = await startEcho();
  logs.length = 0;
  hooks.length = 0;
});
afterEach(async () => {
  await new Promise((resolve) => echo.server.close(resolve));
});

/** A strategy that always has ACCESS, the bearer the Web API calls carry. */
function holdingAccess(): IAuthStrategy {
  const token: AccessToken = { access_token: ACCESS, token_type: "Bearer", expires_in: 3600, expires: -1 };
  return {
    setConfiguration() {},
    getOrCreateAccessToken: async () => token,
    getAccessToken: async () => token,
    removeAccessToken() {},
  };
}

function session(): Session {
  return new Session({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: REDIRECT, accountsBaseUrl: echo.url });
}

describe("secrets a server echoes", () => {
  it("a refresh: the refresh token, client secret and Basic credentials in error_description, a 429 retry and its log line", async () => {
    echo.tokenFaults = 1;
    echo.reject401 = true;
    const auth = session();
    const sdk = new SpotifyApi(auth, options());
    await auth.setAccessToken({ access_token: ACCESS, refresh_token: REFRESH, token_type: "Bearer", expires_in: 3600, expires: Date.now() + 3_600_000 });
    const error = await failure(() => sdk.currentUser.profile());
    expect([...echo.received]).toContain(REFRESH);
    expect(logs.some((line) => JSON.stringify(line).includes("retry"))).toBe(true);
    expectNoSecret(error);
  });

  it("a code exchange: the code and the client secret", async () => {
    echo.tokenFaults = 1;
    const auth = session();
    new SpotifyApi(auth, options());
    const error = await failure(() => auth.requestAccessToken(CODE));
    expect(echo.received.has(CODE)).toBe(true);
    expectNoSecret(error);
  });

  it("a PKCE exchange: the code and the verifier", async () => {
    const auth = new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, REDIRECT, [], { store: new MemoryTokenStore(), accountsBaseUrl: echo.url });
    new SpotifyApi(auth, options());
    const { url } = await auth.getAuthorizeUrl();
    const state = new URL(url).searchParams.get("state")!;
    const error = await failure(() => auth.handleCallback(`${REDIRECT}?code=${CODE}&state=${state}`));
    expect([...echo.received].some((value) => value.length >= 43 && value !== CODE)).toBe(true); // the verifier
    expectNoSecret(error);
  });

  it("client credentials: Basic credentials echoed by 500s that are retried, then a 400", async () => {
    echo.tokenFaults = 2;
    const sdk = new SpotifyApi(new ClientCredentialsStrategy(CLIENT_ID, CLIENT_SECRET, [], { accountsBaseUrl: echo.url }), options());
    const error = await failure(() => sdk.search("q", ["track"]));
    expect(logs.filter((line) => JSON.stringify(line).includes("retry")).length).toBeGreaterThanOrEqual(2);
    expectNoSecret(error);
  });

  it("the Web API: the bearer echoed in a retried 500, the 400's message, reason and headers", async () => {
    echo.apiFaults = 1;
    const sdk = new SpotifyApi(holdingAccess(), options());
    const error = await failure(() => sdk.currentUser.profile());
    expect(echo.received.has(ACCESS)).toBe(true);
    expectNoSecret(error);
  });

  it("the fetch transport: undici's message quoting a header value it refused, copied into ConnectionError", async () => {
    // A fetch that passes the bearer on in a header undici refuses: undici quotes the value.
    const leaky: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      return globalThis.fetch(input, { ...init, headers: { ...Object.fromEntries(headers), "x-trace": `\n${headers.get("authorization")}` } });
    };
    const sdk = new SpotifyApi(holdingAccess(), options({ fetch: leaky, transport: "fetch" }));
    const error = await failure(() => sdk.currentUser.profile());
    expect(inspect(error, { depth: 5 })).toMatch(/header/i);
    expectNoSecret(error);
  });
});

describe("Redactor", () => {
  it("removes a secret in every spelling, from an error's fields, body, stack and cause chain", () => {
    const redactor = new Redactor().addAuthorization(`Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`).addForm({ refresh_token: REFRESH, grant_type: "refresh_token" });
    const inner = new TypeError(`quoted ${encodeURIComponent(REFRESH)}`);
    const error = Object.assign(new Error(`failed: ${CLIENT_SECRET}`, { cause: inner }), { errorDescription: REFRESH });
    Object.defineProperty(error, "body", { value: { echo: REFRESH }, enumerable: false, writable: true });
    redactor.error(error);
    expect(inspect(error, { depth: 10, showHidden: true })).not.toMatch(/SECRET/);
    expect(JSON.stringify((error as unknown as { body: unknown }).body)).toBe('{"echo":"[redacted]"}');
    expect(redactor.text("short abc")).toBe("short abc");
  });
});

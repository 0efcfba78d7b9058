/**
 * A scripted Web API + Accounts service on 127.0.0.1:0 for the fault-combination model test, and a
 * transport wrapper that tells the test, in order, every request a client hands to its transport.
 *
 * Each holder (client) talks to its own path prefix (`/h0`, `/h1`), so every request is attributed
 * to the holder that sent it; each Web API call carries its call id in the query (`?cid=7`), so every
 * attempt is attributed to its call. Faults are scripted: a call's attempts take the faults its
 * script lists (attempt 0 the first, ...), and token requests take the queued token faults in
 * arrival order. Refresh tokens rotate and are single-use (PKCE behaviour; Spotify rotates for
 * confidential clients too): a refresh token spent twice gets `invalid_grant`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createHash, randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Transport, TransportRequest, TransportResponse } from "../../src/index.js";

/** A `Retry-After` as the server sends it; `null`: none. */
export type RetryAfter = "0" | "1" | "2" | "3600" | null;

/** What one Web API attempt gets instead of its normal answer. */
export type ApiFault =
  | { k: "429"; ra: RetryAfter }
  | { k: "401"; echo: boolean }
  | { k: "5xx"; status: 500 | 502 | 503 }
  | { k: "late"; ms: number }
  | { k: "hang" }
  | { k: "drop" }
  | { k: "cut" }
  /** A 200 past the client's size limit: with a length, chunked, or a small gzip body that inflates past it. */
  | { k: "big"; how: BigBody };

/** How an oversized body is sent. */
export type BigBody = "length" | "chunked" | "gzip";

/** What one token request gets instead of its normal answer. */
export type TokenFault =
  | { k: "500"; echo: boolean }
  | { k: "429"; ra: RetryAfter }
  | { k: "invalid_grant"; echo: boolean }
  | { k: "late"; ms: number }
  | { k: "hang" }
  | { k: "drop" }
  | { k: "cut" }
  /** A 200 whose access token holds a character no header may carry. */
  | { k: "badToken"; char: "\r\n" | " " | "é" | "€" }
  /** A 200 whose `expires_in` is out of any sane range, or not a number. */
  | { k: "oddExpiry"; value: number | string }
  /** A 200 with an HTML page (a proxy's). */
  | { k: "html" }
  | { k: "big"; how: BigBody };

export const CLIENT_ID = "model-client-id";
export const CLIENT_SECRET = `model-secret-${randomBytes(12).toString("hex")}`;
export const BASIC = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");

export interface IssuedToken {
  access_token: string;
  refresh_token: string;
  token_type: "Bearer";
  expires_in: number;
  scope: string;
}

export interface FaultServer {
  /** `http://127.0.0.1:port` */
  origin: string;
  /** The faults each call's successive attempts get, by call id. */
  apiFaults: Map<number, ApiFault[]>;
  /** Faults for the next token requests, in arrival order. */
  tokenFaults: TokenFault[];
  /** `expires_in` of the tokens issued from now on. */
  lifetimeSeconds: number;
  /** Every secret the server handed out or holds: tokens, the client secret, the Basic credentials. */
  secrets: Set<string>;
  /** Per call id: what each attempt got (a fault's kind, or `normal`). */
  attempts: Map<number, string[]>;
  /** The call ids the server answered with success (2xx) at least once. */
  succeeded: Set<number>;
  /** A token pair, as if the user had just logged in. */
  login(): IssuedToken;
  /** An authorization code for a PKCE login with `challenge` (S256), as the authorize page would give. */
  addCode(challenge: string): string;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => resolve(""));
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.writableEnded) return;
  if (status === 204) {
    res.writeHead(204, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

/** The inflated size of an oversized body: the model's client allows a tenth of it. */
export const BIG_BODY_BYTES = 1_000_000;
const bigBody = () => Buffer.from(`{"id":"model-user","pad":"${"x".repeat(BIG_BODY_BYTES)}"}`);
let gzipped: Buffer | undefined;

const retryAfterHeader = (ra: RetryAfter): Record<string, string> => (ra === null ? {} : { "retry-after": ra });

/** `log` receives one line per request (what it got), for the failure report's trace. */
export async function startFaultServer(log: (line: string) => void): Promise<FaultServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  /** Access token → real-time expiry (epoch ms). */
  const access = new Map<string, number>();
  const refresh = new Set<string>();
  /** Authorization code → its PKCE challenge. */
  const codes = new Map<string, string>();
  let serial = 0;

  const state: FaultServer = {
    origin: "",
    apiFaults: new Map(),
    tokenFaults: [],
    lifetimeSeconds: 3600,
    secrets: new Set([CLIENT_SECRET, BASIC]),
    attempts: new Map(),
    succeeded: new Set(),
    login: () => issue(),
    addCode: (challenge) => {
      const code = `CODE${randomBytes(9).toString("hex")}`;
      codes.set(code, challenge);
      state.secrets.add(code);
      return code;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  function issue(): IssuedToken {
    serial++;
    const salt = randomBytes(9).toString("hex");
    const token: IssuedToken = {
      access_token: `AT${serial}x${salt}`,
      refresh_token: `RT${serial}x${salt}`,
      token_type: "Bearer",
      expires_in: state.lifetimeSeconds,
      scope: "user-read-private user-modify-playback-state",
    };
    access.set(token.access_token, Date.now() + state.lifetimeSeconds * 1000);
    refresh.add(token.refresh_token);
    state.secrets.add(token.access_token);
    state.secrets.add(token.refresh_token);
    return token;
  }

  const note = (line: string) => log(`server ${line}`);

  /** A 200 whose body stops half-way: the connection closes under it. */
  function cut(res: ServerResponse): void {
    res.writeHead(200, { "content-type": "application/json", "content-length": "64" });
    res.write('{"access_token":"');
    setImmediate(() => res.socket?.destroy());
  }

  /** A 200 of `BIG_BODY_BYTES` (inflated, for gzip), well past the client's `maxResponseBytes`. */
  function big(res: ServerResponse, how: BigBody): void {
    if (how === "gzip") {
      // About 1 KB on the wire, whatever the client advertised.
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end((gzipped ??= gzipSync(bigBody())));
      return;
    }
    const body = bigBody();
    res.writeHead(200, how === "length" ? { "content-type": "application/json", "content-length": String(body.length) } : { "content-type": "application/json" });
    // Written in pieces: a chunked body arrives as many chunks.
    for (let at = 0; at < body.length; at += 16_384) res.write(body.subarray(at, at + 16_384));
    res.end();
  }

  /** Runs `fn` after `ms`, unless the client has gone meanwhile (a late answer nobody reads is not processed). */
  function later(req: IncomingMessage, ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!req.socket.destroyed) fn();
    }, ms);
    timers.add(timer);
  }

  function tokenAnswer(form: URLSearchParams, authorization: string | undefined, res: ServerResponse, who: string, twist?: TokenFault): void {
    const confidential = authorization !== undefined;
    if (confidential ? authorization !== `Basic ${BASIC}` : form.get("client_id") !== CLIENT_ID) {
      note(`${who} token → 401 invalid_client`);
      return send(res, 401, { error: "invalid_client", error_description: "Invalid client" });
    }
    if (form.get("grant_type") === "authorization_code") {
      const code = form.get("code") ?? "";
      const verifier = form.get("code_verifier") ?? "";
      state.secrets.add(verifier);
      const challenge = codes.get(code);
      codes.delete(code);
      if (!challenge || createHash("sha256").update(verifier).digest("base64url") !== challenge) {
        note(`${who} token code → 400 invalid_grant (unknown code or wrong verifier)`);
        return send(res, 400, { error: "invalid_grant", error_description: "Invalid authorization code" });
      }
      const token = issue();
      note(`${who} token code → 200 ${token.access_token.slice(0, 4)}/${token.refresh_token.slice(0, 4)} (login)`);
      return send(res, 200, token);
    }
    const spent = form.get("refresh_token") ?? "";
    if (form.get("grant_type") !== "refresh_token" || !refresh.has(spent)) {
      note(`${who} token ${spent.slice(0, 4)} → 400 invalid_grant (spent or unknown refresh token)`);
      return send(res, 400, { error: "invalid_grant", error_description: "Invalid refresh token" });
    }
    refresh.delete(spent);
    const token: Record<string, unknown> = { ...issue() };
    if (twist?.k === "badToken") {
      // Still a secret: the server issued it, whatever it holds.
      token.access_token = `${token.access_token as string}${twist.char}${randomBytes(6).toString("hex")}`;
      state.secrets.add(token.access_token as string);
      access.set(token.access_token as string, Date.now() + state.lifetimeSeconds * 1000);
    }
    if (twist?.k === "oddExpiry") token.expires_in = twist.value;
    note(`${who} token ${spent.slice(0, 4)} → 200 ${(token.access_token as string).slice(0, 4)}/${(token.refresh_token as string).slice(0, 4)} expires_in ${String(token.expires_in)}${twist ? ` (${twist.k})` : ""}`);
    send(res, 200, token);
  }

  async function onToken(req: IncomingMessage, res: ServerResponse, who: string): Promise<void> {
    const text = await readBody(req);
    const form = new URLSearchParams(text);
    const authorization = req.headers.authorization;
    const fault = state.tokenFaults.shift();
    const echoed = `${text} ${authorization ?? ""}`;
    switch (fault?.k) {
      case undefined:
        return tokenAnswer(form, authorization, res, who);
      case "500":
        note(`${who} token → fault 500${fault.echo ? " (echoing the request)" : ""}`);
        return send(res, 500, { error: "server_error", error_description: fault.echo ? `could not handle ${echoed}` : "Internal error" });
      case "429":
        note(`${who} token → fault 429 Retry-After ${fault.ra}`);
        return send(res, 429, { error: "rate_limited", error_description: "Too many requests" }, retryAfterHeader(fault.ra));
      case "invalid_grant":
        note(`${who} token → fault invalid_grant${fault.echo ? " (echoing the request)" : ""}`);
        return send(res, 400, { error: "invalid_grant", error_description: fault.echo ? `Invalid refresh token in ${echoed}` : "Invalid refresh token" });
      case "late":
        note(`${who} token → fault late ${fault.ms} ms`);
        return later(req, fault.ms, () => tokenAnswer(form, authorization, res, who));
      case "hang":
        note(`${who} token → fault hang`);
        return;
      case "drop":
        note(`${who} token → fault drop`);
        req.socket.destroy();
        return;
      case "cut":
        note(`${who} token → fault cut (half a body, then the connection closes)`);
        return cut(res);
      case "badToken":
      case "oddExpiry":
        return tokenAnswer(form, authorization, res, who, fault);
      case "big":
        note(`${who} token → fault big (${fault.how})`);
        return big(res, fault.how);
      case "html":
        note(`${who} token → fault html`);
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<html><body>Welcome to the captive portal</body></html>");
        return;
    }
  }

  function apiAnswer(req: IncomingMessage, res: ServerResponse, path: string, line: string, cid: number): number {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const expiry = bearer === undefined ? undefined : access.get(bearer);
    if (expiry === undefined || Date.now() >= expiry) {
      note(`${line} → 401 (${expiry === undefined ? "unknown" : "expired"} token ${bearer?.slice(0, 4)})`);
      send(res, 401, { error: { status: 401, message: expiry === undefined ? "Invalid access token" : "The access token expired" } });
      return 401;
    }
    note(`${line} → ok with ${bearer!.slice(0, 4)}`);
    state.succeeded.add(cid);
    if (req.method !== "GET") send(res, 204, null);
    else if (path === "/v1/me") send(res, 200, { id: "model-user", type: "user" });
    else send(res, 200, { id: path.split("/").pop(), type: "track", name: "A track" });
    return 200;
  }

  async function onApi(req: IncomingMessage, res: ServerResponse, path: string, cid: number, who: string): Promise<void> {
    await readBody(req);
    let seen = state.attempts.get(cid);
    if (!seen) state.attempts.set(cid, (seen = []));
    const attempt = seen.length;
    const fault = state.apiFaults.get(cid)?.[attempt];
    seen.push(fault?.k ?? "normal");
    const line = `${who} ${req.method} ${path} call ${cid} attempt ${attempt}`;
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    switch (fault?.k) {
      case undefined:
        apiAnswer(req, res, path, line, cid);
        return;
      case "429":
        note(`${line} → fault 429 Retry-After ${fault.ra}`);
        return send(res, 429, { error: { status: 429, message: "API rate limit exceeded" } }, retryAfterHeader(fault.ra));
      case "401":
        note(`${line} → fault 401${fault.echo ? " (echoing the token)" : ""}`);
        return send(res, 401, { error: { status: 401, message: fault.echo ? `Invalid access token ${bearer}` : "The access token expired" } });
      case "5xx":
        note(`${line} → fault ${fault.status}`);
        return send(res, fault.status, { error: { status: fault.status, message: "Server error" } });
      case "late":
        note(`${line} → fault late ${fault.ms} ms`);
        // A late 401 is a plain 401 (nothing was done): only a late success or no answer is ambiguous.
        return later(req, fault.ms, () => void (apiAnswer(req, res, path, `${line} (late)`, cid) === 401 && (seen[attempt] = "401")));
      case "hang":
        note(`${line} → fault hang`);
        return;
      case "drop":
        note(`${line} → fault drop`);
        req.socket.destroy();
        return;
      case "cut":
        note(`${line} → fault cut (half a body, then the connection closes)`);
        return cut(res);
      case "big":
        note(`${line} → fault big (${fault.how})`);
        return big(res, fault.how);
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://model");
    const match = /^\/(h\d)(\/.*)$/.exec(url.pathname);
    const who = match?.[1] ?? "?";
    const path = match?.[2] ?? url.pathname;
    const handle = async () => {
      if (req.method === "POST" && path === "/api/token") return onToken(req, res, who);
      const cid = Number(url.searchParams.get("cid"));
      if (path.startsWith("/v1/") && Number.isInteger(cid) && cid > 0) return onApi(req, res, path, cid, who);
      note(`${who} ${req.method} ${url.pathname} → 404`);
      return send(res, 404, { error: { status: 404, message: "Not found" } });
    };
    handle().catch(() => req.socket.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

/** What the test learns about each request a holder's pipeline hands to its transport. */
export interface SendObserver {
  /** Called synchronously when the pipeline hands the request over; returns a handle for the outcome. */
  sent(holder: number, request: TransportRequest): number;
  answered(handle: number, response: TransportResponse): void;
  failed(handle: number, error: unknown): void;
}

/**
 * `inner`, reporting every request as the pipeline hands it over (the moment it is sent, in the
 * order of the test's other events) and its outcome. The request is passed on untouched.
 */
export function observedTransport(inner: Transport, holder: number, observer: SendObserver): Transport {
  const transport: Transport = {
    async send(request) {
      const handle = observer.sent(holder, request);
      try {
        const response = await inner.send(request);
        observer.answered(handle, response);
        return response;
      } catch (error) {
        observer.failed(handle, error);
        throw error;
      }
    },
  };
  return inner.abortsThroughOnAbort ? Object.assign(transport, { abortsThroughOnAbort: true as const }) : transport;
}

/**
 * A small Accounts service + Web API on 127.0.0.1:0 for the auth tests. It issues tokens, rotates
 * single-use refresh tokens when asked, checks PKCE verifiers, and counts every request exactly.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface TokenRequestRecord {
  grant: string;
  form: Record<string, string>;
  authorization: string | undefined;
}

export interface AuthServerOptions {
  /** expires_in of issued tokens. @default 3600 */
  expiresIn?: number;
  /** Issue a new refresh token on each refresh and revoke the old one (PKCE behaviour). */
  rotate?: boolean;
  /** Refresh responses carry no refresh_token (authorization-code behaviour). */
  omitRefreshToken?: boolean;
  /** ms the token endpoint waits before answering. */
  tokenDelayMs?: number;
  clientId?: string;
  clientSecret?: string;
}

export interface AuthServer {
  accountsUrl: string;
  apiUrl: string;
  tokenRequests: TokenRequestRecord[];
  apiRequests: Array<{ path: string; token: string | undefined; status: number }>;
  /** Count of token requests, optionally of one grant. */
  tokenCount(grant?: string): number;
  /** Answers the next token requests with this status and body instead. */
  failTokens: { status: number; body: string; contentType?: string; headers?: Record<string, string> } | null;
  /** Access tokens the API rejects with 401 "The access token expired". */
  expired: Set<string>;
  /** The API rejects every token. */
  rejectAll: boolean;
  /** Refresh tokens still accepted. */
  validRefresh: Set<string>;
  /** Token requests being answered now, and the most there were at once. */
  tokenConcurrency: { now: number; max: number };
  /** The next this many Web API requests are answered 429 with `Retry-After: limitRetryAfter` (s). */
  limitApi: number;
  limitRetryAfter: number;
  /** When each Web API request arrived and was answered (epoch ms), and its status. */
  apiLog: Array<{ at: number; status: number; end?: number }>;
  /** ms the Web API waits before answering a 200. */
  apiDelayMs: number;
  /** Registers an authorization code (with a PKCE challenge when given). */
  addCode(code: string, opts?: { challenge?: string; redirectUri?: string }): void;
  /** Issues a token pair directly (as if a login had happened). */
  issue(): { access_token: string; refresh_token: string };
  options: AuthServerOptions;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, contentType = "application/json", headers: Record<string, string> = {}): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { ...headers, "content-type": contentType, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

export async function startAuthServer(options: AuthServerOptions = {}): Promise<AuthServer> {
  let counter = 0;
  const clientId = options.clientId ?? "client-id-1";
  const clientSecret = options.clientSecret ?? "client-SECRET-value";
  const validAccess = new Set<string>();
  const codes = new Map<string, { challenge?: string; redirectUri?: string }>();
  const state: AuthServer = {
    accountsUrl: "",
    apiUrl: "",
    tokenRequests: [],
    apiRequests: [],
    tokenCount: (grant) => state.tokenRequests.filter((r) => !grant || r.grant === grant).length,
    failTokens: null,
    expired: new Set(),
    rejectAll: false,
    validRefresh: new Set(),
    tokenConcurrency: { now: 0, max: 0 },
    limitApi: 0,
    limitRetryAfter: 1,
    apiLog: [],
    apiDelayMs: 0,
    addCode: (code, opts = {}) => void codes.set(code, opts),
    issue: () => {
      counter++;
      const pair = { access_token: `AT-${counter}-secret`, refresh_token: `RT-${counter}-secret` };
      validAccess.add(pair.access_token);
      state.validRefresh.add(pair.refresh_token);
      return pair;
    },
    options,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };

  const tokenResponse = (withRefresh: boolean, reuseRefresh?: string) => {
    const pair = state.issue();
    const body: Record<string, unknown> = { access_token: pair.access_token, token_type: "Bearer", expires_in: options.expiresIn ?? 3600, scope: "user-read-email" };
    if (withRefresh) body.refresh_token = pair.refresh_token;
    else state.validRefresh.delete(pair.refresh_token);
    if (reuseRefresh) state.validRefresh.add(reuseRefresh);
    return body;
  };

  const basicOk = (auth: string | undefined) => auth === `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`;

  async function handleToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = Object.fromEntries(new URLSearchParams(await readBody(req)));
    const authorization = req.headers.authorization;
    state.tokenRequests.push({ grant: form.grant_type ?? "", form, authorization });
    const concurrency = state.tokenConcurrency;
    concurrency.max = Math.max(concurrency.max, ++concurrency.now);
    res.on("close", () => void concurrency.now--);
    if (options.tokenDelayMs) await new Promise((r) => setTimeout(r, options.tokenDelayMs));
    if (state.failTokens) {
      const f = state.failTokens;
      return send(res, f.status, f.body, f.contentType, f.headers);
    }
    const bad = (description: string, error = "invalid_grant") => send(res, 400, { error, error_description: description });
    switch (form.grant_type) {
      case "client_credentials":
        if (!basicOk(authorization)) return bad("Invalid client", "invalid_client");
        return send(res, 200, { access_token: state.issue().access_token, token_type: "bearer", expires_in: options.expiresIn ?? 3600 });
      case "refresh_token": {
        const confidential = authorization !== undefined;
        if (confidential ? !basicOk(authorization) : form.client_id !== clientId) return bad("Invalid client", "invalid_client");
        const rt = form.refresh_token ?? "";
        if (!state.validRefresh.has(rt)) return bad("Refresh token revoked");
        if (options.rotate) state.validRefresh.delete(rt);
        if (options.omitRefreshToken) return send(res, 200, tokenResponse(false, rt));
        return send(res, 200, tokenResponse(true, options.rotate ? undefined : rt));
      }
      case "authorization_code": {
        const entry = codes.get(form.code ?? "");
        if (!entry) return bad("Invalid authorization code");
        codes.delete(form.code ?? "");
        if (entry.redirectUri && entry.redirectUri !== form.redirect_uri) return bad("Invalid redirect URI");
        if (entry.challenge) {
          const expected = createHash("sha256").update(form.code_verifier ?? "").digest("base64url");
          if (expected !== entry.challenge || form.client_id !== clientId) return bad("code_verifier was incorrect");
        } else if (!basicOk(authorization)) return bad("Invalid client", "invalid_client");
        return send(res, 200, tokenResponse(true));
      }
      default:
        return bad("grant_type parameter is missing", "unsupported_grant_type");
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (req.method === "POST" && url.pathname === "/api/token") {
      handleToken(req, res).catch(() => send(res, 500, { error: "server_error" }));
      return;
    }
    if (url.pathname.startsWith("/v1/")) {
      if (state.limitApi > 0) {
        state.limitApi--;
        state.apiLog.push({ at: Date.now(), status: 429 });
        res.writeHead(429, { "content-type": "application/json", "retry-after": String(state.limitRetryAfter) });
        res.end(JSON.stringify({ error: { status: 429, message: "API rate limit exceeded" } }));
        return;
      }
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      const ok = !!token && validAccess.has(token) && !state.expired.has(token) && !state.rejectAll;
      const status = ok ? 200 : 401;
      state.apiRequests.push({ path: url.pathname, token, status });
      const entry: { at: number; status: number; end?: number } = { at: Date.now(), status };
      state.apiLog.push(entry);
      const answer = () => {
        entry.end = Date.now();
        send(res, 200, { id: "me", token });
      };
      if (ok && state.apiDelayMs) return void setTimeout(answer, state.apiDelayMs);
      if (ok) return answer();
      return send(res, 401, { error: { status: 401, message: token && validAccess.has(token) ? "The access token expired" : "Invalid access token" } });
    }
    send(res, 404, { error: { status: 404, message: "Not found" } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  state.accountsUrl = `http://127.0.0.1:${port}`;
  state.apiUrl = `http://127.0.0.1:${port}/v1`;
  return state;
}

/** A clock the test moves by hand. */
export function fakeClock(start = 1_800_000_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

/**
 * The fault-combination model behind `fault-model.test.ts`: what a scenario is (a sequence of
 * calls, faults, clock jumps and log-outs for two holders of one token store; the test generates
 * them), the bound every call must settle within, and one run of a scenario against a real local
 * server, checking every property as the run goes. The properties are listed in the test file.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import {
  AuthorizationCodeWithPKCEStrategy, createFetchTransport, MemoryTokenStore, ProvidedAccessTokenStrategy, Session, SpotifyApi, SpotifyError,
  type ApiRequest, type IAuthStrategy, type Transport, type Logger, type TokenStore, type TransportRequest,
} from "../../src/index.js";
import { FileTokenStore } from "../../src/node/file-store.js";
import { createNodeTransport } from "../../src/node/transport.js";
import {
  BIG_BODY_BYTES, CLIENT_ID, CLIENT_SECRET, observedTransport, startFaultServer,
  type ApiFault, type FaultServer, type TokenFault,
} from "./fault-server.js";

/** The client's options: short, so a run takes a few hundred ms. */
const TIMEOUT_MS = 300;
/** A tenth of the oversized bodies the server sends. */
const MAX_RESPONSE_BYTES = BIG_BODY_BYTES / 10;
const RETRY = { maxRetries: 2, maxRetryAfterSeconds: 1, backoffBaseMs: 20, backoffMaxMs: 80, defaultRetryAfterSeconds: 1 };
/**
 * After its abort, a call has nothing left to wait for: it must settle within this, plus the
 * longest event-loop delay seen in the run (a loaded machine runs timers late).
 */
const ABORT_SETTLE_MS = 500;
const REDIRECT_URI = "https://app.example/callback";
const LOOPBACK_REDIRECT_URI = "http://127.0.0.1:8888/callback";
const STORE_KEY = "model:token";
const HOUR_MS = 3_600_000;
/** The wait after `invalid_grant` for another holder's newer token (the SDK's default is 2 s). */
const INVALID_GRANT_GRACE_MS = 250;

export type CallKind = "me" | "track" | "pause" | "next";
export type Op =
  | { t: "call"; holder: 0 | 1; kind: CallKind; faults: ApiFault[]; abortAfterMs: number | null }
  | { t: "tokenFaults"; faults: TokenFault[] }
  | { t: "expire" }
  | { t: "lifetime"; seconds: 0 | 1 | 3600 }
  | { t: "logOut"; holder: 0 | 1 }
  | { t: "wait"; ms: number }
  /** `n` concurrent calls of one holder sharing one AbortSignal, aborted (or not) together. */
  | { t: "burst"; holder: 0 | 1; n: number; abortAfterMs: number | null };
export interface Scenario {
  strategy: "session" | "provided" | "pkce";
  store: "memory" | "file";
  transport: "node" | "fetch";
  ops: Op[];
}

const CALLS: Record<CallKind, Omit<ApiRequest, "query">> = {
  me: { method: "GET", path: "/me", response: "json" },
  track: { method: "GET", path: "/tracks/{id}", pathParams: { id: "11dFghVXANMlKmJXsNCbNl" }, response: "json" },
  pause: { method: "PUT", path: "/me/player/pause", idempotent: true, response: "void" },
  next: { method: "POST", path: "/me/player/next", idempotent: false, response: "void" },
};

/** What one fault can add to a call's time, at most: each wait in the SDK is paid for by a fault. */
function faultCostMs(fault: ApiFault | TokenFault): number {
  const backoff = RETRY.backoffMaxMs;
  switch (fault.k) {
    case "429": {
      const seconds = fault.ra === null || fault.ra === "0" ? RETRY.defaultRetryAfterSeconds : Number(fault.ra);
      // The caller's own wait (capped), the pause's spread of the released waiters, the probe's attempt.
      return Math.min(seconds, RETRY.maxRetryAfterSeconds) * 1000 + Math.min(1000, seconds * 1000) + TIMEOUT_MS;
    }
    case "hang": return TIMEOUT_MS + backoff;
    // A late token answer the client gave up on may have spent the refresh token: invalid_grant next.
    case "late": return fault.ms + backoff + INVALID_GRANT_GRACE_MS;
    case "invalid_grant": return INVALID_GRANT_GRACE_MS + 50;
    default: return backoff + 50;
  }
}

/**
 * The longest a call waits without anything happening (a send, an answer, a settle): the Web API's
 * pause and then the Accounts service's (each at most maxRetryAfterSeconds, plus the spread of the
 * released waiters, at most 1 s), an attempt's timeout, the invalid_grant grace and a backoff;
 * half as much again, plus 2 s, for a loaded machine.
 */
const QUIET_MS = 1.5 * (2 * (RETRY.maxRetryAfterSeconds * 1000 + 1000) + TIMEOUT_MS + INVALID_GRANT_GRACE_MS + RETRY.backoffMaxMs) + 2000;

/**
 * How long any call of the run may take: the cost of every fault of the run (a call may wait
 * behind all of them: the pause, the probe, the store lock, the shared renewal), plus a round of
 * requests per step, doubled for a loaded machine.
 */
export function settleBoundMs(s: Scenario): number {
  const faults: Array<ApiFault | TokenFault> = s.ops.flatMap((o): Array<ApiFault | TokenFault> => (o.t === "call" || o.t === "tokenFaults" ? o.faults : []));
  const cost = faults.reduce((sum, f) => sum + faultCostMs(f) + 50, 0);
  const calls = s.ops.reduce((sum, o) => sum + (o.t === "burst" ? o.n : 1), 2);
  return 2 * (2_000 + 300 * s.ops.length + 100 * calls + cost);
}

class ModelApi extends SpotifyApi {
  /** One request through the client's pipeline, with the caller's signal (what every group method sends). */
  send<T>(request: ApiRequest): Promise<T> {
    return this.requester.request<T>(request);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const text = (body: TransportRequest["body"]) => (body === undefined ? "" : typeof body === "string" ? body : new TextDecoder().decode(body));
const short = (s: string) => s.slice(0, 4);

function leaked(texts: string[], secrets: Set<string>): string | undefined {
  for (const t of texts) for (const secret of secrets) if (t.includes(secret)) return `${secret.slice(0, 6)}… in ${JSON.stringify(t.slice(0, 160))}`;
  return undefined;
}

/** An error's message, JSON and string form, down its cause chain. */
function errorTexts(error: unknown): string[] {
  const out: string[] = [];
  let e = error;
  for (let depth = 0; e !== undefined && e !== null && depth < 6; depth++) {
    out.push(String(e));
    if (!(e instanceof Error)) break;
    out.push(e.message);
    try {
      out.push(JSON.stringify(e));
    } catch {
      // A cause that cannot be serialised says nothing here.
    }
    e = e.cause;
  }
  return out;
}

/**
 * `inner`, telling `onLoggedOut` once a log-out is in the store: the marker written (or the key
 * deleted, by a store without compare-and-set). From then on the log-out is the store's truth.
 */
function observedStore(inner: TokenStore, onLoggedOut: () => void): TokenStore {
  const marker = (key: string, value: object) => key === STORE_KEY && (value as { logged_out?: unknown }).logged_out === true;
  const store: TokenStore = {
    get: (key) => inner.get(key),
    set: async (key, value) => {
      await inner.set(key, value);
      if (marker(key, value)) onLoggedOut();
    },
    delete: async (key) => {
      await inner.delete(key);
      if (key === STORE_KEY) onLoggedOut();
    },
  };
  if (inner.lock) store.lock = (key, fn) => inner.lock!(key, fn);
  if (inner.compareAndSet) {
    store.compareAndSet = async (key, expected, value) => {
      const written = await inner.compareAndSet!(key, expected, value);
      if (written && marker(key, value)) onLoggedOut();
      return written;
    };
  }
  return store;
}

interface CallRecord {
  cid: number;
  holder: number;
  kind: CallKind;
  startedAt: number;
  abortedAt?: number;
  settledAt?: number;
  outcome?: string;
}

/** Runs one scenario; returns the violations found (empty: the run passed) and a trace. */
export async function runScenario(s: Scenario): Promise<{ violations: string[]; trace: string[] }> {
  const t0 = Date.now();
  const trace: string[] = [];
  let lastEvent = t0;
  const note = (line: string) => {
    lastEvent = Date.now();
    trace.push(`${String(lastEvent - t0).padStart(5)}ms ${line}`);
  };
  const server: FaultServer = await startFaultServer(note);
  const violations: string[] = [];
  const fail = (line: string) => {
    violations.push(line);
    note(`VIOLATION ${line}`);
  };
  let seq = 0;
  const logoutSeq: Array<number | undefined> = [undefined, undefined];
  /** When the first log-out reached the store: a refresh answered after it must lose to it. */
  let storedLogoutSeq: number | undefined;
  const loggedOutInStore = () => {
    if (storedLogoutSeq !== undefined || logoutSeq.every((l) => l === undefined)) return;
    storedLogoutSeq = ++seq;
    note("the log-out is in the store");
  };
  const abortSeq = new Map<number, number>();
  const sentRefresh = [new Set<string>(), new Set<string>()];
  const receivedSeq = new Map<string, number>();
  const tokenInFlight = new Map<number, number>();
  const sendKind = new Map<number, "token" | "api">();
  const sendsOf = new Map<number, number>();
  const logLines: string[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  // One AbortSignal shared by many calls must not collect a listener per call (Node warns past 10).
  const warnings: string[] = [];
  const onWarning = (warning: Error) => void (warning.name === "MaxListenersExceededWarning" && warnings.push(warning.message));
  process.on("warning", onWarning);
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();

  const observer = {
    sent(h: number, request: TransportRequest): number {
      const handle = ++seq;
      const url = new URL(request.url);
      if (url.pathname.endsWith("/api/token")) {
        sendKind.set(handle, "token");
        const form = new URLSearchParams(text(request.body));
        const rt = form.get("refresh_token") ?? "";
        note(`h${h} sends token request (${form.get("grant_type") === "refresh_token" ? `refresh token ${short(rt)}` : form.get("grant_type")})`);
        for (const [, other] of tokenInFlight) fail(`two token requests in flight for one store key: h${h} sent one while h${other}'s was unanswered`);
        // A renewal in flight at the log-out may not send either (its first attempt, or one again after a 429).
        if (logoutSeq[h] !== undefined) fail(`h${h} sent a token request after its log-out (${sentRefresh[h]!.has(rt) ? "a retry of one sent before" : "its first attempt"})`);
        sentRefresh[h]!.add(rt);
        tokenInFlight.set(handle, h);
        return handle;
      }
      sendKind.set(handle, "api");
      const cid = Number(url.searchParams.get("cid"));
      sendsOf.set(cid, (sendsOf.get(cid) ?? 0) + 1);
      const bearer = /^Bearer (.+)$/.exec(Object.entries(request.headers).find(([k]) => k.toLowerCase() === "authorization")?.[1] ?? "")?.[1] ?? "";
      note(`h${h} sends ${request.method} ${url.pathname} call ${cid} with ${short(bearer)}`);
      if (abortSeq.has(cid)) fail(`call ${cid} (h${h}) sent ${request.method} ${url.pathname} after its caller aborted it`);
      if (logoutSeq[h] !== undefined) fail(`h${h} sent ${request.method} ${url.pathname} (call ${cid}) after its log-out`);
      const received = receivedSeq.get(bearer);
      if (received !== undefined && storedLogoutSeq !== undefined && received > storedLogoutSeq) {
        fail(`h${h} used access token ${short(bearer)}, which arrived after the log-out reached the store (call ${cid}): a refresh in flight won over the log-out`);
      }
      return handle;
    },
    answered(handle: number, response: { status: number; body: string }): void {
      if (sendKind.get(handle) !== "token") return;
      tokenInFlight.delete(handle);
      if (response.status !== 200) return;
      try {
        const token = (JSON.parse(response.body) as { access_token?: string }).access_token;
        if (token) receivedSeq.set(token, ++seq);
      } catch {
        // Not a token: the SDK must refuse it; nothing to record.
      }
    },
    failed(handle: number): void {
      tokenInFlight.delete(handle);
    },
  };

  const dir = s.store === "file" ? await mkdtemp(join(tmpdir(), "fault-model-")) : undefined;
  const memory = new MemoryTokenStore();
  const transports: Array<Transport & { close?: () => void }> = [];
  const apis: ModelApi[] = [];
  const login = server.login();
  const now = (() => {
    let offset = 0;
    return Object.assign(() => Date.now() + offset, { jump: (ms: number) => void (offset += ms) });
  })();
  try {
    for (const h of [0, 1]) {
      const store = observedStore(dir ? new FileTokenStore(join(dir, "tokens.json")) : memory, loggedOutInStore);
      const logger: Logger = Object.fromEntries((["debug", "info", "warn", "error"] as const).map((level) => [level, (message: string, data?: unknown) => {
        let line = `${level} ${message}`;
        try {
          line += ` ${JSON.stringify(data)}`;
        } catch {
          line += " [data not serialisable]";
        }
        logLines.push(line);
      }]));
      const common = { store, storeKey: STORE_KEY, now, logger, invalidGrantGraceMs: INVALID_GRANT_GRACE_MS };
      const pkce = s.strategy === "pkce" ? new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, LOOPBACK_REDIRECT_URI, [], common) : undefined;
      const strategy: IAuthStrategy = pkce ?? (s.strategy === "session"
        ? new Session({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: REDIRECT_URI, ...common, ...(h === 0 ? { token: { ...login } } : {}) })
        : new ProvidedAccessTokenStrategy(CLIENT_ID, { ...login }, undefined, common));
      const inner = s.transport === "node" ? createNodeTransport() : createFetchTransport();
      transports.push(inner);
      const prefix = `${server.origin}/h${h}`;
      const api = new ModelApi(strategy, {
        baseUrl: `${prefix}/v1`, accountsBaseUrl: prefix, timeout: TIMEOUT_MS, maxResponseBytes: MAX_RESPONSE_BYTES, retry: RETRY, logger, transport: observedTransport(inner, h, observer),
      });
      if (pkce && h === 0) {
        // A login as a Node app does it: the authorize URL, then the redirect back with a code.
        const { url, state } = await pkce.getAuthorizeUrl();
        const code = server.addCode(new URL(url).searchParams.get("code_challenge") ?? "");
        await pkce.handleCallback(`${LOOPBACK_REDIRECT_URI}?code=${code}&state=${state}`);
      }
      // Holder 0 puts the login in the store, holder 1 finds it there.
      await api.getAccessToken();
      apis.push(api);
    }
    note(`start: ${s.strategy}, ${s.store} store, ${s.transport} transport${s.strategy === "pkce" ? "" : `, login ${short(login.access_token)}/${short(login.refresh_token)}`}`);

    const calls: CallRecord[] = [];
    const settled: Array<Promise<void>> = [];
    let nextCid = 0;
    /** Aborts `controller` for every call of `members` still pending, noting the moment first. */
    const abortAt = (ms: number, controller: AbortController, members: CallRecord[]) => setTimeout(() => {
      const pending = members.filter((rec) => rec.settledAt === undefined);
      if (!pending.length) return;
      for (const rec of pending) {
        abortSeq.set(rec.cid, ++seq);
        rec.abortedAt = Date.now();
      }
      note(`call${pending.length > 1 ? "s" : ""} ${pending.map((rec) => rec.cid).join(", ")} aborted by the caller`);
      controller.abort();
    }, ms);
    /** Starts a call; with `shared`, on that signal (aborted by its owner), else on its own. */
    const startCall = (o: Extract<Op, { t: "call" }>, shared?: AbortSignal): CallRecord => {
      const cid = ++nextCid;
      if (o.faults.length) server.apiFaults.set(cid, o.faults);
      const controller = o.abortAfterMs === null ? undefined : new AbortController();
      const rec: CallRecord = { cid, holder: o.holder, kind: o.kind, startedAt: Date.now() };
      calls.push(rec);
      note(`call ${cid}: h${o.holder} ${o.kind}${o.faults.length ? ` faults ${JSON.stringify(o.faults)}` : ""}${controller ? ` abort after ${o.abortAfterMs} ms` : ""}`);
      const request: ApiRequest = { ...CALLS[o.kind], query: { cid } };
      const signal = shared ?? controller?.signal;
      if (signal) request.signal = signal;
      const abortTimer = controller && abortAt(o.abortAfterMs!, controller, [rec]);
      settled.push(apis[o.holder]!.send(request).then(
        (value: unknown) => {
          rec.outcome = `resolved ${JSON.stringify(value)}`;
          if ((server.attempts.get(cid) ?? []).includes("big")) fail(`call ${cid} resolved, although an answer past maxResponseBytes came (a ResponseTooLargeError is due)`);
          else if (!server.succeeded.has(cid)) fail(`call ${cid} resolved although the server answered none of its attempts with success`);
          const expected = o.kind === "me" ? "model-user" : o.kind === "track" ? CALLS.track.pathParams!.id : undefined;
          if ((value as { id?: unknown } | undefined)?.id !== expected) fail(`call ${cid} (${o.kind}) resolved ${rec.outcome.slice(0, 120)}, not what the server sent`);
        },
        (error: unknown) => {
          rec.outcome = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          if (!(error instanceof SpotifyError)) fail(`call ${cid} rejected with ${rec.outcome}, not a SpotifyError`);
          const leak = leaked(errorTexts(error), server.secrets);
          if (leak) fail(`call ${cid}'s error holds a secret: ${leak}`);
        },
      ).finally(() => {
        rec.settledAt = Date.now();
        clearTimeout(abortTimer);
        note(`call ${cid} settled: ${rec.outcome!.slice(0, 200)}`);
      }));
      return rec;
    };

    for (const o of s.ops) {
      // Each step starts on a fresh macrotask: no pipeline is between two of its own steps.
      await tick();
      switch (o.t) {
        case "call":
          startCall(o);
          break;
        case "tokenFaults":
          server.tokenFaults.push(...o.faults);
          note(`next token requests get ${JSON.stringify(o.faults)}`);
          break;
        case "expire":
          now.jump(HOUR_MS);
          note("the clients' clock jumps an hour: every held token is due");
          break;
        case "lifetime":
          server.lifetimeSeconds = o.seconds;
          note(`tokens are issued for ${o.seconds} s from now on`);
          break;
        case "logOut":
          if (logoutSeq[o.holder] !== undefined) break;
          logoutSeq[o.holder] = ++seq;
          note(`h${o.holder} logs out`);
          apis[o.holder]!.logOut();
          break;
        case "wait":
          await sleep(o.ms);
          break;
        case "burst": {
          const controller = new AbortController();
          const kinds: CallKind[] = ["me", "track", "pause"];
          const members = Array.from({ length: o.n }, (_, i) => startCall({ t: "call", holder: o.holder, kind: kinds[i % 3]!, faults: [], abortAfterMs: null }, controller.signal));
          if (o.abortAfterMs !== null) abortAt(o.abortAfterMs, controller, members);
          break;
        }
      }
    }
    // After whatever came before, each client still answers (or refuses, typed) a plain call.
    await tick();
    for (const h of [0, 1] as const) startCall({ t: "call", holder: h, kind: "me", faults: [], abortAfterMs: null });

    const bound = settleBoundMs(s);
    const lastStart = Math.max(...calls.map((c) => c.startedAt));
    let done = false;
    void Promise.all(settled).then(() => (done = true));
    let stalled: number | undefined;
    while (!done && Date.now() < lastStart + bound + lag.max / 1e6) {
      await sleep(50);
      // Nothing happens between a call's events for longer than its longest single wait: a silence
      // past that, with calls pending, is a hang (found here long before the run's whole bound).
      if (!done && Date.now() - lastEvent > QUIET_MS + lag.max / 1e6) {
        stalled = Date.now() - lastEvent;
        break;
      }
    }
    if (stalled !== undefined) note(`no event for ${stalled} ms with calls pending`);
    for (const c of calls) {
      const seen = server.attempts.get(c.cid) ?? [];
      // Each retry is counted (maxRetries), plus the one retry after a 401's renewal. (Counted as the
      // pipeline hands them over: the Node transport may send a GET once more by itself when a
      // reused connection closes unanswered, as RFC 9110 allows.)
      const sends = sendsOf.get(c.cid) ?? 0;
      if (sends > RETRY.maxRetries + 2) fail(`call ${c.cid} (h${c.holder} ${c.kind}) was sent ${sends} times: ${seen.join(", ")}`);
      const ambiguous = seen.findIndex((k) => ["5xx", "late", "hang", "drop", "cut"].includes(k));
      if (CALLS[c.kind].idempotent === false && ambiguous >= 0 && ambiguous < seen.length - 1) {
        fail(`call ${c.cid} (${c.kind}, not idempotent) was sent again after its attempt ${ambiguous} got ${seen[ambiguous]}: ${seen.join(", ")}`);
      }
      // An answer past the size limit would be the same again: it is a typed error, not a retry.
      const tooBig = seen.indexOf("big");
      if (tooBig >= 0 && tooBig < seen.length - 1) fail(`call ${c.cid} (${c.kind}) was sent again after its attempt ${tooBig} got a body past maxResponseBytes: ${seen.join(", ")}`);
      const slack = ABORT_SETTLE_MS + lag.max / 1e6;
      if (c.abortedAt !== undefined && c.settledAt !== undefined && c.settledAt - c.abortedAt > slack) {
        fail(`call ${c.cid} (h${c.holder} ${c.kind}) settled ${c.settledAt - c.abortedAt} ms after its caller aborted it`);
      }
      if (c.settledAt === undefined) {
        fail(`call ${c.cid} (h${c.holder} ${c.kind}) did not settle: a hang (${stalled !== undefined ? `nothing happened for ${stalled} ms` : `not within the run's bound of ${bound} ms`})`);
      }
      else if (c.settledAt - c.startedAt > bound + lag.max / 1e6) fail(`call ${c.cid} (h${c.holder} ${c.kind}) took ${c.settledAt - c.startedAt} ms, over the bound of ${bound} ms`);
    }
    // A renewal a caller gave up on goes on for the others: let it end before the server closes.
    for (let i = 0; i < 100 && tokenInFlight.size > 0; i++) await sleep(20);
    await sleep(20);
    await tick();
    for (const warning of warnings) fail(`process warning: ${warning}`);
    for (const reason of unhandled) fail(`unhandled rejection: ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`);
    const leak = leaked(logLines, server.secrets);
    if (leak) fail(`a logger line holds a secret: ${leak}`);
  } finally {
    process.off("unhandledRejection", onUnhandled);
    process.off("warning", onWarning);
    lag.disable();
    for (const t of transports) t.close?.();
    await server.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
  return { violations, trace };
}


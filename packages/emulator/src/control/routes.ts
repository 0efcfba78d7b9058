// The control plane under /emulator/ (JSON in, JSON out). Local use only: no authentication.
import type { Platform } from "../platform/platform.js";
import { MAX_TIMER_MS } from "../core/timers.js";
import { readBody } from "../http/body.js";
import { type Exchange, sendJson } from "../http/exchange.js";
import { type Profile, PROFILES } from "../core/profiles.js";
import { DEFAULT_USER_ID } from "../options.js";
import type { FaultSpec } from "../faults/queue.js";
import { serveDashboard } from "../ui/serve.js";
import { streamLog } from "./feed.js";
import { fixturesView, postFixtures } from "./fixtures.js";
import { exportFixtures } from "./export-fixtures.js";
import { createAppRecord, createUserRecord, issueDirectToken, publicApp } from "./records.js";
import { resolveTokenId, tokensView, userStateView } from "./views.js";

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Body = Record<string, unknown>;
type Route = (platform: Platform, body: Body, ex: Exchange) => { status?: number; body: unknown };

function int(value: unknown, name: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) throw new ControlError(400, `${name} must be an integer >= ${min}`);
  return value;
}

/** A delay in ms that setTimeout can wait (it fires after 1 ms past 2^31-1). */
function delay(value: unknown, name: string): number | undefined {
  const ms = int(value, name);
  if (ms !== undefined && ms > MAX_TIMER_MS) throw new ControlError(400, `${name} must be at most ${MAX_TIMER_MS}`);
  return ms;
}

/**
 * The Date range is ±8.64e15 ms; a year to spare keeps the clock (which keeps running) and the
 * refresh-token expiry (6 months on) inside it.
 */
const CLOCK_LIMIT_MS = 8.64e15 - 365 * 86_400_000;

function bool(value: unknown, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") throw new ControlError(400, `${name} must be a boolean`);
  return value;
}

function str(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new ControlError(400, `${name} must be a string`);
  return value;
}

function profile(value: unknown): Profile | undefined {
  if (value === undefined) return undefined;
  if (!PROFILES.includes(value as Profile)) throw new ControlError(400, `profile must be one of ${PROFILES.join(", ")}`);
  return value as Profile;
}

function tokenFilter(p: Platform, body: Body): { clientId?: string; userId?: string; token?: string } {
  return resolveTokenId(p, { clientId: str(body.clientId, "clientId"), userId: str(body.userId, "userId"), token: str(body.token, "token"), tokenId: str(body.tokenId, "tokenId") });
}

function settingsView(p: Platform): Body {
  return { ...p.settings };
}

function clockView(p: Platform): Body {
  const now = p.clock.now();
  return { now, iso: new Date(now).toISOString(), offsetMs: p.clock.offset };
}

const ROUTES: Record<string, Route> = {
  "GET health": (p) => ({
    body: {
      status: "ok",
      specVersion: p.spec.version,
      operations: p.spec.operations.length,
      implemented: p.spec.operations.filter((o) => p.handlers[o.operationId]).length,
      now: p.clock.now(),
    },
  }),
  "POST reset": (p) => {
    p.reset();
    return { body: { ok: true } };
  },
  "POST seed": (p, b) => {
    const seed = int(b.seed, "seed");
    if (seed === undefined) throw new ControlError(400, "seed is required");
    p.reseed(seed, int(b.catalogSize, "catalogSize", 1) ?? p.options.catalogSize);
    return { body: { ok: true, seed } };
  },
  "GET apps": (p) => ({ body: { apps: [...p.apps.values()].map(publicApp) } }),
  "POST apps": (p, b) => {
    let app;
    try {
      app = createAppRecord(b, p.settings.profile);
    } catch (error) {
      throw new ControlError(400, (error as Error).message);
    }
    const existed = p.apps.has(app.clientId);
    p.apps.set(app.clientId, app);
    return { status: existed ? 200 : 201, body: app };
  },
  "GET users": (p) => ({ body: { users: [...p.state.users.values()] } }),
  "POST users": (p, b) => {
    let user;
    try {
      user = createUserRecord(b);
    } catch (error) {
      throw new ControlError(400, (error as Error).message);
    }
    const existed = p.state.users.has(user.id);
    p.state.users.set(user.id, user);
    return { status: existed ? 200 : 201, body: user };
  },
  "POST tokens": (p, b) => {
    try {
      return { status: 201, body: issueDirectToken(p, b) };
    } catch (error) {
      throw new ControlError(400, (error as Error).message);
    }
  },
  "GET tokens": (p) => ({ body: tokensView(p) }),
  "GET fixtures": (p) => ({ body: fixturesView(p) }),
  "GET fixtures/export": (p) => ({ body: exportFixtures(p) }),
  "POST tokens/expire": (p, b) => ({ body: { expired: p.tokens.expire(tokenFilter(p, b), p.clock.now()) } }),
  "POST tokens/revoke": (p, b) => ({ body: { revoked: p.tokens.revoke(tokenFilter(p, b)) } }),
  "GET state": (p, _b, ex) => {
    const userId = new URLSearchParams(ex.rawQuery).get("userId") ?? DEFAULT_USER_ID;
    const view = userStateView(p, userId);
    if (typeof view.error === "string" && !view.user) throw new ControlError(404, view.error);
    return { body: view };
  },
  "GET faults": (p) => ({ body: { faults: p.faults.list() } }),
  "POST faults": (p, b) => {
    const specs = (Array.isArray(b.faults) ? b.faults : [b]) as FaultSpec[];
    try {
      return { status: 201, body: { faults: p.faults.addAll(specs) } };
    } catch (error) {
      throw new ControlError(400, (error as Error).message);
    }
  },
  "DELETE faults": (p) => {
    p.faults.clear();
    return { body: { ok: true } };
  },
  "POST latency": (p, b) => {
    p.settings.latency = delay(b.ms, "ms") ?? 0;
    return { body: { ms: p.settings.latency } };
  },
  "GET clock": (p) => ({ body: clockView(p) }),
  "POST clock": (p, b) => {
    const advance = b.advanceMs;
    const set = b.setMs;
    if (advance !== undefined && (typeof advance !== "number" || !Number.isFinite(advance))) throw new ControlError(400, "advanceMs must be a number");
    if (set !== undefined && (typeof set !== "number" || !Number.isFinite(set))) throw new ControlError(400, "setMs must be a number (epoch ms)");
    // Worked out before anything moves, so a refused change leaves the clock as it was.
    let now = b.reset === true ? Date.now() : p.clock.now();
    if (advance !== undefined) now += advance;
    if (set !== undefined) now = set;
    if (!(Math.abs(now) <= CLOCK_LIMIT_MS)) throw new ControlError(400, `the clock must stay within ±${CLOCK_LIMIT_MS} ms of the epoch`);
    if (b.reset === true) p.clock.reset();
    if (advance !== undefined) p.clock.advance(advance);
    if (set !== undefined) p.clock.set(set);
    return { body: clockView(p) };
  },
  "GET log": (p, _b, ex) => {
    const q = new URLSearchParams(ex.rawQuery);
    const limit = Number(q.get("limit") ?? "") || undefined;
    const since = Number(q.get("since") ?? "") || 0;
    return { body: { entries: p.log.list(limit, since) } };
  },
  "DELETE log": (p) => {
    p.log.clear();
    return { body: { ok: true } };
  },
  "GET settings": (p) => ({ body: settingsView(p) }),
  "POST settings": (p, b) => {
    // Everything is checked before anything changes: a 400 leaves the settings as they were.
    if (b.autoApprove !== undefined && typeof b.autoApprove !== "boolean" && typeof b.autoApprove !== "string") {
      throw new ControlError(400, "autoApprove must be a boolean or a user id");
    }
    if (typeof b.autoApprove === "string" && !p.state.users.has(b.autoApprove)) throw new ControlError(400, `autoApprove names an unknown user: ${b.autoApprove}`);
    const rememberConsent = bool(b.rememberConsent, "rememberConsent");
    const logBodies = bool(b.logBodies, "logBodies");
    const rateLimit = int(b.rateLimit, "rateLimit");
    const latency = delay(b.latency, "latency");
    const tokenTtl = int(b.tokenTtl, "tokenTtl", 1);
    const codeTtl = int(b.codeTtl, "codeTtl", 1);
    const newProfile = profile(b.profile);
    const s = p.settings;
    if (b.autoApprove !== undefined) s.autoApprove = b.autoApprove as boolean | string;
    if (rememberConsent !== undefined) s.rememberConsent = rememberConsent;
    if (logBodies !== undefined) s.logBodies = logBodies;
    if (rateLimit !== undefined) {
      s.rateLimit = rateLimit;
      p.limiter.limit = rateLimit;
    }
    s.latency = latency ?? s.latency;
    s.tokenTtl = tokenTtl ?? s.tokenTtl;
    s.codeTtl = codeTtl ?? s.codeTtl;
    if (newProfile) {
      s.profile = newProfile;
      const app = p.apps.get(p.defaultClientId);
      if (app) {
        app.profile = newProfile;
        app.restrictNov2024 = newProfile !== "extended";
      }
    }
    return { body: settingsView(p) };
  },
  "POST quota": (p, b) => {
    const clientId = str(b.clientId, "clientId") ?? "*";
    // Omitted still means on, as before; anything but a boolean (`"no"`) is a mistake to report.
    const exceeded = bool(b.exceeded, "exceeded") ?? true;
    const retryAfter = int(b.retryAfter, "retryAfter") ?? 30;
    if (!exceeded) {
      if (clientId === "*") p.quotaExceeded.clear();
      else p.quotaExceeded.delete(clientId);
    } else {
      p.quotaExceeded.set(clientId, retryAfter);
    }
    return { body: { exceeded: Object.fromEntries(p.quotaExceeded) } };
  },
};

const MUTATING = new Set(["POST reset", "POST seed", "POST apps", "POST users", "POST tokens", "POST tokens/expire", "POST tokens/revoke", "POST settings", "POST latency", "POST clock"]);

/** Answers a control-plane request (`/emulator/...`): JSON in and out, 404 for an unknown endpoint, 405 for a wrong method. */
export async function handleControl(platform: Platform, ex: Exchange): Promise<void> {
  const name = ex.pathname.slice("/emulator/".length).replace(/\/$/, "");
  const key = `${ex.method} ${name}`;
  if (key === "GET log/stream") return streamLog(platform, ex);
  if (name === "" || name.startsWith("ui/")) return serveDashboard(platform, ex, name.slice(3));
  if (key === "POST fixtures") return postFixtures(platform, ex);
  const route = ROUTES[key];
  const raw = await readBody(ex.req, 1024 * 1024);
  if (raw.kind === "aborted") return;
  try {
    if (raw.kind === "too-large") throw new ControlError(413, "Request entity too large");
    if (!route) {
      const known = Object.keys(ROUTES).some((k) => k.endsWith(` ${name}`));
      throw new ControlError(known ? 405 : 404, known ? "Method not allowed" : `Unknown control endpoint: ${name}`);
    }
    let body: Body = {};
    if (raw.data.length) {
      try {
        body = JSON.parse(raw.data.toString("utf8")) as Body;
      } catch {
        throw new ControlError(400, "Error parsing json");
      }
      if (!body || typeof body !== "object" || Array.isArray(body)) throw new ControlError(400, "The body must be a JSON object");
    }
    const result = route(platform, body, ex);
    if (MUTATING.has(key)) platform.markDirty();
    sendJson(platform, ex, result.status ?? 200, result.body);
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    sendJson(platform, ex, error.status, { error: { status: error.status, message: error.message } });
  }
}

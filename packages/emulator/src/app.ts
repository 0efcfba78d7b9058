// createApp: the whole emulator as a node:http request listener (it does not listen itself).
import type { IncomingMessage, ServerResponse } from "node:http";
import { Approvals } from "./state/approvals.js";
import { authorizeGet, authorizePost } from "./accounts/authorize.js";
import { tokenEndpoint } from "./accounts/token.js";
import { TokenStore } from "./state/tokens.js";
import { applyLatencyAndFaults } from "./control/latency-and-faults.js";
import { handleControl } from "./control/routes.js";
import { Clock } from "./core/clock.js";
import { FaultQueue } from "./faults/queue.js";
import { handlers as defaultHandlers } from "./handlers/index.js";
import { ResponseCache } from "./http/answer-cache.js";
import { readBody } from "./http/body.js";
import { PREFLIGHT_HEADERS } from "./http/cors.js";
import { createExchange, type Exchange, send, sendApiError, sendJson } from "./http/exchange.js";
import { exchangeEntry } from "./log/exchange-entry.js";
import { RequestLog } from "./log/request-log.js";
import { type AppRecord, DEFAULT_APP, DEFAULT_USERS, type EmulatorOptions, resolveOptions } from "./options.js";
import { join } from "node:path";
import { CorruptStateError, loadSnapshot, Persister, STATE_FILE } from "./persist/store.js";
import { RateLimiter } from "./ratelimit/limiter.js";
import { BodyValidators } from "./spec/body.js";
import { loadSpecModel } from "./spec/load.js";
import { Router } from "./spec/router.js";
import type { EmulatorState, UserRecord } from "./state/types.js";
import { createWebApiState, WebApiStore } from "./state/webapi.js";
import { mergeDocs, readSavedFixtures, readSources, saveFixtures } from "./fixtures/sources.js";
import { handleRecorded, recordOptions } from "./record/record.js";
import type { PendingConsent, Platform, Settings } from "./platform/platform.js";
import { handleWebApi } from "./webapi/gate.js";
import { isImagePath, serveImage } from "./webapi/images.js";

/** What {@link createApp} returns. */
export interface EmulatorApp {
  /** The request listener: `http.createServer(app.handler)`. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** The live state (users and the Web API's data). */
  state: EmulatorState;
  /** Run-time internals (apps, tokens, clock, settings) for embedding and tests. */
  platform: Platform;
  /** One line about the loaded fixtures (for start-up output), or undefined without any. */
  fixtureSummary(): string | undefined;
  /** Compiles the request-body validators in the background (call after listening). */
  warmUp(): Promise<void>;
  /** Writes pending state to the data directory and cancels timers. */
  close(): void;
}

/** The run-time settings as the options set them (at start and on reset). */
function initialSettings(resolved: Settings): Settings {
  const { autoApprove, rememberConsent, rateLimit, latency, profile, tokenTtl, codeTtl, logBodies } = resolved;
  return { autoApprove, rememberConsent, rateLimit, latency, profile, tokenTtl, codeTtl, logBodies };
}

function defaultApp(profile: Settings["profile"]): AppRecord {
  return { ...DEFAULT_APP, redirectUris: [...DEFAULT_APP.redirectUris], profile, restrictNov2024: profile !== "extended" };
}

function defaultUsers(): Map<string, UserRecord> {
  return new Map(DEFAULT_USERS.map((u) => [u.id, { ...u }]));
}

/**
 * Creates the emulator without listening.
 * @throws CorruptStateError when `dataDir` holds a state file that cannot be restored
 * @example
 * const app = createApp({ seed: 1 });
 * http.createServer(app.handler).listen(0, "127.0.0.1");
 */
export function createApp(options: EmulatorOptions = {}): EmulatorApp {
  const resolved = resolveOptions(options);
  const clock = new Clock();
  const spec = loadSpecModel();
  const settings: Settings = initialSettings(resolved);
  const now = () => clock.now();
  const fixturesOnly = resolved.fixturesOnly;
  const recording = recordOptions(options);
  // Fixtures kept in --data-dir come back, with the ones given at this start (which win a merge).
  const given = readSources(options.fixtures ?? []);
  const fixtures = resolved.dataDir ? mergeDocs(readSavedFixtures(resolved.dataDir), given) : given;
  const state: EmulatorState = {
    users: defaultUsers(),
    web: createWebApiState({ seed: resolved.seed, catalogSize: resolved.catalogSize, now, fixtures, fixturesOnly }),
  };
  let persister: Persister | undefined;
  const logger = options.logger ?? (() => {});

  const platform: Platform = {
    options: resolved,
    settings,
    clock,
    state,
    apps: new Map([[DEFAULT_APP.clientId, defaultApp(settings.profile)]]),
    defaultClientId: DEFAULT_APP.clientId,
    tokens: new TokenStore(),
    pending: new Map<string, PendingConsent>(),
    approvals: new Approvals(),
    faults: new FaultQueue(),
    log: new RequestLog(resolved.logSize),
    limiter: new RateLimiter(settings.rateLimit),
    quotaExceeded: new Map(),
    spec,
    router: new Router(spec.operations),
    bodies: new BodyValidators(spec.operations),
    handlers: options.handlers ?? defaultHandlers,
    logger,
    responses: new ResponseCache(),
    timers: new Set(),
    feeds: new Set(),
    markDirty: () => persister?.markDirty(),
    record(ex, status, responseBody) {
      // The log is about the app's traffic: the control plane's own calls are left out.
      if (ex.logged) platform.log.add(exchangeEntry(ex, status, responseBody, settings.logBodies));
    },
    reseed(seed, catalogSize) {
      // A new seed keeps the fixtures (and the user playlists made of them are forgotten as before).
      const fixtures = state.web instanceof WebApiStore ? state.web.fixtures.docs : [];
      state.web = createWebApiState({ seed, catalogSize, now, fixtures, fixturesOnly });
      platform.responses.clear();
    },
    reset() {
      Object.assign(settings, initialSettings(resolved));
      clock.reset();
      state.users.clear();
      for (const [id, u] of defaultUsers()) state.users.set(id, u);
      state.web.reset();
      platform.apps.clear();
      platform.apps.set(DEFAULT_APP.clientId, defaultApp(settings.profile));
      platform.tokens.clear();
      platform.pending.clear();
      platform.approvals.clear();
      platform.faults.clear();
      platform.log.clear();
      platform.limiter.limit = settings.rateLimit;
      platform.limiter.reset();
      platform.quotaExceeded.clear();
      platform.responses.clear();
    },
  };

  if (resolved.dataDir) {
    const snapshot = loadSnapshot(resolved.dataDir);
    if (snapshot) restore(platform, snapshot, options);
    persister = new Persister(
      resolved.dataDir,
      () => ({
        clockOffsetMs: clock.offset,
        settings: { ...settings },
        apps: [...platform.apps.values()],
        users: [...state.users.values()],
        tokens: platform.tokens.toJSON(),
        web: state.web.toJSON(),
        approvals: platform.approvals.toJSON(),
      }),
      (error) => logger("could not write the state file", error),
    );
    // Kept for the next start even when it is given no --fixtures.
    if (given.length > 0 && state.web instanceof WebApiStore) saveFixtures(resolved.dataDir, state.web.fixtures.docs);
  }

  // Checked once the stored users are in: approving as someone else instead would be a silent lie.
  const auto = platform.settings.autoApprove;
  if (typeof auto === "string" && !state.users.has(auto)) {
    throw new TypeError(`spotify-emulator: autoApprove names an unknown user: ${auto} (known: ${[...state.users.keys()].join(", ")})`);
  }

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const ex = createExchange(req, res, clock.now());
    // Web API calls skip route()'s own promise: one async frame less on the hot path.
    const path = ex.pathname;
    const webApi = (path === "/v1" || path.startsWith("/v1/")) && ex.method !== "OPTIONS";
    const passed = recording !== undefined && ex.method !== "OPTIONS" && (webApi || path === "/authorize" || path === "/api/token");
    (passed ? handleRecorded(platform, ex, recording) : webApi ? handleWebApi(platform, ex) : route(platform, ex)).catch((error: unknown) => {
      ex.error = error instanceof Error ? `${error.name}: ${error.message}` : "internal error";
      logger(`request ${ex.method} ${ex.pathname} failed`, error);
      if (!res.headersSent && !res.destroyed) sendApiError(platform, ex, 500, "Server error");
      else if (!res.writableEnded) res.destroy();
    });
  };

  return {
    handler,
    state,
    platform,
    fixtureSummary: () => (state.web instanceof WebApiStore && state.web.fixtures.docs.length > 0 ? state.web.fixtures.summary() : undefined),
    // Validators and search indexes are built after listening, so start-up stays fast and the
    // first request with a body or the first search does not pay for them.
    warmUp: async () => {
      await platform.bodies.warmUp();
      const web = state.web as { warmUp?: () => Promise<void> };
      await web.warmUp?.();
    },
    close() {
      for (const t of platform.timers) clearTimeout(t);
      platform.timers.clear();
      for (const end of [...platform.feeds]) end();
      persister?.flush(true);
    },
  };
}

const SETTING_KEYS = ["autoApprove", "rememberConsent", "rateLimit", "latency", "profile", "tokenTtl", "codeTtl", "logBodies"] as const;

function restore(platform: Platform, snapshot: ReturnType<typeof loadSnapshot> & object, options: EmulatorOptions): void {
  platform.clock.advance(snapshot.clockOffsetMs);
  // What the caller asked for at this start (an option, a CLI flag) wins over what was stored.
  const explicit = SETTING_KEYS.filter((key) => options[key] !== undefined);
  const given = Object.fromEntries(explicit.map((key) => [key, platform.settings[key]]));
  Object.assign(platform.settings, snapshot.settings, given);
  platform.limiter.limit = platform.settings.rateLimit;
  platform.apps.clear();
  for (const app of snapshot.apps) platform.apps.set(app.clientId, app);
  // As POST /emulator/settings does; only when the profile changed, so restarting with the same
  // --profile keeps what was done to the default app since.
  const defaultApp = platform.apps.get(platform.defaultClientId);
  if (explicit.includes("profile") && defaultApp && snapshot.settings.profile !== platform.settings.profile) {
    defaultApp.profile = platform.settings.profile;
    defaultApp.restrictNov2024 = platform.settings.profile !== "extended";
  }
  platform.state.users.clear();
  for (const user of snapshot.users) platform.state.users.set(user.id, user);
  platform.tokens.restore(snapshot.tokens);
  platform.approvals.restore(snapshot.approvals ?? []);
  if (snapshot.web === undefined || snapshot.web === null) return;
  try {
    platform.state.web.restore(snapshot.web);
  } catch (error) {
    throw new CorruptStateError(join(platform.options.dataDir ?? "", STATE_FILE), `the Web API state does not restore (${(error as Error).message})`);
  }
}

async function route(platform: Platform, ex: Exchange): Promise<void> {
  const path = ex.pathname;
  const control = path.startsWith("/emulator/");
  // The log is about the app's traffic; the test driving the emulator would only add noise.
  if (control) ex.logged = false;
  if (ex.method === "OPTIONS") return send(platform, ex, 200, "", PREFLIGHT_HEADERS);
  if (control) return handleControl(platform, ex);
  if (path === "/v1" || path.startsWith("/v1/")) {
    return handleWebApi(platform, ex);
  }
  if (path === "/authorize" || path === "/api/token") {
    ex.operationId = path === "/authorize" ? "oauth-authorize" : "oauth-token";
    if (await applyLatencyAndFaults(platform, ex, "accounts")) return;
    const body = await readBody(ex.req, 64 * 1024);
    if (body.kind === "aborted") return;
    if (platform.settings.logBodies && body.kind === "ok") ex.requestBody = body.data;
    if (body.kind === "too-large") {
      return sendJson(platform, ex, 413, { error: "invalid_request", error_description: "Request entity too large" }, { "Cache-Control": "no-store", Pragma: "no-cache" });
    }
    if (path === "/api/token") return tokenEndpoint(platform, ex, body.data);
    if (ex.method === "GET") return authorizeGet(platform, ex);
    if (ex.method === "POST") return authorizePost(platform, ex, body.data);
    return send(platform, ex, 405, undefined, { Allow: "GET, POST" });
  }
  if (isImagePath(path)) return serveImage(platform, ex);
  if (path === "/emulator" && ex.method === "GET") {
    ex.logged = false;
    return send(platform, ex, 308, undefined, { Location: "/emulator/" });
  }
  if (path === "/" && ex.method === "GET") {
    return sendJson(platform, ex, 200, { name: "spotify-emulator", api: "/v1", accounts: ["/authorize", "/api/token"], control: "/emulator/health" });
  }
  sendApiError(platform, ex, 404, "Service not found");
}

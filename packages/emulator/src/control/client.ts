// A small typed client for the control plane (fetch-based; works wherever fetch exists).
import type { Settings } from "../platform/platform.js";
import type { AppRecord } from "../options.js";
import type { UserRecord } from "../state/types.js";
import type { ActiveFault, FaultSpec } from "../faults/queue.js";
import type { RequestLogEntry } from "../log/request-log.js";
import type { TokenListing } from "./views.js";

/** Run-time settings (`GET`/`POST /emulator/settings`). */
export type EmulatorSettings = Settings;

/** A token as the Accounts service's token endpoint returns it. */
export interface TokenResponse {
  /** The access token, for `Authorization: Bearer ...`. */
  access_token: string;
  /** Always `Bearer`. */
  token_type: string;
  /** Seconds until the access token expires, on the emulator's clock. */
  expires_in: number;
  /** The refresh token: user tokens only. */
  refresh_token?: string;
  /** The granted scopes, space-separated. */
  scope?: string;
}

/** The emulator's clock: `now` in ms, as ISO text, and its offset from real time. */
export interface ClockState {
  /** The emulator's time, in ms since the epoch. */
  now: number;
  /** The same time as ISO 8601 text. */
  iso: string;
  /** The emulator's time minus real time, in ms (negative after setting the clock back). */
  offsetMs: number;
}

/** Which tokens to expire or revoke; no field means all. */
export interface TokenSelector {
  /** Only the tokens issued to this app. */
  clientId?: string;
  /** Only the tokens of this user. */
  userId?: string;
  /** Only this token (an access or refresh token value). */
  token?: string;
  /** A token's `id` from {@link EmulatorControl.tokens}. */
  tokenId?: string;
}

/** A control-plane call the emulator refused: its HTTP `status` and message. */
export class EmulatorControlError extends Error {
  /** Built by {@link EmulatorControl} from a refused call's status and the emulator's message. */
  constructor(
    /** The HTTP status the control plane answered, e.g. 400 for a bad argument. */
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "EmulatorControlError";
  }
}

/**
 * Drives a running emulator's control plane.
 * @example
 * const control = new EmulatorControl(emu.url);
 * await control.addFault({ match: { path: "/v1/me" }, kind: "status", status: 503 });
 * const { access_token } = await control.issueToken({ scopes: "all" });
 */
export class EmulatorControl {
  private readonly base: string;

  /**
   * A client of the emulator at `baseUrl`; it sends nothing until called.
   * @param baseUrl the emulator's origin (`RunningEmulator.url`)
   * @param fetchImpl the `fetch` to send with (the global one by default)
   */
  constructor(
    baseUrl: string,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {
    this.base = `${baseUrl.replace(/\/+$/, "")}/emulator`;
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const init: RequestInit = { method, headers: body === undefined ? {} : { "Content-Type": "application/json" } };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await this.fetchImpl(`${this.base}/${path}`, init);
    const text = await res.text();
    const data = text ? (JSON.parse(text) as unknown) : undefined;
    if (!res.ok) {
      const message = (data as { error?: { message?: string } } | undefined)?.error?.message ?? `HTTP ${res.status}`;
      throw new EmulatorControlError(res.status, message);
    }
    return data as T;
  }

  /** The emulator's health: spec version, operations routed and implemented, its clock's `now`. */
  health(): Promise<{
    /** `"ok"`. */
    status: string;
    /** The version of the OpenAPI spec the emulator routes. */
    specVersion: string;
    /** How many Web API operations the spec has. */
    operations: number;
    /** How many of them the emulator implements (the others answer 501). */
    implemented: number;
    /** The emulator's clock, in ms since the epoch. */
    now: number;
  }> {
    return this.call("GET", "health");
  }
  /**
   * Loads fixtures: responses captured from Spotify's Web API, sent as they are (each a JSON
   * object: a track, a multi-get, a page, a search result, a playlist with its items, ...).
   * @throws EmulatorControlError (400) naming the object and the JSON path that is not what a Web API call returns
   * @example
   * await control.loadFixtures([JSON.parse(readFileSync("track.json", "utf8"))]);
   */
  loadFixtures(objects: unknown[]): Promise<{
    /** `true`. */
    ok: true;
    /** How many objects were loaded. */
    loaded: number;
    /** How many entities of each kind the fixtures now hold (`tracks`, `albums`, ...). */
    counts: Record<string, number>;
    /** The one-line summary the emulator prints at start-up. */
    summary: string;
  }> {
    return this.call("POST", "fixtures", objects);
  }
  /** What the loaded fixtures hold: counts per kind, the documents' names, the start-up summary line. */
  fixtures(): Promise<{
    /** How many entities of each kind the fixtures hold (`tracks`, `albums`, ...). */
    counts: Record<string, number>;
    /** The names of the loaded fixture documents. */
    documents: string[];
    /** The one-line summary the emulator prints at start-up. */
    summary: string;
  }> {
    return this.call("GET", "fixtures");
  }
  /**
   * The current state as fixtures: the loaded fixture documents, then the user playlists (made
   * through the Web API, or seeded and changed) as Spotify playlist objects with their items.
   * {@link loadFixtures} and `--fixtures` (saved to a file) take it back.
   * @example
   * writeFileSync("state.json", JSON.stringify(await control.exportFixtures()));
   * // later, in another emulator: await other.loadFixtures(JSON.parse(readFileSync("state.json", "utf8")));
   */
  exportFixtures(): Promise<unknown[]> {
    return this.call("GET", "fixtures/export");
  }
  /** Back to the start-up state. */
  reset(): Promise<{
    /** `true`. */
    ok: true;
  }> {
    return this.call("POST", "reset", {});
  }
  /** Regenerates the Web API state (catalog and libraries) from `seed`, with `catalogSize` tracks. */
  seed(seed: number, catalogSize?: number): Promise<{
    /** `true`. */
    ok: true;
    /** The seed now in use. */
    seed: number;
  }> {
    return this.call("POST", "seed", { seed, catalogSize });
  }
  /** The registered apps (client ids, secrets, redirect URIs). */
  apps(): Promise<{
    /** Every registered app, the default one included. */
    apps: AppRecord[];
  }> {
    return this.call("GET", "apps");
  }
  /** Creates (or replaces, same clientId) an app; missing credentials are generated. */
  createApp(app: Partial<AppRecord> = {}): Promise<AppRecord> {
    return this.call("POST", "apps", app);
  }
  /** The users who can log in. */
  users(): Promise<{
    /** Every user, the default one included. */
    users: UserRecord[];
  }> {
    return this.call("GET", "users");
  }
  /** Adds a user (missing fields are generated) and resolves it. */
  createUser(user: Partial<Omit<UserRecord, "account_id">> = {}): Promise<UserRecord> {
    return this.call("POST", "users", user);
  }
  /** Issues a token without the OAuth flow. `scopes: "all"` grants every scope. */
  issueToken(request: { clientId?: string; userId?: string; scopes?: string[] | "all"; kind?: "user" | "app"; expiresIn?: number; pkce?: boolean } = {}): Promise<TokenResponse> {
    return this.call("POST", "tokens", request);
  }
  /** Expires the selected access tokens now (no selector field: all of them). */
  expireTokens(selector: TokenSelector = {}): Promise<{
    /** How many access tokens were expired. */
    expired: number;
  }> {
    return this.call("POST", "tokens/expire", selector);
  }
  /** Revokes the selected access and refresh tokens (no selector field: all of them). */
  revokeTokens(selector: TokenSelector = {}): Promise<{
    /** How many tokens were revoked, by kind. */
    revoked: {
      /** Access tokens revoked. */
      access: number;
      /** Refresh tokens revoked. */
      refresh: number;
    };
  }> {
    return this.call("POST", "tokens/revoke", selector);
  }
  /** Queues a fault (a status, a stall, a reset connection...) for requests that match; resolves it as queued. */
  addFault(fault: FaultSpec): Promise<{
    /** The fault just added, as queued: with its `id` and `remaining` count. */
    faults: ActiveFault[];
  }> {
    return this.call("POST", "faults", fault);
  }
  /** The faults still queued or active. */
  faults(): Promise<{
    /** The faults queued or active, oldest first. */
    faults: ActiveFault[];
  }> {
    return this.call("GET", "faults");
  }
  /** Removes every fault. */
  clearFaults(): Promise<{
    /** `true`. */
    ok: true;
  }> {
    return this.call("DELETE", "faults");
  }
  /** Adds `ms` of latency to every request (0 for none). */
  setLatency(ms: number): Promise<{
    /** The latency now added to each request, in ms. */
    ms: number;
  }> {
    return this.call("POST", "latency", { ms });
  }
  /** The emulator's clock: `now` (ms), ISO time, offset from real time. */
  clock(): Promise<ClockState> {
    return this.call("GET", "clock");
  }
  /** Moves the emulator's clock forward by `ms` (tokens expire, rate-limit windows pass). */
  advanceClock(ms: number): Promise<ClockState> {
    return this.call("POST", "clock", { advanceMs: ms });
  }
  /** Sets the emulator's clock to `epochMs`. */
  setClock(epochMs: number): Promise<ClockState> {
    return this.call("POST", "clock", { setMs: epochMs });
  }
  /** Back to real time. */
  resetClock(): Promise<ClockState> {
    return this.call("POST", "clock", { reset: true });
  }
  /** The latest requests the emulator answered (`limit` of them, or those after `since`). */
  log(options: { limit?: number; since?: number } = {}): Promise<{
    /** The logged requests, oldest first. */
    entries: RequestLogEntry[];
  }> {
    const q = new URLSearchParams();
    if (options.limit !== undefined) q.set("limit", String(options.limit));
    if (options.since !== undefined) q.set("since", String(options.since));
    return this.call("GET", `log${q.size ? `?${q.toString()}` : ""}`);
  }
  /**
   * Calls `onEntry` with every request logged from now on (server-sent events) until `signal`
   * aborts; resolves then. Entries after `since` (a seq) are replayed first.
   * @example
   * const stop = new AbortController();
   * void control.watchLog((e) => console.log(e.method, e.path, e.status), { signal: stop.signal });
   */
  async watchLog(onEntry: (entry: RequestLogEntry) => void, options: { signal: AbortSignal; since?: number }): Promise<void> {
    const q = options.since !== undefined ? `?since=${options.since}` : "";
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.base}/log/stream${q}`, { signal: options.signal });
    } catch (error) {
      if (options.signal.aborted) return;
      throw error;
    }
    if (!res.ok || !res.body) throw new EmulatorControlError(res.status, `HTTP ${res.status}`);
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split("\n").find((line) => line.startsWith("data: "));
          if (data) onEntry(JSON.parse(data.slice(6)) as RequestLogEntry);
        }
      }
    } catch (error) {
      if (!options.signal.aborted) throw error;
    }
  }
  /** Empties the request log. */
  clearLog(): Promise<{
    /** `true`. */
    ok: true;
  }> {
    return this.call("DELETE", "log");
  }
  /** Every live token's holder, scopes and expiry (never the values). */
  tokens(): Promise<TokenListing> {
    return this.call("GET", "tokens");
  }
  /** What the Web API serves a user now: saved items, follows, playlists with items, player. */
  state(userId?: string): Promise<Record<string, unknown>> {
    return this.call("GET", `state${userId === undefined ? "" : `?userId=${encodeURIComponent(userId)}`}`);
  }
  /** The run-time settings (auto-approve, rate limit, latency, profile, token lifetimes...). */
  settings(): Promise<EmulatorSettings> {
    return this.call("GET", "settings");
  }
  /** Changes some run-time settings; resolves all of them. */
  updateSettings(settings: Partial<EmulatorSettings>): Promise<EmulatorSettings> {
    return this.call("POST", "settings", settings);
  }
  /** Makes an app's calls (all apps without clientId) answer the quota 429 until turned off. */
  setQuotaExceeded(exceeded: boolean, options: { clientId?: string; retryAfter?: number } = {}): Promise<{
    /** The apps whose quota is exceeded now (`*` for all), each with the `Retry-After` it answers, in seconds. */
    exceeded: Record<string, number>;
  }> {
    return this.call("POST", "quota", { exceeded, ...options });
  }
}

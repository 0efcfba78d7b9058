// --data-dir persistence: one JSON file written atomically (temporary file, fsync, rename), a
// short while after each change and on stop. A file that cannot be read is an error at start,
// never a silent fresh state.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ApprovalRecord } from "../state/approvals.js";
import type { TokenStoreJSON } from "../state/tokens.js";
import type { Settings } from "../platform/platform.js";
import { type AppRecord, PROFILES } from "../options.js";
import type { UserRecord } from "../state/types.js";

/** The file --data-dir keeps the emulator's state in. */
export const STATE_FILE = "state.json";
const FORMAT = 1;

/** What is written to `<dataDir>/state.json`. */
export interface Snapshot {
  format: number;
  savedAt: string;
  clockOffsetMs: number;
  settings: Settings;
  apps: AppRecord[];
  users: UserRecord[];
  tokens: TokenStoreJSON;
  web: unknown;
  /** Scopes each user approved for each app (`rememberConsent`); absent in older files. */
  approvals?: ApprovalRecord[];
}

/** A state file in `--data-dir` that cannot be read back: the start stops, naming the file. */
export class CorruptStateError extends Error {
  /**
   * Thrown by the start; the message names the file and says how to start afresh.
   * @param file the state file that could not be read
   * @param reason what is wrong with it
   */
  constructor(file: string, reason: string) {
    super(`spotify-emulator: cannot restore ${file}: ${reason}. Fix or move the file away to start with a fresh state.`);
    this.name = "CorruptStateError";
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isApproval(v: unknown): v is ApprovalRecord {
  return isObject(v) && typeof v.clientId === "string" && typeof v.userId === "string"
    && Array.isArray(v.scopes) && v.scopes.every((scope) => typeof scope === "string");
}

const isString = (v: unknown): v is string => typeof v === "string";
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

function isApp(v: unknown): v is AppRecord {
  return isObject(v) && isString(v.clientId) && v.clientId !== "" && isString(v.clientSecret) && isString(v.name)
    && isStringList(v.redirectUris) && PROFILES.includes(v.profile as AppRecord["profile"]) && typeof v.restrictNov2024 === "boolean"
    && (v.allowedUsers === undefined || isStringList(v.allowedUsers));
}

function isUser(v: unknown): v is UserRecord {
  return isObject(v) && isString(v.id) && v.id !== "" && isString(v.display_name) && isString(v.email) && isString(v.country)
    && (v.product === "premium" || v.product === "free") && isString(v.account_id);
}

/** @throws CorruptStateError when the file exists but is not a valid snapshot */
export function loadSnapshot(dataDir: string): Snapshot | undefined {
  const file = join(dataDir, STATE_FILE);
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new CorruptStateError(file, `not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(data)) throw new CorruptStateError(file, "not a JSON object");
  if (data.format !== FORMAT) throw new CorruptStateError(file, `unknown format ${String(data.format)}`);
  if (!Array.isArray(data.apps) || !Array.isArray(data.users)) throw new CorruptStateError(file, "apps or users missing");
  // A record without its id would be filed under `undefined` and the app or user quietly lost.
  const badApp = data.apps.findIndex((app) => !isApp(app));
  if (badApp !== -1) throw new CorruptStateError(file, `apps[${badApp}] is not an app record`);
  const badUser = data.users.findIndex((user) => !isUser(user));
  if (badUser !== -1) throw new CorruptStateError(file, `users[${badUser}] is not a user record`);
  if (!isObject(data.tokens) || !Array.isArray(data.tokens.access) || !Array.isArray(data.tokens.refresh)) throw new CorruptStateError(file, "tokens missing");
  if (!isObject(data.settings) || typeof data.clockOffsetMs !== "number") throw new CorruptStateError(file, "settings or clock missing");
  if (!(Math.abs(Date.now() + data.clockOffsetMs) < 8.64e15)) throw new CorruptStateError(file, "clockOffsetMs puts the clock outside the Date range");
  if (data.approvals !== undefined && !(Array.isArray(data.approvals) && data.approvals.every(isApproval))) {
    throw new CorruptStateError(file, "approvals is not a list of { clientId, userId, scopes }");
  }
  return data as unknown as Snapshot;
}

/**
 * Writes the state file atomically (a temporary file, then rename), so a crash leaves the old file or the
 * new one, never half of one.
 */
export function writeSnapshot(dataDir: string, snapshot: Omit<Snapshot, "format" | "savedAt">): void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, STATE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  const text = JSON.stringify({ format: FORMAT, savedAt: new Date().toISOString(), ...snapshot });
  // The file holds tokens and app secrets: readable by the owner only.
  const fd = openSync(tmp, "w", 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** Debounced writer: `markDirty()` after changes, `flush()` on stop. */
export class Persister {
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;

  constructor(
    private readonly dataDir: string,
    private readonly snapshot: () => Omit<Snapshot, "format" | "savedAt">,
    private readonly onError: (error: unknown) => void,
    private readonly delayMs = 250,
  ) {}

  markDirty(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, this.delayMs);
    this.timer.unref();
  }

  /** @param force write even when nothing was marked (on stop: GETs may have moved state too) */
  flush(force = false): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (!this.dirty && !force) return;
    this.dirty = false;
    try {
      writeSnapshot(this.dataDir, this.snapshot());
    } catch (error) {
      this.dirty = true;
      this.onError(error);
    }
  }
}

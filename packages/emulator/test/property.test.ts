// Random paths, parameters, headers and bodies: the emulator answers every one of them with a
// well-formed response below 500 (501 only for an operation whose handler is not written yet),
// and keeps answering afterwards.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { HandlerTable, RunningEmulator } from "../src/index.js";
import { loadSpecModel } from "../src/spec/load.js";
import { rawRequest, start } from "./helpers.js";

const operations = loadSpecModel().operations;
/** Every operation answers; only the platform is under test here. */
const echo: HandlerTable = Object.fromEntries(operations.map((op) => [op.operationId, () => ({ body: { ok: true } })]));

const SEGMENT_CHARS = "abcXYZ019-_.~%:@!$&'()*+,;=";
const segment = fc.oneof(
  fc.constantFrom("..", ".", "%2e%2e", "%2F", "%5c", "%00", "%E0%A4%A", "%", "me", "tracks", "playlists", "items", "v1", "%F0%9F%8E%B5"),
  fc.string({ unit: fc.constantFrom(...SEGMENT_CHARS.split("")), minLength: 1, maxLength: 30 }),
);
const templatePath = fc.constantFrom(...operations.map((op) => op.path)).chain((template) =>
  fc.tuple(...template.split("/").slice(1).map((part) => (part.startsWith("{") ? segment : fc.constant(part)))).map((parts) => `/v1/${parts.join("/")}`),
);
const anyPath = fc.oneof(
  templatePath,
  fc.array(segment, { maxLength: 6 }).map((parts) => `/v1/${parts.join("/")}`),
  fc.array(segment, { maxLength: 3 }).map((parts) => `/${parts.join("/")}`),
  fc.constantFrom("/api/token", "/authorize", "/emulator/nothing", "/", "/v1"),
);
const paramName = fc.oneof(fc.constantFrom(...new Set(operations.flatMap((op) => op.params.map((p) => p.name)))), fc.string({ maxLength: 8 }));
const paramValue = fc.oneof(fc.string({ maxLength: 20 }), fc.integer().map(String), fc.double().map(String), fc.constantFrom("true", "false", "", "-1", "1e309", "track,artist"));
const query = fc.array(fc.tuple(paramName, paramValue), { maxLength: 5 }).map((pairs) => {
  const q = new URLSearchParams(pairs).toString();
  return q ? `?${q}` : "";
});
const body = fc.oneof(
  fc.constant(undefined),
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 200 }),
  fc.record({ name: fc.oneof(fc.string(), fc.integer()), uris: fc.array(fc.string(), { maxLength: 3 }), ids: fc.array(fc.string(), { maxLength: 3 }), device_ids: fc.array(fc.string(), { maxLength: 2 }) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
);
const method = fc.constantFrom("GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "HEAD");
const auth = fc.constantFrom("valid", "none", "garbage", "basic", "app");
const contentType = fc.constantFrom(undefined, "application/json", "application/x-www-form-urlencoded", "image/jpeg", "text/plain");

async function withEmulator(options: Parameters<typeof start>[0], body: (emu: RunningEmulator, tokens: Record<string, string | undefined>) => Promise<void>): Promise<void> {
  const { emu, control } = await start({ rateLimit: 0, ...options });
  try {
    const user = await control.issueToken({ scopes: "all" });
    const app = await control.issueToken({ kind: "app" });
    await body(emu, { valid: `Bearer ${user.access_token}`, none: undefined, garbage: "Bearer x.y.z", basic: "Basic Zm9vOmJhcg==", app: `Bearer ${app.access_token}` });
    const health = await rawRequest(emu, "GET", "/emulator/health");
    expect(health.status).toBe(200);
  } finally {
    await emu.stop();
  }
}

function property(emu: RunningEmulator, tokens: Record<string, string | undefined>, allow501: boolean) {
  return fc.asyncProperty(method, anyPath, query, body, auth, contentType, async (m, path, q, b, a, type) => {
    const headers: Record<string, string> = {};
    if (tokens[a]) headers.Authorization = tokens[a]!;
    if (type) headers["Content-Type"] = type;
    const res = await rawRequest(emu, m, `${path}${q}`, headers, m === "GET" || m === "HEAD" ? undefined : b);
    const what = `${m} ${path}${q} ${String(b).slice(0, 80)} -> ${res.body.slice(0, 200)}`;
    expect(res.status, what).toBeGreaterThanOrEqual(200);
    expect(allow501 && res.status === 501 ? 499 : res.status, what).toBeLessThan(500);
    if (res.status >= 400 && m !== "HEAD" && String(res.headers["content-type"]).startsWith("application/json")) {
      expect(() => JSON.parse(res.body), what).not.toThrow();
    }
  });
}

describe("random requests", () => {
  it("never get a 5xx or a broken response from the platform, and the emulator keeps answering", async () => {
    await withEmulator({ handlers: echo }, (emu, tokens) => fc.assert(property(emu, tokens, false), { numRuns: 200, seed: 20261123 }));
  });

  it("never get a 5xx from the real handlers either (501 only for an unwritten one)", async () => {
    await withEmulator({ catalogSize: 2000 }, (emu, tokens) => fc.assert(property(emu, tokens, true), { numRuns: 150, seed: 7 }));
  });
});

// Random paths, parameters, headers and bodies: the emulator answers every one of them with a
// well-formed response below 500 (501 only for an operation whose handler is not written yet),
// and keeps answering afterwards.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

let emu: RunningEmulator;
let tokens: Record<string, string | undefined>;
beforeAll(async () => {
  const started = await start({ rateLimit: 0, handlers: echo });
  emu = started.emu;
  const user = await started.control.issueToken({ scopes: "all" });
  const app = await started.control.issueToken({ kind: "app" });
  tokens = { valid: `Bearer ${user.access_token}`, none: undefined, garbage: "Bearer x.y.z", basic: "Basic Zm9vOmJhcg==", app: `Bearer ${app.access_token}` };
});
afterAll(() => emu.stop());

describe("random requests", () => {
  it("never get a 5xx or a broken response, and the emulator keeps answering", async () => {
    await fc.assert(
      fc.asyncProperty(method, anyPath, query, body, auth, contentType, async (m, path, q, b, a, type) => {
        const headers: Record<string, string> = {};
        if (tokens[a]) headers.Authorization = tokens[a]!;
        if (type) headers["Content-Type"] = type;
        const res = await rawRequest(emu, m, `${path}${q}`, headers, m === "GET" || m === "HEAD" ? undefined : b);
        expect(res.status, `${m} ${path}${q} -> ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(200);
        expect(res.status, `${m} ${path}${q} -> ${res.body.slice(0, 200)}`).toBeLessThan(500);
        if (res.status >= 400 && m !== "HEAD" && String(res.headers["content-type"]).startsWith("application/json")) {
          expect(() => JSON.parse(res.body)).not.toThrow();
        }
      }),
      { numRuns: 200, seed: 20261123 },
    );
    const health = await rawRequest(emu, "GET", "/emulator/health");
    expect(health.status).toBe(200);
  });
});

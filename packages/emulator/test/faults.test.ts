// Rate limit, quota and every injected fault kind, on the Web API and on /api/token.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, HandlerTable, RunningEmulator } from "../src/index.js";
import { api, basic, rawRequest, start, token } from "./helpers.js";

const handlers: HandlerTable = {
  "get-track": (ctx) => ({ body: { id: ctx.params.id, name: "A track with a long enough name" } }),
  "get-an-album": (ctx) => ({ body: { id: ctx.params.id } }),
};

let emu: RunningEmulator;
let control: EmulatorControl;
let t: string;
beforeAll(async () => {
  ({ emu, control } = await start({ rateLimit: 0, handlers }));
  t = (await control.issueToken()).access_token;
});
afterEach(() => control.clearFaults());
afterAll(() => emu.stop());

describe("rate limit", () => {
  it("answers 429 with Retry-After past the limit in a rolling 30 s window, per app", async () => {
    await control.updateSettings({ rateLimit: 3 });
    try {
      for (let i = 0; i < 3; i++) expect((await api(emu, "/v1/tracks/a", { token: t })).status).toBe(200);
      const limited = await api(emu, "/v1/tracks/a", { token: t });
      expect(limited.status).toBe(429);
      expect(limited.json()).toEqual({ error: { status: 429, message: "API rate limit exceeded" } });
      const retryAfter = Number(limited.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(30);
      const other = await control.createApp({});
      const t2 = (await control.issueToken({ clientId: other.clientId })).access_token;
      expect((await api(emu, "/v1/tracks/a", { token: t2 })).status).toBe(200);
      await control.advanceClock(31_000);
      expect((await api(emu, "/v1/tracks/a", { token: t })).status).toBe(200);
    } finally {
      await control.advanceClock(-31_000);
      await control.updateSettings({ rateLimit: 0 });
    }
  });

  it("answers the quota 429 with reason QUOTA_EXCEEDED on demand", async () => {
    await control.setQuotaExceeded(true, { retryAfter: 7 });
    try {
      const res = await api(emu, "/v1/tracks/a", { token: t });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("7");
      expect(res.json()).toEqual({ error: { status: 429, message: "Too many requests", reason: "QUOTA_EXCEEDED" } });
    } finally {
      await control.setQuotaExceeded(false);
    }
    expect((await api(emu, "/v1/tracks/a", { token: t })).status).toBe(200);
  });
});

describe("faults", () => {
  it("status: the next N matching requests, then back to normal", async () => {
    await control.addFault({ match: { path: "/v1/tracks" }, count: 2, kind: "status", status: 503 });
    expect((await api(emu, "/v1/albums/x", { token: t })).status).toBe(200);
    const first = await api(emu, "/v1/tracks/a", { token: t });
    expect(first.status).toBe(503);
    expect(first.json()).toEqual({ error: { status: 503, message: "Service unavailable" } });
    expect((await api(emu, "/v1/tracks/a", { token: t })).status).toBe(503);
    expect((await api(emu, "/v1/tracks/a", { token: t })).status).toBe(200);
  });

  it("status with a custom body, matched by operationId and method", async () => {
    await control.addFault({ match: { operationId: "get-an-album", method: "GET" }, kind: "status", status: 500, body: { oops: true } });
    const res = await api(emu, "/v1/albums/x", { token: t });
    expect(res.status).toBe(500);
    expect(res.json()).toEqual({ oops: true });
  });

  it("rate-limit and quota kinds carry Retry-After", async () => {
    await control.addFault({ match: { path: "^/v1/tracks/[a-z]+$" }, kind: "rate-limit", retryAfter: 2 });
    const limited = await api(emu, "/v1/tracks/abc", { token: t });
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "2"]);
    await control.addFault({ kind: "quota", retryAfter: 5 });
    const quota = await api(emu, "/v1/tracks/abc", { token: t });
    expect((quota.json() as { error: { reason: string } }).error.reason).toBe("QUOTA_EXCEEDED");
  });

  it("html: an HTML error page where JSON was expected", async () => {
    await control.addFault({ kind: "html" });
    const res = await api(emu, "/v1/tracks/a", { token: t });
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(res.text).toMatch(/^<html>/);
  });

  it("truncated-json and empty: the real status with a broken body", async () => {
    await control.addFault({ kind: "truncated-json" });
    const cut = await api(emu, "/v1/tracks/a", { token: t });
    expect(cut.status).toBe(200);
    expect(cut.text.startsWith('{"id":"a"')).toBe(true);
    expect(() => JSON.parse(cut.text)).toThrow();
    await control.addFault({ kind: "empty" });
    const empty = await api(emu, "/v1/tracks/a", { token: t });
    expect([empty.status, empty.text]).toEqual([200, ""]);
  });

  it("destroy-socket: the connection drops without an answer", async () => {
    await control.addFault({ kind: "destroy-socket" });
    await expect(rawRequest(emu, "GET", "/v1/tracks/a", { Authorization: `Bearer ${t}` })).rejects.toThrow();
    expect((await api(emu, "/v1/tracks/a", { token: t })).status).toBe(200);
  });

  it("stall: holds the request (until the client gives up, or for stallMs)", async () => {
    await control.addFault({ kind: "stall" });
    await expect(fetch(`${emu.apiUrl}/tracks/a`, { headers: { Authorization: `Bearer ${t}` }, signal: AbortSignal.timeout(150) })).rejects.toThrow();
    await control.addFault({ kind: "stall", stallMs: 50 });
    const started = Date.now();
    expect((await api(emu, "/v1/tracks/a", { token: t })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("applies to /api/token with the Accounts error shape", async () => {
    await control.addFault({ match: { path: "/api/token" }, kind: "status", status: 503 });
    const res = await token(emu, { grant_type: "client_credentials" }, { Authorization: basic() });
    expect(res).toEqual({ status: 503, body: { error: "server_error", error_description: "Unexpected status: 503" } });
    expect((await token(emu, { grant_type: "client_credentials" }, { Authorization: basic() })).status).toBe(200);
  });

  it("rejects an invalid fault spec", async () => {
    await expect(control.addFault({ kind: "nope" as "html" })).rejects.toMatchObject({ status: 400 });
    await expect(control.addFault({ kind: "status", count: 0 })).rejects.toMatchObject({ status: 400 });
    await expect(control.addFault({ kind: "status", match: { path: "^(" } })).rejects.toMatchObject({ status: 400 });
  });

  it("adds latency to every request", async () => {
    await control.setLatency(60);
    try {
      const started = Date.now();
      await api(emu, "/v1/tracks/a", { token: t });
      expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    } finally {
      await control.setLatency(0);
    }
  });
});

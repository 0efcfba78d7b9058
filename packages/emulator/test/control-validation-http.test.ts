// Control-plane validation over real HTTP: a fault rule the matcher cannot read (or a 1xx status) is a
// 400 and never breaks later requests; a clock change past the Date range is refused before it
// applies; a request that fails validation changes nothing; delays past setTimeout's range are
// refused.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { api, basic, start, token } from "./helpers.js";

let emu: RunningEmulator;
let control: EmulatorControl;
let t: string;
beforeAll(async () => {
  ({ emu, control } = await start({ rateLimit: 0 }));
  t = (await control.issueToken()).access_token;
});
afterEach(() => control.reset().then(async () => void (t = (await control.issueToken()).access_token)));
afterAll(() => emu.stop());

async function post(path: string, body: unknown): Promise<{ status: number; body: { error?: { message: string } } & Record<string, unknown> }> {
  const res = await fetch(`${emu.controlUrl}/${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { error?: { message: string } } };
}

async function stillServes(): Promise<void> {
  expect((await token(emu, { grant_type: "client_credentials" }, { Authorization: basic() })).status).toBe(200);
  expect((await api(emu, "/v1/me", { token: t })).status).toBe(200);
  expect((await control.faults()).faults).toEqual([]);
}

describe("POST /emulator/faults", () => {
  it("refuses a match that is not an object or whose method / operationId / path is not a string", async () => {
    for (const match of [{ method: 5, path: "/nomatch" }, { operationId: true }, { path: 7 }, "abc", null, ["GET"]]) {
      const res = await post("faults", { kind: "status", match });
      expect(res.status, JSON.stringify(match)).toBe(400);
      expect(res.body.error!.message).toMatch(/^match/);
    }
    expect((await post("faults", { faults: [null] })).status).toBe(400);
    await stillServes();
  });

  it("refuses a status below 200 (an interim answer would leave the request hanging)", async () => {
    for (const status of [100, 101, 103, 199]) {
      const res = await post("faults", { kind: "status", status, match: { path: "/v1/me" } });
      expect(res.status).toBe(400);
      expect(res.body.error!.message).toBe("status must be an HTTP status code from 200 to 599");
    }
    await stillServes();
    expect((await post("faults", { kind: "status", status: 200, match: { path: "/v1/me" } })).status).toBe(201);
  });

  it("adds all of a list or none of it", async () => {
    const res = await post("faults", { faults: [{ kind: "status" }, { kind: "bogus" }] });
    expect(res.status).toBe(400);
    await stillServes();
  });

  it("refuses a stallMs that setTimeout cannot wait", async () => {
    expect((await post("faults", { kind: "stall", stallMs: 2 ** 31 })).status).toBe(400);
    expect((await post("faults", { kind: "stall", stallMs: 2 ** 31 - 1, match: { path: "/nomatch" } })).status).toBe(201);
  });
});

describe("POST /emulator/clock", () => {
  it("refuses a change that would take the clock outside the Date range, and leaves the clock alone", async () => {
    await control.advanceClock(5_000);
    for (const change of [{ advanceMs: 1e308 }, { advanceMs: -1e16 }, { setMs: 1e17 }, { setMs: -8.64e15 }, { reset: true, advanceMs: 8.64e15 }]) {
      const res = await post("clock", change);
      expect(res.status, JSON.stringify(change)).toBe(400);
      expect(res.body.error!.message).toMatch(/clock must stay within/);
    }
    const clock = await control.clock();
    expect(clock.offsetMs).toBe(5_000);
    await api(emu, "/v1/me", { token: t });
    const log = await fetch(`${emu.controlUrl}/log?limit=1`);
    expect(log.status).toBe(200);
    expect((await post("clock", { setMs: 4e15 })).status).toBe(200);
    expect((await fetch(`${emu.controlUrl}/clock`)).status).toBe(200);
  });
});

describe("a control request that fails validation changes nothing", () => {
  it("POST /emulator/settings", async () => {
    const before = await control.settings();
    for (const body of [{ tokenTtl: 5, profile: "bogus" }, { rateLimit: 1, rememberConsent: "yes" }, { autoApprove: true, codeTtl: 0 }, { latency: 2 ** 31 }]) {
      expect((await post("settings", body)).status, JSON.stringify(body)).toBe(400);
      expect(await control.settings()).toEqual(before);
    }
  });

  it("POST /emulator/quota wants a boolean", async () => {
    const res = await post("quota", { exceeded: "no" });
    expect(res.status).toBe(400);
    expect(res.body.error!.message).toBe("exceeded must be a boolean");
    expect((await post("quota", { exceeded: true, retryAfter: -1 })).status).toBe(400);
    expect((await api(emu, "/v1/me", { token: t })).status).toBe(200);
    expect((await post("quota", { exceeded: true })).body).toEqual({ exceeded: { "*": 30 } });
    expect((await api(emu, "/v1/me", { token: t })).status).toBe(429);
  });

  it("POST /emulator/latency refuses a delay setTimeout cannot wait", async () => {
    const res = await post("latency", { ms: 2 ** 31 });
    expect(res.status).toBe(400);
    expect(res.body.error!.message).toBe(`ms must be at most ${2 ** 31 - 1}`);
    expect((await control.settings()).latency).toBe(0);
    await expect(start({ latency: 2 ** 31 })).rejects.toThrow(/option latency must be an integer from 0 to 2147483647/);
  });
});

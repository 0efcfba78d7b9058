// The global setup for test runners: one emulator, its URLs in the environment, everything undone after.
import { afterEach, describe, expect, it } from "vitest";
import { emulatorGlobalSetup, stopEmulatorGlobalSetup, type EmulatorTestEnv } from "../src/index.js";
import { basic } from "./helpers.js";

const NAMES = ["SPOTIFY_EMULATOR_URL", "SPOTIFY_EMULATOR_API_URL", "SPOTIFY_EMULATOR_ACCOUNTS_URL", "SPOTIFY_EMULATOR_CLIENT_ID", "SPOTIFY_EMULATOR_CLIENT_SECRET"] as const;

afterEach(() => stopEmulatorGlobalSetup());

describe("emulatorGlobalSetup", () => {
  it("starts an emulator the tests reach through the environment, provides the same to vitest, and the teardown stops it and restores the environment", async () => {
    process.env.SPOTIFY_EMULATOR_URL = "http://kept.example";
    const provided: Record<string, unknown> = {};
    const teardown = await emulatorGlobalSetup({ seed: 3 })({ provide: (key: string, value: unknown) => (provided[key] = value) });
    const env = Object.fromEntries(NAMES.map((n) => [n, process.env[n]])) as unknown as EmulatorTestEnv;
    expect(provided.spotifyEmulator).toEqual(env);
    const tokenRes = await fetch(`${env.SPOTIFY_EMULATOR_ACCOUNTS_URL}/api/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: basic(env.SPOTIFY_EMULATOR_CLIENT_ID, env.SPOTIFY_EMULATOR_CLIENT_SECRET) },
      body: "grant_type=client_credentials",
    });
    const { access_token } = (await tokenRes.json()) as { access_token: string };
    const search = await fetch(`${env.SPOTIFY_EMULATOR_API_URL}/search?q=love&type=track&limit=1`, { headers: { Authorization: `Bearer ${access_token}` } });
    expect(search.status).toBe(200);

    await teardown();
    expect(process.env.SPOTIFY_EMULATOR_URL).toBe("http://kept.example");
    expect(process.env.SPOTIFY_EMULATOR_API_URL).toBeUndefined();
    await expect(fetch(`${env.SPOTIFY_EMULATOR_URL}/emulator/health`)).rejects.toThrow();
    delete process.env.SPOTIFY_EMULATOR_URL;
  });

  it("a second setup in one process replaces the first emulator instead of leaking it", async () => {
    await emulatorGlobalSetup()();
    const first = process.env.SPOTIFY_EMULATOR_URL!;
    const teardown = await emulatorGlobalSetup()();
    expect(process.env.SPOTIFY_EMULATOR_URL).not.toBe(first);
    await expect(fetch(`${first}/emulator/health`)).rejects.toThrow();
    await teardown();
    expect(process.env.SPOTIFY_EMULATOR_URL).toBeUndefined();
  });
});

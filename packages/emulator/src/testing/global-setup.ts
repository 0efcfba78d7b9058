// A global setup for test runners (vitest, jest): one emulator for the whole run, its URLs handed to
// the test workers through environment variables, which workers inherit because the runners start
// them after the global setup.
import { DEFAULT_APP } from "../options.js";
import { startEmulator, type RunningEmulator, type StartOptions } from "../server.js";

/** What the global setup tells the tests, as environment variables and (vitest) `inject`. */
export interface EmulatorTestEnv {
  /** The origin, e.g. `http://127.0.0.1:41234`: `SPOTIFY_EMULATOR_URL`. */
  SPOTIFY_EMULATOR_URL: string;
  /** The Web API base (`…/v1`): the SDK's `baseUrl`. */
  SPOTIFY_EMULATOR_API_URL: string;
  /** The Accounts service base: the SDK's `accountsBaseUrl`. */
  SPOTIFY_EMULATOR_ACCOUNTS_URL: string;
  /** The emulator's default app. */
  SPOTIFY_EMULATOR_CLIENT_ID: string;
  /** The default app's client secret. */
  SPOTIFY_EMULATOR_CLIENT_SECRET: string;
}

const KEY = Symbol.for("spotify-emulator.globalSetup");

/** The part of vitest's `TestProject` the setup uses (typed structurally: no vitest import). */
interface ProvidingProject {
  provide?(key: string, value: unknown): void;
}

/**
 * A global setup that starts one emulator on a free loopback port before the tests and stops it
 * after them. Tests read its URLs from `process.env` (see {@link EmulatorTestEnv}); vitest tests may
 * also `inject("spotifyEmulator")`.
 *
 * @example
 * ```ts
 * // vitest.config.ts: test: { globalSetup: ["./emulator.setup.ts"] }
 * // emulator.setup.ts
 * import { emulatorGlobalSetup } from "spotify-emulator";
 * export default emulatorGlobalSetup({ seed: 1 });
 *
 * // a test
 * const sdk = SpotifyApi.withClientCredentials(process.env.SPOTIFY_EMULATOR_CLIENT_ID!, process.env.SPOTIFY_EMULATOR_CLIENT_SECRET!, [], {
 *   baseUrl: process.env.SPOTIFY_EMULATOR_API_URL, accountsBaseUrl: process.env.SPOTIFY_EMULATOR_ACCOUNTS_URL,
 * });
 *
 * // jest (ESM): globalSetup: "./emulator.setup.mjs", globalTeardown: "./emulator.teardown.mjs"
 * // emulator.setup.mjs:    import { emulatorGlobalSetup } from "spotify-emulator"; export default emulatorGlobalSetup();
 * // emulator.teardown.mjs: export { stopEmulatorGlobalSetup as default } from "spotify-emulator";
 * ```
 */
export function emulatorGlobalSetup(options: StartOptions = {}): (project?: unknown) => Promise<() => Promise<void>> {
  return async (project?: unknown) => {
    await stopEmulatorGlobalSetup();
    const emulator = await startEmulator({ ...options, port: options.port ?? 0, host: options.host ?? "127.0.0.1" });
    const values: EmulatorTestEnv = {
      SPOTIFY_EMULATOR_URL: emulator.url,
      SPOTIFY_EMULATOR_API_URL: emulator.apiUrl,
      SPOTIFY_EMULATOR_ACCOUNTS_URL: emulator.accountsUrl,
      SPOTIFY_EMULATOR_CLIENT_ID: DEFAULT_APP.clientId,
      SPOTIFY_EMULATOR_CLIENT_SECRET: DEFAULT_APP.clientSecret,
    };
    const previous: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(values)) {
      previous[name] = process.env[name];
      process.env[name] = value;
    }
    (globalThis as Record<symbol, unknown>)[KEY] = { emulator, previous } satisfies Running;
    const provide = (project as ProvidingProject | undefined)?.provide;
    if (typeof provide === "function") provide.call(project, "spotifyEmulator", values);
    return stopEmulatorGlobalSetup;
  };
}

interface Running {
  emulator: RunningEmulator;
  previous: Record<string, string | undefined>;
}

/** Stops the emulator {@link emulatorGlobalSetup} started and restores the environment (jest's `globalTeardown`). */
export async function stopEmulatorGlobalSetup(): Promise<void> {
  const running = (globalThis as Record<symbol, unknown>)[KEY] as Running | undefined;
  if (!running) return;
  delete (globalThis as Record<symbol, unknown>)[KEY];
  for (const [name, value] of Object.entries(running.previous)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await running.emulator.stop();
}

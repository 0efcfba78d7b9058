/**
 * spotify-emulator: a local Spotify Web API and Accounts service.
 * @example
 * import { startEmulator, EmulatorControl } from "spotify-emulator";
 * const emu = await startEmulator({ port: 0 });
 * const control = new EmulatorControl(emu.url);
 */
export { startEmulator, type RunningEmulator, type StartOptions } from "./server.js";
export { createApp, type EmulatorApp } from "./app.js";
export { emulatorGlobalSetup, stopEmulatorGlobalSetup, type EmulatorTestEnv } from "./testing/global-setup.js";
export {
  EmulatorControl,
  EmulatorControlError,
  type ClockState,
  type EmulatorSettings,
  type TokenResponse,
  type TokenSelector,
} from "./control/client.js";
export type { ActiveFault, FaultKind, FaultSpec } from "./faults/queue.js";
export type { LoggedBodies, RequestLogEntry } from "./log/request-log.js";
export type { AccessTokenView, RefreshTokenView, TokenListing } from "./control/views.js";
export { DEFAULT_APP, DEFAULT_USERS, DEFAULT_USER_ID, type AppRecord, type EmulatorLogger, type EmulatorOptions } from "./options.js";
export { PROFILES, type Profile } from "./core/profiles.js";
export { CorruptStateError } from "./persist/store.js";
export { FixtureError } from "./fixtures/load.js";
export { ApiProblem, type CallerAuth, type Handler, type HandlerContext, type HandlerResult, type HandlerTable } from "./handlers/types.js";
export type { EmulatorState, UserRecord, WebApiState } from "./state/types.js";
// Types the exported ones name (the settings, a fixture source): exported so the reference documents them.
export type { Settings } from "./platform/platform.js";
export type { FixtureSource } from "./fixtures/sources.js";

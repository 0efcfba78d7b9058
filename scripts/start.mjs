#!/usr/bin/env node
// `npm start`: starts spotify-emulator on a free port and runs the guided tour of the SDK against
// it, then stops it. `npm start -- --live` runs the read-only part against the real Spotify.
// Flags: --port <n> (default: any free port), --data-dir <dir>, --live.
import { runTour } from "../examples/tour/tour.mjs";

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const live = args.includes("--live");
const out = (line = "") => process.stdout.write(`${line}\n`);
// Bold titles only on a terminal that wants them (https://no-color.org: NO_COLOR set and non-empty).
const bold = process.stdout.isTTY && !process.env.NO_COLOR && process.env.TERM !== "dumb";
const section = (title) => out(bold ? `\n\x1b[1m${title}\x1b[0m` : `\n${title}`);
const say = (line) => out(`   ${line}`);

let emulator;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    await emulator?.stop();
  } finally {
    process.exit(code);
  }
}
process.on("SIGINT", () => {
  out("\nInterrupted: stopping the emulator.");
  void stop(130);
});
process.on("SIGTERM", () => void stop(143));

async function main() {
  if (live) {
    const clientId = process.env.SPOTIFY_CLIENT_ID;
    const clientSecret = process.env.SPOTIFY_CLIENT_SECRET;
    if (!clientId || !clientSecret) {
      process.stderr.write("--live needs your app's credentials: set SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET " +
        "(from https://developer.spotify.com/dashboard) and run again.\n");
      return 2;
    }
    out("spotify-web-api-sdk tour, live against api.spotify.com (read-only part)");
    await runTour({ emulator: undefined, control: undefined, credentials: { clientId, clientSecret }, section, say });
    return 0;
  }

  const { startEmulator, EmulatorControl, DEFAULT_APP } = await import("spotify-emulator");
  const port = flag("--port") === undefined ? 0 : Number(flag("--port"));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a port number, got ${flag("--port")}\n`);
    return 2;
  }
  try {
    emulator = await startEmulator({ port, dataDir: flag("--data-dir"), rateLimit: 1000 });
  } catch (e) {
    if (e?.code === "EADDRINUSE") process.stderr.write(`Port ${port} is busy: pick another with --port, or --port 0 for any free one.\n`);
    else process.stderr.write(`The emulator could not start: ${e?.message ?? e}\n`);
    return 1;
  }
  out(`spotify-web-api-sdk tour against spotify-emulator at ${emulator.url}`);
  const control = new EmulatorControl(emulator.url);
  await runTour({
    emulator,
    control,
    credentials: { clientId: DEFAULT_APP.clientId, clientSecret: DEFAULT_APP.clientSecret },
    section,
    say,
  });
  out("\nDone: every call above went through the SDK's one request pipeline. Emulator stopped.");
  return 0;
}

main().then(
  (code) => stop(code),
  (error) => {
    process.stderr.write(`\nThe tour failed: ${error?.stack ?? error}\n`);
    void stop(1);
  },
);

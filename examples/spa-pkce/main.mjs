#!/usr/bin/env node
/**
 * A browser app logs in with PKCE, shows the user's profile, and hands its token to this server,
 * which then calls the Web API for the user and renews the token.
 *
 *   node examples/spa-pkce/main.mjs        # then open the printed URL in a browser
 *
 * Talks to an embedded spotify-emulator by default (its consent page appears in the browser);
 * to Spotify with SPOTIFY_CLIENT_ID set (a PKCE app needs no secret) and
 * http://127.0.0.1:8888/callback registered as a redirect URI (another port: PORT); to an
 * emulator you started with SPOTIFY_EMULATOR_URL set.
 */
import { startSpaServer } from "./server.mjs";

const env = process.env;
let emulator;
let target;
if (env.SPOTIFY_CLIENT_ID && !env.SPOTIFY_EMULATOR_URL) {
  target = { name: "Spotify", clientId: env.SPOTIFY_CLIENT_ID, port: Number(env.PORT ?? 8888) };
} else {
  const { DEFAULT_APP, startEmulator } = await import("spotify-emulator");
  if (!env.SPOTIFY_EMULATOR_URL) emulator = await startEmulator({ port: 0 });
  const url = (env.SPOTIFY_EMULATOR_URL ?? emulator.url).replace(/\/+$/, "");
  // The emulator's default app registers http://127.0.0.1/callback: any port is accepted.
  target = { name: `spotify-emulator at ${url}`, clientId: env.SPOTIFY_CLIENT_ID ?? DEFAULT_APP.clientId,
    apiUrl: `${url}/v1`, accountsUrl: url, port: Number(env.PORT ?? 0) };
}

let server;
try {
  server = await startSpaServer({ ...target, log: (line) => console.log(`[server] ${line}`) });
} catch (error) {
  process.stderr.write(`could not start: ${error.message}\n`);
  await emulator?.stop();
  process.exit(1);
}
console.log(`Talking to ${target.name}`);
console.log(`open ${server.url}/ in a browser (redirect URI ${server.redirectUri}); Ctrl-C stops`);

async function stop() {
  await server.close();
  await emulator?.stop();
}
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => { stop().then(() => process.exit(0)); });

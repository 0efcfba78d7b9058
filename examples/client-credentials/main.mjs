#!/usr/bin/env node
/**
 * Client credentials: an app token, no user. Good for catalog reads (search, albums, artists).
 *
 *   node examples/client-credentials/main.mjs [query]
 *
 * Talks to an embedded spotify-emulator by default; to Spotify with SPOTIFY_CLIENT_ID and
 * SPOTIFY_CLIENT_SECRET set; to an emulator you started with SPOTIFY_EMULATOR_URL set.
 */
import { ApiError, SpotifyApi, SpotifyError, ValidationError } from "spotify-web-api-sdk";

const query = process.argv[2] ?? "love";
const env = process.env;

if (!!env.SPOTIFY_CLIENT_ID !== !!env.SPOTIFY_CLIENT_SECRET) {
  process.stderr.write("Set both SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET (your app's, from developer.spotify.com), or neither to use the emulator.\n");
  process.exit(2);
}

// Where to talk: Spotify, an emulator already running, or one started here.
let emulator;
let target;
if (env.SPOTIFY_EMULATOR_URL || !env.SPOTIFY_CLIENT_ID) {
  const { DEFAULT_APP, startEmulator } = await import("spotify-emulator");
  if (!env.SPOTIFY_EMULATOR_URL) emulator = await startEmulator({ port: 0 });
  const url = (env.SPOTIFY_EMULATOR_URL ?? emulator.url).replace(/\/+$/, "");
  target = {
    name: `spotify-emulator at ${url}`,
    clientId: env.SPOTIFY_CLIENT_ID ?? DEFAULT_APP.clientId,
    clientSecret: env.SPOTIFY_CLIENT_SECRET ?? DEFAULT_APP.clientSecret,
    options: { baseUrl: `${url}/v1`, accountsBaseUrl: url },
  };
} else {
  target = { name: "Spotify", clientId: env.SPOTIFY_CLIENT_ID, clientSecret: env.SPOTIFY_CLIENT_SECRET, options: {} };
}

try {
  console.log(`Talking to ${target.name}`);
  const sdk = SpotifyApi.withClientCredentials(target.clientId, target.clientSecret, [], target.options);

  // Development-mode apps may ask search for at most 10 results a page.
  const found = await sdk.search(query, ["track", "artist"], undefined, 5);
  console.log(`search "${query}": ${found.tracks.total} tracks, ${found.artists.total} artists`);
  for (const track of found.tracks.items) {
    console.log(`  - ${track.name} by ${track.artists.map((a) => a.name).join(", ")}`);
  }

  const first = found.tracks.items[0];
  if (first) {
    const album = await sdk.albums.get(first.album.id);
    console.log(`album: "${album.name}" (${album.release_date}), ${album.tracks.total} tracks`);
    const artist = first.artists[0];
    const albums = await sdk.artists.albums(artist.id, undefined, undefined, 5);
    console.log(`${artist.name} has ${albums.total} albums; first page: ${albums.items.map((a) => a.name).join(" | ")}`);
  }

  // Errors are typed: a malformed id fails before any request, an unknown one is a 404.
  try {
    await sdk.tracks.get("not a track id");
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    console.log(`ValidationError (no request sent): ${error.message}`);
  }
  try {
    await sdk.tracks.get("0000000000000000000000");
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    console.log(`${error.name} ${error.status}: ${error.spotifyMessage}`);
  }
  console.log("done");
} catch (error) {
  // SDK errors never hold a token or the client secret: safe to print.
  process.stderr.write(`failed: ${error instanceof SpotifyError ? `${error.name}: ${error.message}` : error?.stack ?? error}\n`);
  process.exitCode = 1;
} finally {
  await emulator?.stop();
}

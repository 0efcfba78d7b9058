/**
 * The guided tour: spotify-web-api-sdk end to end against spotify-emulator (or, read-only, against
 * the real Spotify). Each section is a few lines of the SDK as an app would write them.
 * Run it with `npm start` (emulator) or `npm start -- --live` (Spotify; needs credentials).
 */
import {
  ApiError,
  AuthorizationCodeWithPKCEStrategy,
  SpotifyApi,
  ValidationError,
} from "spotify-web-api-sdk";

/**
 * @param {object} env
 * @param {{ apiUrl: string, accountsUrl: string } | undefined} env.emulator where the emulator listens (undefined: live)
 * @param {import("spotify-emulator").EmulatorControl | undefined} env.control the emulator's control plane
 * @param {{ clientId: string, clientSecret: string }} env.credentials
 * @param {(title: string) => void} env.section
 * @param {(line: string) => void} env.say
 */
export async function runTour({ emulator, control, credentials, section, say }) {
  const options = emulator ? { baseUrl: emulator.apiUrl, accountsBaseUrl: emulator.accountsUrl } : {};

  section("1. Client credentials: search, an album, an artist's albums");
  const app = SpotifyApi.withClientCredentials(credentials.clientId, credentials.clientSecret, [], options);
  const found = await app.search("love", ["track", "artist"], undefined, 5);
  say(`search "love": ${found.tracks.total} tracks, first: "${found.tracks.items[0]?.name}" by ${found.tracks.items[0]?.artists[0]?.name}`);
  const track = found.tracks.items[0];
  const album = await app.albums.get(track.album.id);
  say(`album "${album.name}" (${album.release_date}), ${album.tracks.total} tracks`);
  const artistId = found.artists.items[0]?.id ?? track.artists[0].id;
  const artistAlbums = await app.artists.albums(artistId, undefined, undefined, 5);
  say(`artist's albums: ${artistAlbums.total} in all, first page: ${artistAlbums.items.map((a) => a.name).join(", ")}`);

  section("2. A typed error for a bad ID, before any request; a 404 for an unknown one");
  try {
    await app.tracks.get("../../v1/me");
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    say(`ValidationError: ${e.message}`);
  }
  try {
    await app.tracks.get("0000000000000000000000");
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    say(`${e.name} ${e.status}: "${e.spotifyMessage}"`);
  }

  if (!emulator || !control) {
    section("Live mode ends here: the rest of the tour writes to a user's account");
    return;
  }

  section("3. A user logs in with PKCE (the emulator's consent page, auto-approved)");
  await control.updateSettings({ autoApprove: true });
  const scopes = ["user-read-private", "playlist-modify-private", "playlist-read-private", "user-library-modify",
    "user-library-read", "user-modify-playback-state", "user-read-playback-state"];
  const pkce = new AuthorizationCodeWithPKCEStrategy(credentials.clientId, "http://127.0.0.1:8888/callback", scopes, {
    accountsBaseUrl: emulator.accountsUrl,
  });
  const { url } = await pkce.getAuthorizeUrl();
  // A browser would show the consent page; the emulator approves at once and redirects with ?code=.
  const consent = await fetch(url, { redirect: "manual" });
  await pkce.handleCallback(consent.headers.get("location"));
  const user = new SpotifyApi(pkce, options);
  const me = await user.currentUser.profile();
  say(`logged in as ${me.display_name} (${me.id})`);

  section("4. A playlist created, filled with 120 tracks (chunked), read back with pagination");
  const uris = [];
  for (let offset = 0; uris.length < 120; offset += 10) {
    const page = await user.search("a", ["track"], undefined, 10, offset);
    uris.push(...page.tracks.items.map((t) => t.uri));
  }
  const playlist = await user.playlists.createPlaylist(me.id, { name: "Tour mix", public: false });
  const added = await user.playlists.addItemsToPlaylist(playlist.id, uris.slice(0, 120));
  say(`created "${playlist.name}", added 120 tracks in 2 requests of at most 100; snapshot ${added.snapshot_id}`);
  let count = 0;
  for await (const entry of user.paginate(user.playlists.getPlaylistItems, playlist.id)) {
    if (entry.item) count++;
  }
  say(`read back ${count} items, page by page`);

  section("5. A library write");
  await user.currentUser.tracks.saveTracks(uris.slice(0, 3).map((u) => u.split(":")[2]));
  const saved = await user.currentUser.tracks.hasSavedTracks(uris.slice(0, 3).map((u) => u.split(":")[2]));
  say(`saved 3 tracks (PUT /me/library), contains → ${JSON.stringify(saved)}`);

  section("6. The player: a command and the 204 it answers");
  const { devices } = await user.player.getAvailableDevices();
  await user.player.transferPlayback([devices[0].id], true);
  const result = await user.player.startResumePlayback(devices[0].id, undefined, uris.slice(0, 5));
  const state = await user.player.getPlaybackState();
  say(`playing on "${devices[0].name}": startResumePlayback resolved ${String(result)} (204), now "${state?.item?.name}"`);

  section("7. An access token expires and is renewed: one token request");
  await control.clearLog();
  await control.expireTokens({});
  await Promise.all([user.currentUser.profile(), user.player.getPlaybackState(), user.currentUser.playlists.playlists()]);
  const log = await control.log({});
  const tokenRequests = log.entries.filter((e) => e.operationId === "oauth-token").length;
  const rejected = log.entries.filter((e) => e.status === 401).length;
  say(`3 concurrent calls on an expired token: ${rejected} answered 401, ${tokenRequests} token request (rotated refresh token), then all succeeded`);

  section("8. A 429 retried after Retry-After");
  await control.addFault({ kind: "rate-limit", retryAfter: 1, match: { path: "/v1/me" } });
  const started = Date.now();
  await user.currentUser.profile();
  say(`429 with Retry-After: 1 → waited ${((Date.now() - started) / 1000).toFixed(1)} s and retried once: success`);
}

/**
 * A small program written against `@spotify/web-api-ts-sdk` 1.2.0's API. The migration test
 * type-checks it against 1.2.0 (with the import pointing there) and against this SDK (as is), and
 * runs it against a local server. Only the import line may differ between the two.
 */
import {
  SpotifyApi, Scopes, type AccessToken, type Album, type Artist, type Market, type MaxInt, type Page, type PlaybackState,
  type SimplifiedTrack, type Track, type TrackItem, type UserProfile,
} from "../../src/index.js";

export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

// 1.2.0 typed `type` as a plain string, so its users narrow with `in`; this SDK also narrows on `type`.
function describeItem(item: TrackItem): string {
  return "album" in item ? `track ${item.name} (${item.album.name})` : `episode ${item.name} (${item.show.name})`;
}

export async function main(fetchImpl: FetchLike): Promise<string[]> {
  const token: AccessToken = { access_token: "at", token_type: "Bearer", expires_in: 3600, refresh_token: "rt", expires: Date.now() + 3_600_000 };
  const sdk = SpotifyApi.withAccessToken("client-id", token, { fetch: fetchImpl });
  const out: string[] = [`${Scopes.userLibrary.length} library scopes`];
  const market: Market = "SE";
  const limit: MaxInt<50> = 10;

  const album: Album = await sdk.albums.get("4aawyAB9vmqN3uQ7FjRGTy", market);
  out.push(`album ${album.name} by ${album.artists.map((a) => a.name).join(", ")}`);
  const albumTracks: Page<SimplifiedTrack> = await sdk.albums.tracks(album.id, market, limit, 0);
  out.push(`${albumTracks.total} album tracks`);

  const track: Track = await sdk.tracks.get("11dFghVXANMlKmJXsNCbNl");
  out.push(describeItem(track));
  const artist: Artist = await sdk.artists.get(track.artists[0]!.id);
  out.push(`artist ${artist.name}`);

  const results = await sdk.search("queen", ["track", "artist"], market, 5);
  out.push(`${results.tracks.items.length} tracks, ${results.artists.total} artists found`);

  const me: UserProfile = await sdk.currentUser.profile();
  out.push(`me ${me.id}`);
  const top = await sdk.currentUser.topItems("artists", "short_term", 5);
  out.push(`top ${top.items.map((a) => a.name).join(", ")}`);

  const mine = await sdk.currentUser.playlists.playlists(20);
  for (const p of mine.items) out.push(`playlist ${p.name}`);
  const playlist = await sdk.playlists.getPlaylist("37i9dQZF1DXcBWIGoYBM5M");
  out.push(`playlist ${playlist.name} owned by ${playlist.owner.id}`);
  const entries = await sdk.playlists.getPlaylistItems("37i9dQZF1DXcBWIGoYBM5M", undefined, undefined, 50, 0, ["episode"]);
  for (const entry of entries.items) out.push(entry.track ? describeItem(entry.track) : "unavailable item");

  await sdk.currentUser.tracks.saveTracks([track.id]);
  const saved = await sdk.currentUser.tracks.hasSavedTracks([track.id]);
  out.push(`saved: ${saved.join(",")}`);

  const created = await sdk.playlists.createPlaylist(me.id, { name: "Migrated", public: false });
  await sdk.playlists.addItemsToPlaylist(created.id, [track.uri]);
  await sdk.playlists.removeItemsFromPlaylist(created.id, { tracks: [{ uri: track.uri }] });
  out.push(`created ${created.name}`);

  // 1.2.0 typed this as never null although it resolved null on a 204; the type now says so.
  const state: PlaybackState | null = await sdk.player.getPlaybackState();
  out.push(state ? `playing: ${state.is_playing}` : "nothing playing");
  await sdk.player.startResumePlayback("device-1", undefined, [track.uri], undefined, 30_000);

  try {
    await sdk.tracks.get("not-an-id");
  } catch (e) {
    out.push(`error: ${(e as Error).name}`);
  }
  return out;
}

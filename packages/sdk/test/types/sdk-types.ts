/**
 * Type tests: compiled by `tsc -p tsconfig.test.json`, never run. Each `@ts-expect-error` must
 * stay an error; every other line must compile.
 */
import type {
  Album, CurrentlyPlaying, Episode, Market, MaxInt, Page, PlaybackState, Playlist, PlaylistedTrack, SearchResults, SimplifiedPlaylist,
  SpotifyApi, Track, TrackItem, UserProfile,
} from "../../src/index.js";

declare const sdk: SpotifyApi;
declare function expectType<T>(value: T): void;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
declare function assert<T extends true>(): void;

export async function narrowing(item: Track | Episode): Promise<void> {
  if (item.type === "track") {
    expectType<Track>(item);
    expectType<string>(item.album.name);
  } else {
    expectType<Episode>(item);
    expectType<string>(item.show.name);
  }
  // @ts-expect-error `album` exists only on tracks: narrow first
  void item.album;
  // @ts-expect-error no such discriminant
  if (item.type === "album") void item;
}

export async function nullability(): Promise<void> {
  const state = await sdk.player.getPlaybackState();
  // @ts-expect-error nothing may be active (204)
  void state.is_playing;
  if (state) {
    // @ts-expect-error `item` is null during ads and between items
    void state.item.name;
    expectType<TrackItem | null>(state.item);
  }
  const playing = await sdk.player.getCurrentlyPlayingTrack();
  expectType<CurrentlyPlaying | null>(playing);
  assert<Equal<Awaited<ReturnType<typeof sdk.player.getPlaybackState>>, PlaybackState | null>>();

  const entries = await sdk.playlists.getPlaylistItems("id");
  for (const entry of entries.items) {
    // @ts-expect-error an unavailable item is null
    void entry.item.name;
    expectType<Track | null>(entry.item);
  }
}

export async function devModeFields(track: Track, me: UserProfile, album: Album): Promise<void> {
  // @ts-expect-error Development Mode apps no longer receive popularity
  const popularity: number = track.popularity;
  void popularity;
  expectType<number | undefined>(track.popularity);
  expectType<string | undefined>(me.email);
  expectType<string | undefined>(album.label);
  expectType<string>(track.name);
}

export async function additionalTypes(): Promise<void> {
  const tracksOnly = await sdk.playlists.getPlaylist("id");
  assert<Equal<typeof tracksOnly, Playlist<Track>>>();
  const withEpisodes = await sdk.playlists.getPlaylist("id", undefined, undefined, ["track", "episode"]);
  assert<Equal<typeof withEpisodes, Playlist<TrackItem>>>();
  const page = await sdk.playlists.getPlaylistItems("id", undefined, undefined, 50, 0, ["episode"]);
  assert<Equal<typeof page, Page<PlaylistedTrack<TrackItem>>>>();
  // @ts-expect-error only "track" and "episode"
  await sdk.playlists.getPlaylist("id", undefined, undefined, ["album"]);
}

export async function search(): Promise<void> {
  const result = await sdk.search("q", ["track", "album"]);
  expectType<Track[]>(result.tracks.items);
  void result.albums.total;
  // @ts-expect-error only the requested keys
  void result.artists;
  assert<Equal<keyof SearchResults<["playlist"]>, "playlists">>();
  const playlists = await sdk.search("q", ["playlist"]);
  expectType<Array<SimplifiedPlaylist | null>>(playlists.playlists.items);
}

export async function argumentTypes(): Promise<void> {
  const fromToken: Market = "from_token";
  await sdk.tracks.get("id", fromToken);
  // @ts-expect-error not a market
  await sdk.tracks.get("id", "XX");
  const limit: MaxInt<50> = 50;
  await sdk.albums.tracks("id", undefined, limit);
  // @ts-expect-error above the 1.2.0 maximum
  await sdk.albums.tracks("id", undefined, 51);
  expectType<Album>(await sdk.albums.get("id"));
  expectType<Album[]>(await sdk.albums.get(["id"]));
  expectType<Page<import("../../src/index.js").Artist>>(await sdk.currentUser.topItems("artists"));
  // @ts-expect-error topItems takes "artists" or "tracks"
  await sdk.currentUser.topItems("albums");
  expectType<{ snapshot_id: string }>(await sdk.playlists.addItemsToPlaylist("id", ["uri"]));
}

export async function pagination(): Promise<void> {
  // A generic method passed by reference loses its type argument: items are typed `Track | Episode`.
  for await (const entry of sdk.paginate(sdk.playlists.getPlaylistItems, "id")) expectType<PlaylistedTrack<TrackItem>>(entry);
  const artists = await sdk.paginate(sdk.currentUser.followedArtists).toArray({ limit: 10 });
  expectType<import("../../src/index.js").Artist[]>(artists);
  const releases = await sdk.paginate(sdk.browse.getNewReleases).toArray();
  expectType<import("../../src/index.js").SimplifiedAlbum[]>(releases);
  // @ts-expect-error the leading argument is a playlist ID string
  sdk.paginate(sdk.playlists.getPlaylistItems, 42);
}

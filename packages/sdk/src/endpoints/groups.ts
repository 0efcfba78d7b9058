/**
 * How a client builds its endpoint groups (internal: `SpotifyApi` uses it).
 * @module
 */
import { AlbumsEndpoints } from "./albums.js";
import { ArtistsEndpoints } from "./artists.js";
import type { EndpointContext } from "./base.js";
import {
  BrowseEndpoints, MarketsEndpoints, RecommendationsEndpoints, SearchEndpoints, UsersEndpoints, type SearchExecutionFunction,
} from "./catalog-misc.js";
import { CurrentUserWithLibraryEndpoints } from "./current-user-library.js";
import { PlayerEndpoints } from "./player.js";
import { PlaylistsEndpoints } from "./playlists.js";
import { AudiobooksEndpoints, ChaptersEndpoints, EpisodesEndpoints, ShowsEndpoints } from "./spoken.js";
import { TracksEndpoints } from "./tracks.js";

/** The endpoint groups of a client, as 1.2.0's `SpotifyApi` exposes them. */
export interface EndpointGroups {
  /** {@link SpotifyApi.albums}. */
  albums: AlbumsEndpoints;
  /** {@link SpotifyApi.artists}. */
  artists: ArtistsEndpoints;
  /** {@link SpotifyApi.audiobooks}. */
  audiobooks: AudiobooksEndpoints;
  /** {@link SpotifyApi.browse}. */
  browse: BrowseEndpoints;
  /** {@link SpotifyApi.chapters}. */
  chapters: ChaptersEndpoints;
  /** {@link SpotifyApi.episodes}. */
  episodes: EpisodesEndpoints;
  /** {@link SpotifyApi.recommendations}. */
  recommendations: RecommendationsEndpoints;
  /** {@link SpotifyApi.markets}. */
  markets: MarketsEndpoints;
  /** {@link SpotifyApi.player}. */
  player: PlayerEndpoints;
  /** {@link SpotifyApi.playlists}. */
  playlists: PlaylistsEndpoints;
  /** {@link SpotifyApi.shows}. */
  shows: ShowsEndpoints;
  /** {@link SpotifyApi.tracks}. */
  tracks: TracksEndpoints;
  /** {@link SpotifyApi.users}. */
  users: UsersEndpoints;
  /** {@link SpotifyApi.search}: bound, so it can be passed around and paginated. */
  search: SearchExecutionFunction;
  /** {@link SpotifyApi.currentUser}. */
  currentUser: CurrentUserWithLibraryEndpoints;
}

/** Builds every group on one context. */
export function createEndpointGroups(ctx: EndpointContext): EndpointGroups {
  const search = new SearchEndpoints(ctx);
  return {
    albums: new AlbumsEndpoints(ctx),
    artists: new ArtistsEndpoints(ctx),
    audiobooks: new AudiobooksEndpoints(ctx),
    browse: new BrowseEndpoints(ctx),
    chapters: new ChaptersEndpoints(ctx),
    episodes: new EpisodesEndpoints(ctx),
    recommendations: new RecommendationsEndpoints(ctx),
    markets: new MarketsEndpoints(ctx),
    player: new PlayerEndpoints(ctx),
    playlists: new PlaylistsEndpoints(ctx),
    shows: new ShowsEndpoints(ctx),
    tracks: new TracksEndpoints(ctx),
    users: new UsersEndpoints(ctx),
    // `execute` is bound and carries its paging (see SearchEndpoints), so `paginate(sdk.search, ...)` works.
    search: search.execute as SearchExecutionFunction,
    currentUser: new CurrentUserWithLibraryEndpoints(ctx),
  };
}

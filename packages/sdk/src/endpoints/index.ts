/**
 * The endpoint groups, their operation tables, and how a client builds them.
 * @module
 */
import type { RequestPipeline } from "../options.js";
import { AlbumsEndpoints, ALBUMS_OPERATIONS } from "./albums.js";
import { ArtistsEndpoints, ARTISTS_OPERATIONS } from "./artists.js";
import type { EndpointContext, OperationDecl } from "./base.js";
import {
  BrowseEndpoints, CATALOG_MISC_OPERATIONS, MarketsEndpoints, RecommendationsEndpoints, SearchEndpoints, UsersEndpoints,
  type SearchExecutionFunction,
} from "./catalog-misc.js";
import { CurrentUserEndpoints, CURRENT_USER_OPERATIONS } from "./current-user.js";
import { CURRENT_USER_LIBRARY_OPERATIONS } from "./current-user-library.js";
import { LIBRARY_OPERATIONS } from "./library.js";
import { PlayerEndpoints, PLAYER_OPERATIONS } from "./player.js";
import { PlaylistsEndpoints, PLAYLISTS_OPERATIONS } from "./playlists.js";
import { AudiobooksEndpoints, ChaptersEndpoints, EpisodesEndpoints, ShowsEndpoints, SPOKEN_OPERATIONS } from "./spoken.js";
import { TracksEndpoints, TRACKS_OPERATIONS } from "./tracks.js";
import { markPaged, type PagedSpec } from "../pagination/marker.js";
import { ValidationError } from "../errors.js";

export { AlbumsEndpoints } from "./albums.js";
export { ArtistsEndpoints, type IncludeGroup } from "./artists.js";
export { AudiobooksEndpoints, ChaptersEndpoints, EpisodesEndpoints, ShowsEndpoints, type ChapterMarket } from "./spoken.js";
export { BrowseEndpoints, MarketsEndpoints, RecommendationsEndpoints, SearchEndpoints, UsersEndpoints, type SearchExecutionFunction } from "./catalog-misc.js";
export { CurrentUserEndpoints } from "./current-user.js";
export {
  CurrentUserAlbumsEndpoints, CurrentUserAudiobooksEndpoints, CurrentUserEpisodesEndpoints, CurrentUserPlaylistsEndpoints,
  CurrentUserShowsEndpoints, CurrentUserTracksEndpoints,
} from "./current-user-library.js";
export { LibraryEndpoints, LIBRARY_CHUNK, LIBRARY_SAVE_TYPES, LIBRARY_CONTAINS_TYPES } from "./library.js";
export { PlayerEndpoints, type QueryRange, type PlaybackOffset } from "./player.js";
export { PlaylistsEndpoints } from "./playlists.js";
export type {
  ChangePlaylistDetailsRequest, CoverImageData, CreatePlaylistRequest, RemovePlaylistItemsRequest, UpdatePlaylistItemsRequest,
} from "./playlist-bodies.js";
export { MAX_COVER_BASE64_BYTES } from "./playlist-bodies.js";
export { TracksEndpoints } from "./tracks.js";
export { EndpointsBase, type EndpointContext, type OperationDecl, type RequestOptions } from "./base.js";

/** Every operation the SDK declares, keyed by the spec's operationId. */
export const OPERATIONS: Readonly<Record<string, OperationDecl>> = Object.freeze(
  Object.fromEntries(
    [
      ALBUMS_OPERATIONS, ARTISTS_OPERATIONS, SPOKEN_OPERATIONS, TRACKS_OPERATIONS, CATALOG_MISC_OPERATIONS, PLAYER_OPERATIONS,
      PLAYLISTS_OPERATIONS, LIBRARY_OPERATIONS, CURRENT_USER_OPERATIONS, CURRENT_USER_LIBRARY_OPERATIONS,
    ].flatMap((table) => Object.values(table as Record<string, OperationDecl>)).map((op) => [op.operationId, op]),
  ),
);

/** The endpoint groups of a client, as 1.2.0's `SpotifyApi` exposes them. */
export interface EndpointGroups {
  albums: AlbumsEndpoints;
  artists: ArtistsEndpoints;
  audiobooks: AudiobooksEndpoints;
  browse: BrowseEndpoints;
  chapters: ChaptersEndpoints;
  episodes: EpisodesEndpoints;
  recommendations: RecommendationsEndpoints;
  markets: MarketsEndpoints;
  player: PlayerEndpoints;
  playlists: PlaylistsEndpoints;
  shows: ShowsEndpoints;
  tracks: TracksEndpoints;
  users: UsersEndpoints;
  search: SearchExecutionFunction;
  currentUser: CurrentUserEndpoints;
}

/**
 * The context groups share. `currentUserId()` asks `GET /me` each time: the auth strategy can
 * change (`switchAuthenticationStrategy`), so a cached ID could name the previous user.
 */
export function createEndpointContext(pipeline: RequestPipeline): EndpointContext {
  return {
    pipeline,
    async currentUserId() {
      const me = await pipeline.request<{ id: string }>({ method: "GET", path: "/me", operationId: CURRENT_USER_OPERATIONS.profile.operationId });
      return me.id;
    },
  };
}

/**
 * `paginate(sdk.search, q, ["track"])` walks one type's results: 10 per page by default (the most
 * Development Mode apps may ask for; `.withOptions({ pageSize: 50 })` for Extended Quota apps),
 * up to Spotify's `offset` limit of 1000.
 */
const SEARCH_PAGING: PagedSpec = {
  kind: "offset",
  limitIndex: 3,
  offsetIndex: 4,
  optionsIndex: 6,
  maxLimit: 10,
  maxOffset: 1000,
  unwrap: (args) => {
    const types = args[1];
    if (!Array.isArray(types) || types.length !== 1) {
      throw new ValidationError("paginate(sdk.search, ...) walks one type at a time: pass a single type, e.g. [\"track\"]", { parameter: "type" });
    }
    return `${String(types[0])}s`;
  },
};

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
    search: markPaged(((...args: Parameters<SearchEndpoints["execute"]>) => search.execute(...args)) as SearchExecutionFunction, SEARCH_PAGING),
    currentUser: new CurrentUserEndpoints(ctx),
  };
}

/**
 * How a client builds its endpoint groups (internal: `SpotifyApi` uses it).
 * @module
 */
import { ValidationError } from "../errors.js";
import type { RequestPipeline } from "../options.js";
import { markPaged, type PagedSpec } from "../pagination/marker.js";
import { AlbumsEndpoints } from "./albums.js";
import { ArtistsEndpoints } from "./artists.js";
import type { EndpointContext } from "./base.js";
import {
  BrowseEndpoints, MarketsEndpoints, RecommendationsEndpoints, SearchEndpoints, UsersEndpoints, type SearchExecutionFunction,
} from "./catalog-misc.js";
import { CurrentUserEndpoints, CURRENT_USER_OPERATIONS } from "./current-user.js";
import { PlayerEndpoints } from "./player.js";
import { PlaylistsEndpoints } from "./playlists.js";
import { AudiobooksEndpoints, ChaptersEndpoints, EpisodesEndpoints, ShowsEndpoints } from "./spoken.js";
import { TracksEndpoints } from "./tracks.js";

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

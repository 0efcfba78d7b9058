/**
 * The endpoint groups and their operation tables (public). How a client builds them: `groups.ts`.
 * @module
 */
import { ALBUMS_OPERATIONS } from "./albums.js";
import { ARTISTS_OPERATIONS } from "./artists.js";
import type { OperationDecl } from "./base.js";
import { CATALOG_MISC_OPERATIONS } from "./catalog-misc.js";
import { CURRENT_USER_OPERATIONS } from "./current-user.js";
import { CURRENT_USER_LIBRARY_OPERATIONS } from "./current-user-library.js";
import { LIBRARY_OPERATIONS } from "./library.js";
import { PLAYER_OPERATIONS } from "./player.js";
import { PLAYLISTS_OPERATIONS } from "./playlists.js";
import { SPOKEN_OPERATIONS } from "./spoken.js";
import { TRACKS_OPERATIONS } from "./tracks.js";

export { AlbumsEndpoints } from "./albums.js";
export { ArtistsEndpoints, type IncludeGroup } from "./artists.js";
export { AudiobooksEndpoints, ChaptersEndpoints, EpisodesEndpoints, ShowsEndpoints, type ChapterMarket } from "./spoken.js";
export { BrowseEndpoints, MarketsEndpoints, RecommendationsEndpoints, SearchEndpoints, UsersEndpoints, type SearchExecutionFunction } from "./catalog-misc.js";
export { CurrentUserEndpoints } from "./current-user.js";
export {
  CurrentUserAlbumsEndpoints, CurrentUserAudiobooksEndpoints, CurrentUserEpisodesEndpoints, CurrentUserPlaylistsEndpoints,
  CurrentUserShowsEndpoints, CurrentUserTracksEndpoints, CurrentUserWithLibraryEndpoints,
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

/**
 * Every operation the SDK declares, keyed by the spec's operationId. Built in a pure-annotated
 * function, so a bundle that does not use it drops it and every table.
 */
export const OPERATIONS: Readonly<Record<string, OperationDecl>> = /* @__PURE__ */ (() => Object.freeze(
  Object.fromEntries(
    [
      ALBUMS_OPERATIONS, ARTISTS_OPERATIONS, SPOKEN_OPERATIONS, TRACKS_OPERATIONS, CATALOG_MISC_OPERATIONS, PLAYER_OPERATIONS,
      PLAYLISTS_OPERATIONS, LIBRARY_OPERATIONS, CURRENT_USER_OPERATIONS, CURRENT_USER_LIBRARY_OPERATIONS,
    ].flatMap((table) => Object.values(table as Record<string, OperationDecl>)).map((op) => [op.operationId, op]),
  ),
))();
export type { EndpointGroups } from "./groups.js";

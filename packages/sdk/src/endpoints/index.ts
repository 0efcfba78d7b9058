/**
 * The endpoint groups and the table of every operation (public). How a client builds them: `groups.ts`.
 * @module
 */
import { ALL_OPERATIONS } from "../operations/all.generated.js";
import type { OperationDecl } from "./base.js";

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
 * Every operation of the spec, keyed by its operationId: the generated declarations. Built in a
 * pure-annotated function, so a bundle that does not use it drops it and the declarations.
 */
export const OPERATIONS: Readonly<Record<string, OperationDecl>> = /* @__PURE__ */ (() => Object.freeze(
  Object.fromEntries(ALL_OPERATIONS.map((op) => [op.operationId, op])),
))();
export type { EndpointGroups } from "./groups.js";

/**
 * GENERATED FILE: do not edit. Source: spec/openapi.yml and spec/annotations.yml.
 * One declaration per Web API operation, each its own export: a bundle carries only the operations it imports.
 * Regenerate with `npm run gen:operations` (node scripts/gen-operations.mjs); test/operations.test.ts fails when it drifts.
 * @module
 */
import type { OperationDecl } from "./types.js";

/** Get Album: `GET /albums/{id}` (`get-an-album`). */
export const getAnAlbum = {
  /** The spec's operationId. */
  operationId: "get-an-album",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/albums/{id}",
} as const satisfies OperationDecl;

/** Get Several Albums: `GET /albums` (`get-multiple-albums`). */
export const getMultipleAlbums = {
  /** The spec's operationId. */
  operationId: "get-multiple-albums",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/albums",
  /** What the JSON answer must be. */
  envelope: {
    /** The key of the array. */
    list: "albums",
  },
  /** The most IDs or URIs one request takes. */
  maxIds: 20,
} as const satisfies OperationDecl;

/** Get Album Tracks: `GET /albums/{id}/tracks` (`get-an-albums-tracks`). */
export const getAnAlbumsTracks = {
  /** The spec's operationId. */
  operationId: "get-an-albums-tracks",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/albums/{id}/tracks",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Get Artist: `GET /artists/{id}` (`get-an-artist`). */
export const getAnArtist = {
  /** The spec's operationId. */
  operationId: "get-an-artist",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/artists/{id}",
} as const satisfies OperationDecl;

/** Get Several Artists: `GET /artists` (`get-multiple-artists`). */
export const getMultipleArtists = {
  /** The spec's operationId. */
  operationId: "get-multiple-artists",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/artists",
  /** What the JSON answer must be. */
  envelope: {
    /** The key of the array. */
    list: "artists",
  },
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Get Artist's Albums: `GET /artists/{id}/albums` (`get-an-artists-albums`). */
export const getAnArtistsAlbums = {
  /** The spec's operationId. */
  operationId: "get-an-artists-albums",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/artists/{id}/albums",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 10,
  },
} as const satisfies OperationDecl;

/** Get Artist's Top Tracks: `GET /artists/{id}/top-tracks` (`get-an-artists-top-tracks`). */
export const getAnArtistsTopTracks = {
  /** The spec's operationId. */
  operationId: "get-an-artists-top-tracks",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/artists/{id}/top-tracks",
} as const satisfies OperationDecl;

/** Get Artist's Related Artists: `GET /artists/{id}/related-artists` (`get-an-artists-related-artists`). */
export const getAnArtistsRelatedArtists = {
  /** The spec's operationId. */
  operationId: "get-an-artists-related-artists",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/artists/{id}/related-artists",
} as const satisfies OperationDecl;

/** Get Show: `GET /shows/{id}` (`get-a-show`). */
export const getAShow = {
  /** The spec's operationId. */
  operationId: "get-a-show",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/shows/{id}",
} as const satisfies OperationDecl;

/** Get Several Shows: `GET /shows` (`get-multiple-shows`). */
export const getMultipleShows = {
  /** The spec's operationId. */
  operationId: "get-multiple-shows",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/shows",
  /** What the JSON answer must be. */
  envelope: {
    /** The key of the array. */
    list: "shows",
  },
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Get Show Episodes: `GET /shows/{id}/episodes` (`get-a-shows-episodes`). */
export const getAShowsEpisodes = {
  /** The spec's operationId. */
  operationId: "get-a-shows-episodes",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/shows/{id}/episodes",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Get Episode: `GET /episodes/{id}` (`get-an-episode`). */
export const getAnEpisode = {
  /** The spec's operationId. */
  operationId: "get-an-episode",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/episodes/{id}",
} as const satisfies OperationDecl;

/** Get Several Episodes: `GET /episodes` (`get-multiple-episodes`). */
export const getMultipleEpisodes = {
  /** The spec's operationId. */
  operationId: "get-multiple-episodes",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/episodes",
  /** What the JSON answer must be. */
  envelope: {
    /** The key of the array. */
    list: "episodes",
  },
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Get an Audiobook: `GET /audiobooks/{id}` (`get-an-audiobook`). */
export const getAnAudiobook = {
  /** The spec's operationId. */
  operationId: "get-an-audiobook",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/audiobooks/{id}",
} as const satisfies OperationDecl;

/** Get Several Audiobooks: `GET /audiobooks` (`get-multiple-audiobooks`). */
export const getMultipleAudiobooks = {
  /** The spec's operationId. */
  operationId: "get-multiple-audiobooks",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/audiobooks",
  /** What the JSON answer must be. */
  envelope: {
    /** The key of the array. */
    list: "audiobooks",
  },
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Get Audiobook Chapters: `GET /audiobooks/{id}/chapters` (`get-audiobook-chapters`). */
export const getAudiobookChapters = {
  /** The spec's operationId. */
  operationId: "get-audiobook-chapters",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/audiobooks/{id}/chapters",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Get User's Saved Audiobooks: `GET /me/audiobooks` (`get-users-saved-audiobooks`). */
export const getUsersSavedAudiobooks = {
  /** The spec's operationId. */
  operationId: "get-users-saved-audiobooks",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/audiobooks",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Save Audiobooks for Current User: `PUT /me/audiobooks` (`save-audiobooks-user`). */
export const saveAudiobooksUser = {
  /** The spec's operationId. */
  operationId: "save-audiobooks-user",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/audiobooks",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Remove User's Saved Audiobooks: `DELETE /me/audiobooks` (`remove-audiobooks-user`). */
export const removeAudiobooksUser = {
  /** The spec's operationId. */
  operationId: "remove-audiobooks-user",
  /** The HTTP method. */
  method: "DELETE",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/audiobooks",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Check User's Saved Audiobooks: `GET /me/audiobooks/contains` (`check-users-saved-audiobooks`). */
export const checkUsersSavedAudiobooks = {
  /** The spec's operationId. */
  operationId: "check-users-saved-audiobooks",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/audiobooks/contains",
  /** What the JSON answer must be. */
  envelope: "booleans",
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Get a Chapter: `GET /chapters/{id}` (`get-a-chapter`). */
export const getAChapter = {
  /** The spec's operationId. */
  operationId: "get-a-chapter",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/chapters/{id}",
} as const satisfies OperationDecl;

/** Get Several Chapters: `GET /chapters` (`get-several-chapters`). */
export const getSeveralChapters = {
  /** The spec's operationId. */
  operationId: "get-several-chapters",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/chapters",
  /** What the JSON answer must be. */
  envelope: {
    /** The key of the array. */
    list: "chapters",
  },
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Get Track: `GET /tracks/{id}` (`get-track`). */
export const getTrack = {
  /** The spec's operationId. */
  operationId: "get-track",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/tracks/{id}",
} as const satisfies OperationDecl;

/** Get Several Tracks: `GET /tracks` (`get-several-tracks`). */
export const getSeveralTracks = {
  /** The spec's operationId. */
  operationId: "get-several-tracks",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/tracks",
  /** What the JSON answer must be. */
  envelope: {
    /** The key of the array. */
    list: "tracks",
  },
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Search for Item: `GET /search` (`search`). */
export const search = {
  /** The spec's operationId. */
  operationId: "search",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/search",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 10,
    /** The largest `offset`. */
    maxOffset: 1000,
  },
} as const satisfies OperationDecl;

/** Get Current User's Profile: `GET /me` (`get-current-users-profile`). */
export const getCurrentUsersProfile = {
  /** The spec's operationId. */
  operationId: "get-current-users-profile",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me",
} as const satisfies OperationDecl;

/** Get Playlist: `GET /playlists/{playlist_id}` (`get-playlist`). */
export const getPlaylist = {
  /** The spec's operationId. */
  operationId: "get-playlist",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}",
} as const satisfies OperationDecl;

/** Change Playlist Details: `PUT /playlists/{playlist_id}` (`change-playlist-details`). */
export const changePlaylistDetails = {
  /** The spec's operationId. */
  operationId: "change-playlist-details",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}",
  /** Safe to resend after a 5xx. */
  idempotent: true,
} as const satisfies OperationDecl;

/** Get Playlist Items [DEPRECATED]: `GET /playlists/{playlist_id}/tracks` (`get-playlists-tracks`). */
export const getPlaylistsTracks = {
  /** The spec's operationId. */
  operationId: "get-playlists-tracks",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/tracks",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 100,
  },
} as const satisfies OperationDecl;

/** Update Playlist Items [DEPRECATED]: `PUT /playlists/{playlist_id}/tracks` (`reorder-or-replace-playlists-tracks`). */
export const reorderOrReplacePlaylistsTracks = {
  /** The spec's operationId. */
  operationId: "reorder-or-replace-playlists-tracks",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/tracks",
  /** How the answer is read. */
  response: "json",
  /** The most IDs or URIs one request takes. */
  maxIds: 100,
} as const satisfies OperationDecl;

/** Add Items to Playlist [DEPRECATED]: `POST /playlists/{playlist_id}/tracks` (`add-tracks-to-playlist`). */
export const addTracksToPlaylist = {
  /** The spec's operationId. */
  operationId: "add-tracks-to-playlist",
  /** The HTTP method. */
  method: "POST",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/tracks",
  /** How the answer is read. */
  response: "json",
  /** The most IDs or URIs one request takes. */
  maxIds: 100,
} as const satisfies OperationDecl;

/** Remove Playlist Items [DEPRECATED]: `DELETE /playlists/{playlist_id}/tracks` (`remove-tracks-playlist`). */
export const removeTracksPlaylist = {
  /** The spec's operationId. */
  operationId: "remove-tracks-playlist",
  /** The HTTP method. */
  method: "DELETE",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/tracks",
  /** How the answer is read. */
  response: "json",
  /** The most IDs or URIs one request takes. */
  maxIds: 100,
} as const satisfies OperationDecl;

/** Get Playlist Items: `GET /playlists/{playlist_id}/items` (`get-playlists-items`). */
export const getPlaylistsItems = {
  /** The spec's operationId. */
  operationId: "get-playlists-items",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/items",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Update Playlist Items: `PUT /playlists/{playlist_id}/items` (`reorder-or-replace-playlists-items`). */
export const reorderOrReplacePlaylistsItems = {
  /** The spec's operationId. */
  operationId: "reorder-or-replace-playlists-items",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/items",
  /** How the answer is read. */
  response: "json",
  /** The most IDs or URIs one request takes. */
  maxIds: 100,
} as const satisfies OperationDecl;

/** Add Items to Playlist: `POST /playlists/{playlist_id}/items` (`add-items-to-playlist`). */
export const addItemsToPlaylist = {
  /** The spec's operationId. */
  operationId: "add-items-to-playlist",
  /** The HTTP method. */
  method: "POST",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/items",
  /** How the answer is read. */
  response: "json",
  /** The most IDs or URIs one request takes. */
  maxIds: 100,
} as const satisfies OperationDecl;

/** Remove Playlist Items: `DELETE /playlists/{playlist_id}/items` (`remove-items-playlist`). */
export const removeItemsPlaylist = {
  /** The spec's operationId. */
  operationId: "remove-items-playlist",
  /** The HTTP method. */
  method: "DELETE",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/items",
  /** How the answer is read. */
  response: "json",
  /** The most IDs or URIs one request takes. */
  maxIds: 100,
} as const satisfies OperationDecl;

/** Get Current User's Playlists: `GET /me/playlists` (`get-a-list-of-current-users-playlists`). */
export const getAListOfCurrentUsersPlaylists = {
  /** The spec's operationId. */
  operationId: "get-a-list-of-current-users-playlists",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/playlists",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
    /** The largest `offset`. */
    maxOffset: 100000,
  },
} as const satisfies OperationDecl;

/** Create Playlist: `POST /me/playlists` (`create-playlist`). */
export const createPlaylist = {
  /** The spec's operationId. */
  operationId: "create-playlist",
  /** The HTTP method. */
  method: "POST",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/playlists",
  /** How the answer is read. */
  response: "json",
} as const satisfies OperationDecl;

/** Save Items to Library: `PUT /me/library` (`save-library-items`). */
export const saveLibraryItems = {
  /** The spec's operationId. */
  operationId: "save-library-items",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/library",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 40,
} as const satisfies OperationDecl;

/** Remove Items from Library: `DELETE /me/library` (`remove-library-items`). */
export const removeLibraryItems = {
  /** The spec's operationId. */
  operationId: "remove-library-items",
  /** The HTTP method. */
  method: "DELETE",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/library",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 40,
} as const satisfies OperationDecl;

/** Check User's Saved Items: `GET /me/library/contains` (`check-library-contains`). */
export const checkLibraryContains = {
  /** The spec's operationId. */
  operationId: "check-library-contains",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/library/contains",
  /** What the JSON answer must be. */
  envelope: "booleans",
  /** The most IDs or URIs one request takes. */
  maxIds: 40,
} as const satisfies OperationDecl;

/** Get User's Saved Albums: `GET /me/albums` (`get-users-saved-albums`). */
export const getUsersSavedAlbums = {
  /** The spec's operationId. */
  operationId: "get-users-saved-albums",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/albums",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Save Albums for Current User: `PUT /me/albums` (`save-albums-user`). */
export const saveAlbumsUser = {
  /** The spec's operationId. */
  operationId: "save-albums-user",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/albums",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 20,
} as const satisfies OperationDecl;

/** Remove Users' Saved Albums: `DELETE /me/albums` (`remove-albums-user`). */
export const removeAlbumsUser = {
  /** The spec's operationId. */
  operationId: "remove-albums-user",
  /** The HTTP method. */
  method: "DELETE",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/albums",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 20,
} as const satisfies OperationDecl;

/** Check User's Saved Albums: `GET /me/albums/contains` (`check-users-saved-albums`). */
export const checkUsersSavedAlbums = {
  /** The spec's operationId. */
  operationId: "check-users-saved-albums",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/albums/contains",
  /** What the JSON answer must be. */
  envelope: "booleans",
  /** The most IDs or URIs one request takes. */
  maxIds: 20,
} as const satisfies OperationDecl;

/** Get User's Saved Tracks: `GET /me/tracks` (`get-users-saved-tracks`). */
export const getUsersSavedTracks = {
  /** The spec's operationId. */
  operationId: "get-users-saved-tracks",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/tracks",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Save Tracks for Current User: `PUT /me/tracks` (`save-tracks-user`). */
export const saveTracksUser = {
  /** The spec's operationId. */
  operationId: "save-tracks-user",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/tracks",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Remove User's Saved Tracks: `DELETE /me/tracks` (`remove-tracks-user`). */
export const removeTracksUser = {
  /** The spec's operationId. */
  operationId: "remove-tracks-user",
  /** The HTTP method. */
  method: "DELETE",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/tracks",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Check User's Saved Tracks: `GET /me/tracks/contains` (`check-users-saved-tracks`). */
export const checkUsersSavedTracks = {
  /** The spec's operationId. */
  operationId: "check-users-saved-tracks",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/tracks/contains",
  /** What the JSON answer must be. */
  envelope: "booleans",
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Get User's Saved Episodes: `GET /me/episodes` (`get-users-saved-episodes`). */
export const getUsersSavedEpisodes = {
  /** The spec's operationId. */
  operationId: "get-users-saved-episodes",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/episodes",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Save Episodes for Current User: `PUT /me/episodes` (`save-episodes-user`). */
export const saveEpisodesUser = {
  /** The spec's operationId. */
  operationId: "save-episodes-user",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/episodes",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Remove User's Saved Episodes: `DELETE /me/episodes` (`remove-episodes-user`). */
export const removeEpisodesUser = {
  /** The spec's operationId. */
  operationId: "remove-episodes-user",
  /** The HTTP method. */
  method: "DELETE",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/episodes",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Check User's Saved Episodes: `GET /me/episodes/contains` (`check-users-saved-episodes`). */
export const checkUsersSavedEpisodes = {
  /** The spec's operationId. */
  operationId: "check-users-saved-episodes",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/episodes/contains",
  /** What the JSON answer must be. */
  envelope: "booleans",
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Get User's Saved Shows: `GET /me/shows` (`get-users-saved-shows`). */
export const getUsersSavedShows = {
  /** The spec's operationId. */
  operationId: "get-users-saved-shows",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/shows",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Save Shows for Current User: `PUT /me/shows` (`save-shows-user`). */
export const saveShowsUser = {
  /** The spec's operationId. */
  operationId: "save-shows-user",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/shows",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Remove User's Saved Shows: `DELETE /me/shows` (`remove-shows-user`). */
export const removeShowsUser = {
  /** The spec's operationId. */
  operationId: "remove-shows-user",
  /** The HTTP method. */
  method: "DELETE",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/shows",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Check User's Saved Shows: `GET /me/shows/contains` (`check-users-saved-shows`). */
export const checkUsersSavedShows = {
  /** The spec's operationId. */
  operationId: "check-users-saved-shows",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/shows/contains",
  /** What the JSON answer must be. */
  envelope: "booleans",
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Get User's Profile: `GET /users/{user_id}` (`get-users-profile`). */
export const getUsersProfile = {
  /** The spec's operationId. */
  operationId: "get-users-profile",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/users/{user_id}",
} as const satisfies OperationDecl;

/** Get User's Playlists: `GET /users/{user_id}/playlists` (`get-list-users-playlists`). */
export const getListUsersPlaylists = {
  /** The spec's operationId. */
  operationId: "get-list-users-playlists",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/users/{user_id}/playlists",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
    /** The largest `offset`. */
    maxOffset: 100000,
  },
} as const satisfies OperationDecl;

/** Create Playlist for user: `POST /users/{user_id}/playlists` (`create-playlist-for-user`). */
export const createPlaylistForUser = {
  /** The spec's operationId. */
  operationId: "create-playlist-for-user",
  /** The HTTP method. */
  method: "POST",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/users/{user_id}/playlists",
  /** How the answer is read. */
  response: "json",
} as const satisfies OperationDecl;

/** Follow Playlist: `PUT /playlists/{playlist_id}/followers` (`follow-playlist`). */
export const followPlaylist = {
  /** The spec's operationId. */
  operationId: "follow-playlist",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/followers",
  /** Safe to resend after a 5xx. */
  idempotent: true,
} as const satisfies OperationDecl;

/** Unfollow Playlist: `DELETE /playlists/{playlist_id}/followers` (`unfollow-playlist`). */
export const unfollowPlaylist = {
  /** The spec's operationId. */
  operationId: "unfollow-playlist",
  /** The HTTP method. */
  method: "DELETE",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/followers",
  /** Safe to resend after a 5xx. */
  idempotent: true,
} as const satisfies OperationDecl;

/** Get Featured Playlists: `GET /browse/featured-playlists` (`get-featured-playlists`). */
export const getFeaturedPlaylists = {
  /** The spec's operationId. */
  operationId: "get-featured-playlists",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/browse/featured-playlists",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Get Several Browse Categories: `GET /browse/categories` (`get-categories`). */
export const getCategories = {
  /** The spec's operationId. */
  operationId: "get-categories",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/browse/categories",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Get Single Browse Category: `GET /browse/categories/{category_id}` (`get-a-category`). */
export const getACategory = {
  /** The spec's operationId. */
  operationId: "get-a-category",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/browse/categories/{category_id}",
} as const satisfies OperationDecl;

/** Get Category's Playlists: `GET /browse/categories/{category_id}/playlists` (`get-a-categories-playlists`). */
export const getACategoriesPlaylists = {
  /** The spec's operationId. */
  operationId: "get-a-categories-playlists",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/browse/categories/{category_id}/playlists",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Get Playlist Cover Image: `GET /playlists/{playlist_id}/images` (`get-playlist-cover`). */
export const getPlaylistCover = {
  /** The spec's operationId. */
  operationId: "get-playlist-cover",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/images",
  /** What the JSON answer must be. */
  envelope: "array",
} as const satisfies OperationDecl;

/** Add Custom Playlist Cover Image: `PUT /playlists/{playlist_id}/images` (`upload-custom-playlist-cover`). */
export const uploadCustomPlaylistCover = {
  /** The spec's operationId. */
  operationId: "upload-custom-playlist-cover",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/images",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The body is this content, sent as is (a Base64 string), not JSON. */
  bodyType: "image/jpeg",
} as const satisfies OperationDecl;

/** Get New Releases: `GET /browse/new-releases` (`get-new-releases`). */
export const getNewReleases = {
  /** The spec's operationId. */
  operationId: "get-new-releases",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/browse/new-releases",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Get Followed Artists: `GET /me/following` (`get-followed`). */
export const getFollowed = {
  /** The spec's operationId. */
  operationId: "get-followed",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/following",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "cursor",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
    /** The cursor that leads to the next page. */
    cursor: "after",
  },
} as const satisfies OperationDecl;

/** Follow Artists or Users: `PUT /me/following` (`follow-artists-users`). */
export const followArtistsUsers = {
  /** The spec's operationId. */
  operationId: "follow-artists-users",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/following",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Unfollow Artists or Users: `DELETE /me/following` (`unfollow-artists-users`). */
export const unfollowArtistsUsers = {
  /** The spec's operationId. */
  operationId: "unfollow-artists-users",
  /** The HTTP method. */
  method: "DELETE",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/following",
  /** Safe to resend after a 5xx. */
  idempotent: true,
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Check If User Follows Artists or Users: `GET /me/following/contains` (`check-current-user-follows`). */
export const checkCurrentUserFollows = {
  /** The spec's operationId. */
  operationId: "check-current-user-follows",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/following/contains",
  /** What the JSON answer must be. */
  envelope: "booleans",
  /** The most IDs or URIs one request takes. */
  maxIds: 50,
} as const satisfies OperationDecl;

/** Check if Current User Follows Playlist: `GET /playlists/{playlist_id}/followers/contains` (`check-if-user-follows-playlist`). */
export const checkIfUserFollowsPlaylist = {
  /** The spec's operationId. */
  operationId: "check-if-user-follows-playlist",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/playlists/{playlist_id}/followers/contains",
  /** What the JSON answer must be. */
  envelope: "booleans",
  /** The most IDs or URIs one request takes. */
  maxIds: 1,
} as const satisfies OperationDecl;

/** Get Several Tracks' Audio Features: `GET /audio-features` (`get-several-audio-features`). */
export const getSeveralAudioFeatures = {
  /** The spec's operationId. */
  operationId: "get-several-audio-features",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/audio-features",
  /** What the JSON answer must be. */
  envelope: {
    /** The key of the array. */
    list: "audio_features",
  },
  /** The most IDs or URIs one request takes. */
  maxIds: 100,
} as const satisfies OperationDecl;

/** Get Track's Audio Features: `GET /audio-features/{id}` (`get-audio-features`). */
export const getAudioFeatures = {
  /** The spec's operationId. */
  operationId: "get-audio-features",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/audio-features/{id}",
} as const satisfies OperationDecl;

/** Get Track's Audio Analysis: `GET /audio-analysis/{id}` (`get-audio-analysis`). */
export const getAudioAnalysis = {
  /** The spec's operationId. */
  operationId: "get-audio-analysis",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/audio-analysis/{id}",
} as const satisfies OperationDecl;

/** Get Recommendations: `GET /recommendations` (`get-recommendations`). */
export const getRecommendations = {
  /** The spec's operationId. */
  operationId: "get-recommendations",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/recommendations",
} as const satisfies OperationDecl;

/** Get Available Genre Seeds: `GET /recommendations/available-genre-seeds` (`get-recommendation-genres`). */
export const getRecommendationGenres = {
  /** The spec's operationId. */
  operationId: "get-recommendation-genres",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/recommendations/available-genre-seeds",
} as const satisfies OperationDecl;

/** Get Playback State: `GET /me/player` (`get-information-about-the-users-current-playback`). */
export const getInformationAboutTheUsersCurrentPlayback = {
  /** The spec's operationId. */
  operationId: "get-information-about-the-users-current-playback",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player",
  /** How the answer is read. */
  response: "json-or-null",
} as const satisfies OperationDecl;

/** Transfer Playback: `PUT /me/player` (`transfer-a-users-playback`). */
export const transferAUsersPlayback = {
  /** The spec's operationId. */
  operationId: "transfer-a-users-playback",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player",
  /** Safe to resend after a 5xx. */
  idempotent: true,
} as const satisfies OperationDecl;

/** Get Available Devices: `GET /me/player/devices` (`get-a-users-available-devices`). */
export const getAUsersAvailableDevices = {
  /** The spec's operationId. */
  operationId: "get-a-users-available-devices",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/devices",
} as const satisfies OperationDecl;

/** Get Currently Playing Track: `GET /me/player/currently-playing` (`get-the-users-currently-playing-track`). */
export const getTheUsersCurrentlyPlayingTrack = {
  /** The spec's operationId. */
  operationId: "get-the-users-currently-playing-track",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/currently-playing",
  /** How the answer is read. */
  response: "json-or-null",
} as const satisfies OperationDecl;

/** Start/Resume Playback: `PUT /me/player/play` (`start-a-users-playback`). */
export const startAUsersPlayback = {
  /** The spec's operationId. */
  operationId: "start-a-users-playback",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/play",
} as const satisfies OperationDecl;

/** Pause Playback: `PUT /me/player/pause` (`pause-a-users-playback`). */
export const pauseAUsersPlayback = {
  /** The spec's operationId. */
  operationId: "pause-a-users-playback",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/pause",
  /** Safe to resend after a 5xx. */
  idempotent: true,
} as const satisfies OperationDecl;

/** Skip To Next: `POST /me/player/next` (`skip-users-playback-to-next-track`). */
export const skipUsersPlaybackToNextTrack = {
  /** The spec's operationId. */
  operationId: "skip-users-playback-to-next-track",
  /** The HTTP method. */
  method: "POST",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/next",
} as const satisfies OperationDecl;

/** Skip To Previous: `POST /me/player/previous` (`skip-users-playback-to-previous-track`). */
export const skipUsersPlaybackToPreviousTrack = {
  /** The spec's operationId. */
  operationId: "skip-users-playback-to-previous-track",
  /** The HTTP method. */
  method: "POST",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/previous",
} as const satisfies OperationDecl;

/** Seek To Position: `PUT /me/player/seek` (`seek-to-position-in-currently-playing-track`). */
export const seekToPositionInCurrentlyPlayingTrack = {
  /** The spec's operationId. */
  operationId: "seek-to-position-in-currently-playing-track",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/seek",
  /** Safe to resend after a 5xx. */
  idempotent: true,
} as const satisfies OperationDecl;

/** Set Repeat Mode: `PUT /me/player/repeat` (`set-repeat-mode-on-users-playback`). */
export const setRepeatModeOnUsersPlayback = {
  /** The spec's operationId. */
  operationId: "set-repeat-mode-on-users-playback",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/repeat",
  /** Safe to resend after a 5xx. */
  idempotent: true,
} as const satisfies OperationDecl;

/** Set Playback Volume: `PUT /me/player/volume` (`set-volume-for-users-playback`). */
export const setVolumeForUsersPlayback = {
  /** The spec's operationId. */
  operationId: "set-volume-for-users-playback",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/volume",
  /** Safe to resend after a 5xx. */
  idempotent: true,
} as const satisfies OperationDecl;

/** Toggle Playback Shuffle: `PUT /me/player/shuffle` (`toggle-shuffle-for-users-playback`). */
export const toggleShuffleForUsersPlayback = {
  /** The spec's operationId. */
  operationId: "toggle-shuffle-for-users-playback",
  /** The HTTP method. */
  method: "PUT",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/shuffle",
  /** Safe to resend after a 5xx. */
  idempotent: true,
} as const satisfies OperationDecl;

/** Get Recently Played Tracks: `GET /me/player/recently-played` (`get-recently-played`). */
export const getRecentlyPlayed = {
  /** The spec's operationId. */
  operationId: "get-recently-played",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/recently-played",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "cursor",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
    /** The cursor that leads to the next page. */
    cursor: "before",
  },
} as const satisfies OperationDecl;

/** Get the User's Queue: `GET /me/player/queue` (`get-queue`). */
export const getQueue = {
  /** The spec's operationId. */
  operationId: "get-queue",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/queue",
} as const satisfies OperationDecl;

/** Add Item to Playback Queue: `POST /me/player/queue` (`add-to-queue`). */
export const addToQueue = {
  /** The spec's operationId. */
  operationId: "add-to-queue",
  /** The HTTP method. */
  method: "POST",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/player/queue",
} as const satisfies OperationDecl;

/** Get Available Markets: `GET /markets` (`get-available-markets`). */
export const getAvailableMarkets = {
  /** The spec's operationId. */
  operationId: "get-available-markets",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/markets",
} as const satisfies OperationDecl;

/** Get User's Top Artists: `GET /me/top/artists` (`get-users-top-artists`). */
export const getUsersTopArtists = {
  /** The spec's operationId. */
  operationId: "get-users-top-artists",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/top/artists",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

/** Get User's Top Tracks: `GET /me/top/tracks` (`get-users-top-tracks`). */
export const getUsersTopTracks = {
  /** The spec's operationId. */
  operationId: "get-users-top-tracks",
  /** The HTTP method. */
  method: "GET",
  /** Path template with `{params}`, relative to the Web API base. */
  path: "/me/top/tracks",
  /** How the operation pages. */
  paging: {
    /** Offset or cursor paging. */
    kind: "offset",
    /** The largest `limit`: the page size a walk uses. */
    maxLimit: 50,
  },
} as const satisfies OperationDecl;

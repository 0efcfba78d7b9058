/**
 * GENERATED FILE: do not edit. Source: spec/openapi.yml and spec/annotations.yml.
 * One declaration per Web API operation, each its own export: a bundle carries only the operations it imports.
 * Regenerate with `npm run gen:operations` (node scripts/gen-operations.mjs); test/operations.test.ts fails when it drifts.
 * @module
 */
import type { OperationDecl } from "./types.js";

/** Get Album: `GET /albums/{id}` (`get-an-album`). */
export const getAnAlbum = { operationId: "get-an-album", method: "GET", path: "/albums/{id}" } as const satisfies OperationDecl;

/** Get Several Albums: `GET /albums` (`get-multiple-albums`). */
export const getMultipleAlbums = { operationId: "get-multiple-albums", method: "GET", path: "/albums", envelope: { list: "albums" }, maxIds: 20 } as const satisfies OperationDecl;

/** Get Album Tracks: `GET /albums/{id}/tracks` (`get-an-albums-tracks`). */
export const getAnAlbumsTracks = { operationId: "get-an-albums-tracks", method: "GET", path: "/albums/{id}/tracks", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Get Artist: `GET /artists/{id}` (`get-an-artist`). */
export const getAnArtist = { operationId: "get-an-artist", method: "GET", path: "/artists/{id}" } as const satisfies OperationDecl;

/** Get Several Artists: `GET /artists` (`get-multiple-artists`). */
export const getMultipleArtists = { operationId: "get-multiple-artists", method: "GET", path: "/artists", envelope: { list: "artists" }, maxIds: 50 } as const satisfies OperationDecl;

/** Get Artist's Albums: `GET /artists/{id}/albums` (`get-an-artists-albums`). */
export const getAnArtistsAlbums = { operationId: "get-an-artists-albums", method: "GET", path: "/artists/{id}/albums", paging: { kind: "offset", maxLimit: 10 } } as const satisfies OperationDecl;

/** Get Artist's Top Tracks: `GET /artists/{id}/top-tracks` (`get-an-artists-top-tracks`). */
export const getAnArtistsTopTracks = { operationId: "get-an-artists-top-tracks", method: "GET", path: "/artists/{id}/top-tracks" } as const satisfies OperationDecl;

/** Get Artist's Related Artists: `GET /artists/{id}/related-artists` (`get-an-artists-related-artists`). */
export const getAnArtistsRelatedArtists = { operationId: "get-an-artists-related-artists", method: "GET", path: "/artists/{id}/related-artists" } as const satisfies OperationDecl;

/** Get Show: `GET /shows/{id}` (`get-a-show`). */
export const getAShow = { operationId: "get-a-show", method: "GET", path: "/shows/{id}" } as const satisfies OperationDecl;

/** Get Several Shows: `GET /shows` (`get-multiple-shows`). */
export const getMultipleShows = { operationId: "get-multiple-shows", method: "GET", path: "/shows", envelope: { list: "shows" }, maxIds: 50 } as const satisfies OperationDecl;

/** Get Show Episodes: `GET /shows/{id}/episodes` (`get-a-shows-episodes`). */
export const getAShowsEpisodes = { operationId: "get-a-shows-episodes", method: "GET", path: "/shows/{id}/episodes", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Get Episode: `GET /episodes/{id}` (`get-an-episode`). */
export const getAnEpisode = { operationId: "get-an-episode", method: "GET", path: "/episodes/{id}" } as const satisfies OperationDecl;

/** Get Several Episodes: `GET /episodes` (`get-multiple-episodes`). */
export const getMultipleEpisodes = { operationId: "get-multiple-episodes", method: "GET", path: "/episodes", envelope: { list: "episodes" }, maxIds: 50 } as const satisfies OperationDecl;

/** Get an Audiobook: `GET /audiobooks/{id}` (`get-an-audiobook`). */
export const getAnAudiobook = { operationId: "get-an-audiobook", method: "GET", path: "/audiobooks/{id}" } as const satisfies OperationDecl;

/** Get Several Audiobooks: `GET /audiobooks` (`get-multiple-audiobooks`). */
export const getMultipleAudiobooks = { operationId: "get-multiple-audiobooks", method: "GET", path: "/audiobooks", envelope: { list: "audiobooks" }, maxIds: 50 } as const satisfies OperationDecl;

/** Get Audiobook Chapters: `GET /audiobooks/{id}/chapters` (`get-audiobook-chapters`). */
export const getAudiobookChapters = { operationId: "get-audiobook-chapters", method: "GET", path: "/audiobooks/{id}/chapters", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Get User's Saved Audiobooks: `GET /me/audiobooks` (`get-users-saved-audiobooks`). */
export const getUsersSavedAudiobooks = { operationId: "get-users-saved-audiobooks", method: "GET", path: "/me/audiobooks", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Save Audiobooks for Current User: `PUT /me/audiobooks` (`save-audiobooks-user`). */
export const saveAudiobooksUser = { operationId: "save-audiobooks-user", method: "PUT", path: "/me/audiobooks", idempotent: true, maxIds: 50 } as const satisfies OperationDecl;

/** Remove User's Saved Audiobooks: `DELETE /me/audiobooks` (`remove-audiobooks-user`). */
export const removeAudiobooksUser = { operationId: "remove-audiobooks-user", method: "DELETE", path: "/me/audiobooks", idempotent: true, maxIds: 50 } as const satisfies OperationDecl;

/** Check User's Saved Audiobooks: `GET /me/audiobooks/contains` (`check-users-saved-audiobooks`). */
export const checkUsersSavedAudiobooks = { operationId: "check-users-saved-audiobooks", method: "GET", path: "/me/audiobooks/contains", envelope: "booleans", maxIds: 50 } as const satisfies OperationDecl;

/** Get a Chapter: `GET /chapters/{id}` (`get-a-chapter`). */
export const getAChapter = { operationId: "get-a-chapter", method: "GET", path: "/chapters/{id}" } as const satisfies OperationDecl;

/** Get Several Chapters: `GET /chapters` (`get-several-chapters`). */
export const getSeveralChapters = { operationId: "get-several-chapters", method: "GET", path: "/chapters", envelope: { list: "chapters" }, maxIds: 50 } as const satisfies OperationDecl;

/** Get Track: `GET /tracks/{id}` (`get-track`). */
export const getTrack = { operationId: "get-track", method: "GET", path: "/tracks/{id}" } as const satisfies OperationDecl;

/** Get Several Tracks: `GET /tracks` (`get-several-tracks`). */
export const getSeveralTracks = { operationId: "get-several-tracks", method: "GET", path: "/tracks", envelope: { list: "tracks" }, maxIds: 50 } as const satisfies OperationDecl;

/** Search for Item: `GET /search` (`search`). */
export const search = { operationId: "search", method: "GET", path: "/search", paging: { kind: "offset", maxLimit: 10, maxOffset: 1000 } } as const satisfies OperationDecl;

/** Get Current User's Profile: `GET /me` (`get-current-users-profile`). */
export const getCurrentUsersProfile = { operationId: "get-current-users-profile", method: "GET", path: "/me" } as const satisfies OperationDecl;

/** Get Playlist: `GET /playlists/{playlist_id}` (`get-playlist`). */
export const getPlaylist = { operationId: "get-playlist", method: "GET", path: "/playlists/{playlist_id}" } as const satisfies OperationDecl;

/** Change Playlist Details: `PUT /playlists/{playlist_id}` (`change-playlist-details`). */
export const changePlaylistDetails = { operationId: "change-playlist-details", method: "PUT", path: "/playlists/{playlist_id}", idempotent: true } as const satisfies OperationDecl;

/** Get Playlist Items [DEPRECATED]: `GET /playlists/{playlist_id}/tracks` (`get-playlists-tracks`). */
export const getPlaylistsTracks = { operationId: "get-playlists-tracks", method: "GET", path: "/playlists/{playlist_id}/tracks", paging: { kind: "offset", maxLimit: 100 } } as const satisfies OperationDecl;

/** Update Playlist Items [DEPRECATED]: `PUT /playlists/{playlist_id}/tracks` (`reorder-or-replace-playlists-tracks`). */
export const reorderOrReplacePlaylistsTracks = { operationId: "reorder-or-replace-playlists-tracks", method: "PUT", path: "/playlists/{playlist_id}/tracks", response: "json", maxIds: 100 } as const satisfies OperationDecl;

/** Add Items to Playlist [DEPRECATED]: `POST /playlists/{playlist_id}/tracks` (`add-tracks-to-playlist`). */
export const addTracksToPlaylist = { operationId: "add-tracks-to-playlist", method: "POST", path: "/playlists/{playlist_id}/tracks", response: "json", maxIds: 100 } as const satisfies OperationDecl;

/** Remove Playlist Items [DEPRECATED]: `DELETE /playlists/{playlist_id}/tracks` (`remove-tracks-playlist`). */
export const removeTracksPlaylist = { operationId: "remove-tracks-playlist", method: "DELETE", path: "/playlists/{playlist_id}/tracks", response: "json", maxIds: 100 } as const satisfies OperationDecl;

/** Get Playlist Items: `GET /playlists/{playlist_id}/items` (`get-playlists-items`). */
export const getPlaylistsItems = { operationId: "get-playlists-items", method: "GET", path: "/playlists/{playlist_id}/items", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Update Playlist Items: `PUT /playlists/{playlist_id}/items` (`reorder-or-replace-playlists-items`). */
export const reorderOrReplacePlaylistsItems = { operationId: "reorder-or-replace-playlists-items", method: "PUT", path: "/playlists/{playlist_id}/items", response: "json", maxIds: 100 } as const satisfies OperationDecl;

/** Add Items to Playlist: `POST /playlists/{playlist_id}/items` (`add-items-to-playlist`). */
export const addItemsToPlaylist = { operationId: "add-items-to-playlist", method: "POST", path: "/playlists/{playlist_id}/items", response: "json", maxIds: 100 } as const satisfies OperationDecl;

/** Remove Playlist Items: `DELETE /playlists/{playlist_id}/items` (`remove-items-playlist`). */
export const removeItemsPlaylist = { operationId: "remove-items-playlist", method: "DELETE", path: "/playlists/{playlist_id}/items", response: "json", maxIds: 100 } as const satisfies OperationDecl;

/** Get Current User's Playlists: `GET /me/playlists` (`get-a-list-of-current-users-playlists`). */
export const getAListOfCurrentUsersPlaylists = { operationId: "get-a-list-of-current-users-playlists", method: "GET", path: "/me/playlists", paging: { kind: "offset", maxLimit: 50, maxOffset: 100000 } } as const satisfies OperationDecl;

/** Create Playlist: `POST /me/playlists` (`create-playlist`). */
export const createPlaylist = { operationId: "create-playlist", method: "POST", path: "/me/playlists", response: "json" } as const satisfies OperationDecl;

/** Save Items to Library: `PUT /me/library` (`save-library-items`). */
export const saveLibraryItems = { operationId: "save-library-items", method: "PUT", path: "/me/library", idempotent: true, maxIds: 40 } as const satisfies OperationDecl;

/** Remove Items from Library: `DELETE /me/library` (`remove-library-items`). */
export const removeLibraryItems = { operationId: "remove-library-items", method: "DELETE", path: "/me/library", idempotent: true, maxIds: 40 } as const satisfies OperationDecl;

/** Check User's Saved Items: `GET /me/library/contains` (`check-library-contains`). */
export const checkLibraryContains = { operationId: "check-library-contains", method: "GET", path: "/me/library/contains", envelope: "booleans", maxIds: 40 } as const satisfies OperationDecl;

/** Get User's Saved Albums: `GET /me/albums` (`get-users-saved-albums`). */
export const getUsersSavedAlbums = { operationId: "get-users-saved-albums", method: "GET", path: "/me/albums", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Save Albums for Current User: `PUT /me/albums` (`save-albums-user`). */
export const saveAlbumsUser = { operationId: "save-albums-user", method: "PUT", path: "/me/albums", idempotent: true, maxIds: 20 } as const satisfies OperationDecl;

/** Remove Users' Saved Albums: `DELETE /me/albums` (`remove-albums-user`). */
export const removeAlbumsUser = { operationId: "remove-albums-user", method: "DELETE", path: "/me/albums", idempotent: true, maxIds: 20 } as const satisfies OperationDecl;

/** Check User's Saved Albums: `GET /me/albums/contains` (`check-users-saved-albums`). */
export const checkUsersSavedAlbums = { operationId: "check-users-saved-albums", method: "GET", path: "/me/albums/contains", envelope: "booleans", maxIds: 20 } as const satisfies OperationDecl;

/** Get User's Saved Tracks: `GET /me/tracks` (`get-users-saved-tracks`). */
export const getUsersSavedTracks = { operationId: "get-users-saved-tracks", method: "GET", path: "/me/tracks", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Save Tracks for Current User: `PUT /me/tracks` (`save-tracks-user`). */
export const saveTracksUser = { operationId: "save-tracks-user", method: "PUT", path: "/me/tracks", idempotent: true, maxIds: 50 } as const satisfies OperationDecl;

/** Remove User's Saved Tracks: `DELETE /me/tracks` (`remove-tracks-user`). */
export const removeTracksUser = { operationId: "remove-tracks-user", method: "DELETE", path: "/me/tracks", idempotent: true, maxIds: 50 } as const satisfies OperationDecl;

/** Check User's Saved Tracks: `GET /me/tracks/contains` (`check-users-saved-tracks`). */
export const checkUsersSavedTracks = { operationId: "check-users-saved-tracks", method: "GET", path: "/me/tracks/contains", envelope: "booleans", maxIds: 50 } as const satisfies OperationDecl;

/** Get User's Saved Episodes: `GET /me/episodes` (`get-users-saved-episodes`). */
export const getUsersSavedEpisodes = { operationId: "get-users-saved-episodes", method: "GET", path: "/me/episodes", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Save Episodes for Current User: `PUT /me/episodes` (`save-episodes-user`). */
export const saveEpisodesUser = { operationId: "save-episodes-user", method: "PUT", path: "/me/episodes", idempotent: true, maxIds: 50 } as const satisfies OperationDecl;

/** Remove User's Saved Episodes: `DELETE /me/episodes` (`remove-episodes-user`). */
export const removeEpisodesUser = { operationId: "remove-episodes-user", method: "DELETE", path: "/me/episodes", idempotent: true, maxIds: 50 } as const satisfies OperationDecl;

/** Check User's Saved Episodes: `GET /me/episodes/contains` (`check-users-saved-episodes`). */
export const checkUsersSavedEpisodes = { operationId: "check-users-saved-episodes", method: "GET", path: "/me/episodes/contains", envelope: "booleans", maxIds: 50 } as const satisfies OperationDecl;

/** Get User's Saved Shows: `GET /me/shows` (`get-users-saved-shows`). */
export const getUsersSavedShows = { operationId: "get-users-saved-shows", method: "GET", path: "/me/shows", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Save Shows for Current User: `PUT /me/shows` (`save-shows-user`). */
export const saveShowsUser = { operationId: "save-shows-user", method: "PUT", path: "/me/shows", idempotent: true, maxIds: 50 } as const satisfies OperationDecl;

/** Remove User's Saved Shows: `DELETE /me/shows` (`remove-shows-user`). */
export const removeShowsUser = { operationId: "remove-shows-user", method: "DELETE", path: "/me/shows", idempotent: true, maxIds: 50 } as const satisfies OperationDecl;

/** Check User's Saved Shows: `GET /me/shows/contains` (`check-users-saved-shows`). */
export const checkUsersSavedShows = { operationId: "check-users-saved-shows", method: "GET", path: "/me/shows/contains", envelope: "booleans", maxIds: 50 } as const satisfies OperationDecl;

/** Get User's Profile: `GET /users/{user_id}` (`get-users-profile`). */
export const getUsersProfile = { operationId: "get-users-profile", method: "GET", path: "/users/{user_id}" } as const satisfies OperationDecl;

/** Get User's Playlists: `GET /users/{user_id}/playlists` (`get-list-users-playlists`). */
export const getListUsersPlaylists = { operationId: "get-list-users-playlists", method: "GET", path: "/users/{user_id}/playlists", paging: { kind: "offset", maxLimit: 50, maxOffset: 100000 } } as const satisfies OperationDecl;

/** Create Playlist for user: `POST /users/{user_id}/playlists` (`create-playlist-for-user`). */
export const createPlaylistForUser = { operationId: "create-playlist-for-user", method: "POST", path: "/users/{user_id}/playlists", response: "json" } as const satisfies OperationDecl;

/** Follow Playlist: `PUT /playlists/{playlist_id}/followers` (`follow-playlist`). */
export const followPlaylist = { operationId: "follow-playlist", method: "PUT", path: "/playlists/{playlist_id}/followers", idempotent: true } as const satisfies OperationDecl;

/** Unfollow Playlist: `DELETE /playlists/{playlist_id}/followers` (`unfollow-playlist`). */
export const unfollowPlaylist = { operationId: "unfollow-playlist", method: "DELETE", path: "/playlists/{playlist_id}/followers", idempotent: true } as const satisfies OperationDecl;

/** Get Featured Playlists: `GET /browse/featured-playlists` (`get-featured-playlists`). */
export const getFeaturedPlaylists = { operationId: "get-featured-playlists", method: "GET", path: "/browse/featured-playlists", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Get Several Browse Categories: `GET /browse/categories` (`get-categories`). */
export const getCategories = { operationId: "get-categories", method: "GET", path: "/browse/categories", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Get Single Browse Category: `GET /browse/categories/{category_id}` (`get-a-category`). */
export const getACategory = { operationId: "get-a-category", method: "GET", path: "/browse/categories/{category_id}" } as const satisfies OperationDecl;

/** Get Category's Playlists: `GET /browse/categories/{category_id}/playlists` (`get-a-categories-playlists`). */
export const getACategoriesPlaylists = { operationId: "get-a-categories-playlists", method: "GET", path: "/browse/categories/{category_id}/playlists", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Get Playlist Cover Image: `GET /playlists/{playlist_id}/images` (`get-playlist-cover`). */
export const getPlaylistCover = { operationId: "get-playlist-cover", method: "GET", path: "/playlists/{playlist_id}/images", envelope: "array" } as const satisfies OperationDecl;

/** Add Custom Playlist Cover Image: `PUT /playlists/{playlist_id}/images` (`upload-custom-playlist-cover`). */
export const uploadCustomPlaylistCover = { operationId: "upload-custom-playlist-cover", method: "PUT", path: "/playlists/{playlist_id}/images", idempotent: true } as const satisfies OperationDecl;

/** Get New Releases: `GET /browse/new-releases` (`get-new-releases`). */
export const getNewReleases = { operationId: "get-new-releases", method: "GET", path: "/browse/new-releases", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Get Followed Artists: `GET /me/following` (`get-followed`). */
export const getFollowed = { operationId: "get-followed", method: "GET", path: "/me/following", paging: { kind: "cursor", maxLimit: 50, cursor: "after" } } as const satisfies OperationDecl;

/** Follow Artists or Users: `PUT /me/following` (`follow-artists-users`). */
export const followArtistsUsers = { operationId: "follow-artists-users", method: "PUT", path: "/me/following", idempotent: true, maxIds: 50 } as const satisfies OperationDecl;

/** Unfollow Artists or Users: `DELETE /me/following` (`unfollow-artists-users`). */
export const unfollowArtistsUsers = { operationId: "unfollow-artists-users", method: "DELETE", path: "/me/following", idempotent: true, maxIds: 50 } as const satisfies OperationDecl;

/** Check If User Follows Artists or Users: `GET /me/following/contains` (`check-current-user-follows`). */
export const checkCurrentUserFollows = { operationId: "check-current-user-follows", method: "GET", path: "/me/following/contains", envelope: "booleans", maxIds: 50 } as const satisfies OperationDecl;

/** Check if Current User Follows Playlist: `GET /playlists/{playlist_id}/followers/contains` (`check-if-user-follows-playlist`). */
export const checkIfUserFollowsPlaylist = { operationId: "check-if-user-follows-playlist", method: "GET", path: "/playlists/{playlist_id}/followers/contains", envelope: "booleans", maxIds: 1 } as const satisfies OperationDecl;

/** Get Several Tracks' Audio Features: `GET /audio-features` (`get-several-audio-features`). */
export const getSeveralAudioFeatures = { operationId: "get-several-audio-features", method: "GET", path: "/audio-features", envelope: { list: "audio_features" }, maxIds: 100 } as const satisfies OperationDecl;

/** Get Track's Audio Features: `GET /audio-features/{id}` (`get-audio-features`). */
export const getAudioFeatures = { operationId: "get-audio-features", method: "GET", path: "/audio-features/{id}" } as const satisfies OperationDecl;

/** Get Track's Audio Analysis: `GET /audio-analysis/{id}` (`get-audio-analysis`). */
export const getAudioAnalysis = { operationId: "get-audio-analysis", method: "GET", path: "/audio-analysis/{id}" } as const satisfies OperationDecl;

/** Get Recommendations: `GET /recommendations` (`get-recommendations`). */
export const getRecommendations = { operationId: "get-recommendations", method: "GET", path: "/recommendations" } as const satisfies OperationDecl;

/** Get Available Genre Seeds: `GET /recommendations/available-genre-seeds` (`get-recommendation-genres`). */
export const getRecommendationGenres = { operationId: "get-recommendation-genres", method: "GET", path: "/recommendations/available-genre-seeds" } as const satisfies OperationDecl;

/** Get Playback State: `GET /me/player` (`get-information-about-the-users-current-playback`). */
export const getInformationAboutTheUsersCurrentPlayback = { operationId: "get-information-about-the-users-current-playback", method: "GET", path: "/me/player", response: "json-or-null" } as const satisfies OperationDecl;

/** Transfer Playback: `PUT /me/player` (`transfer-a-users-playback`). */
export const transferAUsersPlayback = { operationId: "transfer-a-users-playback", method: "PUT", path: "/me/player", idempotent: true } as const satisfies OperationDecl;

/** Get Available Devices: `GET /me/player/devices` (`get-a-users-available-devices`). */
export const getAUsersAvailableDevices = { operationId: "get-a-users-available-devices", method: "GET", path: "/me/player/devices" } as const satisfies OperationDecl;

/** Get Currently Playing Track: `GET /me/player/currently-playing` (`get-the-users-currently-playing-track`). */
export const getTheUsersCurrentlyPlayingTrack = { operationId: "get-the-users-currently-playing-track", method: "GET", path: "/me/player/currently-playing", response: "json-or-null" } as const satisfies OperationDecl;

/** Start/Resume Playback: `PUT /me/player/play` (`start-a-users-playback`). */
export const startAUsersPlayback = { operationId: "start-a-users-playback", method: "PUT", path: "/me/player/play" } as const satisfies OperationDecl;

/** Pause Playback: `PUT /me/player/pause` (`pause-a-users-playback`). */
export const pauseAUsersPlayback = { operationId: "pause-a-users-playback", method: "PUT", path: "/me/player/pause", idempotent: true } as const satisfies OperationDecl;

/** Skip To Next: `POST /me/player/next` (`skip-users-playback-to-next-track`). */
export const skipUsersPlaybackToNextTrack = { operationId: "skip-users-playback-to-next-track", method: "POST", path: "/me/player/next" } as const satisfies OperationDecl;

/** Skip To Previous: `POST /me/player/previous` (`skip-users-playback-to-previous-track`). */
export const skipUsersPlaybackToPreviousTrack = { operationId: "skip-users-playback-to-previous-track", method: "POST", path: "/me/player/previous" } as const satisfies OperationDecl;

/** Seek To Position: `PUT /me/player/seek` (`seek-to-position-in-currently-playing-track`). */
export const seekToPositionInCurrentlyPlayingTrack = { operationId: "seek-to-position-in-currently-playing-track", method: "PUT", path: "/me/player/seek", idempotent: true } as const satisfies OperationDecl;

/** Set Repeat Mode: `PUT /me/player/repeat` (`set-repeat-mode-on-users-playback`). */
export const setRepeatModeOnUsersPlayback = { operationId: "set-repeat-mode-on-users-playback", method: "PUT", path: "/me/player/repeat", idempotent: true } as const satisfies OperationDecl;

/** Set Playback Volume: `PUT /me/player/volume` (`set-volume-for-users-playback`). */
export const setVolumeForUsersPlayback = { operationId: "set-volume-for-users-playback", method: "PUT", path: "/me/player/volume", idempotent: true } as const satisfies OperationDecl;

/** Toggle Playback Shuffle: `PUT /me/player/shuffle` (`toggle-shuffle-for-users-playback`). */
export const toggleShuffleForUsersPlayback = { operationId: "toggle-shuffle-for-users-playback", method: "PUT", path: "/me/player/shuffle", idempotent: true } as const satisfies OperationDecl;

/** Get Recently Played Tracks: `GET /me/player/recently-played` (`get-recently-played`). */
export const getRecentlyPlayed = { operationId: "get-recently-played", method: "GET", path: "/me/player/recently-played", paging: { kind: "cursor", maxLimit: 50, cursor: "before" } } as const satisfies OperationDecl;

/** Get the User's Queue: `GET /me/player/queue` (`get-queue`). */
export const getQueue = { operationId: "get-queue", method: "GET", path: "/me/player/queue" } as const satisfies OperationDecl;

/** Add Item to Playback Queue: `POST /me/player/queue` (`add-to-queue`). */
export const addToQueue = { operationId: "add-to-queue", method: "POST", path: "/me/player/queue" } as const satisfies OperationDecl;

/** Get Available Markets: `GET /markets` (`get-available-markets`). */
export const getAvailableMarkets = { operationId: "get-available-markets", method: "GET", path: "/markets" } as const satisfies OperationDecl;

/** Get User's Top Artists: `GET /me/top/artists` (`get-users-top-artists`). */
export const getUsersTopArtists = { operationId: "get-users-top-artists", method: "GET", path: "/me/top/artists", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/** Get User's Top Tracks: `GET /me/top/tracks` (`get-users-top-tracks`). */
export const getUsersTopTracks = { operationId: "get-users-top-tracks", method: "GET", path: "/me/top/tracks", paging: { kind: "offset", maxLimit: 50 } } as const satisfies OperationDecl;

/**
 * GENERATED FILE: do not edit. Source: spec/openapi.yml and spec/annotations.yml.
 * Parameter and response types of every operation, keyed by operationId (types only: no bundle cost).
 * Regenerate with `npm run gen:operations` (node scripts/gen-operations.mjs); test/operations.test.ts fails when it drifts.
 * @module
 */
import type * as M from "../models/generated.js";

/** Each operation's parameters (path, query and body) and what it resolves to. */
export interface OperationSignatures {
  /** Get Album: `GET /albums/{id}`. */
  "get-an-album": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID of the album. */
      id: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
    };
    /** What the call resolves to. */
    response: M.AlbumObject;
  };
  /** Get Several Albums: `GET /albums`. */
  "get-multiple-albums": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs for the albums. */
      ids: string | ReadonlyArray<string>;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
    };
    /** What the call resolves to. */
    response: {
      /** albums */
      albums: Array<M.AlbumObject>;
    };
  };
  /** Get Album Tracks: `GET /albums/{id}/tracks`. */
  "get-an-albums-tracks": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID of the album. */
      id: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSimplifiedTrackObject;
  };
  /** Get Artist: `GET /artists/{id}`. */
  "get-an-artist": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID of the artist. */
      id: string;
    };
    /** What the call resolves to. */
    response: M.ArtistObject;
  };
  /** Get Several Artists: `GET /artists`. */
  "get-multiple-artists": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs for the artists. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: {
      /** artists */
      artists: Array<M.ArtistObject>;
    };
  };
  /** Get Artist's Albums: `GET /artists/{id}/albums`. */
  "get-an-artists-albums": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID of the artist. */
      id: string;
      /** A comma-separated list of keywords that will be used to filter the response. */
      include_groups?: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingArtistDiscographyAlbumObject;
  };
  /** Get Artist's Top Tracks: `GET /artists/{id}/top-tracks`. */
  "get-an-artists-top-tracks": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID of the artist. */
      id: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
    };
    /** What the call resolves to. */
    response: {
      /** tracks */
      tracks: Array<M.TrackObject>;
    };
  };
  /** Get Artist's Related Artists: `GET /artists/{id}/related-artists`. */
  "get-an-artists-related-artists": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID of the artist. */
      id: string;
    };
    /** What the call resolves to. */
    response: {
      /** artists */
      artists: Array<M.ArtistObject>;
    };
  };
  /** Get Show: `GET /shows/{id}`. */
  "get-a-show": {
    /** Path and query parameters. */
    params: {
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** The Spotify ID for the show. */
      id: string;
    };
    /** What the call resolves to. */
    response: M.ShowObject;
  };
  /** Get Several Shows: `GET /shows`. */
  "get-multiple-shows": {
    /** Path and query parameters. */
    params: {
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** A comma-separated list of the Spotify IDs for the shows. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: {
      /** shows */
      shows: Array<M.SimplifiedShowObject>;
    };
  };
  /** Get Show Episodes: `GET /shows/{id}/episodes`. */
  "get-a-shows-episodes": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID for the show. */
      id: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSimplifiedEpisodeObject;
  };
  /** Get Episode: `GET /episodes/{id}`. */
  "get-an-episode": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID for the episode. */
      id: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
    };
    /** What the call resolves to. */
    response: M.EpisodeObject;
  };
  /** Get Several Episodes: `GET /episodes`. */
  "get-multiple-episodes": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs for the episodes. */
      ids: string | ReadonlyArray<string>;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
    };
    /** What the call resolves to. */
    response: {
      /** episodes */
      episodes: Array<M.EpisodeObject>;
    };
  };
  /** Get an Audiobook: `GET /audiobooks/{id}`. */
  "get-an-audiobook": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID for the audiobook. */
      id: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
    };
    /** What the call resolves to. */
    response: M.AudiobookObject;
  };
  /** Get Several Audiobooks: `GET /audiobooks`. */
  "get-multiple-audiobooks": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs. */
      ids: string | ReadonlyArray<string>;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
    };
    /** What the call resolves to. */
    response: {
      /** audiobooks */
      audiobooks: Array<M.AudiobookObject>;
    };
  };
  /** Get Audiobook Chapters: `GET /audiobooks/{id}/chapters`. */
  "get-audiobook-chapters": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID for the audiobook. */
      id: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSimplifiedChapterObject;
  };
  /** Get User's Saved Audiobooks: `GET /me/audiobooks`. */
  "get-users-saved-audiobooks": {
    /** Path and query parameters. */
    params: {
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSavedAudiobookObject;
  };
  /** Save Audiobooks for Current User: `PUT /me/audiobooks`. */
  "save-audiobooks-user": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Remove User's Saved Audiobooks: `DELETE /me/audiobooks`. */
  "remove-audiobooks-user": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Check User's Saved Audiobooks: `GET /me/audiobooks/contains`. */
  "check-users-saved-audiobooks": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get a Chapter: `GET /chapters/{id}`. */
  "get-a-chapter": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID for the chapter. */
      id: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
    };
    /** What the call resolves to. */
    response: M.ChapterObject;
  };
  /** Get Several Chapters: `GET /chapters`. */
  "get-several-chapters": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs. */
      ids: string | ReadonlyArray<string>;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
    };
    /** What the call resolves to. */
    response: {
      /** chapters */
      chapters: Array<M.ChapterObject>;
    };
  };
  /** Get Track: `GET /tracks/{id}`. */
  "get-track": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID for the track. */
      id: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
    };
    /** What the call resolves to. */
    response: M.TrackObject;
  };
  /** Get Several Tracks: `GET /tracks`. */
  "get-several-tracks": {
    /** Path and query parameters. */
    params: {
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** A comma-separated list of the Spotify IDs. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: {
      /** tracks */
      tracks: Array<M.TrackObject>;
    };
  };
  /** Search for Item: `GET /search`. */
  "search": {
    /** Path and query parameters. */
    params: {
      /** Your search query. You can narrow down your search using field filters. */
      q: string;
      /** A comma-separated list of item types to search across. */
      type: string | ReadonlyArray<"album" | "artist" | "playlist" | "track" | "show" | "episode" | "audiobook">;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** The maximum number of results to return in each item type. */
      limit?: number;
      /** The index of the first result to return. */
      offset?: number;
      /** If `include_external=audio` is specified it signals that the client can play externally hosted audio content, and marks the content as playable in the response. */
      include_external?: "audio";
    };
    /** What the call resolves to. */
    response: {
      /** tracks */
      tracks?: M.PagingTrackObject;
      /** artists */
      artists?: M.PagingArtistObject;
      /** albums */
      albums?: M.PagingSimplifiedAlbumObject;
      /** playlists */
      playlists?: M.PagingPlaylistObject;
      /** shows */
      shows?: M.PagingSimplifiedShowObject;
      /** episodes */
      episodes?: M.PagingSimplifiedEpisodeObject;
      /** audiobooks */
      audiobooks?: M.PagingSimplifiedAudiobookObject;
    };
  };
  /** Get Current User's Profile: `GET /me`. */
  "get-current-users-profile": {
    /** Path and query parameters. */
    params: {};
    /** What the call resolves to. */
    response: M.PrivateUserObject;
  };
  /** Get Playlist: `GET /playlists/{playlist_id}`. */
  "get-playlist": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** Filters for the query: a comma-separated list of the fields to return. */
      fields?: string;
      /** A comma-separated list of item types that your client supports besides the default `track` type. */
      additional_types?: string;
    };
    /** What the call resolves to. */
    response: M.PlaylistObject;
  };
  /** Change Playlist Details: `PUT /playlists/{playlist_id}`. */
  "change-playlist-details": {
    /** Path and query parameters, and the body. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** The JSON body. */
      body?: {
        /** The new name for the playlist, for example `"My New Playlist Title"` */
        name?: string;
        /** The playlist's public/private status (if it should be added to the user's profile or not): `true` the playlist will be public, `false` the playlist will be private, `null` the playlist status is... */
        public?: boolean;
        /** If `true`, the playlist will become collaborative and other users will be able to modify the playlist in their Spotify client. */
        collaborative?: boolean;
        /** Value for playlist description as displayed in Spotify Clients and in the Web API. */
        description?: string;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Get Playlist Items [DEPRECATED]: `GET /playlists/{playlist_id}/tracks`. */
  "get-playlists-tracks": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** Filters for the query: a comma-separated list of the fields to return. */
      fields?: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
      /** A comma-separated list of item types that your client supports besides the default `track` type. */
      additional_types?: string;
    };
    /** What the call resolves to. */
    response: M.PagingPlaylistTrackObject;
  };
  /** Update Playlist Items [DEPRECATED]: `PUT /playlists/{playlist_id}/tracks`. */
  "reorder-or-replace-playlists-tracks": {
    /** Path and query parameters, and the body. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** A comma-separated list of Spotify URIs to set, can be track or episode URIs. */
      uris?: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** uris */
        uris?: Array<string>;
        /** The position of the first item to be reordered. */
        range_start?: number;
        /** The position where the items should be inserted. */
        insert_before?: number;
        /** The amount of items to be reordered. */
        range_length?: number;
        /** The playlist's snapshot ID against which you want to make the changes. */
        snapshot_id?: string;
      };
    };
    /** What the call resolves to. */
    response: {
      /** snapshot_id */
      snapshot_id?: string;
    };
  };
  /** Add Items to Playlist [DEPRECATED]: `POST /playlists/{playlist_id}/tracks`. */
  "add-tracks-to-playlist": {
    /** Path and query parameters, and the body. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** The position to insert the items, a zero-based index. */
      position?: number;
      /** A comma-separated list of Spotify URIs to add, can be track or episode URIs. */
      uris?: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the Spotify URIs to add. */
        uris?: Array<string>;
        /** The position to insert the items, a zero-based index. */
        position?: number;
      };
    };
    /** What the call resolves to. */
    response: {
      /** snapshot_id */
      snapshot_id?: string;
    };
  };
  /** Remove Playlist Items [DEPRECATED]: `DELETE /playlists/{playlist_id}/tracks`. */
  "remove-tracks-playlist": {
    /** Path and query parameters, and the body. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** The JSON body. */
      body?: {
        /** An array of objects containing Spotify URIs of the tracks or episodes to remove. */
        tracks: Array<{
          /** Spotify URI */
          uri?: string;
        }>;
        /** The playlist's snapshot ID against which you want to make the changes. */
        snapshot_id?: string;
      };
    };
    /** What the call resolves to. */
    response: {
      /** snapshot_id */
      snapshot_id?: string;
    };
  };
  /** Get Playlist Items: `GET /playlists/{playlist_id}/items`. */
  "get-playlists-items": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** Filters for the query: a comma-separated list of the fields to return. */
      fields?: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
      /** A comma-separated list of item types that your client supports besides the default `track` type. */
      additional_types?: string;
    };
    /** What the call resolves to. */
    response: M.PagingPlaylistTrackObject;
  };
  /** Update Playlist Items: `PUT /playlists/{playlist_id}/items`. */
  "reorder-or-replace-playlists-items": {
    /** Path and query parameters, and the body. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** A comma-separated list of Spotify URIs to set, can be track or episode URIs. */
      uris?: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** uris */
        uris?: Array<string>;
        /** The position of the first item to be reordered. */
        range_start?: number;
        /** The position where the items should be inserted. */
        insert_before?: number;
        /** The amount of items to be reordered. */
        range_length?: number;
        /** The playlist's snapshot ID against which you want to make the changes. */
        snapshot_id?: string;
      };
    };
    /** What the call resolves to. */
    response: {
      /** snapshot_id */
      snapshot_id?: string;
    };
  };
  /** Add Items to Playlist: `POST /playlists/{playlist_id}/items`. */
  "add-items-to-playlist": {
    /** Path and query parameters, and the body. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** The position to insert the items, a zero-based index. */
      position?: number;
      /** A comma-separated list of Spotify URIs to add, can be track or episode URIs. */
      uris?: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the Spotify URIs to add. */
        uris?: Array<string>;
        /** The position to insert the items, a zero-based index. */
        position?: number;
      };
    };
    /** What the call resolves to. */
    response: {
      /** snapshot_id */
      snapshot_id?: string;
    };
  };
  /** Remove Playlist Items: `DELETE /playlists/{playlist_id}/items`. */
  "remove-items-playlist": {
    /** Path and query parameters, and the body. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** The JSON body. */
      body?: {
        /** An array of objects containing Spotify URIs of the tracks or episodes to remove. */
        items: Array<{
          /** Spotify URI */
          uri?: string;
        }>;
        /** The playlist's snapshot ID against which you want to make the changes. */
        snapshot_id?: string;
      };
    };
    /** What the call resolves to. */
    response: {
      /** snapshot_id */
      snapshot_id?: string;
    };
  };
  /** Get Current User's Playlists: `GET /me/playlists`. */
  "get-a-list-of-current-users-playlists": {
    /** Path and query parameters. */
    params: {
      /** The maximum number of items to return. */
      limit?: number;
      /** 'The index of the first playlist to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingPlaylistObject;
  };
  /** Create Playlist: `POST /me/playlists`. */
  "create-playlist": {
    /** Path and query parameters, and the body. */
    params: {
      /** The JSON body. */
      body?: {
        /** The name for the new playlist, for example `"Your Coolest Playlist"`. */
        name: string;
        /** Defaults to `true`. The playlist's public/private status (if it should be added to the user's profile or not): `true` the playlist will be public, `false` the playlist will be private. */
        public?: boolean;
        /** Defaults to `false`. If `true` the playlist will be collaborative. */
        collaborative?: boolean;
        /** value for playlist description as displayed in Spotify Clients and in the Web API. */
        description?: string;
      };
    };
    /** What the call resolves to. */
    response: M.PlaylistObject;
  };
  /** Save Items to Library: `PUT /me/library`. */
  "save-library-items": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of Spotify URIs. */
      uris: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Remove Items from Library: `DELETE /me/library`. */
  "remove-library-items": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of Spotify URIs. */
      uris: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Check User's Saved Items: `GET /me/library/contains`. */
  "check-library-contains": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of Spotify URIs. */
      uris: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get User's Saved Albums: `GET /me/albums`. */
  "get-users-saved-albums": {
    /** Path and query parameters. */
    params: {
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
    };
    /** What the call resolves to. */
    response: M.PagingSavedAlbumObject;
  };
  /** Save Albums for Current User: `PUT /me/albums`. */
  "save-albums-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** A comma-separated list of the Spotify IDs for the albums. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the Spotify IDs. */
        ids?: Array<string>;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Remove Users' Saved Albums: `DELETE /me/albums`. */
  "remove-albums-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** A comma-separated list of the Spotify IDs for the albums. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the Spotify IDs. */
        ids?: Array<string>;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Check User's Saved Albums: `GET /me/albums/contains`. */
  "check-users-saved-albums": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs for the albums. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get User's Saved Tracks: `GET /me/tracks`. */
  "get-users-saved-tracks": {
    /** Path and query parameters. */
    params: {
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSavedTrackObject;
  };
  /** Save Tracks for Current User: `PUT /me/tracks`. */
  "save-tracks-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** The JSON body. */
      body?: {
        /** A JSON array of the Spotify IDs. */
        ids: Array<string>;
        /** A JSON array of objects containing track IDs with their corresponding timestamps. */
        timestamped_ids?: Array<{
          /** The Spotify ID for the track. */
          id: string;
          /** The timestamp when the track was added to the library. */
          added_at: string;
        }>;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Remove User's Saved Tracks: `DELETE /me/tracks`. */
  "remove-tracks-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** A comma-separated list of the Spotify IDs. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the Spotify IDs. */
        ids?: Array<string>;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Check User's Saved Tracks: `GET /me/tracks/contains`. */
  "check-users-saved-tracks": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get User's Saved Episodes: `GET /me/episodes`. */
  "get-users-saved-episodes": {
    /** Path and query parameters. */
    params: {
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSavedEpisodeObject;
  };
  /** Save Episodes for Current User: `PUT /me/episodes`. */
  "save-episodes-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** A comma-separated list of the Spotify IDs. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the Spotify IDs. */
        ids: Array<string>;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Remove User's Saved Episodes: `DELETE /me/episodes`. */
  "remove-episodes-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** A comma-separated list of the Spotify IDs. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the Spotify IDs. */
        ids?: Array<string>;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Check User's Saved Episodes: `GET /me/episodes/contains`. */
  "check-users-saved-episodes": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs for the episodes. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get User's Saved Shows: `GET /me/shows`. */
  "get-users-saved-shows": {
    /** Path and query parameters. */
    params: {
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSavedShowObject;
  };
  /** Save Shows for Current User: `PUT /me/shows`. */
  "save-shows-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** A comma-separated list of the Spotify IDs for the shows. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the Spotify IDs. */
        ids?: Array<string>;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Remove User's Saved Shows: `DELETE /me/shows`. */
  "remove-shows-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** A comma-separated list of the Spotify IDs for the shows. */
      ids: string | ReadonlyArray<string>;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** The JSON body. */
      body?: {
        /** A JSON array of the Spotify IDs. */
        ids?: Array<string>;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Check User's Saved Shows: `GET /me/shows/contains`. */
  "check-users-saved-shows": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs for the shows. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get User's Profile: `GET /users/{user_id}`. */
  "get-users-profile": {
    /** Path and query parameters. */
    params: {
      /** The user's Spotify user ID. */
      user_id: string;
    };
    /** What the call resolves to. */
    response: M.PublicUserObject;
  };
  /** Get User's Playlists: `GET /users/{user_id}/playlists`. */
  "get-list-users-playlists": {
    /** Path and query parameters. */
    params: {
      /** The user's Spotify user ID. */
      user_id: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first playlist to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingPlaylistObject;
  };
  /** Create Playlist for user: `POST /users/{user_id}/playlists`. */
  "create-playlist-for-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** The user's Spotify user ID. */
      user_id: string;
      /** The JSON body. */
      body?: {
        /** The name for the new playlist, for example `"Your Coolest Playlist"`. */
        name: string;
        /** Defaults to `true`. The playlist's public/private status (if it should be added to the user's profile or not): `true` the playlist will be public, `false` the playlist will be private. */
        public?: boolean;
        /** Defaults to `false`. If `true` the playlist will be collaborative. */
        collaborative?: boolean;
        /** value for playlist description as displayed in Spotify Clients and in the Web API. */
        description?: string;
      };
    };
    /** What the call resolves to. */
    response: M.PlaylistObject;
  };
  /** Follow Playlist: `PUT /playlists/{playlist_id}/followers`. */
  "follow-playlist": {
    /** Path and query parameters, and the body. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** The JSON body. */
      body?: {
        /** Defaults to `true`. If `true` the playlist will be included in user's public playlists (added to profile), if `false` it will remain private. */
        public?: boolean;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Unfollow Playlist: `DELETE /playlists/{playlist_id}/followers`. */
  "unfollow-playlist": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Get Featured Playlists: `GET /browse/featured-playlists`. */
  "get-featured-playlists": {
    /** Path and query parameters. */
    params: {
      /** The desired language, consisting of an ISO 639-1 language code and an ISO 3166-1 alpha-2 country code, joined by an underscore. */
      locale?: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingFeaturedPlaylistObject;
  };
  /** Get Several Browse Categories: `GET /browse/categories`. */
  "get-categories": {
    /** Path and query parameters. */
    params: {
      /** The desired language, consisting of an ISO 639-1 language code and an ISO 3166-1 alpha-2 country code, joined by an underscore. */
      locale?: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: {
      /** categories */
      categories: M.PagingObject & {
        /** items */
        items?: Array<M.CategoryObject>;
      };
    };
  };
  /** Get Single Browse Category: `GET /browse/categories/{category_id}`. */
  "get-a-category": {
    /** Path and query parameters. */
    params: {
      /** The Spotify category ID for the category. */
      category_id: string;
      /** The desired language, consisting of an ISO 639-1 language code and an ISO 3166-1 alpha-2 country code, joined by an underscore. */
      locale?: string;
    };
    /** What the call resolves to. */
    response: M.CategoryObject;
  };
  /** Get Category's Playlists: `GET /browse/categories/{category_id}/playlists`. */
  "get-a-categories-playlists": {
    /** Path and query parameters. */
    params: {
      /** The Spotify category ID for the category. */
      category_id: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingFeaturedPlaylistObject;
  };
  /** Get Playlist Cover Image: `GET /playlists/{playlist_id}/images`. */
  "get-playlist-cover": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
    };
    /** What the call resolves to. */
    response: Array<M.ImageObject>;
  };
  /** Add Custom Playlist Cover Image: `PUT /playlists/{playlist_id}/images`. */
  "upload-custom-playlist-cover": {
    /** Path and query parameters, and the body. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** The image: a Base64-encoded JPEG. */
      body: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Get New Releases: `GET /browse/new-releases`. */
  "get-new-releases": {
    /** Path and query parameters. */
    params: {
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: {
      /** albums */
      albums: M.PagingSimplifiedAlbumObject;
    };
  };
  /** Get Followed Artists: `GET /me/following`. */
  "get-followed": {
    /** Path and query parameters. */
    params: {
      /** The ID type: currently only `artist` is supported. */
      type: "artist";
      /** The last artist ID retrieved from the previous request. */
      after?: string;
      /** The maximum number of items to return. */
      limit?: number;
    };
    /** What the call resolves to. */
    response: {
      /** artists */
      artists: M.CursorPagingSimplifiedArtistObject;
    };
  };
  /** Follow Artists or Users: `PUT /me/following`. */
  "follow-artists-users": {
    /** Path and query parameters, and the body. */
    params: {
      /** The ID type. */
      type: "artist" | "user";
      /** A comma-separated list of the artist or the user Spotify IDs. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the artist or user Spotify IDs. */
        ids: Array<string>;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Unfollow Artists or Users: `DELETE /me/following`. */
  "unfollow-artists-users": {
    /** Path and query parameters, and the body. */
    params: {
      /** The ID type: either `artist` or `user`. */
      type: "artist" | "user";
      /** A comma-separated list of the artist or the user Spotify IDs. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the artist or user Spotify IDs. */
        ids?: Array<string>;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Check If User Follows Artists or Users: `GET /me/following/contains`. */
  "check-current-user-follows": {
    /** Path and query parameters. */
    params: {
      /** The ID type: either `artist` or `user`. */
      type: "artist" | "user";
      /** A comma-separated list of the artist or the user Spotify IDs to check. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Check if Current User Follows Playlist: `GET /playlists/{playlist_id}/followers/contains`. */
  "check-if-user-follows-playlist": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID of the playlist. */
      playlist_id: string;
      /** **Deprecated** A single item list containing current user's Spotify Username. */
      ids?: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get Several Tracks' Audio Features: `GET /audio-features`. */
  "get-several-audio-features": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the Spotify IDs for the tracks. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: {
      /** audio_features */
      audio_features: Array<M.AudioFeaturesObject>;
    };
  };
  /** Get Track's Audio Features: `GET /audio-features/{id}`. */
  "get-audio-features": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID for the track. */
      id: string;
    };
    /** What the call resolves to. */
    response: M.AudioFeaturesObject;
  };
  /** Get Track's Audio Analysis: `GET /audio-analysis/{id}`. */
  "get-audio-analysis": {
    /** Path and query parameters. */
    params: {
      /** The Spotify ID for the track. */
      id: string;
    };
    /** What the call resolves to. */
    response: M.AudioAnalysisObject;
  };
  /** Get Recommendations: `GET /recommendations`. */
  "get-recommendations": {
    /** Path and query parameters. */
    params: {
      /** The target size of the list of recommended tracks. */
      limit?: number;
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** A comma separated list of Spotify IDs for seed artists. */
      seed_artists?: string;
      /** A comma separated list of any genres in the set of available genre seeds. */
      seed_genres?: string;
      /** A comma separated list of Spotify IDs for a seed track. */
      seed_tracks?: string;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_acousticness?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_acousticness?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. */
      target_acousticness?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_danceability?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_danceability?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. */
      target_danceability?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_duration_ms?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_duration_ms?: number;
      /** Target duration of the track (ms) */
      target_duration_ms?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_energy?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_energy?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. */
      target_energy?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_instrumentalness?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_instrumentalness?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. */
      target_instrumentalness?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_key?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_key?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. */
      target_key?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_liveness?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_liveness?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. */
      target_liveness?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_loudness?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_loudness?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. */
      target_loudness?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_mode?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_mode?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. */
      target_mode?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_popularity?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_popularity?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. */
      target_popularity?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_speechiness?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_speechiness?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. */
      target_speechiness?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_tempo?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_tempo?: number;
      /** Target tempo (BPM) */
      target_tempo?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_time_signature?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_time_signature?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. */
      target_time_signature?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. */
      min_valence?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. */
      max_valence?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. */
      target_valence?: number;
    };
    /** What the call resolves to. */
    response: M.RecommendationsObject;
  };
  /** Get Available Genre Seeds: `GET /recommendations/available-genre-seeds`. */
  "get-recommendation-genres": {
    /** Path and query parameters. */
    params: {};
    /** What the call resolves to. */
    response: {
      /** genres */
      genres: Array<string>;
    };
  };
  /** Get Playback State: `GET /me/player`. */
  "get-information-about-the-users-current-playback": {
    /** Path and query parameters. */
    params: {
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** A comma-separated list of item types that your client supports besides the default `track` type. */
      additional_types?: string;
    };
    /** What the call resolves to. */
    response: M.CurrentlyPlayingContextObject | null;
  };
  /** Transfer Playback: `PUT /me/player`. */
  "transfer-a-users-playback": {
    /** Path and query parameters, and the body. */
    params: {
      /** The JSON body. */
      body?: {
        /** A JSON array containing the ID of the device on which playback should be started/transferred. */
        device_ids: Array<string>;
        /** **true**: ensure playback happens on new device. */
        play?: boolean;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Get Available Devices: `GET /me/player/devices`. */
  "get-a-users-available-devices": {
    /** Path and query parameters. */
    params: {};
    /** What the call resolves to. */
    response: {
      /** devices */
      devices: Array<M.DeviceObject>;
    };
  };
  /** Get Currently Playing Track: `GET /me/player/currently-playing`. */
  "get-the-users-currently-playing-track": {
    /** Path and query parameters. */
    params: {
      /** An ISO 3166-1 alpha-2 country code. */
      market?: string;
      /** A comma-separated list of item types that your client supports besides the default `track` type. */
      additional_types?: string;
    };
    /** What the call resolves to. */
    response: M.CurrentlyPlayingObject | null;
  };
  /** Start/Resume Playback: `PUT /me/player/play`. */
  "start-a-users-playback": {
    /** Path and query parameters, and the body. */
    params: {
      /** The id of the device this command is targeting. */
      device_id?: string;
      /** The JSON body. */
      body?: {
        /** Optional. Spotify URI of the context to play. */
        context_uri?: string;
        /** Optional. A JSON array of the Spotify track URIs to play. */
        uris?: Array<string>;
        /** Optional. Indicates from where in the context playback should start. */
        offset?: Record<string, unknown>;
        /** Indicates from what position to start playback. */
        position_ms?: number;
      };
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Pause Playback: `PUT /me/player/pause`. */
  "pause-a-users-playback": {
    /** Path and query parameters. */
    params: {
      /** The id of the device this command is targeting. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Skip To Next: `POST /me/player/next`. */
  "skip-users-playback-to-next-track": {
    /** Path and query parameters. */
    params: {
      /** The id of the device this command is targeting. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Skip To Previous: `POST /me/player/previous`. */
  "skip-users-playback-to-previous-track": {
    /** Path and query parameters. */
    params: {
      /** The id of the device this command is targeting. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Seek To Position: `PUT /me/player/seek`. */
  "seek-to-position-in-currently-playing-track": {
    /** Path and query parameters. */
    params: {
      /** The position in milliseconds to seek to. */
      position_ms: number;
      /** The id of the device this command is targeting. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Set Repeat Mode: `PUT /me/player/repeat`. */
  "set-repeat-mode-on-users-playback": {
    /** Path and query parameters. */
    params: {
      /** **track**, **context** or **off**. */
      state: string;
      /** The id of the device this command is targeting. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Set Playback Volume: `PUT /me/player/volume`. */
  "set-volume-for-users-playback": {
    /** Path and query parameters. */
    params: {
      /** The volume to set. Must be a value from 0 to 100 inclusive. */
      volume_percent: number;
      /** The id of the device this command is targeting. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Toggle Playback Shuffle: `PUT /me/player/shuffle`. */
  "toggle-shuffle-for-users-playback": {
    /** Path and query parameters. */
    params: {
      /** **true** : Shuffle user's playback. */
      state: boolean;
      /** The id of the device this command is targeting. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Get Recently Played Tracks: `GET /me/player/recently-played`. */
  "get-recently-played": {
    /** Path and query parameters. */
    params: {
      /** The maximum number of items to return. */
      limit?: number;
      /** A Unix timestamp in milliseconds. */
      after?: number;
      /** A Unix timestamp in milliseconds. */
      before?: number;
    };
    /** What the call resolves to. */
    response: M.CursorPagingPlayHistoryObject;
  };
  /** Get the User's Queue: `GET /me/player/queue`. */
  "get-queue": {
    /** Path and query parameters. */
    params: {};
    /** What the call resolves to. */
    response: M.QueueObject;
  };
  /** Add Item to Playback Queue: `POST /me/player/queue`. */
  "add-to-queue": {
    /** Path and query parameters. */
    params: {
      /** The uri of the item to add to the queue. */
      uri: string;
      /** The id of the device this command is targeting. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Get Available Markets: `GET /markets`. */
  "get-available-markets": {
    /** Path and query parameters. */
    params: {};
    /** What the call resolves to. */
    response: {
      /** markets */
      markets?: Array<string>;
    };
  };
  /** Get User's Top Artists: `GET /me/top/artists`. */
  "get-users-top-artists": {
    /** Path and query parameters. */
    params: {
      /** Over what time frame the affinities are computed. */
      time_range?: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingArtistObject;
  };
  /** Get User's Top Tracks: `GET /me/top/tracks`. */
  "get-users-top-tracks": {
    /** Path and query parameters. */
    params: {
      /** Over what time frame the affinities are computed. */
      time_range?: string;
      /** The maximum number of items to return. */
      limit?: number;
      /** The index of the first item to return. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingTrackObject;
  };
}

/** The spec's operationIds. */
export type OperationId = keyof OperationSignatures;

/** The parameters of one operation: path and query parameters by their spec names, and `body`. */
export type OperationParameters<Id extends OperationId> = OperationSignatures[Id]["params"];

/** What one operation resolves to (`void` for commands, `| null` when it may answer 204). */
export type OperationResponse<Id extends OperationId> = OperationSignatures[Id]["response"];

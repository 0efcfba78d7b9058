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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the album. */
      id: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
    };
    /** What the call resolves to. */
    response: M.AlbumObject;
  };
  /** Get Several Albums: `GET /albums`. */
  "get-multiple-albums": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for the albums. Maximum: 20 IDs. */
      ids: string | ReadonlyArray<string>;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the album. */
      id: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSimplifiedTrackObject;
  };
  /** Get Artist: `GET /artists/{id}`. */
  "get-an-artist": {
    /** Path and query parameters. */
    params: {
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the artist. */
      id: string;
    };
    /** What the call resolves to. */
    response: M.ArtistObject;
  };
  /** Get Several Artists: `GET /artists`. */
  "get-multiple-artists": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for the artists. Maximum: 50 IDs. */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the artist. */
      id: string;
      /** A comma-separated list of keywords that will be used to filter the response. If not supplied, all album types will be returned. <br/> Valid values are:<br/>- `album`<br/>- `single`<br/>- `appears_on`< */
      include_groups?: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** The maximum number of items to return. Default: 5. Minimum: 1. Maximum: 10. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingArtistDiscographyAlbumObject;
  };
  /** Get Artist's Top Tracks: `GET /artists/{id}/top-tracks`. */
  "get-an-artists-top-tracks": {
    /** Path and query parameters. */
    params: {
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the artist. */
      id: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the artist. */
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
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) for the show. */
      id: string;
    };
    /** What the call resolves to. */
    response: M.ShowObject;
  };
  /** Get Several Shows: `GET /shows`. */
  "get-multiple-shows": {
    /** Path and query parameters. */
    params: {
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for the shows. Maximum: 50 IDs. */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) for the show. */
      id: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSimplifiedEpisodeObject;
  };
  /** Get Episode: `GET /episodes/{id}`. */
  "get-an-episode": {
    /** Path and query parameters. */
    params: {
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) for the episode. */
      id: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
    };
    /** What the call resolves to. */
    response: M.EpisodeObject;
  };
  /** Get Several Episodes: `GET /episodes`. */
  "get-multiple-episodes": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for the episodes. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) for the audiobook. */
      id: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
    };
    /** What the call resolves to. */
    response: M.AudiobookObject;
  };
  /** Get Several Audiobooks: `GET /audiobooks`. */
  "get-multiple-audiobooks": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `ids=18yVqkdbdRvS24c0Ilj2ci,1HGw3J3NxZO1TP1BTtVhpZ`. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) for the audiobook. */
      id: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSimplifiedChapterObject;
  };
  /** Get User's Saved Audiobooks: `GET /me/audiobooks`. */
  "get-users-saved-audiobooks": {
    /** Path and query parameters. */
    params: {
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSavedAudiobookObject;
  };
  /** Save Audiobooks for Current User: `PUT /me/audiobooks`. */
  "save-audiobooks-user": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `ids=18yVqkdbdRvS24c0Ilj2ci,1HGw3J3NxZO1TP1BTtVhpZ`. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Remove User's Saved Audiobooks: `DELETE /me/audiobooks`. */
  "remove-audiobooks-user": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `ids=18yVqkdbdRvS24c0Ilj2ci,1HGw3J3NxZO1TP1BTtVhpZ`. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Check User's Saved Audiobooks: `GET /me/audiobooks/contains`. */
  "check-users-saved-audiobooks": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `ids=18yVqkdbdRvS24c0Ilj2ci,1HGw3J3NxZO1TP1BTtVhpZ`. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get a Chapter: `GET /chapters/{id}`. */
  "get-a-chapter": {
    /** Path and query parameters. */
    params: {
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) for the chapter. */
      id: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
    };
    /** What the call resolves to. */
    response: M.ChapterObject;
  };
  /** Get Several Chapters: `GET /chapters`. */
  "get-several-chapters": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `ids=0IsXVP0JmcB2adSE338GkK,3ZXb8FKZGU0EHALYX6uCzU`. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) for the track. */
      id: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
    };
    /** What the call resolves to. */
    response: M.TrackObject;
  };
  /** Get Several Tracks: `GET /tracks`. */
  "get-several-tracks": {
    /** Path and query parameters. */
    params: {
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `ids=4iV5W9uYEdYUVa79Axb7Rh,1301WleyT98MSxVHPZCA6M`. Maximum: 50 IDs. */
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
      /** Your search query. You can narrow down your search using field filters. The available filters are `album`, `artist`, `track`, `year`, `upc`, `tag:hipster`, `tag:new`, `isrc`, and `genre`. Each field f */
      q: string;
      /** A comma-separated list of item types to search across. Search results include hits from all the specified item types. For example: `q=abacab&type=album,track` returns both albums and tracks matching " */
      type: string | ReadonlyArray<"album" | "artist" | "playlist" | "track" | "show" | "episode" | "audiobook">;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** The maximum number of results to return in each item type. */
      limit?: number;
      /** The index of the first result to return. Use with limit to get the next page of search results. */
      offset?: number;
      /** If `include_external=audio` is specified it signals that the client can play externally hosted audio content, and marks the content as playable in the response. By default externally hosted audio cont */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** Filters for the query: a comma-separated list of the fields to return. If omitted, all fields are returned. For example, to get just the playlist''s description and URI: `fields=description,uri`. A do */
      fields?: string;
      /** A comma-separated list of item types that your client supports besides the default `track` type. Valid types are: `track` and `episode`.<br/> _**Note**: This parameter was introduced to allow existing */
      additional_types?: string;
    };
    /** What the call resolves to. */
    response: M.PlaylistObject;
  };
  /** Change Playlist Details: `PUT /playlists/{playlist_id}`. */
  "change-playlist-details": {
    /** Path and query parameters, and the body. */
    params: {
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
      /** The JSON body. */
      body?: {
        /** The new name for the playlist, for example `"My New Playlist Title"` */
        name?: string;
        /** The playlist's public/private status (if it should be added to the user's profile or not): `true` the playlist will be public, `false` the playlist will be private, `null` the playlist status is not r */
        public?: boolean;
        /** If `true`, the playlist will become collaborative and other users will be able to modify the playlist in their Spotify client. <br/> _**Note**: You can only set `collaborative` to `true` on non-public */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** Filters for the query: a comma-separated list of the fields to return. If omitted, all fields are returned. For example, to get just the total number of items and the request limit:<br/>`fields=total, */
      fields?: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 100. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
      /** A comma-separated list of item types that your client supports besides the default `track` type. Valid types are: `track` and `episode`.<br/> _**Note**: This parameter was introduced to allow existing */
      additional_types?: string;
    };
    /** What the call resolves to. */
    response: M.PagingPlaylistTrackObject;
  };
  /** Update Playlist Items [DEPRECATED]: `PUT /playlists/{playlist_id}/tracks`. */
  "reorder-or-replace-playlists-tracks": {
    /** Path and query parameters, and the body. */
    params: {
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
      /** A comma-separated list of [Spotify URIs](/documentation/web-api/concepts/spotify-uris-ids) to set, can be track or episode URIs. For example: `uris=spotify:track:4iV5W9uYEdYUVa79Axb7Rh,spotify:track:1 */
      uris?: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** uris */
        uris?: Array<string>;
        /** The position of the first item to be reordered. */
        range_start?: number;
        /** The position where the items should be inserted.<br/>To reorder the items to the end of the playlist, simply set _insert_before_ to the position after the last item.<br/>Examples:<br/>To reorder the f */
        insert_before?: number;
        /** The amount of items to be reordered. Defaults to 1 if not set.<br/>The range of items to be reordered begins from the _range_start_ position, and includes the _range_length_ subsequent items.<br/>Exam */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
      /** The position to insert the items, a zero-based index. For example, to insert the items in the first position: `position=0`; to insert the items in the third position: `position=2`. If omitted, the ite */
      position?: number;
      /** A comma-separated list of [Spotify URIs](/documentation/web-api/concepts/spotify-uris-ids) to add, can be track or episode URIs. For example:<br/>`uris=spotify:track:4iV5W9uYEdYUVa79Axb7Rh, spotify:tr */
      uris?: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the [Spotify URIs](/documentation/web-api/concepts/spotify-uris-ids) to add. For example: `{"uris": ["spotify:track:4iV5W9uYEdYUVa79Axb7Rh","spotify:track:1301WleyT98MSxVHPZCA6M", "spo */
        uris?: Array<string>;
        /** The position to insert the items, a zero-based index. For example, to insert the items in the first position: `position=0` ; to insert the items in the third position: `position=2`. If omitted, the it */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
      /** The JSON body. */
      body?: {
        /** An array of objects containing [Spotify URIs](/documentation/web-api/concepts/spotify-uris-ids) of the tracks or episodes to remove. For example: `{ "tracks": [{ "uri": "spotify:track:4iV5W9uYEdYUVa79 */
        tracks: Array<{
          /** Spotify URI */
          uri?: string;
        }>;
        /** The playlist's snapshot ID against which you want to make the changes. The API will validate that the specified items exist and in the specified positions and make the changes, even if more recent cha */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** Filters for the query: a comma-separated list of the fields to return. If omitted, all fields are returned. For example, to get just the total number of items and the request limit:<br/>`fields=total, */
      fields?: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
      /** A comma-separated list of item types that your client supports besides the default `track` type. Valid types are: `track` and `episode`.<br/> _**Note**: This parameter was introduced to allow existing */
      additional_types?: string;
    };
    /** What the call resolves to. */
    response: M.PagingPlaylistTrackObject;
  };
  /** Update Playlist Items: `PUT /playlists/{playlist_id}/items`. */
  "reorder-or-replace-playlists-items": {
    /** Path and query parameters, and the body. */
    params: {
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
      /** A comma-separated list of [Spotify URIs](/documentation/web-api/concepts/spotify-uris-ids) to set, can be track or episode URIs. For example: `uris=spotify:track:4iV5W9uYEdYUVa79Axb7Rh,spotify:track:1 */
      uris?: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** uris */
        uris?: Array<string>;
        /** The position of the first item to be reordered. */
        range_start?: number;
        /** The position where the items should be inserted.<br/>To reorder the items to the end of the playlist, simply set _insert_before_ to the position after the last item.<br/>Examples:<br/>To reorder the f */
        insert_before?: number;
        /** The amount of items to be reordered. Defaults to 1 if not set.<br/>The range of items to be reordered begins from the _range_start_ position, and includes the _range_length_ subsequent items.<br/>Exam */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
      /** The position to insert the items, a zero-based index. For example, to insert the items in the first position: `position=0`; to insert the items in the third position: `position=2`. If omitted, the ite */
      position?: number;
      /** A comma-separated list of [Spotify URIs](/documentation/web-api/concepts/spotify-uris-ids) to add, can be track or episode URIs. For example:<br/>`uris=spotify:track:4iV5W9uYEdYUVa79Axb7Rh, spotify:tr */
      uris?: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the [Spotify URIs](/documentation/web-api/concepts/spotify-uris-ids) to add. For example: `{"uris": ["spotify:track:4iV5W9uYEdYUVa79Axb7Rh","spotify:track:1301WleyT98MSxVHPZCA6M", "spo */
        uris?: Array<string>;
        /** The position to insert the items, a zero-based index. For example, to insert the items in the first position: `position=0` ; to insert the items in the third position: `position=2`. If omitted, the it */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
      /** The JSON body. */
      body?: {
        /** An array of objects containing [Spotify URIs](/documentation/web-api/concepts/spotify-uris-ids) of the tracks or episodes to remove. For example: `{ "items": [{ "uri": "spotify:track:4iV5W9uYEdYUVa79A */
        items: Array<{
          /** Spotify URI */
          uri?: string;
        }>;
        /** The playlist's snapshot ID against which you want to make the changes. The API will validate that the specified items exist and in the specified positions and make the changes, even if more recent cha */
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
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** 'The index of the first playlist to return. Default: 0 (the first object). Maximum offset: 100.000\. Use with `limit` to get the next set of playlists.' */
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
        /** The name for the new playlist, for example `"Your Coolest Playlist"`. This name does not need to be unique; a user may have several playlists with the same name. */
        name: string;
        /** Defaults to `true`. The playlist's public/private status (if it should be added to the user's profile or not): `true` the playlist will be public, `false` the playlist will be private. To be able to c */
        public?: boolean;
        /** Defaults to `false`. If `true` the playlist will be collaborative. _**Note**: to create a collaborative playlist you must also set `public` to `false`. To create collaborative playlists you must have  */
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
      /** A comma-separated list of [Spotify URIs](/documentation/web-api/concepts/spotify-uris-ids). Maximum: 40 URIs. Supported URI types: - `spotify:track:{id}` - `spotify:album:{id}` - `spotify:episode:{id} */
      uris: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Remove Items from Library: `DELETE /me/library`. */
  "remove-library-items": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of [Spotify URIs](/documentation/web-api/concepts/spotify-uris-ids). Maximum: 40 URIs. Supported URI types: - `spotify:track:{id}` - `spotify:album:{id}` - `spotify:episode:{id} */
      uris: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Check User's Saved Items: `GET /me/library/contains`. */
  "check-library-contains": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of [Spotify URIs](/documentation/web-api/concepts/spotify-uris-ids). Maximum: 40 URIs. Supported URI types: - `spotify:track:{id}` - `spotify:album:{id}` - `spotify:episode:{id} */
      uris: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get User's Saved Albums: `GET /me/albums`. */
  "get-users-saved-albums": {
    /** Path and query parameters. */
    params: {
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
    };
    /** What the call resolves to. */
    response: M.PagingSavedAlbumObject;
  };
  /** Save Albums for Current User: `PUT /me/albums`. */
  "save-albums-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for the albums. Maximum: 20 IDs. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `["4iV5W9uYEdYUVa79Axb7Rh", "1301WleyT98MSxVHPZCA6M"]`<br/>A maximum of 50 items can be specified in o */
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
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for the albums. Maximum: 20 IDs. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `["4iV5W9uYEdYUVa79Axb7Rh", "1301WleyT98MSxVHPZCA6M"]`<br/>A maximum of 50 items can be specified in o */
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
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for the albums. Maximum: 20 IDs. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get User's Saved Tracks: `GET /me/tracks`. */
  "get-users-saved-tracks": {
    /** Path and query parameters. */
    params: {
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
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
        /** A JSON array of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `["4iV5W9uYEdYUVa79Axb7Rh", "1301WleyT98MSxVHPZCA6M"]`<br/>A maximum of 50 items can be specified in o */
        ids: Array<string>;
        /** A JSON array of objects containing track IDs with their corresponding timestamps. Each object must include a track ID and an `added_at` timestamp. This allows you to specify when tracks were added to  */
        timestamped_ids?: Array<{
          /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) for the track. */
          id: string;
          /** The timestamp when the track was added to the library. Use ISO 8601 format with UTC timezone (e.g., `2023-01-15T14:30:00Z`). You can specify past timestamps to insert tracks at specific positions in t */
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
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `ids=4iV5W9uYEdYUVa79Axb7Rh,1301WleyT98MSxVHPZCA6M`. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `["4iV5W9uYEdYUVa79Axb7Rh", "1301WleyT98MSxVHPZCA6M"]`<br/>A maximum of 50 items can be specified in o */
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
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `ids=4iV5W9uYEdYUVa79Axb7Rh,1301WleyT98MSxVHPZCA6M`. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get User's Saved Episodes: `GET /me/episodes`. */
  "get-users-saved-episodes": {
    /** Path and query parameters. */
    params: {
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSavedEpisodeObject;
  };
  /** Save Episodes for Current User: `PUT /me/episodes`. */
  "save-episodes-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). <br/>A maximum of 50 items can be specified in one request. _**Note**: if the `ids` parameter is present in the que */
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
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `ids=4iV5W9uYEdYUVa79Axb7Rh,1301WleyT98MSxVHPZCA6M`. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). <br/>A maximum of 50 items can be specified in one request. _**Note**: if the `ids` parameter is present in the que */
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
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for the episodes. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get User's Saved Shows: `GET /me/shows`. */
  "get-users-saved-shows": {
    /** Path and query parameters. */
    params: {
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingSavedShowObject;
  };
  /** Save Shows for Current User: `PUT /me/shows`. */
  "save-shows-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for the shows. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the [Spotify IDs](https://developer.spotify.com/documentation/web-api/#spotify-uris-and-ids). A maximum of 50 items can be specified in one request. *Note: if the `ids` parameter is pr */
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
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for the shows. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** The JSON body. */
      body?: {
        /** A JSON array of the [Spotify IDs](https://developer.spotify.com/documentation/web-api/#spotify-uris-and-ids). A maximum of 50 items can be specified in one request. *Note: if the `ids` parameter is pr */
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
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for the shows. Maximum: 50 IDs. */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get User's Profile: `GET /users/{user_id}`. */
  "get-users-profile": {
    /** Path and query parameters. */
    params: {
      /** The user's [Spotify user ID](/documentation/web-api/concepts/spotify-uris-ids). */
      user_id: string;
    };
    /** What the call resolves to. */
    response: M.PublicUserObject;
  };
  /** Get User's Playlists: `GET /users/{user_id}/playlists`. */
  "get-list-users-playlists": {
    /** Path and query parameters. */
    params: {
      /** The user's [Spotify user ID](/documentation/web-api/concepts/spotify-uris-ids). */
      user_id: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first playlist to return. Default: 0 (the first object). Maximum offset: 100.000\. Use with `limit` to get the next set of playlists. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingPlaylistObject;
  };
  /** Create Playlist for user: `POST /users/{user_id}/playlists`. */
  "create-playlist-for-user": {
    /** Path and query parameters, and the body. */
    params: {
      /** The user's [Spotify user ID](/documentation/web-api/concepts/spotify-uris-ids). */
      user_id: string;
      /** The JSON body. */
      body?: {
        /** The name for the new playlist, for example `"Your Coolest Playlist"`. This name does not need to be unique; a user may have several playlists with the same name. */
        name: string;
        /** Defaults to `true`. The playlist's public/private status (if it should be added to the user's profile or not): `true` the playlist will be public, `false` the playlist will be private. To be able to c */
        public?: boolean;
        /** Defaults to `false`. If `true` the playlist will be collaborative. _**Note**: to create a collaborative playlist you must also set `public` to `false`. To create collaborative playlists you must have  */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
      /** The JSON body. */
      body?: {
        /** Defaults to `true`. If `true` the playlist will be included in user's public playlists (added to profile), if `false` it will remain private. For more about public/private status, see [Working with Pl */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Get Featured Playlists: `GET /browse/featured-playlists`. */
  "get-featured-playlists": {
    /** Path and query parameters. */
    params: {
      /** The desired language, consisting of an [ISO 639-1](http://en.wikipedia.org/wiki/ISO_639-1) language code and an [ISO 3166-1 alpha-2 country code](http://en.wikipedia.org/wiki/ISO_3166-1_alpha-2), join */
      locale?: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingFeaturedPlaylistObject;
  };
  /** Get Several Browse Categories: `GET /browse/categories`. */
  "get-categories": {
    /** Path and query parameters. */
    params: {
      /** The desired language, consisting of an [ISO 639-1](http://en.wikipedia.org/wiki/ISO_639-1) language code and an [ISO 3166-1 alpha-2 country code](http://en.wikipedia.org/wiki/ISO_3166-1_alpha-2), join */
      locale?: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
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
      /** The [Spotify category ID](/documentation/web-api/concepts/spotify-uris-ids) for the category. */
      category_id: string;
      /** The desired language, consisting of an [ISO 639-1](http://en.wikipedia.org/wiki/ISO_639-1) language code and an [ISO 3166-1 alpha-2 country code](http://en.wikipedia.org/wiki/ISO_3166-1_alpha-2), join */
      locale?: string;
    };
    /** What the call resolves to. */
    response: M.CategoryObject;
  };
  /** Get Category's Playlists: `GET /browse/categories/{category_id}/playlists`. */
  "get-a-categories-playlists": {
    /** Path and query parameters. */
    params: {
      /** The [Spotify category ID](/documentation/web-api/concepts/spotify-uris-ids) for the category. */
      category_id: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingFeaturedPlaylistObject;
  };
  /** Get Playlist Cover Image: `GET /playlists/{playlist_id}/images`. */
  "get-playlist-cover": {
    /** Path and query parameters. */
    params: {
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
    };
    /** What the call resolves to. */
    response: Array<M.ImageObject>;
  };
  /** Add Custom Playlist Cover Image: `PUT /playlists/{playlist_id}/images`. */
  "upload-custom-playlist-cover": {
    /** Path and query parameters, and the body. */
    params: {
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
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
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
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
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
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
      /** A comma-separated list of the artist or the user [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). A maximum of 50 IDs can be sent in one request. */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the artist or user [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `{ids:["74ASZWbe4lXaubB36ztrGX", "08td7MxkoHQkXnWAYD8d6Q"]}`. A maximum of 50 IDs can b */
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
      /** A comma-separated list of the artist or the user [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `ids=74ASZWbe4lXaubB36ztrGX,08td7MxkoHQkXnWAYD8d6Q`. A maximum of 50 IDs  */
      ids: string | ReadonlyArray<string>;
      /** The JSON body. */
      body?: {
        /** A JSON array of the artist or user [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `{ids:["74ASZWbe4lXaubB36ztrGX", "08td7MxkoHQkXnWAYD8d6Q"]}`. A maximum of 50 IDs can b */
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
      /** A comma-separated list of the artist or the user [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) to check. For example: `ids=74ASZWbe4lXaubB36ztrGX,08td7MxkoHQkXnWAYD8d6Q`. A maximum o */
      ids: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Check if Current User Follows Playlist: `GET /playlists/{playlist_id}/followers/contains`. */
  "check-if-user-follows-playlist": {
    /** Path and query parameters. */
    params: {
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) of the playlist. */
      playlist_id: string;
      /** **Deprecated** A single item list containing current user's [Spotify Username](/documentation/web-api/concepts/spotify-uris-ids). Maximum: 1 id. */
      ids?: string | ReadonlyArray<string>;
    };
    /** What the call resolves to. */
    response: Array<boolean>;
  };
  /** Get Several Tracks' Audio Features: `GET /audio-features`. */
  "get-several-audio-features": {
    /** Path and query parameters. */
    params: {
      /** A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for the tracks. Maximum: 100 IDs. */
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
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) for the track. */
      id: string;
    };
    /** What the call resolves to. */
    response: M.AudioFeaturesObject;
  };
  /** Get Track's Audio Analysis: `GET /audio-analysis/{id}`. */
  "get-audio-analysis": {
    /** Path and query parameters. */
    params: {
      /** The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids) for the track. */
      id: string;
    };
    /** What the call resolves to. */
    response: M.AudioAnalysisObject;
  };
  /** Get Recommendations: `GET /recommendations`. */
  "get-recommendations": {
    /** Path and query parameters. */
    params: {
      /** The target size of the list of recommended tracks. For seeds with unusually small pools or when highly restrictive filtering is applied, it may be impossible to generate the requested number of recomm */
      limit?: number;
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** A comma separated list of [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for seed artists. Up to 5 seed values may be provided in any combination of `seed_artists`, `seed_tracks` and  */
      seed_artists?: string;
      /** A comma separated list of any genres in the set of [available genre seeds](/documentation/web-api/reference/get-recommendation-genres). Up to 5 seed values may be provided in any combination of `seed_ */
      seed_genres?: string;
      /** A comma separated list of [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids) for a seed track. Up to 5 seed values may be provided in any combination of `seed_artists`, `seed_tracks` and  */
      seed_tracks?: string;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_acousticness?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_acousticness?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. Tracks with the attribute values nearest to the target values will be preferred. For example, you might request `target */
      target_acousticness?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_danceability?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_danceability?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. Tracks with the attribute values nearest to the target values will be preferred. For example, you might request `target */
      target_danceability?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_duration_ms?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_duration_ms?: number;
      /** Target duration of the track (ms) */
      target_duration_ms?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_energy?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_energy?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. Tracks with the attribute values nearest to the target values will be preferred. For example, you might request `target */
      target_energy?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_instrumentalness?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_instrumentalness?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. Tracks with the attribute values nearest to the target values will be preferred. For example, you might request `target */
      target_instrumentalness?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_key?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_key?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. Tracks with the attribute values nearest to the target values will be preferred. For example, you might request `target */
      target_key?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_liveness?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_liveness?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. Tracks with the attribute values nearest to the target values will be preferred. For example, you might request `target */
      target_liveness?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_loudness?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_loudness?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. Tracks with the attribute values nearest to the target values will be preferred. For example, you might request `target */
      target_loudness?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_mode?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_mode?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. Tracks with the attribute values nearest to the target values will be preferred. For example, you might request `target */
      target_mode?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_popularity?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_popularity?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. Tracks with the attribute values nearest to the target values will be preferred. For example, you might request `target */
      target_popularity?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_speechiness?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_speechiness?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. Tracks with the attribute values nearest to the target values will be preferred. For example, you might request `target */
      target_speechiness?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_tempo?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_tempo?: number;
      /** Target tempo (BPM) */
      target_tempo?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_time_signature?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_time_signature?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. Tracks with the attribute values nearest to the target values will be preferred. For example, you might request `target */
      target_time_signature?: number;
      /** For each tunable track attribute, a hard floor on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `min_tempo=14 */
      min_valence?: number;
      /** For each tunable track attribute, a hard ceiling on the selected track attribute’s value can be provided. See tunable track attributes below for the list of available options. For example, `max_instru */
      max_valence?: number;
      /** For each of the tunable track attributes (below) a target value may be provided. Tracks with the attribute values nearest to the target values will be preferred. For example, you might request `target */
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
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** A comma-separated list of item types that your client supports besides the default `track` type. Valid types are: `track` and `episode`.<br/> _**Note**: This parameter was introduced to allow existing */
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
        /** A JSON array containing the ID of the device on which playback should be started/transferred.<br/>For example:`{device_ids:["74ASZWbe4lXaubB36ztrGX"]}`<br/>_**Note**: Although an array is accepted, on */
        device_ids: Array<string>;
        /** **true**: ensure playback happens on new device.<br/>**false** or not provided: keep the current playback state. */
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
      /** An [ISO 3166-1 alpha-2 country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2). If a country code is specified, only content that is available in that market will be returned.<br/> If a valid  */
      market?: string;
      /** A comma-separated list of item types that your client supports besides the default `track` type. Valid types are: `track` and `episode`.<br/> _**Note**: This parameter was introduced to allow existing */
      additional_types?: string;
    };
    /** What the call resolves to. */
    response: M.CurrentlyPlayingObject | null;
  };
  /** Start/Resume Playback: `PUT /me/player/play`. */
  "start-a-users-playback": {
    /** Path and query parameters, and the body. */
    params: {
      /** The id of the device this command is targeting. If not supplied, the user's currently active device is the target. */
      device_id?: string;
      /** The JSON body. */
      body?: {
        /** Optional. Spotify URI of the context to play. Valid contexts are albums, artists & playlists. `{context_uri:"spotify:album:1Je1IMUlBXcx1Fz0WE7oPT"}` */
        context_uri?: string;
        /** Optional. A JSON array of the Spotify track URIs to play. For example: `{"uris": ["spotify:track:4iV5W9uYEdYUVa79Axb7Rh", "spotify:track:1301WleyT98MSxVHPZCA6M"]}` */
        uris?: Array<string>;
        /** Optional. Indicates from where in the context playback should start. Only available when context_uri corresponds to an album or playlist object "position" is zero based and can’t be negative. Example: */
        offset?: Record<string, unknown>;
        /** Indicates from what position to start playback. Must be a positive number. Passing in a position that is greater than the length of the track will cause the player to start playing the next song. */
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
      /** The id of the device this command is targeting. If not supplied, the user's currently active device is the target. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Skip To Next: `POST /me/player/next`. */
  "skip-users-playback-to-next-track": {
    /** Path and query parameters. */
    params: {
      /** The id of the device this command is targeting. If not supplied, the user's currently active device is the target. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Skip To Previous: `POST /me/player/previous`. */
  "skip-users-playback-to-previous-track": {
    /** Path and query parameters. */
    params: {
      /** The id of the device this command is targeting. If not supplied, the user's currently active device is the target. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Seek To Position: `PUT /me/player/seek`. */
  "seek-to-position-in-currently-playing-track": {
    /** Path and query parameters. */
    params: {
      /** The position in milliseconds to seek to. Must be a positive number. Passing in a position that is greater than the length of the track will cause the player to start playing the next song. */
      position_ms: number;
      /** The id of the device this command is targeting. If not supplied, the user's currently active device is the target. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Set Repeat Mode: `PUT /me/player/repeat`. */
  "set-repeat-mode-on-users-playback": {
    /** Path and query parameters. */
    params: {
      /** **track**, **context** or **off**.<br/> **track** will repeat the current track.<br/> **context** will repeat the current context.<br/> **off** will turn repeat off. */
      state: string;
      /** The id of the device this command is targeting. If not supplied, the user's currently active device is the target. */
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
      /** The id of the device this command is targeting. If not supplied, the user's currently active device is the target. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Toggle Playback Shuffle: `PUT /me/player/shuffle`. */
  "toggle-shuffle-for-users-playback": {
    /** Path and query parameters. */
    params: {
      /** **true** : Shuffle user's playback.<br/> **false** : Do not shuffle user's playback. */
      state: boolean;
      /** The id of the device this command is targeting. If not supplied, the user's currently active device is the target. */
      device_id?: string;
    };
    /** What the call resolves to. */
    response: void;
  };
  /** Get Recently Played Tracks: `GET /me/player/recently-played`. */
  "get-recently-played": {
    /** Path and query parameters. */
    params: {
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** A Unix timestamp in milliseconds. Returns all items after (but not including) this cursor position. If `after` is specified, `before` must not be specified. */
      after?: number;
      /** A Unix timestamp in milliseconds. Returns all items before (but not including) this cursor position. If `before` is specified, `after` must not be specified. */
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
      /** The uri of the item to add to the queue. Must be a track or an episode uri. */
      uri: string;
      /** The id of the device this command is targeting. If not supplied, the user's currently active device is the target. */
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
      /** Over what time frame the affinities are computed. Valid values: `long_term` (calculated from ~1 year of data and including all new data as it becomes available), `medium_term` (approximately last 6 mo */
      time_range?: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
      offset?: number;
    };
    /** What the call resolves to. */
    response: M.PagingArtistObject;
  };
  /** Get User's Top Tracks: `GET /me/top/tracks`. */
  "get-users-top-tracks": {
    /** Path and query parameters. */
    params: {
      /** Over what time frame the affinities are computed. Valid values: `long_term` (calculated from ~1 year of data and including all new data as it becomes available), `medium_term` (approximately last 6 mo */
      time_range?: string;
      /** The maximum number of items to return. Default: 20. Minimum: 1. Maximum: 50. */
      limit?: number;
      /** The index of the first item to return. Default: 0 (the first item). Use with limit to get the next set of items. */
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

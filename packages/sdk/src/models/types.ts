/**
 * The model names of `@spotify/web-api-ts-sdk` 1.2.0, defined on the generated spec models, so code
 * written against 1.2.0 keeps its type names. Where 1.2.0 and the API disagree, the API wins (see
 * docs/migration.md): nullable where Spotify sends `null`, optional where Development Mode apps no
 * longer receive a field, literal `type` discriminants.
 * @module
 */
import type * as G from "./generated.js";
import type { ItemTypes } from "./markets.js";

/** An offset-paged list (`PagingObject`): walk it with `paginate`. */
export type Page<TItemType> = G.PagingObject<TItemType>;
/** A cursor-paged list (recently played, followed artists): `next` and `cursors` instead of `offset`. */
export type CursorPage<TItemType> = G.CursorPagingObject<TItemType>;

/** A full track. Narrow `Track | Episode` by `type === "track"`. */
export type Track = G.TrackObject;
/** A track without its album, as in album track lists. */
export type SimplifiedTrack = G.SimplifiedTrackObject;
/** A full episode. Narrow `Track | Episode` by `type === "episode"`. */
export type Episode = G.EpisodeObject;
/** An episode without its show. */
export type SimplifiedEpisode = G.SimplifiedEpisodeObject;
/** What a playlist, the queue or the player may hold. */
export type TrackItem = Track | Episode;

/** A full album. */
export type Album = G.AlbumObject;
/**
 * An album without tracks. `album_group` is only sent in an artist's discography, and not to
 * Development Mode apps.
 */
export type SimplifiedAlbum = G.SimplifiedAlbumObject & { album_group?: string };
/** An album in an artist's discography. */
export type ArtistDiscographyAlbum = G.ArtistDiscographyAlbumObject;
/** A full artist. */
export type Artist = G.ArtistObject;
/** An artist as embedded in tracks and albums. */
export type SimplifiedArtist = G.SimplifiedArtistObject;
/** A full show. */
export type Show = G.ShowObject;
/** A show without episodes. */
export type SimplifiedShow = G.SimplifiedShowObject;
/** A full audiobook. */
export type Audiobook = G.AudiobookObject;
/** An audiobook without chapters. */
export type SimplifiedAudiobook = G.SimplifiedAudiobookObject;
/** A full chapter. */
export type Chapter = G.ChapterObject;
/** A chapter without its audiobook. */
export type SimplifiedChapter = G.SimplifiedChapterObject;

/** Saved items in the user's library. */
export type SavedAlbum = G.SavedAlbumObject;
export type SavedTrack = G.SavedTrackObject;
export type SavedEpisode = G.SavedEpisodeObject;
export type SavedShow = G.SavedShowObject;
export type SavedAudiobook = G.SavedAudiobookObject;

/** Shared small objects. */
export type Copyright = G.CopyrightObject;
export type ExternalIds = G.ExternalIdObject;
export type ExternalUrls = G.ExternalUrlObject;
export type Followers = G.FollowersObject;
export type Image = G.ImageObject;
export type Restrictions = G.TrackRestrictionObject;
export type ResumePoint = G.ResumePointObject;
export type Author = G.AuthorObject;
export type Narrator = G.NarratorObject;
export type LinkedFrom = G.LinkedTrackObject;
export type AddedBy = G.PlaylistUserObject;
export type UserReference = G.PlaylistOwnerObject;
export type TrackReference = G.PlaylistTracksRefObject;
export type Context = G.ContextObject;
export type Actions = G.DisallowsObject;
export type Device = G.DeviceObject;
/** A category icon (an image). */
export type Icon = G.ImageObject;
export type Category = G.CategoryObject;

/**
 * An entry of a playlist. `item` (and the deprecated `track`) is `null` for an unavailable item,
 * and a local file (`is_local`) carries a `spotify:local:` URI.
 */
export interface PlaylistedTrack<Item extends TrackItem = TrackItem> extends Omit<G.PlaylistTrackObject, "item" | "track"> {
  /** The track or episode; `null` when it is no longer available. */
  item: Item | null;
  /**
   * The same as `item`.
   * @deprecated Use `item`: Spotify renamed it in February 2026.
   */
  track: Item | null;
  /** Sent by the API, undocumented. */
  primary_color?: string | null;
}

/**
 * A full playlist. Its entries are in `items` (February 2026 name) or `tracks` (older name); both
 * are absent for playlists a Development Mode app's user neither owns nor collaborates on.
 */
export interface Playlist<Item extends TrackItem = TrackItem> extends Omit<G.PlaylistObject, "items" | "tracks"> {
  items?: Page<PlaylistedTrack<Item>>;
  /** @deprecated Use `items`: Spotify renamed it in February 2026. */
  tracks?: Page<PlaylistedTrack<Item>>;
  /** Sent by the API, undocumented. */
  primary_color?: string | null;
}
/** A playlist in a list: a reference to its items instead of the items. */
export type SimplifiedPlaylist = G.SimplifiedPlaylistObject;

/** A user's public profile. */
export type User = G.PublicUserObject;
/** The current user's profile (`GET /me`). */
export type UserProfile = G.PrivateUserObject;

/** The player's state (`GET /me/player`): `item` is `null` during ads or between items. */
export type PlaybackState = G.CurrentlyPlayingContextObject;
/** What is playing (`GET /me/player/currently-playing`): like {@link PlaybackState} without the device. */
export type CurrentlyPlaying = G.CurrentlyPlayingObject;
export type Queue = G.QueueObject;
export type PlayHistory = G.PlayHistoryObject;
export type RecentlyPlayedTracksPage = CursorPage<PlayHistory>;

export type AudioFeatures = G.AudioFeaturesObject;
export type AudioAnalysis = G.AudioAnalysisObject;
export type Meta = G.AudioAnalysisObject["meta"];
export type TrackAnalysis = G.AudioAnalysisObject["track"];
export type Bar = G.TimeIntervalObject;
export type Beat = G.TimeIntervalObject;
export type Tatum = G.TimeIntervalObject;
export type Section = G.SectionObject;
export type Segment = G.SegmentObject;

/** Response wrappers. */
export interface Albums { albums: Album[] }
export interface Artists { artists: Artist[] }
export interface Tracks { tracks: Track[] }
export interface Shows { shows: SimplifiedShow[] }
export interface Episodes { episodes: Episode[] }
export interface Audiobooks { audiobooks: Audiobook[] }
export interface Chapters { chapters: Chapter[] }
export interface Devices { devices: Device[] }
export interface Genres { genres: string[] }
export interface Markets { markets: string[] }
export interface Categories { categories: Page<Category> }
export interface NewReleases { albums: Page<SimplifiedAlbum> }
export interface TopTracksResult { tracks: Track[] }
export interface AudioFeaturesCollection { audio_features: Array<AudioFeatures | null> }
/** `GET /me/following`: cursor-paged (1.2.0 typed it as an offset page). */
export interface FollowedArtists { artists: CursorPage<Artist> }
export interface FeaturedPlaylists { message: string; playlists: Page<SimplifiedPlaylist> }
/** What every playlist items write returns: the playlist's new version. */
export interface SnapshotReference { snapshot_id: string }

/** 1.2.0 export, kept for compatibility; no endpoint returns it. */
export interface ArtistSearchResult { href: string; items: ArtistSearchResultItem[] }
/** 1.2.0 export, kept for compatibility; no endpoint returns it. */
export interface ArtistSearchResultItem { id: string; name: string; popularity: number; genres: string[] }

/** Which playlist item types to ask for: add `"episode"` to receive episodes as episodes. */
export type QueryAdditionalTypes = readonly ("track" | "episode")[];
/** The item type a playlist holds given the `additional_types` asked for. */
export type ItemForTypes<A extends QueryAdditionalTypes | undefined> = A extends QueryAdditionalTypes
  ? "episode" extends A[number] ? TrackItem : Track
  : Track;

/** Which key of a search result holds each searched type. */
export interface ResourceTypeToResultKey {
  album: "albums";
  artist: "artists";
  track: "tracks";
  playlist: "playlists";
  show: "shows";
  episode: "episodes";
  audiobook: "audiobooks";
}
/** The item type of each search result key. */
export interface SearchResultsMap {
  album: SimplifiedAlbum;
  artist: Artist;
  track: Track;
  /** Spotify sends `null` for playlists it cannot show. */
  playlist: SimplifiedPlaylist | null;
  show: SimplifiedShow;
  episode: SimplifiedEpisode;
  audiobook: SimplifiedAudiobook;
}
/** Every key search can return, each optional. */
export type PartialSearchResult = {
  [K in ItemTypes as ResourceTypeToResultKey[K]]?: Page<SearchResultsMap[K]>;
};
/**
 * The result of a search for the types `T`: only the requested keys, required when `T` is a tuple
 * (`["track", "album"]` gives `{tracks, albums}`).
 */
export type SearchResults<T extends readonly ItemTypes[]> = Pick<PartialSearchResult, ResourceTypeToResultKey[T[number]]> extends infer R
  ? number extends T["length"] ? R : Required<R>
  : never;

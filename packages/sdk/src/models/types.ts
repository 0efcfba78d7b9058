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
export type SimplifiedAlbum = G.SimplifiedAlbumObject & {
  /** How the album relates to the artist: `album`, `single`, `compilation` or `appears_on`. */
  album_group?: string;
};
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
/** A track in the user's library, with when it was saved (`added_at`). */
export type SavedTrack = G.SavedTrackObject;
/** An episode in the user's library, with when it was saved (`added_at`). */
export type SavedEpisode = G.SavedEpisodeObject;
/** A show the user follows, with when it was saved (`added_at`). */
export type SavedShow = G.SavedShowObject;
/** An audiobook in the user's library, with when it was saved (`added_at`). */
export type SavedAudiobook = G.SavedAudiobookObject;

/** Shared small objects. */
export type Copyright = G.CopyrightObject;
/** Identifiers outside Spotify: `isrc` for a track, `upc` or `ean` for an album. */
export type ExternalIds = G.ExternalIdObject;
/** Links to the item outside the API: `spotify` is its open.spotify.com page. */
export type ExternalUrls = G.ExternalUrlObject;
/** An artist's or user's follower count (`total`). */
export type Followers = G.FollowersObject;
/** One size of a cover or portrait: `url`, and `width`/`height` in pixels (`null` when unknown). */
export type Image = G.ImageObject;
/** Why an item is not playable here (`reason`: `market`, `product` or `explicit`). */
export type Restrictions = G.TrackRestrictionObject;
/** Where the user stopped in an episode or chapter (`resume_position_ms`, `fully_played`). */
export type ResumePoint = G.ResumePointObject;
/** An audiobook's author (`name`). */
export type Author = G.AuthorObject;
/** An audiobook's narrator (`name`). */
export type Narrator = G.NarratorObject;
/** The track that was asked for, when Spotify relinked it to another release for the market. */
export type LinkedFrom = G.LinkedTrackObject;
/** The user who added an item to a playlist. */
export type AddedBy = G.PlaylistUserObject;
/** A playlist's owner. */
export type UserReference = G.PlaylistOwnerObject;
/** Where a simplified playlist's items are (`href`) and how many there are (`total`). */
export type TrackReference = G.PlaylistTracksRefObject;
/** What the player plays from (an album, artist or playlist): `type`, `uri`, `href`. */
export type Context = G.ContextObject;
/** Player actions not allowed now (`disallows`: `pausing`, `skipping_next`, ...). */
export type Actions = G.DisallowsObject;
/** A device the user can play on (`id`, `name`, `type`, `is_active`, `volume_percent`). */
export type Device = G.DeviceObject;
/** A category icon (an image). */
export type Icon = G.ImageObject;
/** A browse category (`id`, `name`, `icons`). */
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
  /** The first page of the playlist's entries; absent when the app may not see them. */
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
/** The user's queue (`GET /me/player/queue`): what plays now and next. */
export type Queue = G.QueueObject;
/** One recently played track, with when it was played (`played_at`) and its context. */
export type PlayHistory = G.PlayHistoryObject;
/** A cursor page of recently played tracks (`GET /me/player/recently-played`). */
export type RecentlyPlayedTracksPage = CursorPage<PlayHistory>;

/** A track's audio features (tempo, key, energy, ...): deprecated by Spotify for new apps. */
export type AudioFeatures = G.AudioFeaturesObject;
/** A track's audio analysis (bars, beats, sections, segments): deprecated by Spotify for new apps. */
export type AudioAnalysis = G.AudioAnalysisObject;
/** The analyzer's own details in an {@link AudioAnalysis}. */
export type Meta = G.AudioAnalysisObject["meta"];
/** Whole-track values in an {@link AudioAnalysis} (duration, tempo, key, loudness). */
export type TrackAnalysis = G.AudioAnalysisObject["track"];
/** A bar in an {@link AudioAnalysis}: `start`, `duration`, `confidence`. */
export type Bar = G.TimeIntervalObject;
/** A beat in an {@link AudioAnalysis}: `start`, `duration`, `confidence`. */
export type Beat = G.TimeIntervalObject;
/** A tatum (the smallest regular pulse) in an {@link AudioAnalysis}. */
export type Tatum = G.TimeIntervalObject;
/** A section (verse, chorus, ...) in an {@link AudioAnalysis}, with its tempo, key and loudness. */
export type Section = G.SectionObject;
/** A segment (a roughly consistent sound) in an {@link AudioAnalysis}, with its pitches and timbre. */
export type Segment = G.SegmentObject;

/** Response wrappers. */
export interface Albums {
  /** The albums, in the order of the IDs asked for. */
  albums: Album[];
}
/** Several artists (`GET /artists?ids=`). */
export interface Artists {
  /** The artists, in the order of the IDs asked for. */
  artists: Artist[];
}
/** Several tracks (`GET /tracks?ids=`). */
export interface Tracks {
  /** The tracks, in the order of the IDs asked for. */
  tracks: Track[];
}
/** Several shows (`GET /shows?ids=`). */
export interface Shows {
  /** The shows, in the order of the IDs asked for. */
  shows: SimplifiedShow[];
}
/** Several episodes (`GET /episodes?ids=`). */
export interface Episodes {
  /** The episodes, in the order of the IDs asked for. */
  episodes: Episode[];
}
/** Several audiobooks (`GET /audiobooks?ids=`). */
export interface Audiobooks {
  /** The audiobooks, in the order of the IDs asked for. */
  audiobooks: Audiobook[];
}
/** Several chapters (`GET /chapters?ids=`). */
export interface Chapters {
  /** The chapters, in the order of the IDs asked for. */
  chapters: Chapter[];
}
/** The user's available devices (`GET /me/player/devices`). */
export interface Devices {
  /** The devices; empty when none is online. */
  devices: Device[];
}
/** The genre seeds recommendations accept (deprecated by Spotify for new apps). */
export interface Genres {
  /** Genre names, e.g. `acoustic`. */
  genres: string[];
}
/** The markets Spotify is available in, as ISO 3166-1 alpha-2 codes. */
export interface Markets {
  /** Country codes, e.g. `SE`. */
  markets: string[];
}
/** A page of browse categories (`GET /browse/categories`). */
export interface Categories {
  /** The page of categories. */
  categories: Page<Category>;
}
/** A page of new album releases (`GET /browse/new-releases`). */
export interface NewReleases {
  /** The page of albums. */
  albums: Page<SimplifiedAlbum>;
}
/** An artist's top tracks (`GET /artists/{id}/top-tracks`). */
export interface TopTracksResult {
  /** The artist's top tracks, up to 10. */
  tracks: Track[];
}
/** Audio features of several tracks; `null` for a track without them. */
export interface AudioFeaturesCollection {
  /** One entry per ID asked for, in order. */
  audio_features: Array<AudioFeatures | null>;
}
/** `GET /me/following`: cursor-paged (1.2.0 typed it as an offset page). */
export interface FollowedArtists {
  /** The cursor page of artists the user follows. */
  artists: CursorPage<Artist>;
}
/** Featured playlists with their headline (`message`); deprecated by Spotify for new apps. */
export interface FeaturedPlaylists {
  /** The localized headline, e.g. `Popular Playlists`. */
  message: string;
  /** The page of featured playlists. */
  playlists: Page<SimplifiedPlaylist>;
}
/** What every playlist items write returns: the playlist's new version. */
export interface SnapshotReference {
  /** The playlist's version after the write; pass it to later writes. */
  snapshot_id: string;
}

/** 1.2.0 export, kept for compatibility; no endpoint returns it. */
export interface ArtistSearchResult {
  /** The API link of the result. */
  href: string;
  /** The artists found. */
  items: ArtistSearchResultItem[];
}
/** 1.2.0 export, kept for compatibility; no endpoint returns it. */
export interface ArtistSearchResultItem {
  /** The artist's Spotify ID. */
  id: string;
  /** The artist's name. */
  name: string;
  /** 0–100, most popular 100. */
  popularity: number;
  /** Genres the artist is associated with. */
  genres: string[];
}

/** Which playlist item types to ask for: add `"episode"` to receive episodes as episodes. */
export type QueryAdditionalTypes = readonly ("track" | "episode")[];
/** The item type a playlist holds given the `additional_types` asked for. */
export type ItemForTypes<A extends QueryAdditionalTypes | undefined> = A extends QueryAdditionalTypes
  ? "episode" extends A[number] ? TrackItem : Track
  : Track;

/** Which key of a search result holds each searched type. */
export interface ResourceTypeToResultKey {
  /** Albums come in `albums`. */
  album: "albums";
  /** Artists come in `artists`. */
  artist: "artists";
  /** Tracks come in `tracks`. */
  track: "tracks";
  /** Playlists come in `playlists`. */
  playlist: "playlists";
  /** Shows come in `shows`. */
  show: "shows";
  /** Episodes come in `episodes`. */
  episode: "episodes";
  /** Audiobooks come in `audiobooks`. */
  audiobook: "audiobooks";
}
/** The item type of each search result key. */
export interface SearchResultsMap {
  /** Albums are found simplified. */
  album: SimplifiedAlbum;
  /** Artists are found in full. */
  artist: Artist;
  /** Tracks are found in full. */
  track: Track;
  /** Spotify sends `null` for playlists it cannot show. */
  playlist: SimplifiedPlaylist | null;
  /** Shows are found simplified. */
  show: SimplifiedShow;
  /** Episodes are found simplified. */
  episode: SimplifiedEpisode;
  /** Audiobooks are found simplified. */
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

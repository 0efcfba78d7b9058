/* eslint-disable */
/**
 * GENERATED FILE: do not edit. Source: spec/openapi.yml (components.schemas).
 * Regenerate with `node packages/sdk/scripts/gen-models.mjs`; a test fails when this file drifts.
 *
 * Rules: every documented field is required unless Spotify omits it (relinking, restrictions,
 * fields Development Mode apps lost in February 2026: those are optional) or sends `null` (typed
 * `| null`). `type` fields are string literals so unions narrow.
 * @module
 */

/** The spec's `AlbumBase`. */
export interface AlbumBase {
  /** The type of the album. */
  album_type: string;
  /** The number of tracks in the album. */
  total_tracks: number;
  /**
   * The markets in which the album is available: ISO 3166-1 alpha-2 country codes. NOTE: an album is considered available in a market when at least 1 of its tracks is available in that market. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  available_markets?: string[];
  /** Known external URLs for this album. */
  external_urls: ExternalUrlObject;
  /** A link to the Web API endpoint providing full details of the album. */
  href: string;
  /** The Spotify ID for the album. */
  id: string;
  /** The cover art for the album in various sizes, widest first. */
  images: ImageObject[];
  /** The name of the album. In case of an album takedown, the value may be an empty string. */
  name: string;
  /** The date the album was first released. */
  release_date: string;
  /** The precision with which `release_date` value is known. */
  release_date_precision: string;
  /** Included in the response when a content restriction is applied. */
  restrictions?: AlbumRestrictionObject;
  /** The object type. */
  type: "album";
  /** The Spotify URI for the album. */
  uri: string;
}

/** The spec's `AlbumObject`. */
export interface AlbumObject extends AlbumBase {
  /** The artists of the album. Each artist object includes a link in `href` to more detailed information about the artist. */
  artists: SimplifiedArtistObject[];
  /** The tracks of the album. */
  tracks: PagingSimplifiedTrackObject;
  /** The copyright statements of the album. */
  copyrights: CopyrightObject[];
  /** Known external IDs for the album. */
  external_ids: ExternalIdObject;
  /**
   * Deprecated The array is always empty.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  genres: string[];
  /**
   * The label associated with the album. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  label?: string;
  /**
   * The popularity of the album. The value will be between 0 and 100, with 100 being the most popular. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  popularity?: number;
}

/** The spec's `AlbumRestrictionObject`. */
export interface AlbumRestrictionObject {
  /** The reason for the restriction. Albums may be restricted if the content is not available in a given market, to the user's subscription type, or when the user's account is set to not play explicit content. Additional reasons may be added in the future. */
  reason: string;
}

/** The spec's `ArtistDiscographyAlbumObject`. */
export interface ArtistDiscographyAlbumObject extends SimplifiedAlbumObject {
  /**
   * This field describes the relationship between the artist and the album. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  album_group?: string;
}

/** The spec's `ArtistObject`. */
export interface ArtistObject {
  /** Known external URLs for this artist. */
  external_urls: ExternalUrlObject;
  /**
   * Information about the followers of the artist. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  followers?: FollowersObject;
  /**
   * A list of the genres the artist is associated with. If not yet classified, the array is empty.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  genres: string[];
  /** A link to the Web API endpoint providing full details of the artist. */
  href: string;
  /** The Spotify ID for the artist. */
  id: string;
  /** Images of the artist in various sizes, widest first. */
  images: ImageObject[];
  /** The name of the artist. */
  name: string;
  /**
   * The popularity of the artist. The value will be between 0 and 100, with 100 being the most popular. The artist's popularity is calculated from the popularity of all the artist's tracks. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  popularity?: number;
  /** The object type. */
  type: "artist";
  /** The Spotify URI for the artist. */
  uri: string;
}

/** The spec's `AudioAnalysisObject`. */
export interface AudioAnalysisObject {
  /** How and when the analyzer processed the track: its version, platform, status and timing. */
  meta: {
    /** The version of the Analyzer used to analyze this track. */
    analyzer_version: string;
    /** The platform used to read the track's audio data. */
    platform: string;
    /** A detailed status code for this track. If analysis data is missing, this code may explain why. */
    detailed_status: string;
    /** The return code of the analyzer process. 0 if successful, 1 if any errors occurred. */
    status_code: number;
    /** The Unix timestamp (in seconds) at which this track was analyzed. */
    timestamp: number;
    /** The amount of time taken to analyze this track. */
    analysis_time: number;
    /** The method used to read the track's audio data. */
    input_process: string;
  };
  /** Whole-track analysis: sample counts, duration, fades, loudness, tempo, key, mode, time signature and fingerprint codes. */
  track: {
    /** The exact number of audio samples analyzed from this track. See also `analysis_sample_rate`. */
    num_samples: number;
    /** Length of the track in seconds. */
    duration: number;
    /** This field will always contain the empty string. */
    sample_md5: string;
    /** An offset to the start of the region of the track that was analyzed. (As the entire track is analyzed, this should always be 0.) */
    offset_seconds: number;
    /** The length of the region of the track was analyzed, if a subset of the track was analyzed. (As the entire track is analyzed, this should always be 0.) */
    window_seconds: number;
    /** The sample rate used to decode and analyze this track. May differ from the actual sample rate of this track available on Spotify. */
    analysis_sample_rate: number;
    /** The number of channels used for analysis. If 1, all channels are summed together to mono before analysis. */
    analysis_channels: number;
    /** The time, in seconds, at which the track's fade-in period ends. If the track has no fade-in, this will be 0.0. */
    end_of_fade_in: number;
    /** The time, in seconds, at which the track's fade-out period starts. If the track has no fade-out, this should match the track's length. */
    start_of_fade_out: number;
    /** The overall loudness of a track in decibels (dB). Loudness values are averaged across the entire track and are useful for comparing relative loudness of tracks. Loudness is the quality of a sound that is the primary psychological correlate of physical strength (amplitude). Values typically range... */
    loudness: Loudness;
    /** The overall estimated tempo of a track in beats per minute (BPM). In musical terminology, tempo is the speed or pace of a given piece and derives directly from the average beat duration. */
    tempo: Tempo;
    /** The confidence, from 0.0 to 1.0, of the reliability of the `tempo`. */
    tempo_confidence: number;
    /** An estimated time signature. The time signature (meter) is a notational convention to specify how many beats are in each bar (or measure). The time signature ranges from 3 to 7 indicating time signatures of "3/4", to "7/4". */
    time_signature: TimeSignature;
    /** The confidence, from 0.0 to 1.0, of the reliability of the `time_signature`. */
    time_signature_confidence: number;
    /** The key the track is in. Integers map to pitches using standard Pitch Class notation. E.g. 0 = C, 1 = C♯/D♭, 2 = D, and so on. If no key was detected, the value is -1. */
    key: Key;
    /** The confidence, from 0.0 to 1.0, of the reliability of the `key`. */
    key_confidence: number;
    /** Mode indicates the modality (major or minor) of a track, the type of scale from which its melodic content is derived. Major is represented by 1 and minor is 0. */
    mode: Mode;
    /** The confidence, from 0.0 to 1.0, of the reliability of the `mode`. */
    mode_confidence: number;
    /** An Echo Nest Musical Fingerprint (ENMFP) codestring for this track. */
    codestring: string;
    /** A version number for the Echo Nest Musical Fingerprint format used in the codestring field. */
    code_version: number;
    /** An EchoPrint codestring for this track. */
    echoprintstring: string;
    /** A version number for the EchoPrint format used in the echoprintstring field. */
    echoprint_version: number;
    /** A Synchstring for this track. */
    synchstring: string;
    /** A version number for the Synchstring used in the synchstring field. */
    synch_version: number;
    /** A Rhythmstring for this track. The format of this string is similar to the Synchstring. */
    rhythmstring: string;
    /** A version number for the Rhythmstring used in the rhythmstring field. */
    rhythm_version: number;
  };
  /** The time intervals of the bars throughout the track. A bar (or measure) is a segment of time defined as a given number of beats. */
  bars: TimeIntervalObject[];
  /** The time intervals of beats throughout the track. A beat is the basic time unit of a piece of music; for example, each tick of a metronome. Beats are typically multiples of tatums. */
  beats: TimeIntervalObject[];
  /** Sections are defined by large variations in rhythm or timbre, e.g. chorus, verse, bridge, guitar solo, etc. Each section contains its own descriptions of tempo, key, mode, time_signature, and loudness. */
  sections: SectionObject[];
  /** Each segment contains a roughly conisistent sound throughout its duration. */
  segments: SegmentObject[];
  /** A tatum represents the lowest regular pulse train that a listener intuitively infers from the timing of perceived musical events (segments). */
  tatums: TimeIntervalObject[];
}

/** The spec's `AudioFeaturesObject`. */
export interface AudioFeaturesObject {
  /** A confidence measure from 0.0 to 1.0 of whether the track is acoustic. 1.0 represents high confidence the track is acoustic. */
  acousticness: number;
  /** A URL to access the full audio analysis of this track. An access token is required to access this data. */
  analysis_url: string;
  /** Danceability describes how suitable a track is for dancing based on a combination of musical elements including tempo, rhythm stability, beat strength, and overall regularity. A value of 0.0 is least danceable and 1.0 is most danceable. */
  danceability: number;
  /** The duration of the track in milliseconds. */
  duration_ms: number;
  /** Energy is a measure from 0.0 to 1.0 and represents a perceptual measure of intensity and activity. Typically, energetic tracks feel fast, loud, and noisy. For example, death metal has high energy, while a Bach prelude scores low on the scale. Perceptual features contributing to this attribute... */
  energy: number;
  /** The Spotify ID for the track. */
  id: string;
  /** Predicts whether a track contains no vocals. "Ooh" and "aah" sounds are treated as instrumental in this context. Rap or spoken word tracks are clearly "vocal". The closer the instrumentalness value is to 1.0, the greater likelihood the track contains no vocal content. Values above 0.5 are... */
  instrumentalness: number;
  /** The key the track is in. Integers map to pitches using standard Pitch Class notation. E.g. 0 = C, 1 = C♯/D♭, 2 = D, and so on. If no key was detected, the value is -1. */
  key: Key;
  /** Detects the presence of an audience in the recording. Higher liveness values represent an increased probability that the track was performed live. A value above 0.8 provides strong likelihood that the track is live. */
  liveness: number;
  /** The overall loudness of a track in decibels (dB). Loudness values are averaged across the entire track and are useful for comparing relative loudness of tracks. Loudness is the quality of a sound that is the primary psychological correlate of physical strength (amplitude). Values typically range... */
  loudness: Loudness;
  /** Mode indicates the modality (major or minor) of a track, the type of scale from which its melodic content is derived. Major is represented by 1 and minor is 0. */
  mode: Mode;
  /** Speechiness detects the presence of spoken words in a track. The more exclusively speech-like the recording (e.g. talk show, audio book, poetry), the closer to 1.0 the attribute value. Values above 0.66 describe tracks that are probably made entirely of spoken words. Values between 0.33 and 0.66... */
  speechiness: number;
  /** The overall estimated tempo of a track in beats per minute (BPM). In musical terminology, tempo is the speed or pace of a given piece and derives directly from the average beat duration. */
  tempo: Tempo;
  /** An estimated time signature. The time signature (meter) is a notational convention to specify how many beats are in each bar (or measure). The time signature ranges from 3 to 7 indicating time signatures of "3/4", to "7/4". */
  time_signature: TimeSignature;
  /** A link to the Web API endpoint providing full details of the track. */
  track_href: string;
  /** The object type. */
  type: "audio_features";
  /** The Spotify URI for the track. */
  uri: string;
  /** A measure from 0.0 to 1.0 describing the musical positiveness conveyed by a track. Tracks with high valence sound more positive (e.g. happy, cheerful, euphoric), while tracks with low valence sound more negative (e.g. sad, depressed, angry). */
  valence: number;
}

/** The spec's `AudiobookBase`. */
export interface AudiobookBase {
  /** The author(s) for the audiobook. */
  authors: AuthorObject[];
  /**
   * A list of the countries in which the audiobook can be played, identified by their ISO 3166-1 alpha-2 code. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  available_markets?: string[];
  /** The copyright statements of the audiobook. */
  copyrights: CopyrightObject[];
  /** A description of the audiobook. HTML tags are stripped away from this field, use `html_description` field in case HTML tags are needed. */
  description: string;
  /** A description of the audiobook. This field may contain HTML tags. */
  html_description: string;
  /** The edition of the audiobook. */
  edition: string;
  /** Whether or not the audiobook has explicit content (true = yes it does; false = no it does not OR unknown). */
  explicit: boolean;
  /** External URLs for this audiobook. */
  external_urls: ExternalUrlObject;
  /** A link to the Web API endpoint providing full details of the audiobook. */
  href: string;
  /** The Spotify ID for the audiobook. */
  id: string;
  /** The cover art for the audiobook in various sizes, widest first. */
  images: ImageObject[];
  /** A list of the languages used in the audiobook, identified by their ISO 639 code. */
  languages: string[];
  /** The media type of the audiobook. */
  media_type: string;
  /** The name of the audiobook. */
  name: string;
  /** The narrator(s) for the audiobook. */
  narrators: NarratorObject[];
  /**
   * The publisher of the audiobook. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  publisher?: string;
  /** The object type. */
  type: "audiobook";
  /** The Spotify URI for the audiobook. */
  uri: string;
  /** The number of chapters in this audiobook. */
  total_chapters: number;
}

/** The spec's `AudiobookObject`. */
export interface AudiobookObject extends AudiobookBase {
  /** The chapters of the audiobook. */
  chapters: PagingSimplifiedChapterObject;
}

/** The spec's `AuthorObject`. */
export interface AuthorObject {
  /** The name of the author. */
  name: string;
}

/** The spec's `CategoryObject`. */
export interface CategoryObject {
  /** A link to the Web API endpoint returning full details of the category. */
  href: string;
  /** The category icon, in various sizes. */
  icons: ImageObject[];
  /** The Spotify category ID of the category. */
  id: string;
  /** The name of the category. */
  name: string;
}

/** The spec's `ChapterBase`. */
export interface ChapterBase {
  /**
   * A URL to a 30 second preview (MP3 format) of the chapter. `null` if not available.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  audio_preview_url: string | null;
  /**
   * A list of the countries in which the chapter can be played, identified by their ISO 3166-1 alpha-2 code. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  available_markets?: string[];
  /** The number of the chapter */
  chapter_number: number;
  /** A description of the chapter. HTML tags are stripped away from this field, use `html_description` field in case HTML tags are needed. */
  description: string;
  /** A description of the chapter. This field may contain HTML tags. */
  html_description: string;
  /** The chapter length in milliseconds. */
  duration_ms: number;
  /** Whether or not the chapter has explicit content (true = yes it does; false = no it does not OR unknown). */
  explicit: boolean;
  /** External URLs for this chapter. */
  external_urls: ExternalUrlObject;
  /** A link to the Web API endpoint providing full details of the chapter. */
  href: string;
  /** The Spotify ID for the chapter. */
  id: string;
  /** The cover art for the chapter in various sizes, widest first. */
  images: ImageObject[];
  /** True if the chapter is playable in the given market. Otherwise false. */
  is_playable: boolean;
  /** A list of the languages used in the chapter, identified by their ISO 639-1 code. */
  languages: string[];
  /** The name of the chapter. */
  name: string;
  /** The date the chapter was first released, for example `"1981-12-15"`. Depending on the precision, it might be shown as `"1981"` or `"1981-12"`. */
  release_date: string;
  /** The precision with which `release_date` value is known. */
  release_date_precision: string;
  /** The user's most recent position in the chapter. Set if the supplied access token is a user token and has the scope 'user-read-playback-position'. */
  resume_point?: ResumePointObject;
  /** The object type. */
  type: "episode";
  /** The Spotify URI for the chapter. */
  uri: string;
  /** Included in the response when a content restriction is applied. */
  restrictions?: ChapterRestrictionObject;
}

/** The spec's `ChapterObject`. */
export interface ChapterObject extends ChapterBase {
  /** The audiobook for which the chapter belongs. */
  audiobook: SimplifiedAudiobookObject;
}

/** The spec's `ChapterRestrictionObject`. */
export interface ChapterRestrictionObject {
  /** The reason for the restriction. Supported values: - `market` - The content item is not available in the given market. - `product` - The content item is not available for the user's subscription type. - `explicit` - The content item is explicit and the user's account is set to not play explicit... */
  reason: string;
}

/** The spec's `ContextObject`. */
export interface ContextObject {
  /** The object type, e.g. "artist", "playlist", "album", "show". */
  type: string;
  /** A link to the Web API endpoint providing full details of the track. */
  href: string;
  /** External URLs for this context. */
  external_urls: ExternalUrlObject;
  /** The Spotify URI for the context. */
  uri: string;
}

/** The spec's `CopyrightObject`. */
export interface CopyrightObject {
  /** The copyright text for this content. */
  text: string;
  /** The type of copyright: `C` = the copyright, `P` = the sound recording (performance) copyright. */
  type: string;
}

/** The spec's `CurrentlyPlayingContextObject`. */
export interface CurrentlyPlayingContextObject {
  /** The device that is currently active. */
  device: DeviceObject;
  /** off, track, context */
  repeat_state: string;
  /** If shuffle is on or off. */
  shuffle_state: boolean;
  /** A Context Object. Can be `null`. */
  context: ContextObject | null;
  /** Unix Millisecond Timestamp when playback state was last changed (play, pause, skip, scrub, new song, etc.). */
  timestamp: number;
  /** Progress into the currently playing track or episode. Can be `null`. */
  progress_ms: number | null;
  /** If something is currently playing, return `true`. */
  is_playing: boolean;
  /** The currently playing track or episode. Can be `null`. */
  item: TrackObject | EpisodeObject | null;
  /** The object type of the currently playing item. Can be one of `track`, `episode`, `ad` or `unknown`. */
  currently_playing_type: string;
  /** Allows to update the user interface based on which playback actions are available within the current context. */
  actions: DisallowsObject;
}

/** The spec's `CurrentlyPlayingObject`. */
export interface CurrentlyPlayingObject {
  /** A Context Object. Can be `null`. */
  context: ContextObject | null;
  /** Unix Millisecond Timestamp when data was fetched */
  timestamp: number;
  /** Progress into the currently playing track or episode. Can be `null`. */
  progress_ms: number | null;
  /** If something is currently playing, return `true`. */
  is_playing: boolean;
  /** The currently playing track or episode. Can be `null`. */
  item: TrackObject | EpisodeObject | null;
  /** The object type of the currently playing item. Can be one of `track`, `episode`, `ad` or `unknown`. */
  currently_playing_type: string;
  /** Allows to update the user interface based on which playback actions are available within the current context. */
  actions: DisallowsObject;
}

/** The spec's `CursorObject`. */
export interface CursorObject {
  /** The cursor to use as key to find the next page of items. */
  after: string | null;
  /** The cursor to use as key to find the previous page of items. */
  before: string | null;
}

/** The spec's `CursorPagingObject`. */
export interface CursorPagingObject<T = unknown> {
  /** A link to the Web API endpoint returning the full result of the request. */
  href: string;
  /** The maximum number of items in the response (as set in the query or by default). */
  limit: number;
  /** URL to the next page of items. ( `null` if none) */
  next: string | null;
  /** The cursors used to find the next set of items. */
  cursors: CursorObject;
  /** The total number of items available to return. */
  total: number;
  /** The requested content. */
  items: T[];
}

/** The spec's `CursorPagingPlayHistoryObject`. */
export type CursorPagingPlayHistoryObject = CursorPagingObject<PlayHistoryObject>;

/** The spec's `CursorPagingSimplifiedArtistObject`. */
export type CursorPagingSimplifiedArtistObject = CursorPagingObject<ArtistObject>;

/** The spec's `DeviceObject`. */
export interface DeviceObject {
  /** The device ID. This ID is unique and persistent to some extent. However, this is not guaranteed and any cached `device_id` should periodically be cleared out and refetched as necessary. */
  id: string | null;
  /** If this device is the currently active device. */
  is_active: boolean;
  /** If this device is currently in a private session. */
  is_private_session: boolean;
  /** Whether controlling this device is restricted. At present if this is "true" then no Web API commands will be accepted by this device. */
  is_restricted: boolean;
  /** A human-readable name for the device. Some devices have a name that the user can configure (e.g. \"Loudest speaker\") and some devices have a generic name associated with the manufacturer or device model. */
  name: string;
  /** Device type, such as "computer", "smartphone" or "speaker". */
  type: string;
  /** The current volume in percent. */
  volume_percent: number | null;
  /** If this device can be used to set the volume. */
  supports_volume?: boolean;
}

/** The spec's `DisallowsObject`. */
export interface DisallowsObject {
  /** Interrupting playback. Optional field. */
  interrupting_playback?: boolean;
  /** Pausing. Optional field. */
  pausing?: boolean;
  /** Resuming. Optional field. */
  resuming?: boolean;
  /** Seeking playback location. Optional field. */
  seeking?: boolean;
  /** Skipping to the next context. Optional field. */
  skipping_next?: boolean;
  /** Skipping to the previous context. Optional field. */
  skipping_prev?: boolean;
  /** Toggling repeat context flag. Optional field. */
  toggling_repeat_context?: boolean;
  /** Toggling shuffle flag. Optional field. */
  toggling_shuffle?: boolean;
  /** Toggling repeat track flag. Optional field. */
  toggling_repeat_track?: boolean;
  /** Transfering playback between devices. Optional field. */
  transferring_playback?: boolean;
}

/** The spec's `EpisodeBase`. */
export interface EpisodeBase {
  /**
   * A URL to a 30 second preview (MP3 format) of the episode. `null` if not available.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  audio_preview_url: string | null;
  /** A description of the episode. HTML tags are stripped away from this field, use `html_description` field in case HTML tags are needed. */
  description: string;
  /** A description of the episode. This field may contain HTML tags. */
  html_description: string;
  /** The episode length in milliseconds. */
  duration_ms: number;
  /** Whether or not the episode has explicit content (true = yes it does; false = no it does not OR unknown). */
  explicit: boolean;
  /** External URLs for this episode. */
  external_urls: ExternalUrlObject;
  /** A link to the Web API endpoint providing full details of the episode. */
  href: string;
  /** The Spotify ID for the episode. */
  id: string;
  /** The cover art for the episode in various sizes, widest first. */
  images: ImageObject[];
  /** True if the episode is hosted outside of Spotify's CDN. */
  is_externally_hosted: boolean;
  /** True if the episode is playable in the given market. Otherwise false. */
  is_playable: boolean;
  /**
   * The language used in the episode, identified by a ISO 639 code. This field is deprecated and might be removed in the future. Please use the `languages` field instead.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  language?: string;
  /** A list of the languages used in the episode, identified by their ISO 639-1 code. */
  languages: string[];
  /** The name of the episode. */
  name: string;
  /** The date the episode was first released, for example `"1981-12-15"`. Depending on the precision, it might be shown as `"1981"` or `"1981-12"`. */
  release_date: string;
  /** The precision with which `release_date` value is known. */
  release_date_precision: string;
  /** The user's most recent position in the episode. Set if the supplied access token is a user token and has the scope 'user-read-playback-position'. */
  resume_point?: ResumePointObject;
  /** The object type. */
  type: "episode";
  /** The Spotify URI for the episode. */
  uri: string;
  /** Included in the response when a content restriction is applied. */
  restrictions?: EpisodeRestrictionObject;
}

/** The spec's `EpisodeObject`. */
export interface EpisodeObject extends EpisodeBase {
  /** The show on which the episode belongs. */
  show: SimplifiedShowObject;
}

/** The spec's `EpisodeRestrictionObject`. */
export interface EpisodeRestrictionObject {
  /** The reason for the restriction. Supported values: - `market` - The content item is not available in the given market. - `product` - The content item is not available for the user's subscription type. - `explicit` - The content item is explicit and the user's account is set to not play explicit... */
  reason: string;
}

/** The spec's `ErrorObject`. */
export interface ErrorObject {
  /** The HTTP status code (also returned in the response header; see Response Status Codes for more information). */
  status: number;
  /** A short description of the cause of the error. */
  message: string;
}

/** The spec's `ExplicitContentSettingsObject`. */
export interface ExplicitContentSettingsObject {
  /** When `true`, indicates that explicit content should not be played. */
  filter_enabled: boolean;
  /** When `true`, indicates that the explicit content setting is locked and can't be changed by the user. */
  filter_locked: boolean;
}

/** The spec's `ExternalIdObject`. */
export interface ExternalIdObject {
  /** International Standard Recording Code */
  isrc?: string;
  /** International Article Number */
  ean?: string;
  /** Universal Product Code */
  upc?: string;
}

/** The spec's `ExternalUrlObject`. */
export interface ExternalUrlObject {
  /** The Spotify URL for the object. */
  spotify: string;
}

/** The spec's `FollowersObject`. */
export interface FollowersObject {
  /** This will always be set to null, as the Web API does not support it at the moment. */
  href: string | null;
  /** The total number of followers. */
  total: number;
}

/** The spec's `ImageObject`. */
export interface ImageObject {
  /** The source URL of the image. */
  url: string;
  /** The image height in pixels. */
  height: number | null;
  /** The image width in pixels. */
  width: number | null;
}

/** The key the track is in. Integers map to pitches using standard Pitch Class notation. E.g. 0 = C, 1 = C♯/D♭, 2 = D, and so on. If no key was detected, the value is -1. */
export type Key = number;

/** The spec's `LinkedTrackObject`. */
export interface LinkedTrackObject {
  /** Known external URLs for this track. */
  external_urls: ExternalUrlObject;
  /** A link to the Web API endpoint providing full details of the track. */
  href: string;
  /** The Spotify ID for the track. */
  id: string;
  /** The object type: "track". */
  type: "track";
  /** The Spotify URI for the track. */
  uri: string;
}

/** The overall loudness of a track in decibels (dB). Loudness values are averaged across the entire track and are useful for comparing relative loudness of tracks. Loudness is the quality of a sound that is the primary psychological correlate of physical strength (amplitude). Values typically range... */
export type Loudness = number;

/** Mode indicates the modality (major or minor) of a track, the type of scale from which its melodic content is derived. Major is represented by 1 and minor is 0. */
export type Mode = number;

/** The spec's `NarratorObject`. */
export interface NarratorObject {
  /** The name of the Narrator. */
  name: string;
}

/** The spec's `PagingArtistDiscographyAlbumObject`. */
export type PagingArtistDiscographyAlbumObject = PagingObject<ArtistDiscographyAlbumObject>;

/** The spec's `PagingArtistObject`. */
export type PagingArtistObject = PagingObject<ArtistObject>;

/** The spec's `PagingFeaturedPlaylistObject`. */
export interface PagingFeaturedPlaylistObject {
  /** The localized message of a playlist. */
  message: string;
  /** The page of featured playlists. */
  playlists: PagingPlaylistObject;
}

/** The spec's `PagingObject`. */
export interface PagingObject<T = unknown> {
  /** A link to the Web API endpoint returning the full result of the request */
  href: string;
  /** The maximum number of items in the response (as set in the query or by default). */
  limit: number;
  /** URL to the next page of items. ( `null` if none) */
  next: string | null;
  /** The offset of the items returned (as set in the query or by default) */
  offset: number;
  /** URL to the previous page of items. ( `null` if none) */
  previous: string | null;
  /** The total number of items available to return. */
  total: number;
  /** The requested content. */
  items: T[];
}

/** The spec's `PagingPlaylistObject`. */
export type PagingPlaylistObject = PagingObject<SimplifiedPlaylistObject>;

/** The spec's `PagingPlaylistTrackObject`. */
export type PagingPlaylistTrackObject = PagingObject<PlaylistTrackObject>;

/** The spec's `PagingSavedAlbumObject`. */
export type PagingSavedAlbumObject = PagingObject<SavedAlbumObject>;

/** The spec's `PagingSavedAudiobookObject`. */
export type PagingSavedAudiobookObject = PagingObject<SavedAudiobookObject>;

/** The spec's `PagingSavedEpisodeObject`. */
export type PagingSavedEpisodeObject = PagingObject<SavedEpisodeObject>;

/** The spec's `PagingSavedShowObject`. */
export type PagingSavedShowObject = PagingObject<SavedShowObject>;

/** The spec's `PagingSavedTrackObject`. */
export type PagingSavedTrackObject = PagingObject<SavedTrackObject>;

/** The spec's `PagingSimplifiedAlbumObject`. */
export type PagingSimplifiedAlbumObject = PagingObject<SimplifiedAlbumObject>;

/** The spec's `PagingSimplifiedAudiobookObject`. */
export type PagingSimplifiedAudiobookObject = PagingObject<SimplifiedAudiobookObject>;

/** The spec's `PagingSimplifiedChapterObject`. */
export type PagingSimplifiedChapterObject = PagingObject<SimplifiedChapterObject>;

/** The spec's `PagingSimplifiedEpisodeObject`. */
export type PagingSimplifiedEpisodeObject = PagingObject<SimplifiedEpisodeObject>;

/** The spec's `PagingSimplifiedShowObject`. */
export type PagingSimplifiedShowObject = PagingObject<SimplifiedShowObject>;

/** The spec's `PagingSimplifiedTrackObject`. */
export type PagingSimplifiedTrackObject = PagingObject<SimplifiedTrackObject>;

/** The spec's `PagingTrackObject`. */
export type PagingTrackObject = PagingObject<TrackObject>;

/** The spec's `PlayHistoryObject`. */
export interface PlayHistoryObject {
  /** The track the user listened to. */
  track: TrackObject;
  /** The date and time the track was played. */
  played_at: string;
  /** The context the track was played from. */
  context: ContextObject | null;
}

/** The spec's `PlaylistObject`. */
export interface PlaylistObject {
  /** `true` if the owner allows other users to modify the playlist. */
  collaborative: boolean;
  /** The playlist description. Only returned for modified, verified playlists, otherwise `null`. */
  description: string | null;
  /** Known external URLs for this playlist. */
  external_urls: ExternalUrlObject;
  /** A link to the Web API endpoint providing full details of the playlist. */
  href: string;
  /** The Spotify ID for the playlist. */
  id: string;
  /** Images for the playlist. The array may be empty or contain up to three images. The images are returned by size in descending order. See Working with Playlists. Note: If returned, the source URL for the image (`url`) is temporary and will expire in less than a day. */
  images: ImageObject[];
  /** The name of the playlist. */
  name: string;
  /** The user who owns the playlist */
  owner: PlaylistOwnerObject;
  /** The playlist's public/private status (if it is added to the user's profile): `true` the playlist is public, `false` the playlist is private, `null` the playlist status is not relevant. For more about public/private status, see Working with Playlists */
  public: boolean | null;
  /** The version identifier for the current playlist. Can be supplied in other requests to target a specific playlist version */
  snapshot_id: string;
  /** The items of the playlist. Note: This field is only available for playlists owned by the current user or playlists the user is a collaborator of. Not sent to Development Mode apps since February 2026. */
  items?: PagingPlaylistTrackObject;
  /**
   * Deprecated: Use `items` instead. The tracks of the playlist. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  tracks?: PagingPlaylistTrackObject;
  /** The object type: "playlist" */
  type: "playlist";
  /** The Spotify URI for the playlist. */
  uri: string;
  /** Information about the followers of the playlist. */
  followers: FollowersObject;
}

/** The spec's `PlaylistOwnerObject`. */
export interface PlaylistOwnerObject extends PlaylistUserObject {
  /** The name displayed on the user's profile. `null` if not available. */
  display_name: string | null;
}

/** The spec's `PlaylistTrackObject`. */
export interface PlaylistTrackObject {
  /** The date and time the track or episode was added. Note: some very old playlists may return `null` in this field. */
  added_at: string | null;
  /** The Spotify user who added the track or episode. Note: some very old playlists may return `null` in this field. */
  added_by: PlaylistUserObject | null;
  /** Whether this track or episode is a local file or not. */
  is_local: boolean;
  /** Information about the track or episode. */
  item: TrackObject | EpisodeObject | null;
  /**
   * Deprecated: Use `item` instead. Information about the track or episode.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  track: TrackObject | EpisodeObject | null;
}

/** The spec's `PlaylistTracksRefObject`. */
export interface PlaylistTracksRefObject {
  /** A link to the Web API endpoint where full details of the playlist's tracks can be retrieved. */
  href: string;
  /** Number of tracks in the playlist. */
  total: number;
}

/** The spec's `PlaylistUserObject`. */
export interface PlaylistUserObject {
  /** Known public external URLs for this user. */
  external_urls: ExternalUrlObject;
  /** A link to the Web API endpoint for this user. */
  href: string;
  /** The Spotify user ID for this user. */
  id: string;
  /** The object type. */
  type: "user";
  /** The Spotify URI for this user. */
  uri: string;
}

/** The spec's `PrivateUserObject`. */
export interface PrivateUserObject {
  /** A public, immutable, pseudoanonymous identifier for the user's account. Use this field for account linking rather than the `id` field, as it is stable and will not change over the lifetime of the account. */
  account_id?: string;
  /**
   * The country of the user, as set in the user's account profile. An ISO 3166-1 alpha-2 country code. This field is only available when the current user has granted access to the user-read-private scope. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  country?: string;
  /** The name displayed on the user's profile. `null` if not available. */
  display_name: string | null;
  /**
   * The user's email address, as entered by the user when creating their account. Important! This email address is unverified; there is no proof that it actually belongs to the user. This field is only available when the current user has granted access to the user-read-email scope. Not sent to...
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  email?: string;
  /**
   * The user's explicit content settings. This field is only available when the current user has granted access to the user-read-private scope. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  explicit_content?: ExplicitContentSettingsObject;
  /** Known external URLs for this user. */
  external_urls: ExternalUrlObject;
  /**
   * Information about the followers of the user. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  followers?: FollowersObject;
  /** A link to the Web API endpoint for this user. */
  href: string;
  /** The Spotify user ID for the user. Do not use this field for account linking — use `account_id` instead, which is immutable. */
  id: string;
  /** The user's profile image. */
  images: ImageObject[];
  /**
   * The user's Spotify subscription level: "premium", "free", etc. (The subscription level "open" can be considered the same as "free".) This field is only available when the current user has granted access to the user-read-private scope. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  product?: string;
  /** The object type: "user" */
  type: "user";
  /** The Spotify URI for the user. */
  uri: string;
}

/** The spec's `PublicUserObject`. */
export interface PublicUserObject {
  /** The name displayed on the user's profile. `null` if not available. */
  display_name: string | null;
  /** Known public external URLs for this user. */
  external_urls: ExternalUrlObject;
  /**
   * Information about the followers of this user. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  followers?: FollowersObject;
  /** A link to the Web API endpoint for this user. */
  href: string;
  /** The Spotify user ID for this user. */
  id: string;
  /** The user's profile image. */
  images: ImageObject[];
  /** The object type. */
  type: "user";
  /** The Spotify URI for this user. */
  uri: string;
}

/** The spec's `QueueObject`. */
export interface QueueObject {
  /** The currently playing track or episode. Can be `null`. */
  currently_playing: TrackObject | EpisodeObject | null;
  /** The tracks or episodes in the queue. Can be empty. */
  queue: Array<TrackObject | EpisodeObject>;
}

/** The spec's `RecommendationSeedObject`. */
export interface RecommendationSeedObject {
  /** The number of tracks available after min\\* and max\\* filters have been applied. */
  afterFilteringSize: number;
  /** The number of tracks available after relinking for regional availability. */
  afterRelinkingSize: number;
  /** A link to the full track or artist data for this seed. For tracks this will be a link to a Track Object. For artists a link to an Artist Object. For genre seeds, this value will be `null`. */
  href: string;
  /** The id used to select this seed. This will be the same as the string used in the `seed_artists`, `seed_tracks` or `seed_genres` parameter. */
  id: string;
  /** The number of recommended tracks available for this seed. */
  initialPoolSize: number;
  /** The entity type of this seed. One of `artist`, `track` or `genre`. */
  type: string;
}

/** The spec's `RecommendationsObject`. */
export interface RecommendationsObject {
  /** An array of recommendation seed objects. */
  seeds: RecommendationSeedObject[];
  /** An array of track objects ordered according to the parameters supplied. */
  tracks: TrackObject[];
}

/** The spec's `ResumePointObject`. */
export interface ResumePointObject {
  /** Whether or not the episode has been fully played by the user. */
  fully_played: boolean;
  /** The user's most recent position in the episode in milliseconds. */
  resume_position_ms: number;
}

/** The spec's `SavedAlbumObject`. */
export interface SavedAlbumObject {
  /** The date and time the album was saved Timestamps are returned in ISO 8601 format as Coordinated Universal Time (UTC) with a zero offset: YYYY-MM-DDTHH:MM:SSZ. If the time is imprecise (for example, the date/time of an album release), an additional field indicates the precision; see for example,... */
  added_at: string;
  /** Information about the album. */
  album: AlbumObject;
}

/** The spec's `SavedAudiobookObject`. */
export interface SavedAudiobookObject {
  /** The date and time the audiobook was saved Timestamps are returned in ISO 8601 format as Coordinated Universal Time (UTC) with a zero offset: YYYY-MM-DDTHH:MM:SSZ. If the time is imprecise (for example, the date/time of an album release), an additional field indicates the precision; see for... */
  added_at: string;
  /** Information about the audiobook. */
  audiobook: AudiobookObject;
}

/** The spec's `SavedEpisodeObject`. */
export interface SavedEpisodeObject {
  /** The date and time the episode was saved. Timestamps are returned in ISO 8601 format as Coordinated Universal Time (UTC) with a zero offset: YYYY-MM-DDTHH:MM:SSZ. */
  added_at: string;
  /** Information about the episode. */
  episode: EpisodeObject;
}

/** The spec's `SavedShowObject`. */
export interface SavedShowObject {
  /** The date and time the show was saved. Timestamps are returned in ISO 8601 format as Coordinated Universal Time (UTC) with a zero offset: YYYY-MM-DDTHH:MM:SSZ. If the time is imprecise (for example, the date/time of an album release), an additional field indicates the precision; see for example,... */
  added_at: string;
  /** Information about the show. */
  show: SimplifiedShowObject;
}

/** The spec's `SavedTrackObject`. */
export interface SavedTrackObject {
  /** The date and time the track was saved. Timestamps are returned in ISO 8601 format as Coordinated Universal Time (UTC) with a zero offset: YYYY-MM-DDTHH:MM:SSZ. If the time is imprecise (for example, the date/time of an album release), an additional field indicates the precision; see for example,... */
  added_at: string;
  /** Information about the track. */
  track: TrackObject;
}

/** The spec's `SectionObject`. */
export interface SectionObject {
  /** The starting point (in seconds) of the section. */
  start: number;
  /** The duration (in seconds) of the section. */
  duration: number;
  /** The confidence, from 0.0 to 1.0, of the reliability of the section's "designation". */
  confidence: number;
  /** The overall loudness of the section in decibels (dB). Loudness values are useful for comparing relative loudness of sections within tracks. */
  loudness: number;
  /** The overall estimated tempo of the section in beats per minute (BPM). In musical terminology, tempo is the speed or pace of a given piece and derives directly from the average beat duration. */
  tempo: number;
  /** The confidence, from 0.0 to 1.0, of the reliability of the tempo. Some tracks contain tempo changes or sounds which don't contain tempo (like pure speech) which would correspond to a low value in this field. */
  tempo_confidence: number;
  /** The estimated overall key of the section. The values in this field ranging from 0 to 11 mapping to pitches using standard Pitch Class notation (E.g. 0 = C, 1 = C♯/D♭, 2 = D, and so on). If no key was detected, the value is -1. */
  key: number;
  /** The confidence, from 0.0 to 1.0, of the reliability of the key. Songs with many key changes may correspond to low values in this field. */
  key_confidence: number;
  /** Indicates the modality (major or minor) of a section, the type of scale from which its melodic content is derived. This field will contain a 0 for "minor", a 1 for "major", or a -1 for no result. Note that the major key (e.g. C major) could more likely be confused with the minor key at 3... */
  mode: number;
  /** The confidence, from 0.0 to 1.0, of the reliability of the `mode`. */
  mode_confidence: number;
  /** An estimated time signature. The time signature (meter) is a notational convention to specify how many beats are in each bar (or measure). The time signature ranges from 3 to 7 indicating time signatures of "3/4", to "7/4". */
  time_signature: TimeSignature;
  /** The confidence, from 0.0 to 1.0, of the reliability of the `time_signature`. Sections with time signature changes may correspond to low values in this field. */
  time_signature_confidence: number;
}

/** The spec's `SegmentObject`. */
export interface SegmentObject {
  /** The starting point (in seconds) of the segment. */
  start: number;
  /** The duration (in seconds) of the segment. */
  duration: number;
  /** The confidence, from 0.0 to 1.0, of the reliability of the segmentation. Segments of the song which are difficult to logically segment (e.g: noise) may correspond to low values in this field. */
  confidence: number;
  /** The onset loudness of the segment in decibels (dB). Combined with `loudness_max` and `loudness_max_time`, these components can be used to describe the "attack" of the segment. */
  loudness_start: number;
  /** The peak loudness of the segment in decibels (dB). Combined with `loudness_start` and `loudness_max_time`, these components can be used to describe the "attack" of the segment. */
  loudness_max: number;
  /** The segment-relative offset of the segment peak loudness in seconds. Combined with `loudness_start` and `loudness_max`, these components can be used to desctibe the "attack" of the segment. */
  loudness_max_time: number;
  /** The offset loudness of the segment in decibels (dB). This value should be equivalent to the loudness_start of the following segment. */
  loudness_end: number;
  /** Pitch content is given by a “chroma” vector, corresponding to the 12 pitch classes C, C#, D to B, with values ranging from 0 to 1 that describe the relative dominance of every pitch in the chromatic scale. For example a C Major chord would likely be represented by large values of C, E and G... */
  pitches: number[];
  /** Timbre is the quality of a musical note or sound that distinguishes different types of musical instruments, or voices. It is a complex notion also referred to as sound color, texture, or tone quality, and is derived from the shape of a segment’s spectro-temporal surface, independently of pitch... */
  timbre: number[];
}

/** The spec's `ShowBase`. */
export interface ShowBase {
  /**
   * A list of the countries in which the show can be played, identified by their ISO 3166-1 alpha-2 code. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  available_markets?: string[];
  /** The copyright statements of the show. */
  copyrights: CopyrightObject[];
  /** A description of the show. HTML tags are stripped away from this field, use `html_description` field in case HTML tags are needed. */
  description: string;
  /** A description of the show. This field may contain HTML tags. */
  html_description: string;
  /** Whether or not the show has explicit content (true = yes it does; false = no it does not OR unknown). */
  explicit: boolean;
  /** External URLs for this show. */
  external_urls: ExternalUrlObject;
  /** A link to the Web API endpoint providing full details of the show. */
  href: string;
  /** The Spotify ID for the show. */
  id: string;
  /** The cover art for the show in various sizes, widest first. */
  images: ImageObject[];
  /** True if all of the shows episodes are hosted outside of Spotify's CDN. This field might be `null` in some cases. */
  is_externally_hosted: boolean | null;
  /** A list of the languages used in the show, identified by their ISO 639 code. */
  languages: string[];
  /** The media type of the show. */
  media_type: string;
  /** The name of the episode. */
  name: string;
  /**
   * The publisher of the show. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  publisher?: string;
  /** The object type. */
  type: "show";
  /** The Spotify URI for the show. */
  uri: string;
  /** The total number of episodes in the show. */
  total_episodes: number;
}

/** The spec's `ShowObject`. */
export interface ShowObject extends ShowBase {
  /** The episodes of the show. */
  episodes: PagingSimplifiedEpisodeObject;
}

/** The spec's `SimplifiedAlbumObject`. */
export interface SimplifiedAlbumObject extends AlbumBase {
  /** The artists of the album. Each artist object includes a link in `href` to more detailed information about the artist. */
  artists: SimplifiedArtistObject[];
}

/** The spec's `SimplifiedArtistObject`. */
export interface SimplifiedArtistObject {
  /** Known external URLs for this artist. */
  external_urls: ExternalUrlObject;
  /** A link to the Web API endpoint providing full details of the artist. */
  href: string;
  /** The Spotify ID for the artist. */
  id: string;
  /** The name of the artist. */
  name: string;
  /** The object type. */
  type: "artist";
  /** The Spotify URI for the artist. */
  uri: string;
}

/** The spec's `SimplifiedAudiobookObject`. */
export interface SimplifiedAudiobookObject extends AudiobookBase {
}

/** The spec's `SimplifiedChapterObject`. */
export interface SimplifiedChapterObject extends ChapterBase {
}

/** The spec's `SimplifiedEpisodeObject`. */
export interface SimplifiedEpisodeObject extends EpisodeBase {
}

/** The spec's `SimplifiedPlaylistObject`. */
export interface SimplifiedPlaylistObject {
  /** `true` if the owner allows other users to modify the playlist. */
  collaborative: boolean;
  /** The playlist description. Only returned for modified, verified playlists, otherwise `null`. */
  description: string | null;
  /** Known external URLs for this playlist. */
  external_urls: ExternalUrlObject;
  /** A link to the Web API endpoint providing full details of the playlist. */
  href: string;
  /** The Spotify ID for the playlist. */
  id: string;
  /** Images for the playlist. The array may be empty or contain up to three images. The images are returned by size in descending order. See Working with Playlists. Note: If returned, the source URL for the image (`url`) is temporary and will expire in less than a day. */
  images: ImageObject[];
  /** The name of the playlist. */
  name: string;
  /** The user who owns the playlist */
  owner: PlaylistOwnerObject;
  /** The playlist's public/private status (if it is added to the user's profile): `true` the playlist is public, `false` the playlist is private, `null` the playlist status is not relevant. For more about public/private status, see Working with Playlists */
  public: boolean | null;
  /** The version identifier for the current playlist. Can be supplied in other requests to target a specific playlist version */
  snapshot_id: string;
  /** A collection containing a link ( `href` ) to the Web API endpoint where full details of the playlist's items can be retrieved, along with the `total` number of items in the playlist. Note, a track object may be `null`. This can happen if a track is no longer available. Not sent to Development... */
  items?: PlaylistTracksRefObject;
  /**
   * Deprecated: Use `items` instead. A collection containing a link ( `href` ) to the Web API endpoint where full details of the playlist's tracks can be retrieved, along with the `total` number of tracks in the playlist. Note, a track object may be `null`. This can happen if a track is no longer...
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  tracks?: PlaylistTracksRefObject;
  /** The object type: "playlist" */
  type: "playlist";
  /** The Spotify URI for the playlist. */
  uri: string;
}

/** The spec's `SimplifiedShowObject`. */
export interface SimplifiedShowObject extends ShowBase {
}

/** The spec's `SimplifiedTrackObject`. */
export interface SimplifiedTrackObject {
  /** The artists who performed the track. Each artist object includes a link in `href` to more detailed information about the artist. */
  artists: SimplifiedArtistObject[];
  /**
   * A list of the countries in which the track can be played, identified by their ISO 3166-1 alpha-2 code. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  available_markets?: string[];
  /** The disc number (usually `1` unless the album consists of more than one disc). */
  disc_number: number;
  /** The track length in milliseconds. */
  duration_ms: number;
  /** Whether or not the track has explicit lyrics ( `true` = yes it does; `false` = no it does not OR unknown). */
  explicit: boolean;
  /** External URLs for this track. */
  external_urls: ExternalUrlObject;
  /** A link to the Web API endpoint providing full details of the track. */
  href: string;
  /** The Spotify ID for the track. */
  id: string;
  /** Part of the response when Track Relinking is applied. If `true`, the track is playable in the given market. Otherwise `false`. */
  is_playable?: boolean;
  /**
   * Part of the response when Track Relinking is applied and is only part of the response if the track linking, in fact, exists. The requested track has been replaced with a different track. The track in the `linked_from` object contains information about the originally requested track. Not sent to...
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  linked_from?: LinkedTrackObject;
  /** Included in the response when a content restriction is applied. */
  restrictions?: TrackRestrictionObject;
  /** The name of the track. */
  name: string;
  /**
   * A URL to a 30 second preview (MP3 format) of the track.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  preview_url: string | null;
  /** The number of the track. If an album has several discs, the track number is the number on the specified disc. */
  track_number: number;
  /** The object type: "track". */
  type: "track";
  /** The Spotify URI for the track. */
  uri: string;
  /** Whether or not the track is from a local file. */
  is_local: boolean;
}

/** The overall estimated tempo of a track in beats per minute (BPM). In musical terminology, tempo is the speed or pace of a given piece and derives directly from the average beat duration. */
export type Tempo = number;

/** The spec's `TimeIntervalObject`. */
export interface TimeIntervalObject {
  /** The starting point (in seconds) of the time interval. */
  start: number;
  /** The duration (in seconds) of the time interval. */
  duration: number;
  /** The confidence, from 0.0 to 1.0, of the reliability of the interval. */
  confidence: number;
}

/** An estimated time signature. The time signature (meter) is a notational convention to specify how many beats are in each bar (or measure). The time signature ranges from 3 to 7 indicating time signatures of "3/4", to "7/4". */
export type TimeSignature = number;

/** The spec's `TrackObject`. */
export interface TrackObject {
  /** The album on which the track appears. The album object includes a link in `href` to full information about the album. */
  album: SimplifiedAlbumObject;
  /** The artists who performed the track. Each artist object includes a link in `href` to more detailed information about the artist. */
  artists: SimplifiedArtistObject[];
  /**
   * A list of the countries in which the track can be played, identified by their ISO 3166-1 alpha-2 code. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  available_markets?: string[];
  /** The disc number (usually `1` unless the album consists of more than one disc). */
  disc_number: number;
  /** The track length in milliseconds. */
  duration_ms: number;
  /** Whether or not the track has explicit lyrics ( `true` = yes it does; `false` = no it does not OR unknown). */
  explicit: boolean;
  /** Known external IDs for the track. */
  external_ids: ExternalIdObject;
  /** Known external URLs for this track. */
  external_urls: ExternalUrlObject;
  /** A link to the Web API endpoint providing full details of the track. */
  href: string;
  /** The Spotify ID for the track. */
  id: string;
  /** Part of the response when Track Relinking is applied. If `true`, the track is playable in the given market. Otherwise `false`. */
  is_playable?: boolean;
  /**
   * Part of the response when Track Relinking is applied, and the requested track has been replaced with different track. The track in the `linked_from` object contains information about the originally requested track. Not sent to Development Mode apps since February 2026.
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  linked_from?: LinkedTrackObject;
  /** Included in the response when a content restriction is applied. */
  restrictions?: TrackRestrictionObject;
  /** The name of the track. */
  name: string;
  /**
   * The popularity of the track. The value will be between 0 and 100, with 100 being the most popular.<br/>The popularity of a track is a value between 0 and 100, with 100 being the most popular. The popularity is calculated by algorithm and is based, in the most part, on the total number of plays...
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  popularity?: number;
  /**
   * A link to a 30 second preview (MP3 format) of the track. Can be `null`
   * @deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.
   */
  preview_url: string | null;
  /** The number of the track. If an album has several discs, the track number is the number on the specified disc. */
  track_number: number;
  /** The object type: "track". */
  type: "track";
  /** The Spotify URI for the track. */
  uri: string;
  /** Whether or not the track is from a local file. */
  is_local: boolean;
}

/** The spec's `TrackRestrictionObject`. */
export interface TrackRestrictionObject {
  /** The reason for the restriction. Supported values: - `market` - The content item is not available in the given market. - `product` - The content item is not available for the user's subscription type. - `explicit` - The content item is explicit and the user's account is set to not play explicit... */
  reason: string;
}

/**
 * `sdk.player`: playback state and commands (commands need Spotify Premium).
 * @module
 */
import { ValidationError } from "../errors.js";
import { toSpotifyUri, toSpotifyUris } from "../ids.js";
import type { CurrentlyPlaying, Devices, Market, MaxInt, PlaybackState, Queue, RecentlyPlayedTracksPage } from "../models/index.js";
import {
  addToQueue, getAUsersAvailableDevices, getInformationAboutTheUsersCurrentPlayback, getQueue, getRecentlyPlayed,
  getTheUsersCurrentlyPlayingTrack, pauseAUsersPlayback, seekToPositionInCurrentlyPlayingTrack, setRepeatModeOnUsersPlayback,
  setVolumeForUsersPlayback, skipUsersPlaybackToNextTrack, skipUsersPlaybackToPreviousTrack, startAUsersPlayback,
  toggleShuffleForUsersPlayback, transferAUsersPlayback,
} from "../operations/generated.js";
import { checkOneOf, checkPaging, checkRange, checkString, EndpointsBase, type RequestOptions } from "./base.js";

/** 1.2.0: a time bound for recently played tracks (`timestamp` in ms). */
export interface QueryRange {
  /** A Unix time in milliseconds. */
  timestamp: number;
  /** Whether to list plays before or after `timestamp`. */
  type: "before" | "after";
}

/** Where to start in a context: a 0-based `position` or an item `uri`. */
export type PlaybackOffset =
  | {
      /** Zero-based index of the item to start with. */
      position: number;
    }
  | {
      /** URI of the item to start with; it must be in the context. */
      uri: string;
    };

const ADDITIONAL_TYPES = ["track", "episode"];

function additionalTypes(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  checkString(value, "additional_types");
  for (const t of value.split(",")) checkOneOf(t.trim(), ADDITIONAL_TYPES, "additional_types");
  return value;
}

/** The user's player. Commands resolve when Spotify accepted them (204). */
export class PlayerEndpoints extends EndpointsBase {
  /**
   * The playback state, or `null` when nothing is active (204). `item` is `null` during ads.
   * Pass `additional_types: "episode"` to get episodes as episodes.
   */
  async getPlaybackState(market?: Market, additional_types?: string): Promise<PlaybackState | null> {
    return this.send(getInformationAboutTheUsersCurrentPlayback, { query: { market, additional_types: additionalTypes(additional_types) } });
  }

  /** The user's devices. */
  async getAvailableDevices(): Promise<Devices> {
    return this.send(getAUsersAvailableDevices);
  }

  /** What is playing, or `null` when nothing plays or in a private session (204). */
  async getCurrentlyPlayingTrack(market?: Market, additional_types?: string): Promise<CurrentlyPlaying | null> {
    return this.send(getTheUsersCurrentlyPlayingTrack, { query: { market, additional_types: additionalTypes(additional_types) } });
  }

  /**
   * Recently played tracks (cursor-paged; `after`/`before` are ms timestamps and exclusive).
   * `paginate` walks back in time through the `before` cursors.
   */
  async getRecentlyPlayedTracks(limit?: MaxInt<50>, queryRange?: QueryRange, options?: RequestOptions): Promise<RecentlyPlayedTracksPage> {
    checkPaging(getRecentlyPlayed, limit);
    const query: Record<string, number | undefined> = { limit };
    if (queryRange) {
      checkOneOf(queryRange.type, ["before", "after"], "queryRange.type", true);
      checkRange(queryRange.timestamp, 0, Number.MAX_SAFE_INTEGER, "queryRange.timestamp");
      query[queryRange.type] = queryRange.timestamp;
    }
    return this.send(getRecentlyPlayed, { query, signal: options?.signal });
  }

  /** The user's queue. */
  async getUsersQueue(): Promise<Queue> {
    return this.send(getQueue);
  }

  /** Moves playback to a device. Spotify accepts exactly one device ID. */
  async transferPlayback(device_ids: string[], play?: boolean): Promise<void> {
    if (!Array.isArray(device_ids) || device_ids.length !== 1) {
      throw new ValidationError(`device_ids must hold exactly one device ID (Spotify answers 400 otherwise), got ${Array.isArray(device_ids) ? device_ids.length : typeof device_ids}`, { parameter: "device_ids" });
    }
    checkString(device_ids[0], "device_ids[0]");
    await this.send(transferAUsersPlayback, { body: { device_ids, play } });
  }

  /**
   * Starts or resumes playback: a `context_uri` (album, artist, playlist, show), or `uris`
   * (tracks, episodes), from `offset`, at `positionMs` (sent as `position_ms`).
   * 1.2.0 sent `positionMs`, which Spotify ignored.
   */
  async startResumePlayback(
    device_id: string,
    context_uri?: string,
    uris?: string[],
    offset?: PlaybackOffset | object,
    positionMs?: number,
  ): Promise<void> {
    const context = context_uri === undefined ? undefined : toSpotifyUri(context_uri, ["album", "artist", "playlist", "show", "audiobook"], "context_uri");
    const items = uris === undefined ? undefined : toSpotifyUris(uris, ["track", "episode", "chapter"], "uris");
    checkRange(positionMs, 0, Number.MAX_SAFE_INTEGER, "positionMs");
    const body: Record<string, unknown> = {};
    if (context !== undefined) body.context_uri = context;
    if (items !== undefined) body.uris = items;
    if (offset !== undefined) body.offset = offset;
    if (positionMs !== undefined) body.position_ms = positionMs;
    await this.send(startAUsersPlayback, { query: { device_id: deviceId(device_id) }, body });
  }

  /** Pauses playback. */
  async pausePlayback(device_id: string): Promise<void> {
    await this.send(pauseAUsersPlayback, { query: { device_id: deviceId(device_id) } });
  }

  /** Skips to the next item. */
  async skipToNext(device_id: string): Promise<void> {
    await this.send(skipUsersPlaybackToNextTrack, { query: { device_id: deviceId(device_id) } });
  }

  /** Skips to the previous item. */
  async skipToPrevious(device_id: string): Promise<void> {
    await this.send(skipUsersPlaybackToPreviousTrack, { query: { device_id: deviceId(device_id) } });
  }

  /** Seeks to `position_ms` (past the end skips to the next item). */
  async seekToPosition(position_ms: number, device_id?: string): Promise<void> {
    checkRange(position_ms, 0, Number.MAX_SAFE_INTEGER, "position_ms");
    if (position_ms === undefined) throw new ValidationError("position_ms is required", { parameter: "position_ms" });
    await this.send(seekToPositionInCurrentlyPlayingTrack, { query: { position_ms, device_id: deviceId(device_id) } });
  }

  /** Sets the repeat mode. */
  async setRepeatMode(state: "track" | "context" | "off", device_id?: string): Promise<void> {
    checkOneOf(state, ["track", "context", "off"], "state", true);
    await this.send(setRepeatModeOnUsersPlayback, { query: { state, device_id: deviceId(device_id) } });
  }

  /** Sets the volume, 0-100. */
  async setPlaybackVolume(volume_percent: number, device_id?: string): Promise<void> {
    if (volume_percent === undefined) throw new ValidationError("volume_percent is required", { parameter: "volume_percent" });
    checkRange(volume_percent, 0, 100, "volume_percent");
    await this.send(setVolumeForUsersPlayback, { query: { volume_percent, device_id: deviceId(device_id) } });
  }

  /** Turns shuffle on or off. */
  async togglePlaybackShuffle(state: boolean, device_id?: string): Promise<void> {
    if (typeof state !== "boolean") throw new ValidationError("state must be a boolean", { parameter: "state" });
    await this.send(toggleShuffleForUsersPlayback, { query: { state, device_id: deviceId(device_id) } });
  }

  /** Adds a track or episode to the queue. */
  async addItemToPlaybackQueue(uri: string, device_id?: string): Promise<void> {
    const item = toSpotifyUri(uri, ["track", "episode", "chapter"], "uri");
    await this.send(addToQueue, { query: { uri: item, device_id: deviceId(device_id) } });
  }
}

/** 1.2.0 typed `device_id` as required but sent nothing for an empty one: both mean "the active device". */
function deviceId(value: string | undefined): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  checkString(value, "device_id");
  return value;
}

/**
 * Scope names: the 25 Spotify documents, and 1.2.0's `Scopes` groups.
 * @module
 */

import { KNOWN_SCOPES } from "./known-scopes.generated.js";

/** Every scope Spotify documents, generated from the spec and spec/annotations.yml. */
export { KNOWN_SCOPES };

const KNOWN = new Set(KNOWN_SCOPES);

/** True when `scope` is one of the {@link KNOWN_SCOPES}. */
export function isKnownScope(scope: string): boolean {
  return KNOWN.has(scope);
}

/**
 * Groups of scopes, as in `@spotify/web-api-ts-sdk` 1.2.0.
 *
 * @example
 * ```ts
 * SpotifyApi.withUserAuthorization(clientId, redirectUri, [...Scopes.userDetails, ...Scopes.playlistRead]);
 * ```
 */
export class Scopes {
  /** Reading and changing playlists: {@link Scopes.playlistRead} and {@link Scopes.playlistModify}. */
  static get playlist(): string[] {
    return [...Scopes.playlistRead, ...Scopes.playlistModify];
  }
  /** Reading private and collaborative playlists. */
  static get playlistRead(): string[] {
    return ["playlist-read-private", "playlist-read-collaborative"];
  }
  /** Changing public and private playlists and uploading their covers. */
  static get playlistModify(): string[] {
    return ["playlist-modify-public", "playlist-modify-private", "ugc-image-upload"];
  }
  /** The user's profile: country, product, email. */
  static get userDetails(): string[] {
    return ["user-read-private", "user-read-email"];
  }
  /** Reading and changing the library: {@link Scopes.userLibraryRead} and {@link Scopes.userLibraryModify}. */
  static get userLibrary(): string[] {
    return [...Scopes.userLibraryRead, ...Scopes.userLibraryModify];
  }
  /** Reading saved tracks, albums, shows, episodes and audiobooks. */
  static get userLibraryRead(): string[] {
    return ["user-library-read"];
  }
  /** Saving and removing library items. */
  static get userLibraryModify(): string[] {
    return ["user-library-modify"];
  }
  /** Top artists and tracks, and recently played. */
  static get userRecents(): string[] {
    return ["user-top-read", "user-read-recently-played"];
  }
  /** Reading and changing follows: {@link Scopes.userFollowRead} and {@link Scopes.userFollowModify}. */
  static get userFollow(): string[] {
    return [...Scopes.userFollowRead, ...Scopes.userFollowModify];
  }
  /** Reading the artists and users the user follows. */
  static get userFollowRead(): string[] {
    return ["user-follow-read"];
  }
  /** Following and unfollowing artists and users. */
  static get userFollowModify(): string[] {
    return ["user-follow-modify"];
  }
  /** Reading and controlling playback: {@link Scopes.userPlaybackRead} and {@link Scopes.userPlaybackModify}. */
  static get userPlayback(): string[] {
    return [...Scopes.userPlaybackRead, ...Scopes.userPlaybackModify];
  }
  /** Reading the player's state, what is playing, and playback positions. */
  static get userPlaybackRead(): string[] {
    return ["user-read-playback-position", "user-read-playback-state", "user-read-currently-playing"];
  }
  /** Controlling playback (Premium), remote control and the Web Playback SDK (`streaming`). */
  static get userPlaybackModify(): string[] {
    return ["user-modify-playback-state", "app-remote-control", "streaming"];
  }
  /** Every scope of the groups above (1.2.0's `all`; the Open Access scopes are not in it). */
  static get all(): string[] {
    return [
      ...Scopes.userDetails,
      ...Scopes.playlist,
      ...Scopes.userLibrary,
      ...Scopes.userRecents,
      ...Scopes.userFollow,
      ...Scopes.userPlayback,
    ];
  }
}

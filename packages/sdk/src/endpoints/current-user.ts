/**
 * The current user's own group: profile, top items and followed artists. Light on purpose: what
 * changes the user's library (saved items, and since February 2026 follows too: `/me/library`
 * takes artist and user URIs) lives in `current-user-library.ts` and comes only with
 * {@link CurrentUserWithLibraryEndpoints} (what `sdk.currentUser` is), so an app that builds this
 * class on `createClient` to read the profile ships none of that code.
 * @module
 */
import type { Artist, FollowedArtists, MaxInt, Page, Track, UserProfile } from "../models/index.js";
import { getCurrentUsersProfile, getFollowed, getUsersTopArtists, getUsersTopTracks } from "../operations/generated.js";
import { checkOneOf, checkPaging, EndpointsBase, type RequestOptions } from "./base.js";

/**
 * The current user: profile, top items and followed artists, without the library (saved items,
 * follow and unfollow), so a bundle built on it leaves the library code out. `sdk.currentUser` is
 * {@link CurrentUserWithLibraryEndpoints}: this plus `albums`, `tracks`, ..., `library` and 1.2.0's
 * follow methods; on `createClient`, build the group you need (`CurrentUserTracksEndpoints`,
 * `LibraryEndpoints`, ...).
 * @example
 * ```ts
 * import { createClient, AuthorizationCodeWithPKCEStrategy, CurrentUserEndpoints } from "spotify-web-api-sdk";
 * const client = createClient({ auth: new AuthorizationCodeWithPKCEStrategy(clientId, redirectUri, ["user-read-private"]) });
 * const me = await new CurrentUserEndpoints(client).profile();
 * ```
 */
export class CurrentUserEndpoints extends EndpointsBase {
  /**
   * The current user's profile. Development Mode apps no longer get `country`, `email`,
   * `explicit_content`, `followers` or `product`; `account_id` (May 2026) is the stable key.
   */
  async profile(): Promise<UserProfile> {
    return this.send(getCurrentUsersProfile);
  }

  /** The user's top artists or tracks over `time_range` (default `medium_term`). */
  async topItems<T extends "artists" | "tracks">(
    type: T,
    time_range?: "short_term" | "medium_term" | "long_term",
    limit?: MaxInt<50>,
    offset?: number,
    options?: RequestOptions,
  ): Promise<Page<T extends "artists" ? Artist : Track>> {
    checkOneOf(type, ["artists", "tracks"], "type", true);
    checkOneOf(time_range, ["short_term", "medium_term", "long_term"], "time_range");
    const op = type === "artists" ? getUsersTopArtists : getUsersTopTracks;
    checkPaging(op, limit, offset);
    return this.send(op, { query: { time_range, limit, offset }, signal: options?.signal });
  }

  /** The artists the user follows (cursor-paged: pass the last artist ID as `after`). */
  async followedArtists(after?: string, limit?: MaxInt<50>, options?: RequestOptions): Promise<FollowedArtists> {
    checkPaging(getFollowed, limit);
    return this.send(getFollowed, { query: { type: "artist", after, limit }, signal: options?.signal });
  }
}

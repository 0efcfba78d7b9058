/**
 * The current user's own group: profile, top items and follows. Light on purpose: the saved-item
 * sub-groups (`albums`, `tracks`, ..., `library`) live in `current-user-library.ts` and come only
 * with {@link CurrentUserWithLibraryEndpoints} (what `sdk.currentUser` is), so an app that builds
 * this class on `createClient` to read the profile ships none of the library code.
 * @module
 */
import { ValidationError } from "../errors.js";
import { toFreeFormId, toSpotifyIds } from "../ids.js";
import type { Artist, FollowedArtists, MaxInt, Page, Track, UserProfile } from "../models/index.js";
import {
  checkCurrentUserFollows, followArtistsUsers, getCurrentUsersProfile, getFollowed, getUsersTopArtists, getUsersTopTracks, unfollowArtistsUsers,
} from "../operations/generated.js";
import { checkOneOf, checkPaging, EndpointsBase, type RequestOptions } from "./base.js";
import { readChunked, writeChunked } from "./chunk.js";

/** The operations of {@link CurrentUserEndpoints}, until `OPERATIONS` is built from the generated declarations. */
export const CURRENT_USER_OPERATIONS = {
  profile: getCurrentUsersProfile, topArtists: getUsersTopArtists, topTracks: getUsersTopTracks, followed: getFollowed,
  follow: followArtistsUsers, unfollow: unfollowArtistsUsers, follows: checkCurrentUserFollows,
} as const;

/** `PUT` or `DELETE /me/following`. */
type FollowOperation = typeof followArtistsUsers | typeof unfollowArtistsUsers;

/**
 * The current user: profile, top items and follows, without the saved-item sub-groups (a bundle
 * built on it leaves the library code out). `sdk.currentUser` is
 * {@link CurrentUserWithLibraryEndpoints}: this plus `albums`, `tracks`, ..., `library`; on
 * `createClient`, build the sub-group you need (`CurrentUserTracksEndpoints`, `LibraryEndpoints`, ...).
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

  /**
   * Follows artists or users (50 per request).
   * @deprecated Closed to Development Mode apps since February 2026. Use `library.save` (a
   * `LibraryEndpoints`) with `spotify:artist:` / `spotify:user:` URIs.
   */
  async followArtistsOrUsers(ids: string[], type: "artist" | "user"): Promise<void> {
    await this.#follow(followArtistsUsers, ids, type);
  }

  /**
   * Unfollows artists or users (50 per request).
   * @deprecated Closed to Development Mode apps since February 2026. Use `library.remove` (a
   * `LibraryEndpoints`) with `spotify:artist:` / `spotify:user:` URIs.
   */
  async unfollowArtistsOrUsers(ids: string[], type: "artist" | "user"): Promise<void> {
    await this.#follow(unfollowArtistsUsers, ids, type);
  }

  /**
   * Whether the user follows each artist or user, in order.
   * @deprecated Closed to Development Mode apps since February 2026. Use `library.contains` (a
   * `LibraryEndpoints`) with `spotify:artist:` / `spotify:user:` URIs.
   */
  async followsArtistsOrUsers(ids: string[], type: "artist" | "user"): Promise<boolean[]> {
    const checked = this.#ids(ids, type);
    return readChunked(checked, checkCurrentUserFollows.maxIds, (part) => this.send<boolean[]>(checkCurrentUserFollows, { query: { type, ids: part } }));
  }

  async #follow(op: FollowOperation, ids: string[], type: "artist" | "user"): Promise<void> {
    const checked = this.#ids(ids, type);
    await writeChunked(checked, op.maxIds, (part) => this.send(op, { query: { type, ids: part }, body: { ids: part } }), op.operationId);
  }

  #ids(ids: string[], type: "artist" | "user"): string[] {
    checkOneOf(type, ["artist", "user"], "type", true);
    if (!Array.isArray(ids) || ids.length === 0) throw new ValidationError("ids must be a non-empty array", { parameter: "ids" });
    return type === "artist" ? toSpotifyIds(ids, "artist") : ids.map((id, i) => toFreeFormId(id, `ids[${i}]`, "user"));
  }
}

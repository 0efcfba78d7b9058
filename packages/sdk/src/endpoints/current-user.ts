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
import { checkLimit, checkOffset, checkOneOf, CURRENT_USER_PROFILE, EndpointsBase, type EndpointContext, type OperationDecl, type RequestOptions } from "./base.js";
import { readChunked, writeChunked } from "./chunk.js";

/** The operations of {@link CurrentUserEndpoints}. */
export const CURRENT_USER_OPERATIONS = {
  profile: CURRENT_USER_PROFILE,
  topArtists: { operationId: "get-users-top-artists", method: "GET", path: "/me/top/artists" },
  topTracks: { operationId: "get-users-top-tracks", method: "GET", path: "/me/top/tracks" },
  followed: { operationId: "get-followed", method: "GET", path: "/me/following" },
  follow: { operationId: "follow-artists-users", method: "PUT", path: "/me/following", idempotent: true },
  unfollow: { operationId: "unfollow-artists-users", method: "DELETE", path: "/me/following", idempotent: true },
  follows: { operationId: "check-current-user-follows", method: "GET", path: "/me/following/contains", envelope: "booleans" },
} as const satisfies Record<string, OperationDecl>;

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
  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.registerPaged({
      topItems: { kind: "offset", limitIndex: 2, offsetIndex: 3, optionsIndex: 4, maxLimit: 50 },
      followedArtists: { kind: "cursor", limitIndex: 1, cursorIndex: 0, cursorFrom: "after", optionsIndex: 2, maxLimit: 50, unwrap: "artists" },
    });
  }

  /**
   * The current user's profile. Development Mode apps no longer get `country`, `email`,
   * `explicit_content`, `followers` or `product`; `account_id` (May 2026) is the stable key.
   */
  async profile(): Promise<UserProfile> {
    return this.send(CURRENT_USER_OPERATIONS.profile);
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
    checkLimit(limit, 50);
    checkOffset(offset);
    const op = type === "artists" ? CURRENT_USER_OPERATIONS.topArtists : CURRENT_USER_OPERATIONS.topTracks;
    return this.send(op, { query: { time_range, limit, offset }, signal: options?.signal });
  }

  /** The artists the user follows (cursor-paged: pass the last artist ID as `after`). */
  async followedArtists(after?: string, limit?: MaxInt<50>, options?: RequestOptions): Promise<FollowedArtists> {
    checkLimit(limit, 50);
    return this.send(CURRENT_USER_OPERATIONS.followed, { query: { type: "artist", after, limit }, signal: options?.signal });
  }

  /**
   * Follows artists or users (50 per request).
   * @deprecated `PUT /me/following` is closed to Development Mode apps since February 2026; for
   * users, `library.save(["spotify:user:..."])` replaces it.
   */
  async followArtistsOrUsers(ids: string[], type: "artist" | "user"): Promise<void> {
    await this.#follow(CURRENT_USER_OPERATIONS.follow, ids, type);
  }

  /**
   * Unfollows artists or users (50 per request).
   * @deprecated `DELETE /me/following` is closed to Development Mode apps since February 2026; for
   * users, `library.remove(["spotify:user:..."])` replaces it.
   */
  async unfollowArtistsOrUsers(ids: string[], type: "artist" | "user"): Promise<void> {
    await this.#follow(CURRENT_USER_OPERATIONS.unfollow, ids, type);
  }

  /**
   * Whether the user follows each artist or user, in order.
   * @deprecated `GET /me/following/contains` is closed to Development Mode apps since February
   * 2026: use `library.contains` with `spotify:artist:`/`spotify:user:` URIs.
   */
  async followsArtistsOrUsers(ids: string[], type: "artist" | "user"): Promise<boolean[]> {
    const checked = this.#ids(ids, type);
    return readChunked(checked, 50, (part) => this.send<boolean[]>(CURRENT_USER_OPERATIONS.follows, { query: { type, ids: part } }));
  }

  async #follow(op: OperationDecl, ids: string[], type: "artist" | "user"): Promise<void> {
    const checked = this.#ids(ids, type);
    await writeChunked(checked, 50, (part) => this.send(op, { query: { type, ids: part }, body: { ids: part } }), op.operationId);
  }

  #ids(ids: string[], type: "artist" | "user"): string[] {
    checkOneOf(type, ["artist", "user"], "type", true);
    if (!Array.isArray(ids) || ids.length === 0) throw new ValidationError("ids must be a non-empty array", { parameter: "ids" });
    return type === "artist" ? toSpotifyIds(ids, "artist") : ids.map((id, i) => toFreeFormId(id, `ids[${i}]`, "user"));
  }
}

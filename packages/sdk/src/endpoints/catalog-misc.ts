/**
 * `sdk.browse`, `sdk.markets`, `sdk.recommendations`, `sdk.users` and `sdk.search`.
 * @module
 */
import { describeArgument } from "../describe.js";
import { ValidationError } from "../errors.js";
import { toFreeFormId, toSpotifyIds } from "../ids.js";
import type {
  Categories, Category, CountryCodeA2, FeaturedPlaylists, Genres, ItemTypes, Market, Markets, MaxInt, NewReleases,
  RecommendationsRequest, RecommendationsRequestRequiredArguments, RecommendationsResponse, SearchResults, User,
} from "../models/index.js";
import {
  getACategoriesPlaylists, getACategory, getAvailableMarkets, getCategories, getFeaturedPlaylists, getNewReleases,
  getRecommendationGenres, getRecommendations, getUsersProfile, search,
} from "../operations/generated.js";
import { checkPaging, checkRange, checkString, EndpointsBase, type RequestOptions } from "./base.js";

/**
 * Browse categories, new releases and featured playlists. `country` is sent when given (1.2.0's
 * argument), although the 2026 reference no longer lists it.
 */
export class BrowseEndpoints extends EndpointsBase {
  /**
   * Browse categories.
   * @deprecated Closed to Development Mode apps since February 2026. No replacement.
   */
  async getCategories(country?: CountryCodeA2, locale?: string, limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Categories> {
    checkPaging(getCategories, limit, offset);
    return this.send(getCategories, { query: { country, locale, limit, offset }, signal: options?.signal });
  }

  /**
   * One browse category. `categoryId` is free-form (e.g. `dinner`); it is percent-encoded.
   * @deprecated Closed to Development Mode apps since February 2026. No replacement.
   */
  async getCategory(categoryId: string, country?: CountryCodeA2, locale?: string): Promise<Category> {
    const id = toFreeFormId(categoryId, "categoryId", "category");
    return this.send(getACategory, { pathParams: { category_id: id }, query: { country, locale } });
  }

  /**
   * New album releases.
   * @deprecated Closed to Development Mode apps since February 2026. No replacement.
   */
  async getNewReleases(country?: string, limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<NewReleases> {
    checkPaging(getNewReleases, limit, offset);
    return this.send(getNewReleases, { query: { country, limit, offset }, signal: options?.signal });
  }

  /**
   * Spotify's featured playlists.
   * @deprecated Closed to apps created on or after 27 November 2024 (they get 403). No replacement.
   */
  async getFeaturedPlaylists(
    country?: CountryCodeA2,
    locale?: string,
    timestamp?: string,
    limit?: MaxInt<50>,
    offset?: number,
    options?: RequestOptions,
  ): Promise<FeaturedPlaylists> {
    checkPaging(getFeaturedPlaylists, limit, offset);
    return this.send(getFeaturedPlaylists, {
      query: { country, locale, timestamp, limit, offset },
      signal: options?.signal,
    });
  }

  /**
   * A category's playlists.
   * @deprecated Closed to apps created on or after 27 November 2024 (they get 403). No replacement.
   */
  async getPlaylistsForCategory(
    category_id: string,
    country?: CountryCodeA2,
    limit?: MaxInt<50>,
    offset?: number,
    options?: RequestOptions,
  ): Promise<FeaturedPlaylists> {
    const id = toFreeFormId(category_id, "category_id", "category");
    checkPaging(getACategoriesPlaylists, limit, offset);
    return this.send(getACategoriesPlaylists, {
      pathParams: { category_id: id },
      query: { country, limit, offset },
      signal: options?.signal,
    });
  }
}

/** Markets. */
export class MarketsEndpoints extends EndpointsBase {
  /**
   * The markets Spotify is available in.
   * @deprecated Closed to Development Mode apps since February 2026. No replacement.
   */
  async getAvailableMarkets(): Promise<Markets> {
    return this.send(getAvailableMarkets);
  }
}

const RANGE_0_1 = ["acousticness", "danceability", "energy", "instrumentalness", "liveness", "mode", "speechiness", "valence"];

/**
 * Recommendations.
 * @deprecated Closed to apps created on or after 27 November 2024 (they get 404). No replacement.
 */
export class RecommendationsEndpoints extends EndpointsBase {
  /**
   * Tracks recommended from up to 5 seeds (artists, genres, tracks) and tunable attributes.
   * @deprecated Closed to apps created on or after 27 November 2024 (they get 404). No replacement.
   */
  async get(request: RecommendationsRequestRequiredArguments | RecommendationsRequest): Promise<RecommendationsResponse> {
    if (!request || typeof request !== "object") throw new ValidationError("request must be an object", { parameter: "request" });
    const r = request as RecommendationsRequest;
    const seeds = (r.seed_artists?.length ?? 0) + (r.seed_genres?.length ?? 0) + (r.seed_tracks?.length ?? 0);
    if (seeds < 1 || seeds > 5) {
      throw new ValidationError(`recommendations need 1 to 5 seeds in total (seed_artists, seed_genres, seed_tracks), got ${seeds}`, { parameter: "request" });
    }
    const query: Record<string, string | number | string[] | undefined> = { ...(r as Record<string, string | number | string[] | undefined>) };
    if (r.seed_artists) query.seed_artists = toSpotifyIds(r.seed_artists, "artist", "seed_artists");
    if (r.seed_tracks) query.seed_tracks = toSpotifyIds(r.seed_tracks, "track", "seed_tracks");
    checkRange(r.limit, 1, 100, "limit");
    for (const prefix of ["min_", "max_", "target_"]) {
      for (const name of RANGE_0_1) checkRange(r[`${prefix}${name}` as keyof RecommendationsRequest] as number | undefined, 0, 1, `${prefix}${name}`, false);
      checkRange(r[`${prefix}key` as keyof RecommendationsRequest] as number | undefined, 0, 11, `${prefix}key`);
      checkRange(r[`${prefix}popularity` as keyof RecommendationsRequest] as number | undefined, 0, 100, `${prefix}popularity`);
    }
    return this.send(getRecommendations, { query });
  }

  /**
   * The genres usable as seeds.
   * @deprecated Closed to apps created on or after 27 November 2024 (they get 404). No replacement.
   */
  async genreSeeds(): Promise<Genres> {
    return this.send(getRecommendationGenres);
  }
}

/** Other users. */
export class UsersEndpoints extends EndpointsBase {
  /**
   * A user's public profile. `userId` is free-form (percent-encoded); a `spotify:user:` URI works too.
   * @deprecated Closed to Development Mode apps since February 2026. No replacement.
   */
  async profile(userId: string): Promise<User> {
    return this.send(getUsersProfile, { pathParams: { user_id: toFreeFormId(userId, "userId", "user") } });
  }
}

const ITEM_TYPES: readonly ItemTypes[] = ["artist", "album", "playlist", "track", "show", "episode", "audiobook"];

/** 1.2.0's `search` function type. */
export interface SearchExecutionFunction {
  <const T extends readonly ItemTypes[]>(
    q: string,
    type: T,
    market?: Market,
    limit?: MaxInt<50>,
    offset?: number,
    include_external?: string,
  ): Promise<SearchResults<T>>;
}

/**
 * Search. Used through `sdk.search(...)`. `paginate(sdk.search, q, ["track"])` walks one type's
 * results: 10 per page by default (the most Development Mode apps may ask for;
 * `.withOptions({ pageSize: 50 })` for Extended Quota apps), up to Spotify's `offset` limit of 1000.
 */
export class SearchEndpoints extends EndpointsBase {
  /**
   * Searches the catalog. The result holds one page per requested type. Spotify documents
   * `limit` 1-10 (default 5) for Development Mode apps since February 2026; up to 50 (the limit
   * Extended Quota apps keep) is accepted here. `offset` is 0-1000.
   * @example
   * ```ts
   * const { tracks } = await sdk.search("artist:Queen", ["track"], "from_token", 10);
   * ```
   */
  async execute<const T extends readonly ItemTypes[]>(
    q: string,
    type: T,
    market?: Market,
    limit?: MaxInt<50>,
    offset?: number,
    include_external?: string,
    options?: RequestOptions,
  ): Promise<SearchResults<T>> {
    checkString(q, "q");
    if (!Array.isArray(type) || type.length === 0 || type.some((t) => !ITEM_TYPES.includes(t))) {
      throw new ValidationError(`type must be a non-empty array of ${ITEM_TYPES.join(", ")}`, { parameter: "type" });
    }
    checkPaging(search, limit, offset);
    if (include_external !== undefined && include_external !== "audio") {
      throw new ValidationError(`include_external must be "audio", got ${describeArgument(include_external)}`, { parameter: "include_external" });
    }
    return this.send(search, {
      query: { q, type: [...type], market, limit, offset, include_external },
      signal: options?.signal,
    });
  }
}

/**
 * `sdk.audiobooks`, `sdk.chapters`, `sdk.episodes`, `sdk.shows`: spoken-word content.
 * @module
 */
import { toSpotifyId, toSpotifyIds } from "../ids.js";
import type {
  Audiobook, Audiobooks, Chapter, Chapters, Episode, Episodes, Market, MaxInt, Page, Show, Shows, SimplifiedChapter,
  SimplifiedEpisode, SimplifiedShow,
} from "../models/index.js";
import {
  getAChapter, getAnAudiobook, getAnEpisode, getAShow, getAShowsEpisodes, getAudiobookChapters, getMultipleAudiobooks,
  getMultipleEpisodes, getMultipleShows, getSeveralChapters,
} from "../operations/generated.js";
import { checkPaging, EndpointsBase, type RequestOptions } from "./base.js";
import { readChunked } from "./chunk.js";

/** 1.2.0: the markets audiobooks were sold in (any market is accepted now). */
export type ChapterMarket = "GB" | "US" | "IE" | "NZ" | "AU";

/** Audiobooks. IDs may be given as IDs, `spotify:audiobook:` URIs or URLs. */
export class AudiobooksEndpoints extends EndpointsBase {
  /** An audiobook. */
  get(id: string, market?: Market): Promise<Audiobook>;
  /**
   * Several audiobooks, in order; lists longer than 50 are split.
   * @deprecated Closed to Development Mode apps since February 2026. Use `get(id)`.
   */
  get(ids: string[], market?: Market): Promise<Audiobook[]>;
  async get(idOrIds: string | string[], market?: Market): Promise<Audiobook | Audiobook[]> {
    if (!Array.isArray(idOrIds)) {
      return this.send<Audiobook>(getAnAudiobook, { pathParams: { id: toSpotifyId(idOrIds, "audiobook") }, query: { market } });
    }
    const ids = toSpotifyIds(idOrIds, "audiobook");
    return readChunked(ids, getMultipleAudiobooks.maxIds, async (part) =>
      (await this.send<Audiobooks>(getMultipleAudiobooks, { query: { ids: part, market } })).audiobooks);
  }

  /** An audiobook's chapters, a page at a time (`limit` 1-50). */
  async getAudiobookChapters(id: string, market?: Market, limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SimplifiedChapter>> {
    const audiobookId = toSpotifyId(id, "audiobook");
    checkPaging(getAudiobookChapters, limit, offset);
    return this.send(getAudiobookChapters, {
      pathParams: { id: audiobookId },
      query: { market, limit, offset },
      signal: options?.signal,
    });
  }
}

/** Audiobook chapters. */
export class ChaptersEndpoints extends EndpointsBase {
  /** A chapter. `market` is optional (1.2.0 required one of five markets). */
  get(id: string, market?: ChapterMarket | Market): Promise<Chapter>;
  /**
   * Several chapters, in order; lists longer than 50 are split.
   * @deprecated Closed to Development Mode apps since February 2026. Use `get(id)`.
   */
  get(ids: string[], market?: ChapterMarket | Market): Promise<Chapter[]>;
  async get(idOrIds: string | string[], market?: ChapterMarket | Market): Promise<Chapter | Chapter[]> {
    if (!Array.isArray(idOrIds)) {
      return this.send<Chapter>(getAChapter, { pathParams: { id: toSpotifyId(idOrIds, "chapter") }, query: { market } });
    }
    const ids = toSpotifyIds(idOrIds, "chapter");
    return readChunked(ids, getSeveralChapters.maxIds, async (part) => (await this.send<Chapters>(getSeveralChapters, { query: { ids: part, market } })).chapters);
  }
}

/** Podcast episodes. */
export class EpisodesEndpoints extends EndpointsBase {
  /** An episode. `market` is optional (1.2.0 required it). */
  get(id: string, market?: Market): Promise<Episode>;
  /**
   * Several episodes, in order; lists longer than 50 are split.
   * @deprecated Closed to Development Mode apps since February 2026. Use `get(id)`.
   */
  get(ids: string[], market?: Market): Promise<Episode[]>;
  async get(idOrIds: string | string[], market?: Market): Promise<Episode | Episode[]> {
    if (!Array.isArray(idOrIds)) {
      return this.send<Episode>(getAnEpisode, { pathParams: { id: toSpotifyId(idOrIds, "episode") }, query: { market } });
    }
    const ids = toSpotifyIds(idOrIds, "episode");
    return readChunked(ids, getMultipleEpisodes.maxIds, async (part) => (await this.send<Episodes>(getMultipleEpisodes, { query: { ids: part, market } })).episodes);
  }
}

/** Podcast shows. */
export class ShowsEndpoints extends EndpointsBase {
  /** A show. `market` is optional (1.2.0 required it). */
  get(id: string, market?: Market): Promise<Show>;
  /**
   * Several shows (without episodes), in order; lists longer than 50 are split.
   * @deprecated Closed to Development Mode apps since February 2026. Use `get(id)`.
   */
  get(ids: string[], market?: Market): Promise<SimplifiedShow[]>;
  async get(idOrIds: string | string[], market?: Market): Promise<Show | SimplifiedShow[]> {
    if (!Array.isArray(idOrIds)) {
      return this.send<Show>(getAShow, { pathParams: { id: toSpotifyId(idOrIds, "show") }, query: { market } });
    }
    const ids = toSpotifyIds(idOrIds, "show");
    return readChunked(ids, getMultipleShows.maxIds, async (part) => (await this.send<Shows>(getMultipleShows, { query: { ids: part, market } })).shows);
  }

  /** A show's episodes, a page at a time (`limit` 1-50). */
  async episodes(id: string, market?: Market, limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SimplifiedEpisode>> {
    const showId = toSpotifyId(id, "show");
    checkPaging(getAShowsEpisodes, limit, offset);
    return this.send(getAShowsEpisodes, { pathParams: { id: showId }, query: { market, limit, offset }, signal: options?.signal });
  }
}

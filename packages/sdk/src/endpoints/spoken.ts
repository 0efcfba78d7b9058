/**
 * `sdk.audiobooks`, `sdk.chapters`, `sdk.episodes`, `sdk.shows`: spoken-word content.
 * @module
 */
import { toSpotifyId, toSpotifyIds } from "../ids.js";
import type {
  Audiobook, Audiobooks, Chapter, Chapters, Episode, Episodes, Market, MaxInt, Page, Show, Shows, SimplifiedChapter,
  SimplifiedEpisode, SimplifiedShow,
} from "../models/index.js";
import { checkLimit, checkOffset, EndpointsBase, type EndpointContext, type OperationDecl, type RequestOptions } from "./base.js";
import { readChunked } from "./chunk.js";

/** The operations of the spoken-word groups. */
export const SPOKEN_OPERATIONS = {
  getAudiobook: { operationId: "get-an-audiobook", method: "GET", path: "/audiobooks/{id}" },
  getAudiobooks: { operationId: "get-multiple-audiobooks", method: "GET", path: "/audiobooks", envelope: { list: "audiobooks" } },
  getAudiobookChapters: { operationId: "get-audiobook-chapters", method: "GET", path: "/audiobooks/{id}/chapters" },
  getChapter: { operationId: "get-a-chapter", method: "GET", path: "/chapters/{id}" },
  getChapters: { operationId: "get-several-chapters", method: "GET", path: "/chapters", envelope: { list: "chapters" } },
  getEpisode: { operationId: "get-an-episode", method: "GET", path: "/episodes/{id}" },
  getEpisodes: { operationId: "get-multiple-episodes", method: "GET", path: "/episodes", envelope: { list: "episodes" } },
  getShow: { operationId: "get-a-show", method: "GET", path: "/shows/{id}" },
  getShows: { operationId: "get-multiple-shows", method: "GET", path: "/shows", envelope: { list: "shows" } },
  getShowEpisodes: { operationId: "get-a-shows-episodes", method: "GET", path: "/shows/{id}/episodes" },
} as const satisfies Record<string, OperationDecl>;

/** 1.2.0: the markets audiobooks were sold in (any market is accepted now). */
export type ChapterMarket = "GB" | "US" | "IE" | "NZ" | "AU";

/** Audiobooks. IDs may be given as IDs, `spotify:audiobook:` URIs or URLs. */
export class AudiobooksEndpoints extends EndpointsBase {
  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.registerPaged({ getAudiobookChapters: { kind: "offset", limitIndex: 2, offsetIndex: 3, optionsIndex: 4, maxLimit: 50 } });
  }

  /** An audiobook. */
  get(id: string, market?: Market): Promise<Audiobook>;
  /**
   * Several audiobooks, in order; lists longer than 50 are split.
   * @deprecated `GET /audiobooks` (several) is closed to Development Mode apps since February 2026: use `get(id)`.
   */
  get(ids: string[], market?: Market): Promise<Audiobook[]>;
  async get(idOrIds: string | string[], market?: Market): Promise<Audiobook | Audiobook[]> {
    if (!Array.isArray(idOrIds)) {
      return this.send<Audiobook>(SPOKEN_OPERATIONS.getAudiobook, { pathParams: { id: toSpotifyId(idOrIds, "audiobook") }, query: { market } });
    }
    const ids = toSpotifyIds(idOrIds, "audiobook");
    return readChunked(ids, 50, async (part) =>
      (await this.send<Audiobooks>(SPOKEN_OPERATIONS.getAudiobooks, { query: { ids: part, market } })).audiobooks);
  }

  /** An audiobook's chapters, a page at a time (`limit` 1-50). */
  async getAudiobookChapters(id: string, market?: Market, limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SimplifiedChapter>> {
    const audiobookId = toSpotifyId(id, "audiobook");
    checkLimit(limit, 50);
    checkOffset(offset);
    return this.send(SPOKEN_OPERATIONS.getAudiobookChapters, {
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
   * @deprecated `GET /chapters` (several) is closed to Development Mode apps since February 2026: use `get(id)`.
   */
  get(ids: string[], market?: ChapterMarket | Market): Promise<Chapter[]>;
  async get(idOrIds: string | string[], market?: ChapterMarket | Market): Promise<Chapter | Chapter[]> {
    if (!Array.isArray(idOrIds)) {
      return this.send<Chapter>(SPOKEN_OPERATIONS.getChapter, { pathParams: { id: toSpotifyId(idOrIds, "chapter") }, query: { market } });
    }
    const ids = toSpotifyIds(idOrIds, "chapter");
    return readChunked(ids, 50, async (part) => (await this.send<Chapters>(SPOKEN_OPERATIONS.getChapters, { query: { ids: part, market } })).chapters);
  }
}

/** Podcast episodes. */
export class EpisodesEndpoints extends EndpointsBase {
  /** An episode. `market` is optional (1.2.0 required it). */
  get(id: string, market?: Market): Promise<Episode>;
  /**
   * Several episodes, in order; lists longer than 50 are split.
   * @deprecated `GET /episodes` (several) is closed to Development Mode apps since February 2026: use `get(id)`.
   */
  get(ids: string[], market?: Market): Promise<Episode[]>;
  async get(idOrIds: string | string[], market?: Market): Promise<Episode | Episode[]> {
    if (!Array.isArray(idOrIds)) {
      return this.send<Episode>(SPOKEN_OPERATIONS.getEpisode, { pathParams: { id: toSpotifyId(idOrIds, "episode") }, query: { market } });
    }
    const ids = toSpotifyIds(idOrIds, "episode");
    return readChunked(ids, 50, async (part) => (await this.send<Episodes>(SPOKEN_OPERATIONS.getEpisodes, { query: { ids: part, market } })).episodes);
  }
}

/** Podcast shows. */
export class ShowsEndpoints extends EndpointsBase {
  /** @internal Groups are built by `SpotifyApi`. */
  constructor(ctx: EndpointContext) {
    super(ctx);
    this.registerPaged({ episodes: { kind: "offset", limitIndex: 2, offsetIndex: 3, optionsIndex: 4, maxLimit: 50 } });
  }

  /** A show. `market` is optional (1.2.0 required it). */
  get(id: string, market?: Market): Promise<Show>;
  /**
   * Several shows (without episodes), in order; lists longer than 50 are split.
   * @deprecated `GET /shows` (several) is closed to Development Mode apps since February 2026: use `get(id)`.
   */
  get(ids: string[], market?: Market): Promise<SimplifiedShow[]>;
  async get(idOrIds: string | string[], market?: Market): Promise<Show | SimplifiedShow[]> {
    if (!Array.isArray(idOrIds)) {
      return this.send<Show>(SPOKEN_OPERATIONS.getShow, { pathParams: { id: toSpotifyId(idOrIds, "show") }, query: { market } });
    }
    const ids = toSpotifyIds(idOrIds, "show");
    return readChunked(ids, 50, async (part) => (await this.send<Shows>(SPOKEN_OPERATIONS.getShows, { query: { ids: part, market } })).shows);
  }

  /** A show's episodes, a page at a time (`limit` 1-50). */
  async episodes(id: string, market?: Market, limit?: MaxInt<50>, offset?: number, options?: RequestOptions): Promise<Page<SimplifiedEpisode>> {
    const showId = toSpotifyId(id, "show");
    checkLimit(limit, 50);
    checkOffset(offset);
    return this.send(SPOKEN_OPERATIONS.getShowEpisodes, { pathParams: { id: showId }, query: { market, limit, offset }, signal: options?.signal });
  }
}

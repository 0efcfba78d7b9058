// Renders catalog records as the spec's objects (TrackObject, SimplifiedAlbumObject, ...).
// Development-mode apps (`view.dev`) do not get the fields removed in February 2026
// (behaviour.md §3.3); `external_ids` stays (restored in March 2026, §3.4).
import type { Catalog } from "./catalog.js";
import { hash32 } from "./prng.js";
import { pageRange, type Paging } from "./paging.js";
import type { AlbumRec } from "./records.js";
import type { View } from "./view.js";
import { MARKETS } from "./words.js";

export type { View } from "./view.js";

const RESUME_START = { fully_played: false, resume_position_ms: 0 };

/** A JSON object as the renderer builds it. */
export type Json = Record<string, unknown>;

/** The `external_urls` of an object: where open.spotify.com would show it. */
export function externalUrls(type: string, id: string): { spotify: string } {
  return { spotify: `https://open.spotify.com/${type}/${id}` };
}

/**
 * Three image sizes (640, 300, 64) with stable made-up CDN URLs, derived from the seed so a record keeps
 * its images.
 */
export function images(seed: number, key: number, kind: number): Json[] {
  const hex = (hash32(seed, key, kind).toString(16) + hash32(key, seed, kind).toString(16)).padStart(16, "0");
  return [640, 300, 64].map((size) => ({ url: `https://i.scdn.co/image/ab67616d0000${size}${hex}`, height: size, width: size }));
}

function base(view: View, type: string, id: string): Json {
  return { external_urls: externalUrls(type, id), href: `${view.apiBase}/${type}s/${id}`, id, type, uri: `spotify:${type}:${id}` };
}

function copyrights(text: string, year: number): Json[] {
  return [{ text: `© ${year} ${text}`, type: "C" }, { text: `℗ ${year} ${text}`, type: "P" }];
}

/** Whether an album plays in a market: always without a market, or when the album has no market list. */
export function isAvailable(album: AlbumRec, market: string | undefined): boolean {
  return market === undefined || album.markets === undefined || album.markets.includes(market);
}

type FixtureKind = "track" | "album" | "artist" | "show" | "episode" | "audiobook" | "chapter";

/**
 * Turns catalog records (synthetic or fixture) into the spec's objects for one view (API base, profile,
 * market), full or simplified as each operation returns them.
 */
export class Renderer {
  constructor(readonly catalog: Catalog) {}

  /** A fixture's index (past the synthetic ones) gets the fixture's own fields over the rendered ones. */
  private fx(kind: FixtureKind, index: number, out: Json, view: View): Json {
    if (index < this.catalog.count(kind)) return out;
    return this.catalog.fixtures?.dress(kind, index, out, view) ?? out;
  }

  private markets(album: AlbumRec, view: View): Json {
    if (view.market === undefined) return view.dev ? {} : { available_markets: [...(album.markets ?? MARKETS)] };
    return isAvailable(album, view.market) ? { is_playable: true } : { is_playable: false, restrictions: { reason: "market" } };
  }

  /** Shows, audiobooks and chapters lose `available_markets` (and `publisher`) for dev-mode apps. */
  private devStrip(view: View, o: Json): Json {
    if (view.dev) {
      delete o.available_markets;
      delete o.publisher;
    }
    return o;
  }

  artistSimple(index: number, view: View): Json {
    return this.fx("artist", index, this.artistSimpleOf(index, view), view);
  }

  private artistSimpleOf(index: number, view: View): Json {
    const a = this.catalog.artist(index);
    return { ...base(view, "artist", a.id), name: a.name };
  }

  artist(index: number, view: View): Json {
    return this.fx("artist", index, this.artistOf(index, view), view);
  }

  private artistOf(index: number, view: View): Json {
    const a = this.catalog.artist(index);
    const out: Json = { ...base(view, "artist", a.id), genres: [...a.genres], images: images(this.catalog.seed, index, 2), name: a.name };
    if (!view.dev) Object.assign(out, { followers: { href: null, total: a.followers }, popularity: a.popularity });
    return out;
  }

  albumSimple(index: number, view: View, group?: string): Json {
    return this.fx("album", index, this.albumSimpleOf(index, view, group), view);
  }

  private albumSimpleOf(index: number, view: View, group?: string): Json {
    const a = this.catalog.album(index);
    const out: Json = {
      album_type: a.type,
      total_tracks: a.trackCount,
      ...this.markets(a, view),
      ...base(view, "album", a.id),
      images: images(this.catalog.seed, index, 1),
      name: a.name,
      release_date: a.releaseDate,
      release_date_precision: a.precision,
      artists: a.artists.map((r) => this.artistSimple(r, view)),
    };
    if (group !== undefined && !view.dev) out.album_group = group;
    return out;
  }

  album(index: number, view: View): Json {
    return this.fx("album", index, this.albumOf(index, view), view);
  }

  private albumOf(index: number, view: View): Json {
    const a = this.catalog.album(index);
    const primary = this.catalog.artist(a.artists[0]);
    const out: Json = {
      ...this.albumSimple(index, view),
      tracks: this.albumTracks(index, view, 0, 50),
      copyrights: copyrights(a.label, a.year),
      external_ids: { upc: a.upc },
      genres: [...primary.genres],
    };
    if (!view.dev) Object.assign(out, { label: a.label, popularity: a.popularity });
    return out;
  }

  albumTracks(index: number, view: View, offset: number, limit: number): Paging<Json> {
    const a = this.catalog.album(index);
    const extra = view.market ? { market: view.market } : {};
    return pageRange(`${view.apiBase}/albums/${a.id}/tracks`, a.trackCount, offset, limit, (i) => this.trackSimple(a.trackStart + i, view), extra);
  }

  /**
   * Track relinking (behaviour.md §2.8): half the tracks of the albums licensed only in a few
   * markets (decided by a hash of the seed and the track) have a substitute, another catalog track
   * on an album licensed everywhere, served in their place outside those markets with
   * `linked_from` naming the requested track. The other half are unplayable there. Development-mode
   * apps lost `linked_from` in February 2026, so they are not relinked.
   */
  relinkOf(index: number, market: string | undefined): number | undefined {
    const c = this.catalog;
    if (index >= c.count("track")) return undefined;
    const album = c.album(c.albumOfTrack(index));
    if (isAvailable(album, market) || hash32(c.seed, index, 16) % 2 !== 0) return undefined;
    const total = c.count("track");
    // Restricted albums are rare (4%), so the walk ends after a step or two.
    for (let step = 0, s = hash32(c.seed, index, 17) % total; step < total; step++, s = (s + 1) % total) {
      if (c.album(c.albumOfTrack(s)).markets === undefined) return s;
    }
    return undefined;
  }

  /**
   * The track shown for `index` in the view: itself, or its substitute with `linked_from`. Spotify
   * relinks to another release of the same recording, so the substitute keeps its own ID, album
   * and position but shows the requested track's name, artists, length, explicitness and ISRC.
   */
  private relinked(index: number, view: View, render: (i: number) => Json): Json {
    const sub = view.market === undefined || view.dev ? undefined : this.relinkOf(index, view.market);
    if (sub === undefined) return render(index);
    const out = render(sub);
    const requested = this.catalog.track(index);
    out.name = requested.name;
    out.artists = requested.artists.map((r) => this.artistSimple(r, view));
    out.duration_ms = requested.durationMs;
    out.explicit = requested.explicit;
    if (out.external_ids) out.external_ids = { isrc: requested.isrc };
    out.linked_from = base(view, "track", requested.id);
    return out;
  }

  private trackCommon(index: number, view: View): Json {
    const t = this.catalog.track(index);
    const album = this.catalog.album(t.album);
    return {
      artists: t.artists.map((r) => this.artistSimple(r, view)),
      ...this.markets(album, view),
      disc_number: t.discNumber,
      duration_ms: t.durationMs,
      explicit: t.explicit,
      ...base(view, "track", t.id),
      name: t.name,
      preview_url: view.nov2024 ? null : `https://p.scdn.co/mp3-preview/${t.id}`,
      track_number: t.trackNumber,
      is_local: false,
    };
  }

  trackSimple(index: number, view: View): Json {
    return this.fx("track", index, this.relinked(index, view, (i) => this.trackCommon(i, view)), view);
  }

  track(index: number, view: View): Json {
    return this.fx("track", index, this.relinked(index, view, (i) => this.fullTrack(i, view)), view);
  }

  private fullTrack(index: number, view: View): Json {
    const t = this.catalog.track(index);
    const out: Json = { album: this.albumSimple(t.album, view), ...this.trackCommon(index, view), external_ids: { isrc: t.isrc } };
    if (!view.dev) out.popularity = t.popularity;
    return out;
  }

  /** About one show in four is hosted outside Spotify (an RSS feed), with all its episodes. */
  isExternal(show: number): boolean {
    return hash32(this.catalog.seed, show, 18) % 4 === 0;
  }

  showSimple(index: number, view: View): Json {
    return this.fx("show", index, this.showSimpleOf(index, view), view);
  }

  private showSimpleOf(index: number, view: View): Json {
    const s = this.catalog.show(index);
    return this.devStrip(view, {
      available_markets: [...MARKETS],
      copyrights: [],
      description: s.description,
      html_description: `<p>${s.description}</p>`,
      explicit: s.explicit,
      ...base(view, "show", s.id),
      images: images(this.catalog.seed, index, 4),
      is_externally_hosted: this.isExternal(index),
      languages: s.languages,
      media_type: "audio",
      name: s.name,
      publisher: s.publisher,
      total_episodes: s.episodeCount,
    });
  }

  show(index: number, view: View): Json {
    return this.fx("show", index, this.showOf(index, view), view);
  }

  private showOf(index: number, view: View): Json {
    return { ...this.showSimple(index, view), episodes: this.showEpisodes(index, view, 0, 50) };
  }

  showEpisodes(index: number, view: View, offset: number, limit: number): Paging<Json> {
    const s = this.catalog.show(index);
    const extra = view.market ? { market: view.market } : {};
    // Newest first, as Spotify lists them.
    return pageRange(`${view.apiBase}/shows/${s.id}/episodes`, s.episodeCount, offset, limit, (i) => this.episodeSimple(s.episodeStart + s.episodeCount - 1 - i, view), extra);
  }

  episodeSimple(index: number, view: View): Json {
    return this.fx("episode", index, this.episodeSimpleOf(index, view), view);
  }

  private episodeSimpleOf(index: number, view: View): Json {
    const e = this.catalog.episode(index);
    const external = this.isExternal(e.show);
    return {
      audio_preview_url: view.nov2024 ? null : `https://p.scdn.co/mp3-preview/${e.id}`,
      description: e.description,
      html_description: `<p>${e.description}</p>`,
      duration_ms: e.durationMs,
      explicit: e.explicit,
      ...base(view, "episode", e.id),
      images: images(this.catalog.seed, index, 5),
      is_externally_hosted: external,
      is_playable: !(external && view.externalUnplayable),
      language: e.language,
      languages: [e.language],
      name: e.name,
      release_date: e.releaseDate,
      release_date_precision: "day",
      ...(view.resume ? { resume_point: { ...RESUME_START } } : {}),
    };
  }

  episode(index: number, view: View): Json {
    return this.fx("episode", index, this.episodeOf(index, view), view);
  }

  private episodeOf(index: number, view: View): Json {
    const e = this.catalog.episode(index);
    return { ...this.episodeSimple(index, view), show: this.showSimple(e.show, view) };
  }

  audiobookSimple(index: number, view: View): Json {
    return this.fx("audiobook", index, this.audiobookSimpleOf(index, view), view);
  }

  private audiobookSimpleOf(index: number, view: View): Json {
    const b = this.catalog.audiobook(index);
    return this.devStrip(view, {
      authors: b.authors.map((name) => ({ name })),
      available_markets: [...MARKETS],
      copyrights: copyrights(b.publisher, 2025),
      description: b.description,
      html_description: `<p>${b.description}</p>`,
      edition: b.edition,
      explicit: b.explicit,
      ...base(view, "audiobook", b.id),
      images: images(this.catalog.seed, index, 6),
      languages: b.languages,
      media_type: "audio",
      name: b.name,
      narrators: b.narrators.map((name) => ({ name })),
      publisher: b.publisher,
      total_chapters: b.chapterCount,
    });
  }

  audiobook(index: number, view: View): Json {
    return this.fx("audiobook", index, this.audiobookOf(index, view), view);
  }

  private audiobookOf(index: number, view: View): Json {
    return { ...this.audiobookSimple(index, view), chapters: this.audiobookChapters(index, view, 0, 50) };
  }

  audiobookChapters(index: number, view: View, offset: number, limit: number): Paging<Json> {
    const b = this.catalog.audiobook(index);
    const extra = view.market ? { market: view.market } : {};
    return pageRange(`${view.apiBase}/audiobooks/${b.id}/chapters`, b.chapterCount, offset, limit, (i) => this.chapterSimple(b.chapterStart + i, view), extra);
  }

  chapterSimple(index: number, view: View): Json {
    return this.fx("chapter", index, this.chapterSimpleOf(index, view), view);
  }

  private chapterSimpleOf(index: number, view: View): Json {
    const c = this.catalog.chapter(index);
    return this.devStrip(view, {
      audio_preview_url: view.nov2024 ? null : `https://p.scdn.co/mp3-preview/${c.id}`,
      available_markets: [...MARKETS],
      chapter_number: c.number,
      description: c.description,
      html_description: `<p>${c.description}</p>`,
      duration_ms: c.durationMs,
      explicit: false,
      external_urls: externalUrls("chapter", c.id),
      href: `${view.apiBase}/chapters/${c.id}`,
      id: c.id,
      images: images(this.catalog.seed, c.audiobook, 6),
      is_playable: true,
      languages: ["en"],
      name: c.name,
      release_date: c.releaseDate,
      release_date_precision: "day",
      ...(view.resume ? { resume_point: { ...RESUME_START } } : {}),
      // The spec types chapters as "episode".
      type: "episode",
      uri: `spotify:episode:${c.id}`,
    });
  }

  chapter(index: number, view: View): Json {
    return this.fx("chapter", index, this.chapterOf(index, view), view);
  }

  private chapterOf(index: number, view: View): Json {
    const c = this.catalog.chapter(index);
    return { ...this.chapterSimple(index, view), audiobook: this.audiobookSimple(c.audiobook, view) };
  }
}

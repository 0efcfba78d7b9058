// Parses a search `q`: free words plus Spotify's field filters (behaviour.md §2.10):
// album:, artist:, track:, year: (or a range), upc:, isrc:, genre:, tag:new, tag:hipster.

export interface SearchQuery {
  terms: string[];
  artist: string[];
  album: string[];
  track: string[];
  genre?: string;
  year?: [number, number];
  isrc?: string;
  upc?: string;
  tagNew: boolean;
  tagHipster: boolean;
  /** Normalised form, the cache key. */
  key: string;
}

const FIELD = /(\w+):("([^"]*)"|\S+)/g;

/** Lower-case words of a text (letters, digits and hyphens). */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 0);
}

export function parseQuery(q: string): SearchQuery {
  const out: SearchQuery = { terms: [], artist: [], album: [], track: [], tagNew: false, tagHipster: false, key: "" };
  const rest = q.replace(FIELD, (all, field: string, raw: string, quoted: string | undefined) => {
    const value = quoted ?? raw;
    switch (field.toLowerCase()) {
      case "artist":
      case "album":
      case "track":
        out[field.toLowerCase() as "artist"].push(...words(value));
        return " ";
      case "genre":
        out.genre = value.toLowerCase();
        return " ";
      case "year": {
        const m = /^(\d{4})(?:-(\d{4}))?$/.exec(value);
        if (m) out.year = [Number(m[1]), Number(m[2] ?? m[1])];
        else out.year = [1, 0];
        return " ";
      }
      case "isrc":
        out.isrc = value.toUpperCase();
        return " ";
      case "upc":
        out.upc = value;
        return " ";
      case "tag":
        if (value.toLowerCase() === "new") out.tagNew = true;
        else if (value.toLowerCase() === "hipster") out.tagHipster = true;
        return " ";
      default:
        return ` ${all} `;
    }
  });
  out.terms = words(rest.replace(/"/g, " "));
  out.key = JSON.stringify([out.terms, out.artist, out.album, out.track, out.genre, out.year, out.isrc, out.upc, out.tagNew, out.tagHipster]);
  return out;
}

// Parses a search `q`: free words plus Spotify's field filters (behaviour.md §2.10):
// album:, artist:, track:, year: (or a range), upc:, isrc:, genre:, tag:new, tag:hipster.

/**
 * A parsed `q`: free words (a trailing `*` marks a prefix) and the values of each field filter, so search
 * checks each filter once per candidate.
 */
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

/** The longest `q` the emulator searches (Spotify documents no limit; past it a 400). */
export const MAX_QUERY_LENGTH = 4096;

/** Lower-case words of a text (letters, digits and hyphens). */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 0);
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

const SPACE = /\s/;

/**
 * Finds `field:value` and `field:"quoted value"` in one left-to-right pass (what the regex
 * `(\w+):("([^"]*)"|\S+)` matches, without its quadratic backtracking over long letter runs):
 * calls `onField` for each and returns the text between them.
 */
export function scanFields(q: string, onField: (field: string, value: string, quoted: boolean, all: string) => string): string {
  const n = q.length;
  const lastQuote = q.lastIndexOf('"');
  let rest = "";
  let i = 0;
  while (i < n) {
    if (!isWordChar(q.charCodeAt(i))) {
      const from = i;
      while (i < n && !isWordChar(q.charCodeAt(i))) i++;
      rest += q.slice(from, i);
      continue;
    }
    let j = i;
    while (j < n && isWordChar(q.charCodeAt(j))) j++;
    if (q[j] !== ":" || j + 1 >= n || SPACE.test(q[j + 1]!)) {
      rest += q.slice(i, j);
      i = j;
      continue;
    }
    let end = -1;
    let value = "";
    let quoted = false;
    // A closing quote exists only before the last quote of the whole query: no rescans.
    if (q[j + 1] === '"' && j + 1 < lastQuote) {
      end = q.indexOf('"', j + 2) + 1;
      value = q.slice(j + 2, end - 1);
      quoted = true;
    } else {
      end = j + 1;
      while (end < n && !SPACE.test(q[end]!)) end++;
      value = q.slice(j + 1, end);
    }
    rest += onField(q.slice(i, j), value, quoted, q.slice(i, end));
    i = end;
  }
  return rest;
}

/** Parses `q`; linear in its length. */
export function parseQuery(q: string): SearchQuery {
  const out: SearchQuery = { terms: [], artist: [], album: [], track: [], tagNew: false, tagHipster: false, key: "" };
  const rest = scanFields(q, (field, value, _quoted, all) => {
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

// Spotify URIs: `spotify:{type}:{id}`, plus local files `spotify:local:{artist}:{album}:{title}:{seconds}`.

/** A `spotify:{type}:{id}` URI split into its parts. */
export interface ParsedUri {
  type: string;
  id: string;
}

const URI = /^spotify:(track|album|artist|playlist|show|episode|audiobook|chapter|user):([^:\s]{1,200})$/;
const LOCAL = /^spotify:local:[^:]*:[^:]*:[^:]*:\d+$/;

/** Splits a Spotify URI; undefined for anything else (local-file URIs included). */
export function parseUri(uri: string): ParsedUri | undefined {
  const m = URI.exec(uri);
  return m ? { type: m[1], id: m[2] } : undefined;
}

/**
 * Whether the URI names a local file (`spotify:local:artist:album:title:seconds`), which playlists may hold
 * but no endpoint looks up.
 */
export function isLocalUri(uri: string): boolean {
  return LOCAL.test(uri);
}

/** The parts of a local-file URI (percent-decoded, `+` as space). */
export function localParts(uri: string): { artist: string; album: string; title: string; seconds: number } {
  const [, , artist, album, title, seconds] = uri.split(":");
  const dec = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, " "));
    } catch {
      return s;
    }
  };
  return { artist: dec(artist), album: dec(album), title: dec(title), seconds: Number(seconds) };
}

// The February 2026 development-mode field removals (behaviour.md §3.3), applied to a whole
// response body; `external_ids` stays (restored in March 2026, §3.4).

const TRACK = ["available_markets", "linked_from", "popularity"];
const ALBUM = ["album_group", "available_markets", "label", "popularity"];
const ARTIST = ["followers", "popularity"];
const SHOW = ["available_markets", "publisher"];
const CHAPTER = ["available_markets"];
const USER = ["country", "email", "explicit_content", "followers", "product"];

function fieldsFor(o: Record<string, unknown>): string[] | undefined {
  switch (o.type) {
    case "track":
      return TRACK;
    case "album":
      return ALBUM;
    case "artist":
      return "genres" in o || "followers" in o ? ARTIST : undefined;
    case "show":
    case "audiobook":
      return SHOW;
    case "episode":
      return "chapter_number" in o ? CHAPTER : undefined;
    case "user":
      return "display_name" in o && "uri" in o && !("added_by" in o) ? USER : undefined;
    default:
      return undefined;
  }
}

/** Removes the dev-mode fields in place, walking arrays and nested objects. */
export function stripDevMode(value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) stripDevMode(v);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const o = value as Record<string, unknown>;
  const fields = fieldsFor(o);
  if (fields) for (const f of fields) delete o[f];
  for (const k in o) {
    const v = o[k];
    if (typeof v === "object" && v !== null) stripDevMode(v);
  }
}

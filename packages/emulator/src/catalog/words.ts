// Word lists the catalog draws its names from, so that search has real words to find.

/** Words of track, album and playlist titles. */
export const TITLE_WORDS = [
  "midnight", "river", "golden", "echo", "summer", "winter", "fire", "ocean", "electric", "dream",
  "shadow", "light", "heart", "city", "road", "silver", "storm", "wild", "blue", "neon",
  "velvet", "paper", "glass", "stone", "moon", "sun", "star", "rain", "thunder", "desert",
  "forest", "mountain", "island", "harbor", "highway", "garden", "mirror", "window", "ghost", "angel",
  "rebel", "lonely", "happy", "broken", "secret", "silent", "restless", "endless", "faded", "bright",
  "morning", "evening", "weekend", "forever", "tonight", "yesterday", "tomorrow", "love", "fever", "gravity",
  "rhythm", "melody", "harmony", "tempo", "groove", "bassline", "chorus", "anthem", "ballad", "lullaby",
  "cherry", "honey", "sugar", "lemon", "coffee", "whiskey", "diamond", "crystal", "pearl", "velour",
  "tiger", "wolf", "falcon", "raven", "dragon", "horse", "butterfly", "panther", "lion", "dolphin",
  "north", "south", "east", "west", "paradise", "heaven", "horizon", "orbit", "galaxy", "comet",
  "runaway", "dancing", "falling", "flying", "burning", "shining", "waiting", "running", "calling", "drifting",
  "memory", "promise", "story", "letter", "picture", "circle", "signal", "frequency", "satellite", "radio",
  "ember", "smoke", "ashes", "wave", "tide", "breeze", "cloud", "snow", "frost", "bloom",
  "crimson", "violet", "amber", "indigo", "scarlet", "emerald", "copper", "ivory", "cobalt", "saffron",
  "kingdom", "empire", "castle", "palace", "temple", "tower", "bridge", "station", "avenue", "boulevard",
  "sweet", "bitter", "gentle", "savage", "holy", "lucky", "crazy", "quiet", "loud", "young",
];

/** First names of solo artists, authors and narrators. */
export const FIRST_NAMES = [
  "nova", "luna", "milo", "ivy", "jasper", "aria", "felix", "sage", "ezra", "cleo",
  "otis", "wren", "hazel", "atlas", "juno", "rory", "nina", "leo", "mae", "finn",
  "iris", "hugo", "stella", "arlo", "vera", "dante", "lila", "oscar", "remy", "tess",
];

/** Last names of solo artists, authors and narrators. */
export const LAST_NAMES = [
  "hart", "rivers", "stone", "vale", "monroe", "blake", "fox", "lane", "wilde", "knight",
  "reyes", "cruz", "sterling", "marsh", "quinn", "hale", "frost", "grey", "rowe", "west",
  "moreau", "lindqvist", "okafor", "tanaka", "novak", "costa", "nakamura", "petrov", "haddad", "silva",
];

/** Nouns of band names ("the ... foxes"). */
export const BAND_NOUNS = [
  "foxes", "lanterns", "pilots", "sparrows", "giants", "wolves", "tides", "echoes", "rebels", "saints",
  "strangers", "drifters", "dreamers", "machines", "satellites", "ravens", "horses", "kings", "shadows", "comets",
];

/**
 * Genre names (Spotify's recommendation genre seeds), given to artists so `genre:` filters find them.
 */
export const GENRES = [
  "acoustic", "afrobeat", "alt-rock", "alternative", "ambient", "blues", "bossanova", "chill", "classical", "club",
  "country", "dance", "dancehall", "deep-house", "disco", "drum-and-bass", "dub", "dubstep", "edm", "electro",
  "electronic", "emo", "folk", "funk", "garage", "gospel", "grunge", "hard-rock", "hip-hop", "house",
  "indie", "indie-pop", "j-pop", "jazz", "k-pop", "latin", "metal", "new-age", "opera", "piano",
  "pop", "punk", "r-n-b", "reggae", "reggaeton", "rock", "rockabilly", "salsa", "samba", "singer-songwriter",
  "ska", "soul", "soundtracks", "synth-pop", "tango", "techno", "trance", "trip-hop", "world-music", "study",
];

/** ISO 3166-1 alpha-2 codes served by the emulator (`GET /markets`). */
export const MARKETS = [
  "AD", "AE", "AR", "AT", "AU", "BE", "BG", "BO", "BR", "CA", "CH", "CL", "CO", "CR", "CY", "CZ", "DE", "DK", "DO",
  "EC", "EE", "EG", "ES", "FI", "FR", "GB", "GR", "GT", "HK", "HN", "HU", "ID", "IE", "IL", "IN", "IS", "IT", "JP",
  "KR", "LT", "LU", "LV", "MA", "MT", "MX", "MY", "NI", "NL", "NO", "NZ", "PA", "PE", "PH", "PL", "PT", "PY", "RO",
  "SA", "SE", "SG", "SK", "SV", "TH", "TR", "TW", "US", "UY", "VN", "ZA",
];

/** A few albums are licensed only here (to exercise market restrictions). */
export const RESTRICTED_MARKETS = ["US", "CA", "MX"];

/** The browse categories, with Spotify's ids and names. */
export const CATEGORIES: ReadonlyArray<{ id: string; name: string }> = [
  { id: "toplists", name: "Top Lists" }, { id: "pop", name: "Pop" }, { id: "hiphop", name: "Hip-Hop" },
  { id: "rock", name: "Rock" }, { id: "indie_alt", name: "Indie" }, { id: "edm_dance", name: "Dance/Electronic" },
  { id: "mood", name: "Mood" }, { id: "chill", name: "Chill" }, { id: "workout", name: "Workout" },
  { id: "party", name: "Party" }, { id: "focus", name: "Focus" }, { id: "sleep", name: "Sleep" },
  { id: "jazz", name: "Jazz" }, { id: "classical", name: "Classical" }, { id: "country", name: "Country" },
  { id: "latin", name: "Latin" }, { id: "soul", name: "Soul" }, { id: "metal", name: "Metal" },
  { id: "romance", name: "Romance" }, { id: "decades", name: "Decades" },
];

/** Topics of podcast shows and audiobooks. */
export const SHOW_TOPICS = [
  "science", "history", "comedy", "business", "technology", "health", "crime", "sports", "music", "culture",
  "politics", "design", "food", "travel", "philosophy", "gaming", "money", "parenting", "language", "nature",
];

/** The second word of show names ("science hour"). */
export const SHOW_FORMS = ["podcast", "hour", "talk", "weekly", "daily", "show", "club", "lab", "stories", "radio"];

/** Publishers of shows and audiobooks. */
export const PUBLISHERS = ["Emulator Studios", "Loopback Media", "Port Zero Audio", "Seeded Sound", "Base62 Books"];

/** Languages shows, episodes and audiobooks are in. */
export const LANGUAGES = ["en", "en-US", "es", "de", "fr", "pt", "ja", "sv"];

/** Capitalises each word of a name. */
export function titleCase(words: readonly string[]): string {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}

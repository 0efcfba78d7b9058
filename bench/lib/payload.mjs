// A Web API track object of about 3 KB (the size of a real GET /v1/tracks/{id} answer).
const ID = "4iV5W9uYEdYUVa79Axb7Rh";

export function trackJson(id = ID) {
  const artist = (n) => ({
    external_urls: { spotify: `https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeC${n}` },
    href: `https://api.spotify.com/v1/artists/0OdUWJ0sBjDrqHygGUXeC${n}`,
    id: `0OdUWJ0sBjDrqHygGUXeC${n}`, name: `Artist ${n}`, type: "artist", uri: `spotify:artist:0OdUWJ0sBjDrqHygGUXeC${n}`,
  });
  const image = (s) => ({ url: `https://i.scdn.co/image/ab67616d0000b273${"0".repeat(20)}${s}`, height: s, width: s });
  const track = {
    album: {
      album_type: "album", total_tracks: 12, available_markets: ["AD", "AE", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD", "CG", "CH", "CI", "CL", "CM", "CO", "CR", "CV", "CW", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "ES", "FI", "FJ", "FM", "FR", "GA", "GB", "GD", "GE", "GH", "GM", "GN", "GQ", "GR", "GT", "GW", "GY", "HK", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IN", "IQ", "IS", "IT", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KR", "KW", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MG", "MH", "MK", "ML", "MN", "MO", "MR", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NE", "NG", "NI", "NL", "NO", "NP", "NR", "NZ", "OM", "PA", "PE", "PG", "PH", "PK", "PL", "PS", "PT", "PW", "PY", "QA", "RO", "RS", "RW", "SA", "SB", "SC", "SE", "SG", "SI", "SK", "SL", "SM", "SN", "SR", "ST", "SV", "SZ", "TD", "TG", "TH", "TJ", "TL", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "US", "UY", "UZ", "VC", "VE", "VN", "VU", "WS", "XK", "ZA", "ZM", "ZW"],
      external_urls: { spotify: "https://open.spotify.com/album/2up3OPMp9Tb4dAKM2erWXQ" },
      href: "https://api.spotify.com/v1/albums/2up3OPMp9Tb4dAKM2erWXQ", id: "2up3OPMp9Tb4dAKM2erWXQ",
      images: [image(640), image(300), image(64)], name: "A benchmark album", release_date: "2021-03-19",
      release_date_precision: "day", type: "album", uri: "spotify:album:2up3OPMp9Tb4dAKM2erWXQ", artists: [artist(1)],
    },
    artists: [artist(1), artist(2)],
    available_markets: ["AD", "AE", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD", "CG", "CH", "CI", "CL", "CM", "CO", "CR", "CV", "CW", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "ES", "FI", "FJ", "FM", "FR", "GA", "GB", "GD", "GE", "GH", "GM", "GN", "GQ", "GR", "GT", "GW", "GY", "HK", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IN", "IQ", "IS", "IT", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KR", "KW", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MG", "MH"],
    disc_number: 1, duration_ms: 207959, explicit: false, external_ids: { isrc: "USUM72100001" },
    external_urls: { spotify: `https://open.spotify.com/track/${id}` }, href: `https://api.spotify.com/v1/tracks/${id}`,
    id, is_local: false, name: "A benchmark track", popularity: 73, preview_url: null, track_number: 1, type: "track", uri: `spotify:track:${id}`,
  };
  return JSON.stringify(track);
}

export const TRACK_ID = ID;

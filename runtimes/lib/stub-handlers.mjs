// Stand-ins for the few Web API operations the scenario calls, used only while the emulator's
// own handlers for them do not exist (the run prints which ones). A fixed three-album catalog.

const ALBUMS = [
  { id: "4aawyAB9vmqN3uQ7FjRGTy", name: "Love Songs", tracks: 23 },
  { id: "1DFixLWuPkv3KT3TnV35m3", name: "Lovely Day", tracks: 9 },
  { id: "6akEvsycLGftJxYudPjmqK", name: "Love and Rain", tracks: 41 },
];

const ARTIST = { id: "0TnOYISbd1XYRBk9myaseg", name: "Stub Artist", type: "artist", uri: "spotify:artist:0TnOYISbd1XYRBk9myaseg", href: "", external_urls: { spotify: "" } };

function trackId(albumId, n) {
  return `${albumId.slice(0, 18)}${String(n).padStart(4, "0")}`;
}

function simplifiedTrack(album, n, apiBase) {
  const id = trackId(album.id, n);
  return {
    id, name: `${album.name} ${n + 1}`, type: "track", uri: `spotify:track:${id}`, href: `${apiBase}/tracks/${id}`,
    artists: [ARTIST], disc_number: 1, track_number: n + 1, duration_ms: 180_000 + n, explicit: false,
    is_local: false, preview_url: null, available_markets: ["US"], external_urls: { spotify: "" },
  };
}

function page(items, total, offset, limit, href) {
  const at = (o) => `${href}${href.includes("?") ? "&" : "?"}offset=${o}&limit=${limit}`;
  return {
    href: at(offset), items, limit, offset, total,
    next: offset + limit < total ? at(offset + limit) : null,
    previous: offset > 0 ? at(Math.max(0, offset - limit)) : null,
  };
}

function tracksPage(album, offset, limit, apiBase) {
  const items = [];
  for (let n = offset; n < Math.min(album.tracks, offset + limit); n++) items.push(simplifiedTrack(album, n, apiBase));
  return page(items, album.tracks, offset, limit, `${apiBase}/albums/${album.id}/tracks`);
}

function simplifiedAlbum(album, apiBase) {
  return {
    id: album.id, name: album.name, type: "album", album_type: "album", uri: `spotify:album:${album.id}`,
    href: `${apiBase}/albums/${album.id}`, total_tracks: album.tracks, artists: [ARTIST], images: [],
    release_date: "2020-01-01", release_date_precision: "day", available_markets: ["US"], external_urls: { spotify: "" },
  };
}

function int(value, fallback) {
  return value === undefined ? fallback : Number(value);
}

/** Handlers for `ops`, in the emulator's handler contract (ctx → { body }). */
export function stubHandlers(ApiProblem, ops) {
  const find = (id) => {
    const album = ALBUMS.find((a) => a.id === id);
    if (!album) throw new ApiProblem(404, "Resource not found");
    return album;
  };
  const all = {
    search: (ctx) => {
      const types = String(ctx.query.type).split(",");
      const limit = int(ctx.query.limit, 5);
      const offset = int(ctx.query.offset, 0);
      const href = `${ctx.apiBase}/search?q=${encodeURIComponent(ctx.query.q)}&type=${types.join(",")}`;
      const body = {};
      if (types.includes("album")) {
        body.albums = page(ALBUMS.slice(offset, offset + limit).map((a) => simplifiedAlbum(a, ctx.apiBase)), ALBUMS.length, offset, limit, href);
      }
      if (types.includes("track")) {
        const tracks = ALBUMS.flatMap((a) => [0, 1].map((n) => ({ ...simplifiedTrack(a, n, ctx.apiBase), album: simplifiedAlbum(a, ctx.apiBase) })));
        body.tracks = page(tracks.slice(offset, offset + limit), tracks.length, offset, limit, href);
      }
      return { body };
    },
    "get-an-album": (ctx) => {
      const album = find(ctx.params.id);
      return { body: { ...simplifiedAlbum(album, ctx.apiBase), tracks: tracksPage(album, 0, 20, ctx.apiBase), label: "Stub", popularity: 50, copyrights: [], external_ids: {}, genres: [] } };
    },
    "get-an-albums-tracks": (ctx) => {
      const album = find(ctx.params.id);
      return { body: tracksPage(album, int(ctx.query.offset, 0), int(ctx.query.limit, 20), ctx.apiBase) };
    },
    "get-current-users-profile": (ctx) => {
      const user = ctx.auth.userId ? ctx.state.users.get(ctx.auth.userId) : undefined;
      if (!user) throw new ApiProblem(401, "No user in this token");
      return { body: { ...user, type: "user", uri: `spotify:user:${user.id}`, href: `${ctx.apiBase}/users/${user.id}`, external_urls: { spotify: "" }, images: [], followers: { href: null, total: 0 } } };
    },
  };
  return Object.fromEntries(ops.map((op) => [op, all[op]]));
}

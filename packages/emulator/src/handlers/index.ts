// The Web API handler table (operationId → handler). Responses of development-mode (`dev-2026`)
// apps lose the fields removed in February 2026, once, here.
import { albumHandlers } from "./albums.js";
import { artistHandlers } from "./artists.js";
import { audiobookHandlers } from "./audiobooks.js";
import { browseHandlers } from "./browse.js";
import { followHandlers } from "./follow.js";
import { libraryHandlers } from "./library.js";
import { playerHandlers } from "./player.js";
import { playlistItemHandlers } from "./playlist-items.js";
import { playlistHandlers } from "./playlists.js";
import { searchHandlers } from "./search.js";
import { showHandlers } from "./shows.js";
import { stripDevMode } from "./strip.js";
import { trackHandlers } from "./tracks.js";
import type { Handler, HandlerTable } from "./types.js";
import { userHandlers } from "./users.js";

const groups: HandlerTable[] = [
  albumHandlers, artistHandlers, audiobookHandlers, browseHandlers, followHandlers, libraryHandlers, playerHandlers,
  playlistItemHandlers, playlistHandlers, searchHandlers, showHandlers, trackHandlers, userHandlers,
];

function withProfile(handler: Handler): Handler {
  return async (ctx) => {
    const result = await handler(ctx);
    if (ctx.auth.profile === "dev-2026" && result.body !== undefined) stripDevMode(result.body);
    return result;
  };
}

export const handlers: HandlerTable = Object.fromEntries(groups.flatMap((g) => Object.entries(g)).map(([id, h]) => [id, withProfile(h)]));

// The Web API handler table (operationId → handler). Profile differences (dev-2026 fields,
// limits, playlist access) live in the renderers and handlers themselves.
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
import { trackHandlers } from "./tracks.js";
import type { HandlerTable } from "./types.js";
import { userHandlers } from "./users.js";

const groups: HandlerTable[] = [
  albumHandlers, artistHandlers, audiobookHandlers, browseHandlers, followHandlers, libraryHandlers, playerHandlers,
  playlistItemHandlers, playlistHandlers, searchHandlers, showHandlers, trackHandlers, userHandlers,
];

/** The built-in handlers of every operation, by operationId. */
export const handlers: HandlerTable = Object.assign({}, ...groups);

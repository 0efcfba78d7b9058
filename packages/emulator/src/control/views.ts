// Read-only views of the emulator's state for the control plane and the dashboard: one user's
// library, follows, playlists and player, and who holds which token (never the token itself).
import { createHash } from "node:crypto";
import type { TokenFilter } from "../state/tokens.js";
import { refreshTokenExpiry } from "../state/tokens.js";
import type { KindName } from "../catalog/ids.js";
import { parseUri } from "../catalog/uris.js";
import type { Platform } from "../platform/platform.js";
import { FOLLOW_KINDS, SAVED_KINDS } from "../state/library.js";
import { WebApiStore } from "../state/webapi.js";

type Json = Record<string, unknown>;

/** An access token as `GET /emulator/tokens` lists it: who holds it, never its value. */
export interface AccessTokenView {
  /** A handle for expire/revoke (`tokenId`), not the token. */
  id: string;
  /** A user's token (authorization code, PKCE) or an app's (client credentials). */
  kind: "user" | "app";
  /** The app it was issued to. */
  clientId: string;
  /** The user it acts for; `null` for an app token. */
  userId: string | null;
  /** The granted scopes. */
  scopes: string[];
  /** When it was issued, ISO 8601 on the emulator's clock. */
  issuedAt: string;
  /** When it expires, ISO 8601 on the emulator's clock. */
  expiresAt: string;
  /** `expired` once the emulator's clock passes `expiresAt`; `revoked` by the control plane. */
  state: "active" | "expired" | "revoked";
}

/** A refresh token as `GET /emulator/tokens` lists it. */
export interface RefreshTokenView {
  /** A handle for expire/revoke (`tokenId`), not the token. */
  id: string;
  /** The app it was issued to. */
  clientId: string;
  /** The user it acts for. */
  userId: string;
  /** The granted scopes. */
  scopes: string[];
  /** PKCE refresh tokens rotate (single use). */
  rotating: boolean;
  /** Six months after the user's authorization, ISO 8601 on the emulator's clock. */
  expiresAt: string;
  /** `rotated` once a rotating (PKCE) token was spent for a new one. */
  state: "active" | "expired" | "revoked" | "rotated";
}

/** `GET /emulator/tokens`. */
export interface TokenListing {
  /** The access tokens. */
  access: AccessTokenView[];
  /** The refresh tokens. */
  refresh: RefreshTokenView[];
}

const CATALOG_KINDS = new Set<string>(["track", "album", "artist", "show", "episode", "audiobook", "chapter", "playlist"]);

/** A short, stable, non-reversible handle for a token: lists show it, expire/revoke accept it. */
export function tokenId(token: string): string {
  return createHash("sha256").update(token).digest("hex").slice(0, 16);
}

/** The name of a catalog or user-playlist item, for people reading the state. */
function nameOf(web: WebApiStore, kind: string, id: string): string | undefined {
  const own = kind === "playlist" ? web.playlists.get(id) : undefined;
  if (own) return own.data.name;
  if (!CATALOG_KINDS.has(kind)) return undefined;
  const index = web.catalog.indexOf(kind as KindName, id);
  if (index === undefined) return undefined;
  const records: Record<string, (i: number) => { name: string }> = {
    track: (i) => web.catalog.track(i),
    album: (i) => web.catalog.album(i),
    artist: (i) => web.catalog.artist(i),
    show: (i) => web.catalog.show(i),
    episode: (i) => web.catalog.episode(i),
    audiobook: (i) => web.catalog.audiobook(i),
    chapter: (i) => web.catalog.chapter(i),
    playlist: (i) => web.catalog.playlist(i),
  };
  return records[kind]!(index).name;
}

function item(web: WebApiStore, kind: string, id: string, at?: number): Json {
  const out: Json = { id, name: nameOf(web, kind, id) ?? null };
  if (at !== undefined) out.addedAt = new Date(at).toISOString();
  return out;
}

function uriItem(web: WebApiStore, uri: string): Json {
  const parsed = parseUri(uri);
  return { uri, name: (parsed && nameOf(web, parsed.type, parsed.id)) ?? null };
}

/** `GET /emulator/state?userId=`: what the Web API serves that user, as plain data. */
export function userStateView(platform: Platform, userId: string): Json {
  const user = platform.state.users.get(userId);
  if (!user) return { error: `unknown user ${userId}` };
  const web = platform.state.web;
  if (!(web instanceof WebApiStore)) return { user, error: "the Web API state is not the emulator's own" };
  const { library, player } = web.user(userId);
  const saved = Object.fromEntries(SAVED_KINDS.map((k) => [k, library.list(library.saved[k]).map(([id, at]) => item(web, k, id, at))]));
  const follows = Object.fromEntries(FOLLOW_KINDS.map((k) => [k, library.list(library.follows[k]).map(([id, at]) => item(web, k, id, at))]));
  const playlists = [...web.playlists.values()]
    .filter((p) => p.data.ownerId === userId || library.follows.playlist.has(p.id))
    .map((p) => ({
      id: p.id,
      name: p.data.name,
      ownerId: p.data.ownerId,
      public: p.data.public,
      collaborative: p.data.collaborative,
      snapshotId: p.snapshotId,
      items: p.data.items.map((i) => ({ ...uriItem(web, i.uri), addedAt: new Date(i.addedAt).toISOString(), addedBy: i.addedBy })),
    }));
  const p = player.toJSON();
  return {
    user,
    saved,
    follows,
    playlists,
    player: {
      devices: p.devices,
      activeDevice: p.active,
      context: p.context,
      current: p.current ? uriItem(web, p.current) : null,
      playing: p.playing,
      progressMs: p.playing ? p.progress + Math.max(0, platform.clock.now() - p.anchor) : p.progress,
      repeat: p.repeat,
      shuffle: p.shuffle,
      queue: p.queue.map((uri) => uriItem(web, uri)),
    },
    recentlyPlayed: library.history.slice(0, 20).map((h) => ({ ...uriItem(web, h.uri), playedAt: new Date(h.playedAt).toISOString() })),
  };
}

/** `GET /emulator/tokens`: every live token's holder, scopes and expiry; values never shown. */
export function tokensView(platform: Platform): TokenListing {
  const now = platform.clock.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const access = [...platform.tokens.access].map(([token, r]) => ({
    id: tokenId(token),
    kind: r.kind,
    clientId: r.clientId,
    userId: r.userId ?? null,
    scopes: r.scopes,
    issuedAt: iso(r.issuedAt),
    expiresAt: iso(r.expiresAt),
    state: (r.revoked ? "revoked" : r.expiresAt <= now ? "expired" : "active") as AccessTokenView["state"],
  }));
  const refresh = [...platform.tokens.refresh].map(([token, r]) => ({
    id: tokenId(token),
    clientId: r.clientId,
    userId: r.userId,
    scopes: r.scopes,
    rotating: r.rotating,
    expiresAt: iso(refreshTokenExpiry(r.authorizedAt)),
    state: (r.revoked ?? (refreshTokenExpiry(r.authorizedAt) <= now ? "expired" : "active")) as RefreshTokenView["state"],
  }));
  return { access, refresh };
}

/** Turns a `tokenId` (from {@link tokensView}) into the token filter the store matches. */
export function resolveTokenId(platform: Platform, filter: TokenFilter & { tokenId?: string }): TokenFilter {
  const { tokenId: wanted, ...rest } = filter;
  if (wanted === undefined) return rest;
  for (const token of [...platform.tokens.access.keys(), ...platform.tokens.refresh.keys()]) {
    if (tokenId(token) === wanted) return { ...rest, token };
  }
  // No token has it: match nothing rather than everything.
  return { ...rest, token: "\u0000no such token" };
}

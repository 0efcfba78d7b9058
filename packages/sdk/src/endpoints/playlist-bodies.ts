/**
 * Request bodies of the playlist operations, and the cover-image encoding.
 * @module
 */
import { ValidationError } from "../errors.js";

/** 1.2.0: items to remove. `items` (2026 name) or `tracks` (1.2.0 name). */
export interface RemovePlaylistItemsRequest {
  /** The 1.2.0 name of `items`, used when `items` is absent. */
  tracks?: Array<{
    /** A track or episode URI (or open.spotify.com URL): every occurrence is removed. */
    uri: string;
  }>;
  /** The entries to remove; lists over 100 are sent in chunks of 100. */
  items?: Array<{
    /** A track or episode URI (or open.spotify.com URL): every occurrence is removed. */
    uri: string;
  }>;
  /** The playlist version to remove from (a previous write's `snapshot_id`); the latest when absent. */
  snapshot_id?: string;
}

/** Replace (`uris`) or reorder (`range_start`, `insert_before`, `range_length`): one or the other. */
export interface UpdatePlaylistItemsRequest {
  /** Replace: the playlist's new entries, at most 100 track or episode URIs. */
  uris?: string[];
  /** Reorder: zero-based position of the first entry to move. */
  range_start?: number;
  /** Reorder: zero-based position the moved entries go before (the length to move them to the end). */
  insert_before?: number;
  /**
   * Reorder: how many entries to move from `range_start`.
   * @default 1
   */
  range_length?: number;
  /** The playlist version to change (a previous write's `snapshot_id`); the latest when absent. */
  snapshot_id?: string;
}

/** New playlist details; only the fields given change. */
export interface ChangePlaylistDetailsRequest {
  /** The new name; not empty. */
  name?: string;
  /** Whether the playlist shows on the user's profile. */
  public?: boolean;
  /** Whether other users may change it; `true` needs `public: false`. */
  collaborative?: boolean;
  /** The new description, as shown in Spotify's apps. */
  description?: string;
}

/** A new playlist. `public` defaults to `true`; `collaborative: true` requires `public: false`. */
export interface CreatePlaylistRequest {
  /** The playlist's name; not empty. */
  name: string;
  /**
   * Whether the playlist shows on the user's profile.
   * @default true
   */
  public?: boolean;
  /**
   * Whether other users may change it; `true` needs `public: false`.
   * @default false
   */
  collaborative?: boolean;
  /** The description shown in Spotify's apps. */
  description?: string;
}

/** Image data accepted for a cover: bytes (a `Buffer` is a `Uint8Array`), a canvas or image element, or base64 text. */
export type CoverImageData = Uint8Array | ArrayBuffer | HTMLImageElement | HTMLCanvasElement | string;

/** Spotify's maximum for a cover upload: 256 KB of base64 text. */
export const MAX_COVER_BASE64_BYTES = 256 * 1024;

/** Checks the details bodies: `creating` for a new playlist, else a change of details. */
export function checkDetails(request: ChangePlaylistDetailsRequest | undefined, creating: boolean): Record<string, unknown> {
  if (!request || typeof request !== "object") throw new ValidationError("request must be an object", { parameter: "request" });
  if (creating && (typeof request.name !== "string" || request.name.trim() === "")) {
    throw new ValidationError("request.name must be a non-empty string", { parameter: "request.name" });
  }
  // Creating: Spotify wants `public: false` beside `collaborative: true`. Changing: the playlist may
  // already be private, so only a request making it public and collaborative at once is refused.
  if (request.collaborative === true && (creating ? request.public !== false : request.public === true)) {
    throw new ValidationError(
      creating ? "a collaborative playlist must be private: set public: false" : "a playlist cannot be made public and collaborative at once",
      { parameter: "request.collaborative" },
    );
  }
  const body: Record<string, unknown> = {};
  for (const key of ["name", "public", "collaborative", "description"] as const) {
    if (request[key] !== undefined) body[key] = request[key];
  }
  return body;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

function canvasToBase64(canvas: HTMLCanvasElement): string {
  return canvas.toDataURL("image/jpeg").split(";base64,")[1] ?? "";
}

/** Turns cover image data into base64 JPEG text, checked: JPEG, valid base64, at most 256 KB. */
export function encodeCoverImage(imageData: CoverImageData): string {
  let base64: string;
  const g = globalThis as { HTMLCanvasElement?: new () => HTMLCanvasElement; HTMLImageElement?: new () => HTMLImageElement; document?: Document };
  if (typeof imageData === "string") base64 = imageData.replace(/^data:image\/jpe?g;base64,/i, "").replace(/\s+/g, "");
  else if (imageData instanceof Uint8Array) base64 = bytesToBase64(imageData);
  else if (imageData instanceof ArrayBuffer) base64 = bytesToBase64(new Uint8Array(imageData));
  else if (g.HTMLCanvasElement && imageData instanceof g.HTMLCanvasElement) base64 = canvasToBase64(imageData);
  else if (g.HTMLImageElement && g.document && imageData instanceof g.HTMLImageElement) {
    const canvas = g.document.createElement("canvas");
    canvas.width = imageData.width;
    canvas.height = imageData.height;
    const context = canvas.getContext("2d");
    if (!context) throw new ValidationError("could not get a 2D canvas context to encode the image", { parameter: "imageData" });
    context.drawImage(imageData, 0, 0);
    base64 = canvasToBase64(canvas);
  } else {
    throw new ValidationError("imageData must be bytes, an HTMLImageElement, an HTMLCanvasElement or a base64 string", { parameter: "imageData" });
  }
  if (base64 === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.length % 4 !== 0) {
    throw new ValidationError("imageData is not valid base64", { parameter: "imageData" });
  }
  // Every JPEG starts with FF D8 FF, which is "/9j/" in base64.
  if (!base64.startsWith("/9j/")) throw new ValidationError("imageData must be a JPEG image", { parameter: "imageData" });
  if (base64.length > MAX_COVER_BASE64_BYTES) {
    throw new ValidationError(`the cover image is ${base64.length} bytes of base64; Spotify accepts at most ${MAX_COVER_BASE64_BYTES} (256 KB)`, { parameter: "imageData" });
  }
  return base64;
}

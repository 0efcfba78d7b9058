// Uploaded playlist covers, served back as JPEG at `/image/<hash>` (the URL the playlist's
// `images` give), like Spotify's image CDN: no token needed, cacheable for good.
import type { Platform } from "../platform/platform.js";
import { type Exchange, send, sendApiError } from "../http/exchange.js";
import { WebApiStore } from "../state/webapi.js";

const IMAGE_PATH = /^\/image\/([0-9a-f]{40})$/;

/** Whether `path` is an image URL this module answers. */
export function isImagePath(path: string): boolean {
  return path.startsWith("/image/");
}

/** `GET /image/<hash>`: an uploaded playlist cover, or 404. */
export function serveImage(platform: Platform, ex: Exchange): void {
  if (ex.method !== "GET" && ex.method !== "HEAD") return send(platform, ex, 405, undefined, { Allow: "GET, HEAD" });
  const hash = IMAGE_PATH.exec(ex.pathname)?.[1];
  const web = platform.state.web;
  if (hash !== undefined && web instanceof WebApiStore) {
    for (const playlist of web.playlists.values()) {
      const { image, imageData } = playlist.data;
      if (image !== hash || !imageData) continue;
      const body = Buffer.from(imageData, "base64");
      const headers = { "Content-Type": "image/jpeg", ETag: `"${hash}"`, "Cache-Control": "public, max-age=31536000, immutable" };
      if (ex.req.headers["if-none-match"] === headers.ETag) return send(platform, ex, 304, undefined, headers);
      return send(platform, ex, 200, body, headers);
    }
  }
  sendApiError(platform, ex, 404, "Resource not found");
}

/**
 * A client wired to a recording test server, and helpers to read what it sent.
 */
import type { ServerResponse } from "node:http";
import { SpotifyApi, type AccessToken, type IAuthStrategy, type SdkOptions } from "../../src/index.js";
import { json, startTestServer, type RecordedRequest, type TestServer } from "./test-server.js";

export const ID = "4aawyAB9vmqN3uQ7FjRGTy";
export const ID2 = "11dFghVXANMlKmJXsNCbNl";
export const ME = "me-user";

export function staticAuth(value = "test-token"): IAuthStrategy {
  const token: AccessToken = { access_token: value, token_type: "Bearer", expires_in: 3600, expires: -1 };
  return {
    setConfiguration() {},
    async getOrCreateAccessToken() { return token; },
    async getAccessToken() { return token; },
    removeAccessToken() {},
  };
}

/** A body every operation can read: every wrapper key, a page, a snapshot and the current user's id. */
export function universalBody(): Record<string, unknown> {
  return {
    id: ME, snapshot_id: "snap-1", href: "h", items: [], total: 0, limit: 20, offset: 0, next: null, previous: null,
    cursors: { after: null, before: null }, albums: [], artists: [], tracks: [], shows: [], episodes: [], audiobooks: [],
    chapters: [], audio_features: [], devices: [], genres: [], markets: [], seeds: [],
  };
}

/** Answers `/contains` with one `true` per requested item, cover images with `[]`, writes with 200/201 and a snapshot, the rest with the universal body. */
export function defaultHandler(req: RecordedRequest, res: ServerResponse): void {
  const url = new URL(req.url, "http://x");
  if (url.pathname.endsWith("/contains")) {
    const list = url.searchParams.get("ids") ?? url.searchParams.get("uris") ?? "";
    json(res, 200, list.split(",").map(() => true));
    return;
  }
  // A playlist's cover images are the one JSON answer that is a bare array.
  if (req.method === "GET" && url.pathname.endsWith("/images")) {
    json(res, 200, []);
    return;
  }
  json(res, req.method === "POST" ? 201 : 200, universalBody());
}

export interface Harness {
  server: TestServer;
  sdk: SpotifyApi;
}

export async function startHarness(handler = defaultHandler, options: SdkOptions = {}): Promise<Harness> {
  const server = await startTestServer(handler);
  const sdk = new SpotifyApi(staticAuth(), { baseUrl: `${server.url}/v1`, retry: false, ...options });
  return { server, sdk };
}

/** The parts of a recorded request. */
export function parts(req: RecordedRequest): { method: string; path: string; query: Record<string, string>; body: unknown } {
  const url = new URL(req.url, "http://x");
  let body: unknown = undefined;
  if (req.body) {
    try { body = JSON.parse(req.body); } catch { body = req.body; }
  }
  return { method: req.method, path: url.pathname.replace(/^\/v1/, ""), query: Object.fromEntries(url.searchParams), body };
}

// Behaviour apps rely on beyond the spec's operations, over real HTTP: HEAD requests, track
// relinking, include_external, playlist covers, show_dialog.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { parseQuery } from "../src/catalog/query.js";
import { createWebApiState, type WebApiStore } from "../src/state/webapi.js";
import { api, authorizeUrl, basic, rawRequest, REDIRECT, start, token } from "./helpers.js";
import { assertValid } from "./webapi-harness.js";

let emu: RunningEmulator;
let control: EmulatorControl;
let user: string;

beforeAll(async () => {
  ({ emu, control } = await start({ rateLimit: 0, seed: 42, catalogSize: 10_000 }));
  user = (await control.issueToken({ scopes: "all" })).access_token;
});
afterAll(() => emu.stop());

describe("HEAD", () => {
  it("answers like GET without a body: same status, headers and Content-Length", async () => {
    for (const path of ["/v1/me", "/v1/search?q=love&type=track&limit=3", "/v1/me/playlists"]) {
      const auth = { Authorization: `Bearer ${user}` };
      const get = await rawRequest(emu, "GET", path, auth);
      const head = await rawRequest(emu, "HEAD", path, auth);
      expect(get.status).toBe(200);
      expect(head.status).toBe(200);
      expect(head.body).toBe("");
      expect(head.headers["content-length"]).toBe(String(Buffer.byteLength(get.body)));
      expect(head.headers["content-type"]).toBe(get.headers["content-type"]);
      expect(head.headers.etag).toBe(get.headers.etag);
    }
  });

  it("keeps the gate: errors keep their status and no body, If-None-Match gives 304", async () => {
    const noToken = await rawRequest(emu, "HEAD", "/v1/me");
    expect(noToken.status).toBe(401);
    expect(noToken.body).toBe("");
    expect(Number(noToken.headers["content-length"])).toBeGreaterThan(0);
    const auth = { Authorization: `Bearer ${user}` };
    const get = await rawRequest(emu, "GET", "/v1/me", auth);
    const cached = await rawRequest(emu, "HEAD", "/v1/me", { ...auth, "If-None-Match": String(get.headers.etag) });
    expect(cached.status).toBe(304);
    const log = await control.log({ limit: 1 });
    expect(log.entries[0]).toMatchObject({ method: "HEAD", operationId: "get-current-users-profile", status: 304 });
  });

  it("is not allowed where GET is not, and 405s list HEAD with GET", async () => {
    const auth = { Authorization: `Bearer ${user}` };
    const head = await rawRequest(emu, "HEAD", "/v1/me/player/play", auth);
    expect(head.status).toBe(405);
    const post = await rawRequest(emu, "POST", "/v1/me", auth, "{}");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });
});

describe("track relinking", () => {
  // The same seed and size as the server: the test finds its tracks in its own copy of the catalog.
  const web = createWebApiState({ seed: 42, catalogSize: 10_000, now: () => 0 }) as WebApiStore;
  const c = web.catalog;
  const restricted: number[] = [];
  for (let t = 0; t < c.count("track") && restricted.length < 40; t++) if (c.album(c.albumOfTrack(t)).markets) restricted.push(t);
  const relinked = restricted.filter((t) => web.render.relinkOf(t, "DE") !== undefined);
  const unplayable = restricted.filter((t) => web.render.relinkOf(t, "DE") === undefined);
  let extended: string;

  beforeAll(async () => {
    await control.createApp({ clientId: "relink-app", clientSecret: "s", profile: "extended" });
    await control.createUser({ id: "berlin", country: "DE", product: "premium" });
    extended = (await control.issueToken({ clientId: "relink-app", kind: "app" })).access_token;
  });

  async function track(id: string, query: string, bearer = extended, operationId = "get-track"): Promise<Record<string, unknown>> {
    const res = await api(emu, `/v1/tracks/${id}${query}`, { token: bearer });
    expect(res.status, res.text).toBe(200);
    const body = res.json() as Record<string, unknown>;
    assertValid(operationId, { status: 200, body }, { profile: "extended", market: query.includes("market=") });
    return body;
  }

  it("has both kinds among the tracks of market-restricted albums", () => {
    expect(relinked.length).toBeGreaterThan(3);
    expect(unplayable.length).toBeGreaterThan(3);
  });

  it("serves the substitute with linked_from outside the licensed markets, only when a market is given", async () => {
    const original = c.track(relinked[0]!).id;
    const substitute = c.track(web.render.relinkOf(relinked[0]!, "DE")!).id;
    const inDe = await track(original, "?market=DE");
    expect(inDe.id).toBe(substitute);
    expect(inDe.is_playable).toBe(true);
    // Another release of the same recording: what a listener sees is the requested track's.
    const asRequested = await track(original, "");
    expect(substitute).not.toBe(original);
    expect(inDe).toMatchObject({
      name: asRequested.name,
      artists: asRequested.artists,
      duration_ms: asRequested.duration_ms,
      explicit: asRequested.explicit,
      external_ids: asRequested.external_ids,
    });
    expect((inDe.album as { id: string }).id).not.toBe((asRequested.album as { id: string }).id);
    expect(inDe.linked_from).toEqual({
      external_urls: { spotify: `https://open.spotify.com/track/${original}` },
      href: `${emu.apiUrl}/tracks/${original}`,
      id: original,
      type: "track",
      uri: `spotify:track:${original}`,
    });
    const inUs = await track(original, "?market=US");
    expect(inUs).toMatchObject({ id: original, is_playable: true });
    expect(inUs).not.toHaveProperty("linked_from");
    const none = await track(original, "");
    expect(none.id).toBe(original);
    expect(none).not.toHaveProperty("linked_from");
    expect(none).not.toHaveProperty("is_playable");
    expect(none.available_markets).toEqual(["US", "CA", "MX"]);
    // The substitute is a real track of the catalog.
    expect((await track(substitute, "?market=DE")).id).toBe(substitute);
  });

  it("marks tracks without a substitute unplayable, and resolves market=from_token from the user's country", async () => {
    const lost = await track(c.track(unplayable[0]!).id, "?market=DE");
    expect(lost).toMatchObject({ id: c.track(unplayable[0]!).id, is_playable: false, restrictions: { reason: "market" } });
    expect(lost).not.toHaveProperty("linked_from");
    const berlin = (await control.issueToken({ clientId: "relink-app", userId: "berlin", scopes: "all" })).access_token;
    const original = c.track(relinked[1]!).id;
    const fromToken = await track(original, "?market=from_token", berlin);
    expect(fromToken.id).toBe(c.track(web.render.relinkOf(relinked[1]!, "DE")!).id);
    expect((fromToken.linked_from as { id: string }).id).toBe(original);
  });

  it("relinks album tracks and several tracks, but not for development-mode apps (no linked_from since February 2026)", async () => {
    const t = relinked[0]!;
    const album = c.album(c.albumOfTrack(t));
    const page = await api(emu, `/v1/albums/${album.id}/tracks?market=DE&limit=50`, { token: extended });
    const items = (page.json() as { items: Array<{ id: string; linked_from?: { id: string } }> }).items;
    assertValid("get-an-albums-tracks", { status: 200, body: page.json() }, { profile: "extended", market: true });
    expect(items.find((i) => i.linked_from?.id === c.track(t).id)).toBeDefined();
    const several = await api(emu, `/v1/tracks?ids=${c.track(t).id},${c.track(unplayable[0]!).id}&market=DE`, { token: extended });
    const tracks = (several.json() as { tracks: Array<Record<string, unknown>> }).tracks;
    expect(tracks.map((x) => x.is_playable)).toEqual([true, false]);
    expect((tracks[0]!.linked_from as { id: string }).id).toBe(c.track(t).id);
    const devBerlin = (await control.issueToken({ userId: "berlin", scopes: "all" })).access_token;
    const dev = await api(emu, `/v1/tracks/${c.track(t).id}?market=DE`, { token: devBerlin });
    expect(dev.json()).toMatchObject({ id: c.track(t).id, is_playable: false, restrictions: { reason: "market" } });
    expect(dev.json()).not.toHaveProperty("linked_from");
  });
});

describe("search include_external", () => {
  const web = createWebApiState({ seed: 42, catalogSize: 10_000, now: () => 0 }) as WebApiStore;
  const c = web.catalog;
  // An episode (externally hosted or not) among the first 50 results for the words of its name.
  function find(external: boolean): number {
    for (let e = 0; e < c.count("episode"); e++) {
      if (web.render.isExternal(c.episode(e).show) === external && web.search.search("episode", parseQuery(c.episode(e).words.join(" "))).slice(0, 50).includes(e)) return e;
    }
    return -1;
  }
  const episode = find(true);
  const hosted = find(false);

  async function episodes(query: string, index = episode): Promise<Array<{ id: string; is_externally_hosted: boolean; is_playable: boolean }>> {
    const bearer = (await control.issueToken({ clientId: "relink-app", kind: "app" })).access_token;
    const res = await api(emu, `/v1/search?q=${encodeURIComponent(c.episode(index).words.join(" "))}&type=episode&limit=50${query}`, { token: bearer });
    expect(res.status, res.text).toBe(200);
    assertValid("search", { status: 200, body: res.json() }, { profile: "extended" });
    return (res.json() as { episodes: { items: Array<{ id: string; is_externally_hosted: boolean; is_playable: boolean }> } }).episodes.items;
  }

  it("marks externally hosted episodes unplayable unless include_external=audio", async () => {
    expect(episode).toBeGreaterThanOrEqual(0);
    const id = c.episode(episode).id;
    const plain = await episodes("");
    const withAudio = await episodes("&include_external=audio");
    expect(plain.map((e) => e.id)).toEqual(withAudio.map((e) => e.id));
    expect(plain.find((e) => e.id === id)).toMatchObject({ is_externally_hosted: true, is_playable: false });
    expect(withAudio.find((e) => e.id === id)).toMatchObject({ is_externally_hosted: true, is_playable: true });
    for (const e of plain) expect(e.is_playable).toBe(!e.is_externally_hosted);
    expect(withAudio.every((e) => e.is_playable)).toBe(true);
    expect(hosted).toBeGreaterThanOrEqual(0);
    const own = (await episodes("", hosted)).find((e) => e.id === c.episode(hosted).id);
    expect(own).toMatchObject({ is_externally_hosted: false, is_playable: true });
  });

  it("refuses other values and leaves other endpoints alone", async () => {
    const bad = await api(emu, "/v1/search?q=love&type=episode&include_external=video", { token: user });
    expect(bad.status).toBe(400);
    expect(bad.json()).toEqual({ error: { status: 400, message: "Invalid include external" } });
    const one = await api(emu, `/v1/episodes/${c.episode(episode).id}`, { token: user });
    expect(one.json()).toMatchObject({ is_externally_hosted: true, is_playable: true, show: { is_externally_hosted: true } });
  });
});

describe("playlist covers", () => {
  it("serves an uploaded cover back as JPEG at the URL the playlist's images give", async () => {
    const json = { Authorization: `Bearer ${user}`, "Content-Type": "application/json" };
    const created = await api(emu, "/v1/me/playlists", { method: "POST", headers: json, body: JSON.stringify({ name: "Covered" }) });
    expect(created.status, created.text).toBe(201);
    const id = (created.json() as { id: string }).id;
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("emulator cover bytes"), Buffer.from([0xff, 0xd9])]);
    const put = await api(emu, `/v1/playlists/${id}/images`, { token: user, method: "PUT", headers: { "Content-Type": "image/jpeg" }, body: jpeg.toString("base64") });
    expect(put.status, put.text).toBe(202);
    const cover = await api(emu, `/v1/playlists/${id}/images`, { token: user });
    assertValid("get-playlist-cover", { status: 200, body: cover.json() }, { profile: "dev-2026" });
    const [image] = cover.json() as Array<{ url: string }>;
    expect(image!.url).toMatch(new RegExp(`^${emu.url}/image/[0-9a-f]{40}$`));
    const playlist = await api(emu, `/v1/playlists/${id}`, { token: user });
    expect((playlist.json() as { images: Array<{ url: string }> }).images[0]!.url).toBe(image!.url);
    // Like Spotify's image CDN: no token needed.
    const served = await fetch(image!.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await served.arrayBuffer()).equals(jpeg)).toBe(true);
    const head = await rawRequest(emu, "HEAD", new URL(image!.url).pathname);
    expect(head).toMatchObject({ status: 200, body: "" });
    expect(head.headers["content-length"]).toBe(String(jpeg.length));
    // A new cover gets a new URL; the old one is gone.
    const other = Buffer.concat([jpeg.subarray(0, 4), Buffer.from("another"), jpeg.subarray(-2)]);
    await api(emu, `/v1/playlists/${id}/images`, { token: user, method: "PUT", headers: { "Content-Type": "image/jpeg" }, body: other.toString("base64") });
    const [next] = (await api(emu, `/v1/playlists/${id}/images`, { token: user })).json() as Array<{ url: string }>;
    expect(next!.url).not.toBe(image!.url);
    expect(Buffer.from(await (await fetch(next!.url)).arrayBuffer()).equals(other)).toBe(true);
    expect((await fetch(image!.url)).status).toBe(404);
    expect((await fetch(`${emu.url}/image/not-a-hash`)).status).toBe(404);
  });
});

describe("show_dialog and remembered consent", () => {
  /** Opens /authorize (with `cookie`); approves on the page when one is shown. */
  async function authorize(params: Record<string, string>, cookie?: string): Promise<{ page: boolean; location: URL; cookie?: string }> {
    const res = await fetch(authorizeUrl(emu, { state: "s1", ...params }), { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
    if (res.status === 302) return { page: false, location: new URL(res.headers.get("location")!) };
    expect(res.status).toBe(200);
    const requestId = /name="request_id" value="([^"]+)"/.exec(await res.text())![1]!;
    const answer = await fetch(`${emu.accountsUrl}/authorize`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ request_id: requestId, user_id: "berlin", decision: "approve" }).toString(),
    });
    expect(answer.status).toBe(302);
    return { page: true, location: new URL(answer.headers.get("location")!), cookie: answer.headers.get("set-cookie")?.split(";")[0] };
  }

  it("sends an already-approved browser straight back unless show_dialog=true, with rememberConsent on", async () => {
    await control.createUser({ id: "berlin", country: "DE", product: "premium" });
    await control.updateSettings({ rememberConsent: true });
    try {
      const first = await authorize({ scope: "user-read-private user-read-email" });
      expect(first.page).toBe(true);
      expect(first.cookie).toBe("spotify_emulator_user=berlin");
      // Approved before, same or fewer scopes: no page, a code for that user at once.
      const again = await authorize({ scope: "user-read-private" }, first.cookie);
      expect(again.page).toBe(false);
      expect(`${again.location.origin}${again.location.pathname}`).toBe(REDIRECT);
      expect(again.location.searchParams.get("state")).toBe("s1");
      const exchanged = await token(emu, { grant_type: "authorization_code", code: again.location.searchParams.get("code")!, redirect_uri: REDIRECT }, { Authorization: basic() });
      expect(exchanged.status).toBe(200);
      expect(exchanged.body.scope).toBe("user-read-private");
      const me = await api(emu, "/v1/me", { token: exchanged.body.access_token as string });
      expect((me.json() as { id: string }).id).toBe("berlin");
      expect((await authorize({ scope: "user-read-private", show_dialog: "false" }, first.cookie)).page).toBe(false);
      // show_dialog=true, a scope not approved yet, or no cookie: the page again.
      expect((await authorize({ scope: "user-read-private", show_dialog: "true" }, first.cookie)).page).toBe(true);
      expect((await authorize({ scope: "user-read-private playlist-modify-private" }, first.cookie)).page).toBe(true);
      expect((await authorize({ scope: "user-read-private" })).page).toBe(true);
    } finally {
      await control.updateSettings({ rememberConsent: false });
    }
  });

  it("always shows the page by default (rememberConsent off), whatever show_dialog says", async () => {
    const first = await authorize({ scope: "user-read-private" });
    expect(first.page).toBe(true);
    expect((await authorize({ scope: "user-read-private", show_dialog: "false" }, first.cookie)).page).toBe(true);
    const bad = await fetch(`${emu.url}/emulator/settings`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ rememberConsent: "yes" }) });
    expect(bad.status).toBe(400);
  });
});

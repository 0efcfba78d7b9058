// HEAD over real HTTP: answered like GET without a body, through the same gate, and only where
// GET is allowed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorControl, RunningEmulator } from "../src/index.js";
import { rawRequest, startSeeded } from "./helpers.js";

let emu: RunningEmulator;
let control: EmulatorControl;
let user: string;

beforeAll(async () => {
  ({ emu, control, token: user } = await startSeeded());
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

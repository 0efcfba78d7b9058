/**
 * The path check runs on what the URL parser makes of a path: tab, CR and LF (which the parser
 * drops), percent-encoded dots and backslashes never take a request out from under the base URL,
 * on either transport. Hostile spellings are refused with a ValidationError before any request.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createPipeline, SpotifyApi, ValidationError } from "../src/index.js";
import { createNodeTransport } from "../src/node/transport.js";
import { staticAuth } from "./helpers/endpoint-client.js";
import { json, startTestServer, type TestServer } from "./helpers/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const transports = {
  fetch: () => undefined,
  node: () => createNodeTransport(),
};

describe.each(Object.entries(transports))("makeRequest paths on the %s transport", (_name, makeTransport) => {
  const hostile = [
    "me/.\t./.\t./admin",
    "me/.\r./.\r./admin",
    "me/.\n./.\n./admin",
    "me/\t.\t./\r.\n./admin",
    "me/%2e\t%2E/%2e\n%2e/admin",
    "me/..\t/..\t/admin",
    "me/.\t",
    "me/\t/admin",
    "users\\.\t.\\.\t.\\admin",
  ];

  it.each(hostile)("refuses %j with a ValidationError before any request", async (path) => {
    server = await startTestServer((_q, res) => json(res, 200, {}));
    const transport = makeTransport();
    const sdk = new SpotifyApi(staticAuth(), { baseUrl: `${server.url}/v1`, retry: false, ...(transport ? { transport } : {}) });
    try {
      await expect(sdk.makeRequest("GET", path)).rejects.toBeInstanceOf(ValidationError);
      expect(server.requests).toHaveLength(0);
    } finally {
      transport?.close();
    }
  });
});

describe("the path check", () => {
  it("lets ordinary paths, dots inside names and queries through", async () => {
    server = await startTestServer((_q, res) => json(res, 200, {}));
    const sdk = new SpotifyApi(staticAuth(), { baseUrl: `${server.url}/v1`, retry: false });
    await sdk.makeRequest("GET", "me/top/artists?limit=5");
    await sdk.makeRequest("GET", "users/a..b");
    await sdk.makeRequest("GET", "search?q=..%2F..");
    expect(server.requests.map((r) => r.url)).toEqual(["/v1/me/top/artists?limit=5", "/v1/users/a..b", "/v1/search?q=..%2F.."]);
  });

  // The seed is in the test's name; PATH_CHECK_SEED=<seed> replays a failing run.
  const seed = Number(process.env.PATH_CHECK_SEED ?? Date.now() % 2 ** 31);
  it(`never lets a path built from dots, slashes and stripped characters reach outside the base (property, seed ${seed})`, async () => {
    server = await startTestServer((_q, res) => json(res, 200, {}));
    const pipeline = createPipeline({ baseUrl: `${server.url}/v1`, auth: staticAuth(), retry: false });
    const piece = fc.constantFrom(".", "..", "/", "\\", "%2e", "%2E", "%2f", "%5c", "\t", "\r", "\n", "a", "admin", "me");
    await fc.assert(fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 12 }), async (pieces) => {
      const path = `/me/${pieces.join("")}`;
      const before = server!.requests.length;
      try {
        await pipeline.request({ method: "GET", path, response: "auto" });
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect(server!.requests.length).toBe(before);
        return;
      }
      const reached = server!.requests.at(-1)!.url.split("?")[0]!;
      expect(reached.startsWith("/v1/me/") || reached === "/v1/me").toBe(true);
      for (const segment of reached.split("/")) {
        expect(decodeURIComponent(segment).split(/[\\/]/)).not.toContain("..");
      }
    }), { seed, numRuns: 300 });
  });
});

/**
 * The Node transport skips the URL parser only where the parser would not change the URL: the
 * request line and Host header a server sees are the same either way. Real HTTP on loopback.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createNodeTransport } from "../src/node/transport.js";
import { requestTarget } from "../src/node/target.js";
import { json, startTestServer, type TestServer } from "./helpers/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("requestTarget", () => {
  it("splits a normal URL into options, the origin parsed once", () => {
    expect(requestTarget("http://127.0.0.1:8080/v1/tracks/abc?market=SE&ids=a%2Cb")).toEqual({
      protocol: "http:", hostname: "127.0.0.1", port: "8080", path: "/v1/tracks/abc?market=SE&ids=a%2Cb", servername: "",
    });
    expect(requestTarget("HTTPS://API.Spotify.com/v1/me")).toEqual({ protocol: "https:", hostname: "api.spotify.com", port: "", path: "/v1/me" });
    expect(requestTarget("http://[::1]:9/x")).toEqual({ protocol: "http:", hostname: "::1", port: "9", path: "/x", servername: "" });
    expect(requestTarget("http://h:1")).toMatchObject({ path: "/" });
    expect(requestTarget("http://h:1?q=1")).toMatchObject({ path: "/?q=1" });
    // An origin that starts with the previous one is still told apart.
    expect(requestTarget("http://h:1/a")).toMatchObject({ port: "1", path: "/a" });
    expect(requestTarget("http://h:12/b")).toMatchObject({ port: "12", path: "/b" });
    expect(requestTarget("http://h:1")).toMatchObject({ port: "1", path: "/" });
    // Dots inside a segment and in the query are not dot segments.
    expect(requestTarget("http://h/v1/a.b/..c?x=/../")).toMatchObject({ path: "/v1/a.b/..c?x=/../" });
  });

  it.each([
    "http://h/v1/me/../tracks",
    "http://h/v1/me/./x",
    "http://h/v1/me/..",
    "http://h/v1/%2E%2e/me",
    "http://h/v1/a b",
    "http://h/v1/x?q='a'",
    "http://h/v1/x#frag",
    "http://user:pw@h/v1/x",
    "http://h\\v1",
    "http://h/v1/\"x\"",
    "ftp://h/x",
  ])("leaves %s to the URL parser", (url) => {
    expect(requestTarget(url)).toBe(url);
  });
});

describe("the Node transport's request line", () => {
  it("is what the URL parser would send, on both paths", async () => {
    server = await startTestServer((req, res) => json(res, 200, { url: req.url, host: req.headers.host }));
    const transport = createNodeTransport();
    const port = new URL(server.url).port;
    const seen: Array<{ url: string; host: string }> = [];
    for (const path of ["/v1/tracks/abc?market=SE", "/v1/me/../tracks", "/v1/%2e%2e/x", "/v1/a b?q='x'"]) {
      const response = await transport.send({ method: "GET", url: `${server.url}${path}`, headers: {}, onAbort() {}, signal: new AbortController().signal });
      seen.push(JSON.parse(response.body) as { url: string; host: string });
    }
    transport.close();
    expect(seen).toEqual([
      { url: "/v1/tracks/abc?market=SE", host: `127.0.0.1:${port}` },
      { url: "/v1/tracks", host: `127.0.0.1:${port}` },
      { url: "/x", host: `127.0.0.1:${port}` },
      { url: "/v1/a%20b?q=%27x%27", host: `127.0.0.1:${port}` },
    ]);
  });
});

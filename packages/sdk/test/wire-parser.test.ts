/**
 * The Node transport's HTTP/1.1 response parser, fed bytes directly (a pure unit: the same
 * responses over real sockets are in transport-wire.test.ts). Every response is also fed split at
 * every byte boundary, as a socket may deliver it.
 */
import { describe, expect, it } from "vitest";
import { ProtocolError, ResponseParser } from "../src/node/wire/response-parser.js";

function parseWhole(text: string, bodiless = false) {
  const parser = new ResponseParser(bodiless);
  const done = parser.push(Buffer.from(text, "latin1"));
  return { parser, done, body: Buffer.concat(parser.body).toString("latin1") };
}

/** Feeds `text` in two pieces split at every position, and in single bytes; all must agree. */
function parseSplit(text: string) {
  const whole = parseWhole(text);
  const bytes = Buffer.from(text, "latin1");
  for (let cut = 1; cut < bytes.length; cut++) {
    const parser = new ResponseParser();
    const first = parser.push(bytes.subarray(0, cut));
    expect(first, `complete too early at ${cut}`).toBe(false);
    expect(parser.push(bytes.subarray(cut))).toBe(whole.done);
    expect(Buffer.concat(parser.body).toString("latin1")).toBe(whole.body);
    expect(parser.head).toEqual(whole.parser.head);
  }
  const bytewise = new ResponseParser();
  let done = false;
  for (let i = 0; i < bytes.length; i++) done = bytewise.push(bytes.subarray(i, i + 1));
  expect(done).toBe(whole.done);
  expect(Buffer.concat(bytewise.body).toString("latin1")).toBe(whole.body);
  return whole;
}

describe("ResponseParser", () => {
  it("reads a Content-Length body, wherever the bytes are split", () => {
    const { done, body, parser } = parseSplit("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"a\":\"b c\"}");
    expect(done).toBe(true);
    expect(body).toBe('{"a":"b c"}');
    expect(parser.head).toEqual({ status: 200, statusText: "OK", headers: { "content-type": "application/json", "content-length": "11" }, keepAlive: true });
  });

  it("reads a chunked body with extensions and trailers, wherever the bytes are split", () => {
    const text = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;name=x\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nX-Trailer: 1\r\n\r\n";
    const { done, body, parser } = parseSplit(text);
    expect(done).toBe(true);
    expect(body).toBe("Wikipedia in\r\n\r\nchunks.");
    expect(parser.head!.keepAlive).toBe(true);
  });

  it("skips interim 1xx responses", () => {
    const { done, body, parser } = parseSplit("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok");
    expect(done).toBe(true);
    expect(body).toBe("ok");
    expect(parser.head!.status).toBe(201);
    expect(parser.head!.headers).not.toHaveProperty("link");
  });

  it("reads a body framed by the connection's close, and never keeps that connection", () => {
    const parser = new ResponseParser();
    expect(parser.push(Buffer.from("HTTP/1.1 200 OK\r\n\r\npart one, "))).toBe(false);
    expect(parser.push(Buffer.from("part two"))).toBe(false);
    expect(parser.end()).toBe(true);
    expect(Buffer.concat(parser.body).toString()).toBe("part one, part two");
    expect(parser.head!.keepAlive).toBe(false);
  });

  it("has no body for 204, 304 and a HEAD request, whatever Content-Length says", () => {
    expect(parseWhole("HTTP/1.1 204 No Content\r\n\r\n").done).toBe(true);
    expect(parseWhole("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n").done).toBe(true);
    expect(parseWhole("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", true).done).toBe(true);
  });

  it("joins repeated headers, lower-cases names, unfolds obsolete line folding", () => {
    const { parser } = parseWhole("HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\nX-Long: one\r\n  two\r\nContent-Length: 0\r\n\r\n");
    expect(parser.head!.headers).toEqual({ "set-cookie": "a=1, b=2", "x-long": "one two", "content-length": "0" });
  });

  it("keeps the first of a repeated single-valued header, as node:http does", () => {
    const { parser } = parseWhole("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 3\r\nRetry-After: 9\r\nContent-Type: application/json\r\ncontent-type: text/html\r\nVary: a\r\nVary: b\r\nContent-Length: 0\r\n\r\n");
    expect(parser.head!.headers).toMatchObject({ "retry-after": "3", "content-type": "application/json", vary: "a, b" });
  });

  it("says whether the connection stays open: Connection, HTTP/1.0, Keep-Alive timeout", () => {
    expect(parseWhole("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n").parser.head!.keepAlive).toBe(false);
    expect(parseWhole("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").parser.head!.keepAlive).toBe(false);
    expect(parseWhole("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n").parser.head!.keepAlive).toBe(true);
    const hinted = parseWhole("HTTP/1.1 200 OK\r\nKeep-Alive: timeout=5, max=100\r\nContent-Length: 0\r\n\r\n").parser.head!;
    expect(hinted).toMatchObject({ keepAlive: true, keepAliveMs: 5000 });
    // Transfer-Encoding and Content-Length together: chunked wins, and the connection is not reused.
    const both = parseWhole("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n");
    expect(both.body).toBe("ok");
    expect(both.parser.head!.keepAlive).toBe(false);
  });

  it("keeps a header named like an Object.prototype member as the server sent it", () => {
    const { parser } = parseWhole("HTTP/1.1 200 OK\r\nConstructor: x\r\ntoString: y\r\nhasOwnProperty: z\r\nContent-Length: 0\r\n\r\n");
    expect(parser.head!.headers).toEqual({ constructor: "x", tostring: "y", hasownproperty: "z", "content-length": "0" });
  });

  it("accepts a Content-Length repeated with one value", () => {
    expect(parseWhole("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok").body).toBe("ok");
  });

  it.each([
    ["a malformed status line", "HTTP/2 200 OK\r\n\r\n"],
    ["a status out of range", "HTTP/1.1 099 Odd\r\n\r\n"],
    ["a header without a colon", "HTTP/1.1 200 OK\r\nBroken\r\n\r\n"],
    ["a space before the colon", "HTTP/1.1 200 OK\r\nContent-Length : 2\r\n\r\nok"],
    ["differing Content-Lengths", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok"],
    ["a negative Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"],
    ["a bad chunk size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"],
    ["a chunk longer than its size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokay\r\n"],
    ["bytes after the response", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n"],
    ["101 Switching Protocols", "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n"],
    ["a bare LF inside a header value", "HTTP/1.1 200 OK\r\nX-A: a\nSet-Cookie: injected=1\r\nContent-Length: 0\r\n\r\n"],
    ["a bare CR inside a header value", "HTTP/1.1 200 OK\r\nX-A: a\rb\r\nContent-Length: 0\r\n\r\n"],
    ["a NUL inside a header value", "HTTP/1.1 200 OK\r\nX-A: a\u0000b\r\nContent-Length: 0\r\n\r\n"],
    ["a bare LF inside a folded line", "HTTP/1.1 200 OK\r\nX-A: a\r\n b\nc\r\nContent-Length: 0\r\n\r\n"],
  ])("refuses %s with ProtocolError", (_what, text) => {
    expect(() => new ResponseParser().push(Buffer.from(text, "latin1"))).toThrow(ProtocolError);
  });

  it("refuses a header section over 16 KB without waiting for its end", () => {
    const parser = new ResponseParser();
    parser.push(Buffer.from("HTTP/1.1 200 OK\r\n"));
    expect(() => parser.push(Buffer.alloc(17 * 1024, "a"))).toThrow(/16 KB/);
  });

  it("does not count a truncated body as complete when the connection ends", () => {
    const parser = new ResponseParser();
    expect(parser.push(Buffer.from("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"))).toBe(false);
    expect(parser.end()).toBe(false);
    expect(parser.started).toBe(true);
    expect(new ResponseParser().started).toBe(false);
  });
});

describe("ResponseParser on generated responses", () => {
  it("reads 300 seeded random responses (framing, chunk sizes, header case, split points) exactly", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const int = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 300; round++) {
      const body = Buffer.from(Array.from({ length: int(3000) }, () => String.fromCharCode(32 + int(95))).join(""), "latin1");
      const framing = ["length", "chunked", "close"][int(3)]!;
      const name = (n: string) => (random() < 0.5 ? n.toUpperCase() : n);
      let text = `HTTP/1.1 ${200 + int(3)} OK\r\n${name("x-round")}: ${round}\r\n`;
      let payload = "";
      if (framing === "length") text += `${name("content-length")}: ${body.length}\r\n\r\n`;
      else if (framing === "close") text += "\r\n";
      else {
        text += `${name("transfer-encoding")}: chunked\r\n\r\n`;
        for (let at = 0; at < body.length;) {
          const size = Math.min(body.length - at, 1 + int(700));
          payload += `${size.toString(16)}${random() < 0.2 ? ";ext=1" : ""}\r\n${body.toString("latin1", at, at + size)}\r\n`;
          at += size;
        }
        payload += "0\r\n\r\n";
      }
      const bytes = Buffer.from(text + (framing === "chunked" ? payload : body.toString("latin1")), "latin1");
      const parser = new ResponseParser();
      let done = false;
      for (let at = 0; at < bytes.length;) {
        const size = 1 + int(900);
        done = parser.push(bytes.subarray(at, at + size));
        at += size;
        if (at < bytes.length) expect(done, `round ${round}: complete before its last byte`).toBe(false);
      }
      if (framing === "close") done = parser.end();
      expect(done, `round ${round} (${framing})`).toBe(true);
      expect(Buffer.concat(parser.body).equals(body), `round ${round} (${framing}) body`).toBe(true);
      expect(parser.head!.headers["x-round"]).toBe(String(round));
      expect(parser.head!.keepAlive).toBe(framing !== "close");
    }
  });
});

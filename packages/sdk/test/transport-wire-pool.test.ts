/**
 * The Node transport's connection pool where a connection's state and the pool's bookkeeping can
 * drift apart: a connection the server spoke on out of turn, a request that asked for the
 * connection to close, more origins than the origin cache holds, and a method that is not a token.
 */
import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/errors.js";
import type { TransportRequest } from "../src/http/types.js";
import { splitUrl } from "../src/node/target.js";
import { ok, useRawServers } from "./helpers/raw-server.js";

const { rawServer, transportFor } = useRawServers();

const request = (method: string, url: string, headers: Record<string, string> = {}, body?: string): TransportRequest => ({
  method: method as TransportRequest["method"], url, headers, body, signal: new AbortController().signal,
});

describe("node transport's own connections: the pool", () => {
  it("takes a connection the server spoke on while idle out of the pool at once: a POST made just then is sent on a new one", async () => {
    const sockets: import("node:net").Socket[] = [];
    const server = await rawServer((socket, head) => {
      sockets.push(socket);
      if (head.startsWith("GET /a ")) socket.write(ok("{}"));
      if (head.startsWith("GET /b ")) {
        // Answer /b and, in the same moment, write a 408 on /a's connection, now idle.
        setTimeout(() => {
          sockets[0]!.end("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
          socket.end(ok("{}", "Connection: close\r\n"));
        }, 30);
      }
      if (head.startsWith("POST /post ")) socket.write(ok("{}"));
    });
    const transport = transportFor();
    const a = transport.send(request("GET", `${server.url}/a`));
    const b = transport.send(request("GET", `${server.url}/b`));
    await a;
    // The POST is made as /b's answer resolves: the 408 has arrived in the same read of the loop.
    const post = await b.then(() => transport.send(request("POST", `${server.url}/post`, {}, "{}")));
    expect(post.status).toBe(200);
    expect(server.heads.map((h) => h.split("\r\n")[0])).toEqual(["GET /a HTTP/1.1", "GET /b HTTP/1.1", "POST /post HTTP/1.1"]);
    expect(server.connections).toBe(3);
  });

  it("does not reuse a connection whose request said Connection: close, whatever the answer says", async () => {
    const closing = new Set<import("node:net").Socket>();
    const server = await rawServer((socket, head) => {
      if (closing.has(socket)) return; // RFC 9112 9.6: a server reads nothing after a request with close
      if (/\r\nconnection: close/i.test(head)) {
        closing.add(socket);
        setTimeout(() => socket.destroy(), 50);
      }
      socket.write(ok("{}")); // no Connection: close in the answer
    });
    const transport = transportFor();
    await transport.send(request("GET", `${server.url}/first`, { Connection: "close" }));
    const second = await transport.send(request("POST", `${server.url}/second`, {}, "{}"));
    expect(second.status).toBe(200);
    expect(server.connections).toBe(2);
  });

  it("keeps one pool per origin after the origin cache is full", async () => {
    // Fill the process-wide cache of parsed origins (32) with origins nothing listens on.
    for (let i = 0; i < 40; i++) splitUrl(`http://filler-${i}.invalid:8${i}/v1/x`);
    const first = await rawServer((socket) => socket.write(ok("{}")));
    const second = await rawServer((socket) => socket.write(ok("{}")));
    const transport = transportFor({ maxSockets: 1 });
    for (let i = 0; i < 10; i++) {
      await transport.send(request("GET", `${first.url}/x`));
      await transport.send(request("GET", `${second.url}/x`));
    }
    expect([first.connections, second.connections]).toEqual([1, 1]);
    expect([first.open.size, second.open.size]).toEqual([1, 1]);
  });

  it("refuses a method that is not a token before writing anything", async () => {
    const server = await rawServer((socket) => socket.write(ok("{}")));
    const transport = transportFor();
    const smuggled = "GET /admin HTTP/1.1\r\nHost: elsewhere\r\n\r\nGET";
    await expect(transport.send(request(smuggled, `${server.url}/x`))).rejects.toThrow(/invalid HTTP method/);
    // A set-up error, which the pipeline never retries as a network failure.
    await expect(transport.send(request("GE T", `${server.url}/x`))).rejects.toThrow(ValidationError);
    expect(server.connections).toBe(0);
  });
});

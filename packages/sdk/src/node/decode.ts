/**
 * Decoding a compressed response body (`Content-Encoding: gzip | deflate | br`), as `fetch` does.
 * Small bodies are decoded synchronously: a trip to the thread pool costs more than inflating a
 * few kilobytes. Large ones go to the pool so a 5 MB body never blocks the event loop.
 * @module
 */
import { builtin } from "./builtins.js";

/** The `Accept-Encoding` sent when compression is on: exactly what {@link decodeBody} can undo. */
export const ACCEPT_ENCODING = "gzip, deflate, br";

const SYNC_LIMIT = 64 * 1024;

type Codec = [sync: (input: Buffer) => Buffer, async: (input: Buffer, callback: (error: Error | null, result: Buffer) => void) => void];

function codecFor(encoding: string, body: Buffer): Codec | undefined {
  if (encoding !== "gzip" && encoding !== "x-gzip" && encoding !== "br" && encoding !== "deflate") return undefined;
  const zlib = builtin("node:zlib");
  if (encoding === "br") return [zlib.brotliDecompressSync, zlib.brotliDecompress];
  if (encoding !== "deflate") return [zlib.gunzipSync, zlib.gunzip];
  // RFC 9110's deflate is zlib-wrapped, but some servers send raw deflate: a zlib stream starts
  // with a CMF byte whose low nibble is 8.
  return (body[0]! & 0x0f) === 8 ? [zlib.inflateSync, zlib.inflate] : [zlib.inflateRawSync, zlib.inflateRaw];
}

/**
 * Undoes `contentEncoding` (possibly a list, applied in order). `identity` and an absent header
 * return the body as is; an encoding this transport did not ask for is an error.
 */
export function decodeBody(body: Buffer, contentEncoding: string | undefined): Promise<Buffer> | Buffer {
  if (!contentEncoding || body.length === 0) return body;
  const codings = contentEncoding.toLowerCase().split(",").map((c) => c.trim()).filter((c) => c !== "" && c !== "identity");
  if (codings.length === 0) return body;
  if (codings.length === 1 && body.length <= SYNC_LIMIT) {
    const codec = codecFor(codings[0]!, body);
    if (!codec) throw unsupported(codings[0]!);
    return codec[0](body);
  }
  return codings.reduceRight<Promise<Buffer>>(
    (previous, coding) => previous.then((input) => new Promise<Buffer>((resolve, reject) => {
      const codec = codecFor(coding, input);
      if (!codec) return reject(unsupported(coding));
      codec[1](input, (error, result) => (error ? reject(error) : resolve(result)));
    })),
    Promise.resolve(body),
  );
}

function unsupported(coding: string): Error {
  return new Error(`the server sent a body with Content-Encoding "${coding}", which this transport cannot decode`);
}

/**
 * Decoding a compressed response body (`Content-Encoding: gzip | deflate | br`), as `fetch` does.
 * Always on the thread pool, in 64 KB steps, and never past the body limit: a few hundred bytes
 * of brotli can inflate to a gigabyte, so a synchronous decode of even a tiny body could block
 * the event loop for a second, and an unbounded one fill the heap.
 * @module
 */
import { builtin } from "../runtime/builtins.js";

/** The `Accept-Encoding` sent when compression is on: exactly what {@link decodeBody} can undo. */
export const ACCEPT_ENCODING = "gzip, deflate, br";

/**
 * zlib refuses a `maxOutputLength` above Node's largest Buffer (1 GiB on 32-bit builds); no
 * decoded body that long could become a string anyway.
 */
const MAX_OUTPUT = 2 ** 30 - 1;

/** Output per step on the thread pool: zlib's default 16 KB made four times the trips for a large body. */
const CHUNK_SIZE = 64 * 1024;

type Decode = (input: Buffer, options: { maxOutputLength: number; chunkSize: number }, callback: (error: Error | null, result: Buffer) => void) => void;

function decoderFor(encoding: string, body: Buffer): Decode | undefined {
  if (encoding !== "gzip" && encoding !== "x-gzip" && encoding !== "br" && encoding !== "deflate") return undefined;
  const zlib = builtin("node:zlib");
  if (encoding === "br") return zlib.brotliDecompress;
  if (encoding !== "deflate") return zlib.gunzip;
  // RFC 9110's deflate is zlib-wrapped, but some servers send raw deflate: a zlib stream starts
  // with a CMF byte whose low nibble is 8.
  return (body[0]! & 0x0f) === 8 ? zlib.inflate : zlib.inflateRaw;
}

/** The decoded body passed the limit; zlib stopped inflating. */
export class DecodedTooLarge extends Error {}

/**
 * Undoes `contentEncoding` (possibly a list, applied in order). `identity` and an absent header
 * return the body as is; an encoding this transport did not ask for is an error. Rejects with
 * {@link DecodedTooLarge} as soon as a decoded body passes `maxBytes`.
 */
export function decodeBody(body: Buffer, contentEncoding: string | undefined, maxBytes: number): Promise<Buffer> | Buffer {
  if (!contentEncoding || body.length === 0) return body;
  const codings = contentEncoding.toLowerCase().split(",").map((c) => c.trim()).filter((c) => c !== "" && c !== "identity");
  if (codings.length === 0) return body;
  const maxOutputLength = Math.min(maxBytes, MAX_OUTPUT);
  return codings.reduceRight<Promise<Buffer>>(
    (previous, coding) => previous.then((input) => new Promise<Buffer>((resolve, reject) => {
      const decode = decoderFor(coding, input);
      if (!decode) return reject(unsupported(coding));
      // The one-shot decoders run a zlib stream under the hood: each 64 KB of output is a trip to
      // the thread pool, and the stream is destroyed the moment the output passes the limit.
      decode(input, { maxOutputLength, chunkSize: CHUNK_SIZE }, (error, result) => {
        if (!error) resolve(result);
        else reject((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? new DecodedTooLarge(error.message) : error);
      });
    })),
    Promise.resolve(body),
  );
}

function unsupported(coding: string): Error {
  return new Error(`the server sent a body with Content-Encoding "${coding}", which this transport cannot decode`);
}

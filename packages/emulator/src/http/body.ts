// Reads a request body up to a limit. Past the limit the rest is drained (not kept) so the client
// can still read the 413; a body past a hard cap closes the connection.
import type { IncomingMessage } from "node:http";

/** The largest request body taken by default: 1 MB. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
const HARD_CAP = 64 * 1024 * 1024;

/** The body as read, or why there is none: too large (drained) or the client went away. */
export type BodyResult = { kind: "ok"; data: Buffer } | { kind: "too-large" } | { kind: "aborted" };

/** Whether the request says it carries a body. */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

/** Reads the request body, up to `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  if (!hasBody(req)) return Promise.resolve({ kind: "ok", data: Buffer.alloc(0) });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers["content-length"]) > limit;
    const done = (result: BodyResult): void => {
      req.removeAllListeners("data");
      resolve(result);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > HARD_CAP) {
        req.destroy();
        return;
      }
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.once("end", () => done(tooLarge ? { kind: "too-large" } : { kind: "ok", data: Buffer.concat(chunks, size) }));
    req.once("error", () => done({ kind: "aborted" }));
    req.once("close", () => {
      if (!req.complete) done({ kind: "aborted" });
    });
  });
}

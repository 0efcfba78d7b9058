/**
 * How the gate writes a Web API answer: JSON, and for a GET's 200 an ETag that a matching
 * `If-None-Match` turns into a 304.
 * @module
 */
import type { CachedAnswer } from "../http/answer-cache.js";
import { type Exchange, type Recorder, send, sendReady } from "../http/exchange.js";

/** The Content-Type of every JSON answer. */
export const JSON_TYPE = { "Content-Type": "application/json; charset=utf-8" } as const;

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** The Web API base for `href`, `next` and `previous`: the request's Host when it is fit for a link. */
export function apiBase(ex: Exchange): string {
  return webApiBaseFor(ex.req.headers.host);
}

/** The Web API base at `host` when it is fit to build links with (a name or address and a port), else at 127.0.0.1. */
export function webApiBaseFor(host: string | undefined): string {
  return `http://${host && HOST.test(host) ? host : "127.0.0.1"}/v1`;
}

/** A GET's 200 with its ETag, or a 304 when the client already holds it. */
export function sendAnswer(recorder: Recorder, ex: Exchange, answer: CachedAnswer): void {
  if (ex.req.headers["if-none-match"] === answer.etag) {
    return send(recorder, ex, 304, undefined, { "Content-Type": JSON_TYPE["Content-Type"], ETag: answer.etag, "Cache-Control": "private, max-age=0" });
  }
  sendReady(recorder, ex, answer.ready);
}

/**
 * Sending through `node:http` / `node:https` agents: the Node transport's path when the caller
 * gives its own agents (a proxy agent, client certificates). Without them it speaks HTTP/1.1 on
 * its own connections (`wire/`), at about a third of `node:http`'s CPU per call.
 * @module
 */
import type { Agent as HttpAgent, ClientRequest, IncomingMessage } from "node:http";
import { redactUrl } from "../errors.js";
import type { TransportRequest, TransportResponse } from "../http/types.js";
import { ACCEPT_ENCODING } from "./wire/decode.js";
import { responseTooLarge } from "../http/parse.js";
import { abortError, bodyLimit, isRedirect, redirectRefused, transportResponse } from "./wire/response.js";
import { requestTarget } from "./target.js";

/** Sends `request` with `doRequest` (`http.request` or `https.request`) through `agent`. */
export function sendThroughAgent(
  request: TransportRequest,
  doRequest: typeof import("node:http").request,
  agent: HttpAgent,
  compression: boolean,
): Promise<TransportResponse> {
  const { body, method } = request;
  return new Promise<TransportResponse>((resolve, reject) => {
    let settled = false;
    let signal: AbortSignal | undefined;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onSignal);
      reject(error);
    };
    const succeed = (response: TransportResponse) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onSignal);
      resolve(response);
    };
    // Destroying the request also destroys its response and socket: nothing is left half-read.
    const abort = (reason: unknown) => {
      if (settled) return;
      fail(reason ?? abortError());
      req?.destroy();
    };
    const onSignal = () => abort(signal!.reason);
    let req: ClientRequest | undefined;
    // The pipeline's `onAbort` avoids building an AbortSignal; any other caller gives `signal`.
    if (request.onAbort) request.onAbort(abort);
    else {
      signal = request.signal;
      if (signal.aborted) abort(signal.reason);
      else signal.addEventListener("abort", onSignal);
    }
    if (settled) return;
    const target = requestTarget(request.url);
    req = typeof target === "string"
      ? doRequest(target, { method, agent, headers: request.headers })
      : doRequest({ ...target, method, agent, headers: request.headers });
    // A caller's own Accept-Encoding wins (a header named in any case).
    if (compression && !req.hasHeader("accept-encoding")) req.setHeader("Accept-Encoding", ACCEPT_ENCODING);
    // Stays attached after settling: a late socket error must never be an unhandled 'error'.
    req.on("error", fail);
    req.on("response", (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      if (isRedirect(status)) {
        res.resume();
        fail(redirectRefused(request, status, res.headers));
        return;
      }
      // Past the limit (announced or read) the response is dropped with its socket: nothing more is read.
      const limit = bodyLimit(request);
      const tooLarge = () => abort(responseTooLarge(method, request.url, status, limit));
      const bodiless = (method as string) === "HEAD" || status === 204 || status === 304;
      if (!bodiless && Number(res.headers["content-length"]) > limit) return tooLarge();
      const chunks: Buffer[] = [];
      let received = 0;
      res.on("data", (chunk: Buffer) => {
        if ((received += chunk.length) > limit) tooLarge();
        else chunks.push(chunk);
      });
      // A connection closed before the whole body arrived destroys the response with an error.
      res.on("error", fail);
      res.on("end", () => {
        if (!res.complete) {
          fail(new Error(`the connection closed before the whole response body of ${method} ${redactUrl(request.url)} arrived`));
          return;
        }
        try {
          const answer = transportResponse(request, status, res.statusMessage ?? "", plainHeaders(res), chunks);
          if (answer instanceof Promise) answer.then(succeed, fail);
          else succeed(answer);
        } catch (error) {
          fail(error);
        }
      });
    });
    if (body === undefined) req.end();
    else req.end(body);
  });
}

/** Node gives `set-cookie` as an array and every other header as one string. */
function plainHeaders(res: IncomingMessage): Record<string, string> {
  const headers = res.headers as Record<string, string | string[] | undefined>;
  const cookies = headers["set-cookie"];
  if (Array.isArray(cookies)) headers["set-cookie"] = cookies.join(", ");
  return headers as Record<string, string>;
}

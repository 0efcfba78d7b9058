/**
 * `@spotify/web-api-ts-sdk` 1.2.0's request hooks, which speak WHATWG `Request`/`Response`.
 * A `Response` is built only when one of them is configured, so the common path never pays for it.
 * @module
 */
import { redactHeaders } from "../errors.js";
import type { IResponseDeserializer, IValidateResponses } from "../options.js";
import type { TransportResponse } from "./types.js";

/** The 1.2.0 options that need WHATWG objects. */
export interface CompatHooks {
  /** 1.2.0's hook: called with the URL and `fetch` options before each request is sent. */
  beforeRequest?: (url: string, options: RequestInit) => void;
  /** 1.2.0's hook: called with the URL, the options and the response once it arrives. */
  afterRequest?: (url: string, options: RequestInit, response: Response) => void;
  /** 1.2.0's validator: inspects each response; a throw fails the call. */
  responseValidator?: IValidateResponses;
  /** 1.2.0's deserializer: reads a response body into the call's result. */
  deserializer?: IResponseDeserializer;
}

const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

/** Builds a WHATWG `Response` from a transport response (for compatibility hooks only). */
export function toResponse(response: TransportResponse, url: string): Response {
  const body = NULL_BODY_STATUS.has(response.status) ? null : response.body;
  const built = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(built, "url", { value: url });
  return built;
}

function init(method: string, headers: Record<string, string>, body: string | Uint8Array | undefined): RequestInit {
  // Hooks see redacted headers: a logging hook must never print a bearer token.
  return { method, headers: redactHeaders(headers), ...(typeof body === "string" ? { body } : {}) };
}

/** 1.2.0's hooks as the pipeline calls them: each call is a no-op for a hook not given. */
export function createCompatLayer(hooks: CompatHooks) {
  const { beforeRequest, afterRequest, responseValidator, deserializer } = hooks;
  return {
    hasResponseHooks: !!(responseValidator || deserializer),
    /** 1.2.0 ran the validator on error responses too: only a validator the app gave does. */
    validatesErrors: !!responseValidator,
    beforeRequest(url: string, method: string, headers: Record<string, string>, body: string | Uint8Array | undefined) {
      beforeRequest?.(url, init(method, headers, body));
    },
    afterRequest(url: string, method: string, headers: Record<string, string>, body: string | Uint8Array | undefined, response: TransportResponse) {
      afterRequest?.(url, init(method, headers, body), toResponse(response, url));
    },
    /** Runs the 1.2.0 validator, then its deserializer or ours. */
    async readSuccess(response: TransportResponse, url: string, parse: () => unknown): Promise<unknown> {
      if (responseValidator) await responseValidator.validateResponse(toResponse(response, url));
      if (deserializer) return deserializer.deserialize(toResponse(response, url));
      return parse();
    },
  };
}

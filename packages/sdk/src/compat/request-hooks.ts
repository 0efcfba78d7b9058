/**
 * `@spotify/web-api-ts-sdk` 1.2.0's request hooks (`beforeRequest`, `afterRequest`,
 * `responseValidator`, `deserializer`), which speak WHATWG `Request`/`Response`, as the exchange
 * hooks the pipeline calls around each Web API request. Installed by the `SpotifyApi` facade (and
 * a `SessionPool`'s shared pipeline) only: `createClient` never imports this module.
 * @module
 */
import { redactHeaders } from "../errors.js";
import type { ExchangeHooks, TransportResponse } from "../http/types.js";
import type { SdkOptions } from "../options.js";

/** The 1.2.0 options that need WHATWG objects. */
export type CompatHooks = Pick<SdkOptions, "beforeRequest" | "afterRequest" | "responseValidator" | "deserializer">;

const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

/** A WHATWG `Response` built from a transport response: built only for a hook that reads one. */
function toResponse(response: TransportResponse, url: string): Response {
  const body = NULL_BODY_STATUS.has(response.status) ? null : response.body;
  const built = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(built, "url", { value: url });
  return built;
}

function init(method: string, headers: Record<string, string>, body: string | Uint8Array | undefined): RequestInit {
  // Hooks see redacted headers: a logging hook must never print a bearer token.
  return { method, headers: redactHeaders(headers), ...(typeof body === "string" ? { body } : {}) };
}

/**
 * The exchange hooks that give 1.2.0's options their meaning there, or `undefined` when none is
 * set (the pipeline then builds nothing for them). The validator then the deserializer (or the
 * pipeline's own reading) read a successful response; 1.2.0 ran the validator on error responses
 * too, so a validator given may let one through once retries are spent.
 */
export function compatExchange(options: CompatHooks): ExchangeHooks | undefined {
  const { beforeRequest, afterRequest, responseValidator, deserializer } = options;
  if (!beforeRequest && !afterRequest && !responseValidator && !deserializer) return undefined;
  const read = async (response: TransportResponse, url: string, parse: () => unknown): Promise<unknown> => {
    if (responseValidator) await responseValidator.validateResponse(toResponse(response, url));
    return deserializer ? deserializer.deserialize(toResponse(response, url)) : parse();
  };
  return {
    ...(beforeRequest ? { sending: (url, method, headers, body) => beforeRequest(url, init(method, headers, body)) } : {}),
    ...(afterRequest ? { received: (url, method, headers, body, response) => afterRequest(url, init(method, headers, body), toResponse(response, url)) } : {}),
    ...(responseValidator || deserializer ? { readSuccess: read } : {}),
    ...(responseValidator ? { readFailure: (response, url, _error, parse) => read(response, url, parse) } : {}),
  } satisfies ExchangeHooks;
}

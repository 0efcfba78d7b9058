/**
 * `request(client, operation, params)`: calls any Web API operation the spec describes, typed from
 * the spec, through the client's one pipeline. An operation added to spec/openapi.yml and
 * spec/annotations.yml is callable here once the generator has run: no other edit.
 * @module
 */
import { ValidationError } from "../errors.js";
import type { QueryValue } from "../http/types.js";
import { describeArgument } from "../describe.js";
import { checkPaging } from "./paging-check.js";
import { sendOperation, type OperationCallParts, type OperationClient } from "./send.js";
import type { OperationId, OperationParameters, OperationResponse } from "./signatures.generated.js";
import type { OperationDecl } from "./types.js";

/** Per-call options of {@link request}. */
export interface OperationRequestOptions {
  /** Cancels the request. */
  signal?: AbortSignal;
}

/** The arguments after the operation: its parameters (optional when none is required), then options. */
export type OperationArguments<Id extends OperationId> = {} extends OperationParameters<Id>
  ? [params?: OperationParameters<Id>, options?: OperationRequestOptions]
  : [params: OperationParameters<Id>, options?: OperationRequestOptions];

const PLACEHOLDER = /\{([^}]+)\}/g;

/**
 * Calls one Web API operation, given its generated declaration (`getTrack`, `getPlaylistsItems`,
 * ... one per spec operationId, camelCased) and its parameters by their spec names: path and query
 * parameters side by side, a JSON body under `body` (a Base64 JPEG string for the cover upload).
 * Parameters and the answer are typed from the spec. The call goes through the client's pipeline
 * (token, retries for idempotent operations, rate-limit pauses, typed errors), and a JSON answer is
 * checked against the operation's envelope. Lists are sent as given: an `ids` or `uris` list longer
 * than the operation takes is refused, not split (the endpoint groups split them).
 *
 * @example
 * ```ts
 * import { createClient, ClientCredentialsStrategy, request, getTrack } from "spotify-web-api-sdk";
 * const client = createClient({ auth: new ClientCredentialsStrategy(clientId, clientSecret) });
 * const track = await request(client, getTrack, { id: "4iV5W9uYEdYUVa79Axb7Rh", market: "SE" });
 * console.log(track.name);
 * ```
 * @example
 * ```ts
 * import { request, addItemsToPlaylist } from "spotify-web-api-sdk";
 * const { snapshot_id } = await request(client, addItemsToPlaylist, {
 *   playlist_id: "3cEYpjA9oz9GiPac4AsH4n",
 *   body: { uris: ["spotify:track:4iV5W9uYEdYUVa79Axb7Rh"] },
 * });
 * ```
 * @throws ValidationError before any request: a path parameter that is not a non-empty string, a
 *   query value that would not go out as meant, an ID list over the operation's maximum, an
 *   `offset` over its maximum.
 */
export async function request<Op extends OperationDecl & {
  /** One of the spec's operationIds: the key of the operation's parameter and response types. */
  readonly operationId: OperationId;
}>(
  client: OperationClient,
  operation: Op,
  ...args: OperationArguments<Op["operationId"]>
): Promise<OperationResponse<Op["operationId"]>> {
  const [params = {}, options] = args as [Record<string, unknown>?, (OperationRequestOptions | null)?];
  if (!client || typeof client.pipeline?.request !== "function") {
    throw new ValidationError("request needs a client: createClient({ auth }), or an endpoint group's context", { parameter: "client" });
  }
  if (!operation || typeof operation.path !== "string" || typeof operation.method !== "string") {
    throw new ValidationError("request needs an operation declaration, e.g. getTrack", { parameter: "operation" });
  }
  if (typeof params !== "object" || params === null || Array.isArray(params)) {
    throw new ValidationError(`params must be an object of parameters, got ${describeArgument(params)}`, { parameter: "params" });
  }
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new ValidationError(`options must be an object ({ signal }), got ${describeArgument(options)}`, { parameter: "options" });
  }
  return sendOperation(client, operation, { ...splitParameters(operation, params), signal: options?.signal });
}

/** Path parameters by the path's placeholders, `body` as the body, the rest as the query. */
function splitParameters(operation: OperationDecl, params: Record<string, unknown>): OperationCallParts {
  const parts: OperationCallParts = {};
  const inPath = new Set<string>();
  for (const [, name] of operation.path.matchAll(PLACEHOLDER)) {
    const value = params[name!];
    if (typeof value !== "string" || value.trim() === "") {
      throw new ValidationError(`${name} must be a non-empty string, got ${describeArgument(value)}`, { parameter: name });
    }
    (parts.pathParams ??= {})[name!] = value;
    inPath.add(name!);
  }
  const query: Record<string, QueryValue> = {};
  for (const key of Object.keys(params)) {
    if (inPath.has(key)) continue;
    if (key === "body") {
      const body = params.body;
      if (body === undefined) continue;
      // A JPEG operation takes its Base64 string as is; any other takes a JSON object or array.
      if (operation.bodyType === "image/jpeg") {
        if (typeof body !== "string") throw new ValidationError(`body must be a Base64 JPEG string, got ${describeArgument(body)}`, { parameter: "body" });
        parts.rawBody = { data: body, contentType: operation.bodyType };
      } else if (typeof body !== "object" || body === null) {
        throw new ValidationError(`body must be an object (sent as JSON), got ${describeArgument(body)}`, { parameter: "body" });
      } else {
        parts.body = body;
      }
    } else {
      query[key] = params[key] as QueryValue;
    }
  }
  checkLimits(operation, query);
  parts.query = query;
  return parts;
}

function checkLimits(operation: OperationDecl, query: Record<string, QueryValue>): void {
  const max = operation.maxIds;
  if (max !== undefined) {
    for (const key of ["ids", "uris"]) {
      const value = query[key];
      const count = Array.isArray(value) ? value.length : typeof value === "string" ? value.split(",").length : 0;
      if (count > max) throw new ValidationError(`${key} takes at most ${max} per request, got ${count}`, { parameter: key });
    }
  }
  // limit from 1 to the operation's largest (Extended Quota's 50 where less), offset to its largest.
  if (operation.paging) checkPaging(operation, query.limit as number | undefined, query.offset as number | undefined);
}

/**
 * The Node build's default transport, whose code loads with the first request. Parsing the
 * transport (its HTTP/1.1 client, the agent path, body decoding) was about a fifth of what
 * `import("spotify-web-api-sdk")` adds to Node's start-up; a script that builds a client and never
 * calls, or a CLI printing `--help`, no longer pays for it. After the first request every call
 * goes straight to the loaded transport.
 *
 * It steps aside for `fetch` when an app has taken `fetch` over: a replaced `globalThis.fetch` (a
 * test's stub, MSW, a logging wrapper) or an undici global dispatcher of another class than
 * undici's plain `Agent` (a `MockAgent`, a `ProxyAgent`). 1.2.0 sent everything through the global `fetch`, and code moving over keeps its mocks.
 * @module
 */
import { SpotifyError } from "../errors.js";
import { createFetchTransport } from "../http/fetch-transport.js";
import type { TransportRequest, TransportResponse } from "../http/types.js";
import type { NodeTransport } from "./transport.js";

type TransportModule = Pick<typeof import("./transport.js"), "createNodeTransport">;

/**
 * A {@link NodeTransport} with default options, loaded on first use.
 * @param load how the transport's module is loaded (tests give one that fails).
 */
export function lazyNodeTransport(load: () => Promise<TransportModule> = () => import("./transport.js")): NodeTransport {
  let loaded: NodeTransport | undefined;
  let loading: Promise<NodeTransport> | undefined;
  const viaFetch = createFetchTransport();
  return {
    kind: "node",
    abortsThroughOnAbort: true,
    send(request: TransportRequest): Promise<TransportResponse> {
      if (fetchTakenOver()) return viaFetch.send(request);
      if (loaded) return loaded.send(request);
      loading ??= load().then(
        (module) => (loaded = module.createNodeTransport()),
        (cause: unknown) => {
          loading = undefined;
          // A setup problem (a bundler that dropped the chunk), not a network failure: a
          // SpotifyError, which the pipeline neither wraps nor retries.
          throw new SpotifyError(
            `The Node transport could not be loaded (${cause instanceof Error ? cause.message : String(cause)}); pass \`transport: "fetch"\` to send through fetch instead`,
            { cause },
          );
        },
      );
      return loading.then((transport) => transport.send(request));
    },
    close(): void {
      loaded?.close();
    },
  };
}

/** Where undici (npm's and Node's own) keeps a dispatcher set with `setGlobalDispatcher`. */
const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");
/** Node's own `fetch` is a small JS function that loads its bundled undici (18: `lazyUndici`). */
const NODE_FETCH_SOURCE = /internal\/deps\/undici|lazyUndici/;
let checkedFetch: unknown;
let checkedIsNodes = true;

/**
 * Whether the app has taken `fetch` over. Read on every call, so a stub set after the client was
 * built counts; the source check runs once per `fetch` function seen.
 */
export function fetchTakenOver(): boolean {
  const current = (globalThis as { fetch?: unknown }).fetch;
  if (current !== checkedFetch) {
    checkedFetch = current;
    // No fetch at all (deleted): nothing to honour, the Node transport needs none.
    checkedIsNodes = current === undefined || (typeof current === "function" && NODE_FETCH_SOURCE.test(Function.prototype.toString.call(current)));
  }
  if (!checkedIsNodes) return true;
  // Node's fetch puts its own default `Agent` there on first use; a MockAgent, ProxyAgent or
  // EnvHttpProxyAgent set by the app is another class.
  const dispatcher = (globalThis as Record<symbol, { constructor?: { name?: string } } | undefined>)[GLOBAL_DISPATCHER];
  return dispatcher !== undefined && dispatcher.constructor?.name !== "Agent";
}

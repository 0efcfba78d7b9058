/**
 * The Node build's default transport, whose code loads with the first request. Parsing the
 * transport (its HTTP/1.1 client, the agent path, body decoding) was about a fifth of what
 * `import("spotify-web-sdk")` adds to Node's start-up; a script that builds a client and never
 * calls, or a CLI printing `--help`, no longer pays for it. After the first request every call
 * goes straight to the loaded transport.
 * @module
 */
import { SpotifyError } from "../errors.js";
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
  return {
    kind: "node",
    abortsThroughOnAbort: true,
    send(request: TransportRequest): Promise<TransportResponse> {
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

/**
 * The Node build's default transport, whose code loads with the first request. Parsing the
 * transport (its HTTP/1.1 client, the agent path, body decoding) was about a fifth of what
 * `import("spotify-web-sdk")` adds to Node's start-up; a script that builds a client and never
 * calls, or a CLI printing `--help`, no longer pays for it. After the first request every call
 * goes straight to the loaded transport.
 * @module
 */
import type { TransportRequest, TransportResponse } from "../http/types.js";
import type { NodeTransport } from "./transport.js";

/** A {@link NodeTransport} with default options, loaded on first use. */
export function lazyNodeTransport(): NodeTransport {
  let loaded: NodeTransport | undefined;
  let loading: Promise<NodeTransport> | undefined;
  return {
    kind: "node",
    abortsThroughOnAbort: true,
    send(request: TransportRequest): Promise<TransportResponse> {
      if (loaded) return loaded.send(request);
      loading ??= import("./transport.js").then((module) => (loaded = module.createNodeTransport()));
      return loading.then((transport) => transport.send(request));
    },
    close(): void {
      loaded?.close();
    },
  };
}

/**
 * spotify-web-api-sdk/node: the Node-only parts (a file token store, `node:crypto`'s WebCrypto for
 * Node 18, which has no global `crypto`, and the Node transport with its options).
 * Browser bundles never import this entry.
 * @packageDocumentation
 * @module spotify-web-api-sdk/node
 */
import { webcrypto as nodeWebCrypto } from "node:crypto";
import type { WebCrypto } from "../auth/crypto.js";

export { FileTokenStore, type FileTokenStoreOptions } from "./file-store.js";
export {
  createNodeTransport,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_MAX_SOCKETS,
  type NodeTransport,
  type NodeTransportOptions,
} from "./transport.js";

/**
 * `node:crypto`'s WebCrypto. Pass it as the `crypto` option of the PKCE strategy or a `Session`
 * on Node 18 (Node 20 and later have `globalThis.crypto`).
 *
 * @example
 * ```ts
 * import { webcrypto } from "spotify-web-api-sdk/node";
 * new AuthorizationCodeWithPKCEStrategy(clientId, redirectUri, scopes, { crypto: webcrypto });
 * ```
 */
export const webcrypto: WebCrypto = nodeWebCrypto as unknown as WebCrypto;

/**
 * Node built-ins, loaded on first use. Importing `node:http`, `node:zlib` and `node:crypto` at the
 * top of the Node build made the SDK's import load about 70 of Node's internal modules (streams,
 * net, the HTTP parser, the crypto bindings): a script that builds a client and never calls, or a
 * CLI that prints `--help`, paid for them. They now load with the first request that needs them.
 * @module
 */
import { createRequire } from "node:module";

interface Builtins {
  "node:crypto": typeof import("node:crypto");
  "node:http": typeof import("node:http");
  "node:https": typeof import("node:https");
  "node:net": typeof import("node:net");
  "node:tls": typeof import("node:tls");
  "node:zlib": typeof import("node:zlib");
}

type BuiltinGetter = (id: string) => unknown;

let fallbackRequire: NodeJS.Require | undefined;

/** The built-in module `name`, loaded synchronously (Node caches it after the first call). */
export function builtin<Name extends keyof Builtins>(name: Name): Builtins[Name] {
  const getBuiltinModule = (process as { getBuiltinModule?: BuiltinGetter }).getBuiltinModule;
  if (typeof getBuiltinModule === "function") return getBuiltinModule(name) as Builtins[Name];
  // Node < 20.16 has no process.getBuiltinModule; a require rooted anywhere resolves built-ins.
  fallbackRequire ??= createRequire(process.execPath);
  return fallbackRequire(name) as Builtins[Name];
}

/**
 * How Node's `util.inspect` / `console.log` show an object, set on the instance from its
 * constructor. A class method under a computed key (`[Symbol.for("nodejs.util.inspect.custom")]`)
 * would make bundlers keep the class, and everything it imports, in every bundle that imports the
 * package, used or not (esbuild cannot prove the key's evaluation free of side effects).
 * @module
 */

/** Makes `view()` what Node's inspection shows of `target` (not enumerable: never in JSON or keys). */
export function inspectAs(target: object, view: () => string): void {
  Object.defineProperty(target, Symbol.for("nodejs.util.inspect.custom"), { value: view, configurable: true, writable: true });
}

/**
 * How an error message names a value it refused, in two policies: an argument is quoted (cut to
 * 80 characters), since seeing the bad ID or market is what helps; an option is not, beyond
 * numbers, since an option put in the wrong place may be a secret (a client secret passed as
 * `auth`). Neither ever throws (a BigInt, a symbol, an object without a prototype).
 * @module
 */

/** A refused argument as a message names it: strings quoted and cut to 80 characters, else its kind. */
export function describeArgument(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `${value}n (a BigInt)`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
  }
}

/**
 * A refused option as a message names it: numbers, and strings that read as numbers
 * (`timeout: "1000"`), as they are; any other string only by its length; else the kind.
 */
export function describeOption(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return /^[\d\s.eE+-]{0,24}$/.test(value) ? JSON.stringify(value) : `a string of ${value.length} characters`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

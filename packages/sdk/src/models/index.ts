/**
 * Models: the generated spec types (`*Object`) and their 1.2.0 names.
 * @module
 */
export type * from "./generated.js";
export type * from "./types.js";
export type * from "./markets.js";
export type * from "./recommendations.js";

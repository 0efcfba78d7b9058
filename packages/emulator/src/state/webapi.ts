// Placeholder until the Web API state lands.
import type { WebApiState } from "./types.js";

export function createWebApiState(_options: { seed: number; catalogSize: number; now: () => number }): WebApiState {
  return { toJSON: () => ({}), restore: () => {}, reset: () => {} };
}

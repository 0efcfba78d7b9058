// Placeholder until the Web API handlers land: every operation answers 501.
import type { HandlerTable } from "./types.js";

export const handlers: HandlerTable = {};

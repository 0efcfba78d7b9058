/**
 * Moved to platform/platform.ts: kept until the modules that still import it from here read it
 * from there (this re-export closes a cycle between folders while it exists).
 * @module
 * @deprecated import from `../platform/platform.js`
 */
export type { PendingConsent, Platform, Settings } from "../platform/platform.js";

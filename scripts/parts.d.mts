/** One JSON line per missing part, for the run in progress. */
export declare const MISSING_FILE: string;
/** Whether this is CI, where every part is required. */
export declare function isCI(): boolean;
/** Records that `part` could not run here, why, and the command that enables it. */
export declare function recordMissing(missing: { part: string; reason: string; enable: string }): void;
/** The parts recorded since the last `clearMissing()`. */
export declare function readMissing(): Array<{ part: string; reason: string; enable: string }>;
export declare function clearMissing(): void;

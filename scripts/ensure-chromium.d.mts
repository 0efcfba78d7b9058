/** The browser the tests drive: CHROMIUM_PATH, else the first of the usual places that exists. */
export declare const CHROMIUM: string;
/** The command that makes Chromium available on this machine. */
export declare const CHROMIUM_ENABLE: string;
/** Headless, no sandbox, and nothing that phones home or needs a GPU. */
export declare const CHROMIUM_FLAGS: readonly string[];
/** Finds Chromium (in CI as root on Debian, installs it with apt-get); `undefined` when it is there, else why not. */
export declare function ensureChromium(say?: (line: string) => void, options?: { showApt?: boolean }): string | undefined;
/** `Chromium 1xx.0.…` as the binary reports it. */
export declare function chromiumVersion(): string;

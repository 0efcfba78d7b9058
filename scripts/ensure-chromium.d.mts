/** Where Debian's package puts the browser. */
export declare const CHROMIUM: string;
/** Headless, no sandbox, and nothing that phones home or needs a GPU. */
export declare const CHROMIUM_FLAGS: readonly string[];
/** Installs Chromium when missing (as root, with apt-get); `undefined` when it is there, else why not. */
export declare function ensureChromium(say?: (line: string) => void): string | undefined;
/** `Chromium 1xx.0.…` as the binary reports it. */
export declare function chromiumVersion(): string;

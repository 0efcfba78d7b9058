// Chromium for the real-browser tests: Debian's `chromium` package, never a browser download
// (downloads do not work on these machines). Installs it with apt-get when it is missing and
// this is root, as CI runs; otherwise says exactly what to do. Dependency-free on purpose.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Where Debian's package puts the browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Headless, no sandbox (root in containers), and nothing that phones home or needs a GPU. */
export const CHROMIUM_FLAGS = Object.freeze([
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]);

/**
 * Makes sure Chromium is installed. Returns `undefined` when it is there (already, or installed
 * now), else the reason it cannot be, written for a human.
 * @param {(line: string) => void} say receives progress lines (an install is announced)
 */
export function ensureChromium(say = () => {}) {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) {
    return `${CHROMIUM} is missing and this is not a Debian-like Linux (no apt-get): install Chromium there`;
  }
  if (process.getuid?.() !== 0) {
    return `${CHROMIUM} is missing and installing it needs root: run \`apt-get install -y chromium\` as root`;
  }
  say("Chromium is missing: installing Debian's chromium package (apt-get install -y chromium)…");
  const started = Date.now();
  const apt = (args) => execFileSync("apt-get", args, {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  try {
    try {
      apt(["install", "-y", "-qq", "chromium"]);
    } catch {
      // A fresh image has no package lists yet.
      apt(["update", "-qq"]);
      apt(["install", "-y", "-qq", "chromium"]);
    }
  } catch (error) {
    const detail = String(error?.stderr ?? error?.message ?? error).trim().split("\n").slice(-2).join(" ");
    return `apt-get install -y chromium failed: ${detail}`;
  }
  say(`installed Chromium in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return existsSync(CHROMIUM) ? undefined : `apt-get installed chromium but ${CHROMIUM} is not there`;
}

/** `Chromium 1xx.0.…` as the binary reports it. */
export function chromiumVersion() {
  return execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim();
}

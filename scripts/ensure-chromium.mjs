// Chromium for the real-browser tests: a Chromium or Chrome already on the machine (CHROMIUM_PATH,
// or the usual places on Linux and macOS), never a browser download. In CI (`CI=true`) on a
// Debian-like Linux as root it installs Debian's `chromium` package with apt-get; elsewhere it
// installs nothing and says what would enable it. Dependency-free on purpose.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { isCI } from "./parts.mjs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const KNOWN_PLACES = [
  DEBIAN_CHROMIUM,
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** The browser the tests drive: CHROMIUM_PATH, else the first of the usual places that exists. */
export const CHROMIUM = process.env.CHROMIUM_PATH || KNOWN_PLACES.find((p) => existsSync(p)) || DEBIAN_CHROMIUM;

/** The command that makes Chromium available on this machine, for the end-of-run report. */
export const CHROMIUM_ENABLE = process.platform === "darwin"
  ? "brew install --cask chromium (or set CHROMIUM_PATH to a Chrome or Chromium binary)"
  : "sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chrome or Chromium binary)";

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
 * Makes sure Chromium is there (in CI, installing it). Returns `undefined` when it is there
 * (already, or installed now), else the reason it is not, written for a human.
 * @param {(line: string) => void} say receives progress lines (an install is announced)
 * @param {{ showApt?: boolean }} [options] `showApt`: apt-get's own lines (downloads, unpacking) go
 *   to stderr as it works: a big download shows progress (scripts/test.mjs installs it this way,
 *   once, before the suite starts)
 */
export function ensureChromium(say = () => {}, { showApt = false } = {}) {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.env.CHROMIUM_PATH) return `CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, which does not exist`;
  const looked = `no Chromium or Chrome found (looked in ${KNOWN_PLACES.join(", ")})`;
  // Installing software is CI's business; on a contributor's machine the end-of-run report says how.
  if (!isCI()) return looked;
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) return `${looked}, and this is not a Debian-like Linux (no apt-get)`;
  if (process.getuid?.() !== 0) return `${looked}, and installing it needs root: run \`apt-get install -y chromium\` as root`;
  say("Chromium is missing: installing Debian's chromium package (apt-get install -y chromium)…");
  const started = Date.now();
  // The lock timeout: the servers' installs (scripts/ensure-servers.mjs) may hold apt's lock.
  const apt = (args) => execFileSync("apt-get", ["-o", "DPkg::Lock::Timeout=300", ...(showApt ? [] : ["-qq"]), ...args], {
    stdio: ["ignore", showApt ? 2 : "ignore", "pipe"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  try {
    try {
      apt(["install", "-y", "chromium"]);
    } catch {
      // A fresh image has no package lists yet.
      apt(["update"]);
      apt(["install", "-y", "chromium"]);
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

#!/usr/bin/env node
// Regenerates docs/dashboard.png, the README's picture of the emulator dashboard: an emulator with
// a little traffic from the SDK (a search, a profile, a retried 503, a playlist), seen in Chromium.
//   node scripts/ensure.mjs && node scripts/dashboard-screenshot.mjs
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { DEFAULT_APP, EmulatorControl, startEmulator } from "spotify-emulator";
import { Session, SpotifyApi } from "spotify-web-api-sdk";
import { CHROMIUM, CHROMIUM_ENABLE, CHROMIUM_FLAGS, ensureChromium } from "./ensure-chromium.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const missing = ensureChromium((line) => process.stderr.write(`${line}\n`));
if (missing) {
  process.stderr.write(`Chromium is needed for the screenshot: ${missing}\n${CHROMIUM_ENABLE}\n`);
  process.exit(1);
}

const emulator = await startEmulator({ port: 0, rateLimit: 0, seed: 42 });
const control = new EmulatorControl(emulator.url);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
try {
  const issued = await control.issueToken({ scopes: "all" });
  const session = new Session({ clientId: DEFAULT_APP.clientId, clientSecret: DEFAULT_APP.clientSecret, redirectUri: "http://127.0.0.1/callback", accountsBaseUrl: emulator.accountsUrl });
  await session.setAccessToken({ ...issued, expires: Date.now() + issued.expires_in * 1000 });
  const sdk = SpotifyApi.withSession(session, { baseUrl: emulator.apiUrl });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await control.updateSettings({ logBodies: true });
  await page.goto(`${emulator.url}/emulator/`);
  await page.locator("#health").filter({ hasText: "operations" }).waitFor();
  await sdk.search("love", ["track"], undefined, 5);
  await sdk.currentUser.profile();
  await control.addFault({ match: { path: "/v1/me/playlists" }, kind: "status", status: 503 });
  await sdk.currentUser.playlists.playlists(5);
  await sdk.playlists.createPlaylistForCurrentUser({ name: "Road trip" });
  await page.locator("#log tbody tr").nth(4).waitFor();
  await page.locator("#log tbody tr").first().click();
  const out = join(root, "docs", "dashboard.png");
  await page.screenshot({ path: out });
  process.stdout.write(`wrote ${out}\n`);
} finally {
  await browser.close();
  await emulator.stop();
}

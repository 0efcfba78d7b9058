/**
 * The emulator's dashboard in a real browser (Debian's Chromium through playwright-core) while the
 * SDK, driven from the test, calls the emulator: the request log shows the calls as they happen, a
 * 503 fault added from the form shows the SDK's retry, "Advance 1 h" shows a token renewal, and a
 * playlist the SDK creates shows in the state view, a fixture file picked in the Fixtures view is
 * served to the SDK at its real ID and the export holds it. A screenshot of each view is kept under
 * .cache/dashboard/ (ignored by git) as the run's artifact.
 *
 * Chromium missing: as in browser-pkce.test.ts (installed in CI, listed at the end elsewhere).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_APP, EmulatorControl, startEmulator, type RunningEmulator } from "../packages/emulator/src/index.js";
import { Session, SpotifyApi } from "../packages/sdk/src/index.js";
import { CHROMIUM, CHROMIUM_ENABLE, CHROMIUM_FLAGS, ensureChromium } from "../scripts/ensure-chromium.mjs";
import { isCI, recordMissing } from "../scripts/parts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SHOTS = join(root, ".cache", "dashboard");
const WAIT = { timeout: 15_000 };

let emulator: RunningEmulator | undefined;
let control: EmulatorControl;
let context: BrowserContext | undefined;
let page: Page;
let profileDir = "";
let sdk: SpotifyApi;
const pageProblems: string[] = [];

const missingChromium = ensureChromium((line) => process.stderr.write(`[dashboard] ${line}\n`));
const skipHere = missingChromium !== undefined && !isCI();
if (skipHere) recordMissing({ part: "the dashboard test in a real browser (test/dashboard.test.ts)", reason: missingChromium, enable: CHROMIUM_ENABLE });

beforeAll(async () => {
  if (skipHere) return;
  if (missingChromium) throw new Error(`the dashboard test needs Chromium: ${missingChromium}`);
  emulator = await startEmulator({ port: 0, rateLimit: 0 });
  control = new EmulatorControl(emulator.url);
  const issued = await control.issueToken({ scopes: "all" });
  const session = new Session({ clientId: DEFAULT_APP.clientId, clientSecret: DEFAULT_APP.clientSecret, redirectUri: "http://127.0.0.1/callback", accountsBaseUrl: emulator.accountsUrl });
  await session.setAccessToken({ ...issued, refresh_token: issued.refresh_token!, expires: Date.now() + issued.expires_in * 1000 });
  sdk = SpotifyApi.withSession(session, { baseUrl: emulator.apiUrl });

  mkdirSync(SHOTS, { recursive: true });
  profileDir = mkdtempSync(join(tmpdir(), "dashboard-profile-"));
  context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS], timeout: 30_000, viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(15_000);
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageProblems.push(`page error: ${error.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error" && !msg.location().url.endsWith("/favicon.ico")) pageProblems.push(`console error: ${msg.text()}`);
  });
}, 600_000);

afterAll(async () => {
  await context?.close().catch(() => {});
  await emulator?.stop();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

/** The request table's rows as "operationId status fault", newest first. */
async function rows(): Promise<string[]> {
  return page.locator("#log tbody tr").evaluateAll((trs) => trs.map((tr) => {
    const cells = [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "");
    return `${cells[3]} ${cells[4]}${cells[8] ? ` ${cells[8]}` : ""}`;
  }));
}

describe.skipIf(skipHere)("the emulator dashboard", () => {
  it("shows the SDK's calls live, its retry after a 503 added from the form, a renewal after the clock moves, and the state it changed", async () => {
    await page.goto(`${emulator!.url}/emulator`);
    await expect.poll(() => page.locator("#health").textContent(), WAIT).toMatch(/operations/);

    // 1. Calls appear as they happen (the feed, no reload).
    await sdk.currentUser.profile();
    await expect.poll(rows, WAIT).toContain("get-current-users-profile 200");
    await page.screenshot({ path: join(SHOTS, "requests.png"), fullPage: true });

    // 2. A 503 from the fault form: the SDK retries, the log shows the 503 then the 200.
    await page.getByRole("tab", { name: "Faults & time" }).click();
    const form = page.locator("#fault-form");
    await form.getByLabel("Kind").selectOption("status");
    await form.getByLabel("Path prefix (or ^regex)").fill("/v1/me");
    await form.getByLabel("Status (status, html)").fill("503");
    await form.getByRole("button", { name: "Add fault" }).click();
    await expect.poll(() => page.locator("#faults").textContent(), WAIT).toContain("status 503");
    await page.screenshot({ path: join(SHOTS, "faults.png"), fullPage: true });
    expect((await sdk.currentUser.profile()).id).toBe("emulator-user");
    await page.getByRole("tab", { name: "Requests" }).click();
    await expect.poll(async () => (await rows()).slice(0, 2), WAIT).toEqual(["get-current-users-profile 200", "get-current-users-profile 503 status"]);

    // 3. "Advance 1 h": the emulator expires the token, the SDK renews it on the 401.
    await page.getByRole("tab", { name: "Faults & time" }).click();
    await page.getByRole("button", { name: "Advance 1 h" }).click();
    await expect.poll(() => page.locator("#clock").textContent(), WAIT).toContain("ahead of real time");
    await sdk.currentUser.profile();
    await page.getByRole("tab", { name: "Requests" }).click();
    await expect.poll(async () => (await rows()).slice(0, 3), WAIT).toEqual(["get-current-users-profile 200", "oauth-token 200", "get-current-users-profile 401"]);

    // 4. A playlist the SDK creates is in the state view (refreshed by the feed).
    await page.getByRole("tab", { name: "State" }).click();
    await expect.poll(() => page.locator("#state").textContent(), WAIT).toContain("Player");
    await sdk.playlists.createPlaylistForCurrentUser({ name: "Made by the dashboard test" });
    await expect.poll(() => page.locator("#state").textContent(), WAIT).toContain("Made by the dashboard test");
    await page.screenshot({ path: join(SHOTS, "state.png"), fullPage: true });

    // 5. Apps & users: issue a token from the form; the token list shows holders, never values.
    await page.getByRole("tab", { name: "Apps & users" }).click();
    await page.locator("#token-form").getByRole("button", { name: "Issue" }).click();
    await expect.poll(() => page.locator("#token-out").textContent(), WAIT).toMatch(/\S{20,}/);
    await page.screenshot({ path: join(SHOTS, "apps.png"), fullPage: true });
    const listed = await page.locator("#tokens").textContent();
    const issuedToken = (await page.locator("#token-out span").first().textContent())!;
    expect(listed).not.toContain(issuedToken);

    // A phone-width layout keeps every view usable (no horizontal scroll of the page itself).
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

    expect(pageProblems).toEqual([]);
  });

  it("loads a fixture file picked in the Fixtures view (served to the SDK at its real ID) and exports it with a playlist made since", async () => {
    const TRACK = "2RM5Lx7VIp6GrLRsg2yXwW";
    const capture = readFileSync(join(root, "packages/emulator/test/fixtures/real/track.json"));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${emulator!.url}/emulator`);
    await expect.poll(() => page.locator("#health").textContent(), WAIT).toMatch(/operations/);
    // Reached from the keyboard: arrow right from the last of the other tabs.
    await page.getByRole("tab", { name: "Faults & time" }).click();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByRole("tab", { name: "Fixtures" }).getAttribute("aria-selected"), WAIT).toBe("true");
    await expect.poll(() => page.locator("#fixture-counts").textContent(), WAIT).toContain("no fixtures loaded");

    const view = page.locator("#view-fixtures");
    const files = view.getByLabel("JSON files (or drop them here)");
    // A file that is not JSON is named, and nothing is sent.
    await files.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("not json") });
    await view.getByRole("button", { name: "Load" }).click();
    await expect.poll(() => page.locator("#fixture-status").textContent(), WAIT).toMatch(/^notes\.json is not JSON/);

    await files.setInputFiles({ name: "track.json", mimeType: "application/json", buffer: capture });
    await view.getByRole("button", { name: "Load" }).click();
    await expect.poll(() => page.locator("#fixture-status").textContent(), WAIT).toBe("Loaded track.json.");
    const counts = async () => page.locator("#fixture-counts tbody tr").evaluateAll((trs) => trs.map((tr) => tr.textContent));
    await expect.poll(counts, WAIT).toEqual(expect.arrayContaining(["track1", "album1", "artist1"]));
    expect((await sdk.tracks.get(TRACK)).name).toBe("Austerity");
    await page.screenshot({ path: join(SHOTS, "fixtures.png"), fullPage: true });

    const made = await sdk.playlists.createPlaylistForCurrentUser({ name: "Exported by the dashboard test" });
    const [download] = await Promise.all([page.waitForEvent("download", WAIT), view.getByRole("button", { name: "Export" }).click()]);
    expect(download.suggestedFilename()).toBe("spotify-emulator-fixtures.json");
    const exported = JSON.parse(readFileSync((await download.path())!, "utf8")) as Array<Record<string, unknown>>;
    expect(exported).toContainEqual(JSON.parse(capture.toString("utf8")));
    expect(exported).toContainEqual(expect.objectContaining({ type: "playlist", id: made.id, name: "Exported by the dashboard test" }));
    expect(pageProblems).toEqual([]);
  });
});

/**
 * The seed use case in a real browser: headless Chromium (Debian's package, driven by
 * playwright-core) opens the PKCE example, a person clicks through the emulator's consent page,
 * the page renders the profile and hands its token to the example's server, which calls the Web
 * API with `ProvidedAccessTokenStrategy` and renews the token after the emulator expired it.
 *
 * Chromium missing: in CI (`CI=true`) this file's setup installs it (`apt-get install -y chromium`,
 * as root) and says so; where it cannot, the test fails with the reason. Elsewhere it is skipped
 * and `npm test` lists it at the end with the command that enables it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_APP, DEFAULT_USER_ID, EmulatorControl, startEmulator, type RunningEmulator } from "spotify-emulator";
import { CHROMIUM, CHROMIUM_ENABLE, CHROMIUM_FLAGS, ensureChromium } from "../scripts/ensure-chromium.mjs";
import { isCI, recordMissing } from "../scripts/parts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** What examples/spa-pkce/server.mjs exports (plain JS: typed here). */
interface SpaServer {
  url: string;
  redirectUri: string;
  stats: { tokensReceived: number; apiCalls: number; renewals: number };
  close(): Promise<void>;
}
type StartSpaServer = (o: { clientId: string; apiUrl?: string; accountsUrl?: string; log?: (line: string) => void }) => Promise<SpaServer>;

let emulator: RunningEmulator | undefined;
let control: EmulatorControl;
let spa: SpaServer | undefined;
let context: BrowserContext | undefined;
let page: Page;
let profileDir = "";
const serverLines: string[] = [];
/** How long a step may take on a busy machine (expect.poll's default is 1 s). */
const WAIT = { timeout: 15_000 };
/** Errors the page threw or logged: any fails the test. */
const pageProblems: string[] = [];

const missingChromium = ensureChromium((line) => process.stderr.write(`[browser-pkce] ${line}\n`));
const skipHere = missingChromium !== undefined && !isCI();
if (skipHere) recordMissing({ part: "the real-browser PKCE test (test/browser-pkce.test.ts)", reason: missingChromium, enable: CHROMIUM_ENABLE });

beforeAll(async () => {
  if (skipHere) return;
  if (missingChromium) throw new Error(`the real-browser test needs Chromium: ${missingChromium}`);

  // The consent page is not auto-approved: the browser clicks Agree.
  emulator = await startEmulator({ port: 0 });
  control = new EmulatorControl(emulator.url);
  const { startSpaServer } = (await import(pathToFileURL(join(root, "examples/spa-pkce/server.mjs")).href)) as { startSpaServer: StartSpaServer };
  // The default app registers http://127.0.0.1/callback, which accepts the server's port.
  spa = await startSpaServer({
    clientId: DEFAULT_APP.clientId,
    apiUrl: emulator.apiUrl,
    accountsUrl: emulator.accountsUrl,
    log: (line) => serverLines.push(line),
  });

  profileDir = mkdtempSync(join(tmpdir(), "browser-pkce-profile-"));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    timeout: 30_000,
  });
  context.setDefaultTimeout(15_000);
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageProblems.push(`page error: ${error.message}`));
  page.on("console", (msg) => {
    // The browser asks every origin for /favicon.ico; the consent page has none.
    if (msg.type() === "error" && !msg.location().url.endsWith("/favicon.ico")) {
      pageProblems.push(`console error: ${msg.text()} (${msg.location().url})`);
    }
  });
}, 600_000); // an apt-get install of Chromium can take minutes; with Chromium present this takes seconds

afterAll(async () => {
  await context?.close().catch(() => {});
  await spa?.close();
  await emulator?.stop();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

/** The emulator's log of token requests and Web API calls as "operationId status", oldest first. */
async function steps(): Promise<string[]> {
  const { entries } = await control.log();
  // Left out: the consent page's own requests (the page, its form post, the browser's favicon).
  return entries.filter((e) => e.operationId && e.operationId !== "oauth-authorize").map((e) => `${e.operationId} ${e.status}`);
}

describe.skipIf(skipHere)("PKCE in a real browser, token handed to a server", () => {
  it("logs in through the consent page, renders the profile, the server calls the API and renews the token", async () => {
    // 1. The page, not logged in.
    await page.goto(`${spa!.url}/`);
    await page.locator("#login").waitFor({ state: "visible" });
    await expect.poll(() => page.locator("#status").textContent(), WAIT).toBe("Not logged in.");

    // 2. Log in: the SDK redirects to the emulator's consent page; a person clicks Agree.
    await page.locator("#login").click();
    await page.waitForURL((url) => url.href.startsWith(`${emulator!.url}/authorize?`));
    const authorize = new URL(page.url());
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("redirect_uri")).toBe(spa!.redirectUri);
    expect(await page.textContent("body")).toContain(DEFAULT_APP.name);
    await page.getByRole("button", { name: "Agree" }).click();

    // 3. Back on the page: the code was exchanged, the address bar cleaned, the profile rendered.
    await page.waitForURL((url) => url.href.startsWith(`${spa!.url}/callback`));
    await page.locator("#profile").waitFor({ state: "visible" });
    expect(await page.locator("#user-id").textContent()).toBe(DEFAULT_USER_ID);
    expect(await page.locator("#display-name").textContent()).not.toBe("");
    expect(new URL(page.url()).search).toBe("");
    // The page's requests: the code exchange and the profile.
    expect(await steps()).toEqual(["oauth-token 200", "get-current-users-profile 200"]);
    const before = (await control.log()).entries.at(-1)!.seq;

    // The page keeps its token in localStorage (the SDK's default store in a page). A log-out
    // leaves the store's log-out marker (other tabs read it), never a token.
    const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => !k.includes(":pending") && !(JSON.parse(localStorage.getItem(k) ?? "{}") as { logged_out?: boolean }).logged_out));
    expect(await stored()).toHaveLength(1);

    // 4. The page hands its token to the server, which calls the Web API with it.
    await page.locator("#handover").click();
    await expect.poll(() => page.locator("#server-result").textContent(), WAIT).toMatch(new RegExp(`it sees .+ \\(${DEFAULT_USER_ID}\\); 1 call\\(s\\), 0 renewal\\(s\\)`));
    expect(spa!.stats).toEqual({ tokensReceived: 1, apiCalls: 1, renewals: 0 });
    const serverCalls = (await control.log({ since: before })).entries;
    expect(serverCalls.map((e) => [e.operationId, e.status, e.clientId, e.userId])).toEqual([
      ["get-current-users-profile", 200, DEFAULT_APP.clientId, DEFAULT_USER_ID],
    ]);
    expect(serverLines.join("\n")).toMatch(/received a token from the page; called GET \/me with it/);
    // The page forgot its copy: PKCE refresh tokens are single-use, the server owns it now.
    await expect.poll(() => page.locator("#status").textContent(), WAIT).toMatch(/no longer holds it/);
    await expect.poll(stored, WAIT).toEqual([]);

    // 5. The emulator expires the token; the server's next call gets a 401, renews with the
    //    refresh token (one token request) and retries.
    await control.clearLog();
    await control.expireTokens({});
    await page.locator("#ask-server").click();
    await expect.poll(() => page.locator("#server-result").textContent(), WAIT).toMatch(/2 call\(s\), 1 renewal\(s\)/);
    expect(await steps()).toEqual(["get-current-users-profile 401", "oauth-token 200", "get-current-users-profile 200"]);
    expect(spa!.stats).toEqual({ tokensReceived: 1, apiCalls: 2, renewals: 1 });
    expect(serverLines.join("\n")).toMatch(/renewed the access token of session .+ \(renewal 1\)/);

    expect(pageProblems).toEqual([]);
  }, 60_000);
  it("shows the refusal when the person presses Cancel on the consent page, and exchanges nothing", async () => {
    await control.clearLog();
    await page.goto(`${spa!.url}/`);
    await page.locator("#login").click();
    await page.waitForURL((url) => url.href.startsWith(`${emulator!.url}/authorize?`));
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.waitForURL((url) => url.href.startsWith(`${spa!.url}/callback`));
    await expect.poll(() => page.locator("#status").textContent(), WAIT).toMatch(/^AuthError: .*access_denied/);
    expect(await page.locator("#login").isVisible()).toBe(true);
    expect(await page.locator("#profile").isVisible()).toBe(false);
    expect(new URL(page.url()).search).toBe("");
    expect(await steps()).toEqual([]);
    expect(pageProblems).toEqual([]);
  }, 30_000);
});

/**
 * The Node examples, run as a user runs them (`node examples/<name>/main.mjs`), against the
 * emulator: the client-credentials script end to end, and the Session server through a login,
 * a renewal after the emulator expired its token, and a restart that keeps the user logged in
 * from the token file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_APP, EmulatorControl, startEmulator, type RunningEmulator } from "spotify-emulator";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The environment without the caller's Spotify credentials: the examples' default is the emulator. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("SPOTIFY_")) delete env[name];
  return { ...env, ...extra };
}

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves the first match of `pattern` in stdout; fails after `ms` with what was printed. */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
}

const running = new Set<ChildProcess>();

function run(example: string, env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, [join(root, "examples", example, "main.mjs")], {
    cwd: root,
    env: cleanEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let out = "";
  let err = "";
  child.stdout!.setEncoding("utf8").on("data", (s: string) => { out += s; });
  child.stderr!.setEncoding("utf8").on("data", (s: string) => { err += s; });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => { running.delete(child); resolve(code); }));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async waitFor(pattern, ms = 15_000) {
      const until = Date.now() + ms;
      for (;;) {
        const match = out.match(pattern);
        if (match) return match;
        if (child.exitCode !== null || Date.now() > until) {
          throw new Error(`${example}: no ${pattern} in its output (exit ${child.exitCode})\nstdout:\n${out}\nstderr:\n${err}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/** Bounded: a process that does not exit within `ms` is killed and the test fails. */
async function exitCode(r: Run, ms = 20_000): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => { r.child.kill("SIGKILL"); reject(new Error(`did not exit within ${ms} ms\n${r.stdout()}\n${r.stderr()}`)); }, ms);
  });
  try {
    return await Promise.race([r.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

afterEach(() => {
  for (const child of running) child.kill("SIGKILL");
});

describe("examples/client-credentials", () => {
  it("searches, reads an album and an artist's albums, shows typed errors, exits 0", async () => {
    const r = run("client-credentials");
    expect(await exitCode(r)).toBe(0);
    const out = r.stdout();
    expect(r.stderr()).toBe("");
    expect(out).toMatch(/^Talking to spotify-emulator at http:\/\/127\.0\.0\.1:\d+$/m);
    expect(out).toMatch(/^search "love": [1-9]\d* tracks, \d+ artists$/m);
    expect(out.match(/^ {2}- .+ by .+$/gm)?.length).toBe(5);
    expect(out).toMatch(/^album: ".+" \(\d{4}(-\d\d){0,2}\), [1-9]\d* tracks$/m);
    expect(out).toMatch(/ has [1-9]\d* albums; first page: /);
    expect(out).toMatch(/^ValidationError \(no request sent\): /m);
    expect(out).toMatch(/^NotFoundError 404: /m);
    expect(out).toMatch(/^done$/m);
  }, 30_000);

  it("with only one of the two credentials set, says which to set and exits 2", async () => {
    const r = run("client-credentials", { SPOTIFY_CLIENT_ID: "abc" });
    expect(await exitCode(r)).toBe(2);
    expect(r.stderr()).toMatch(/Set both SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET/);
    expect(r.stdout()).toBe("");
  });
});

describe("examples/session-server", () => {
  let emulator: RunningEmulator;
  let control: EmulatorControl;
  let work: string;

  beforeAll(async () => {
    // Auto-approve: the consent page is the browser test's business; here the flow runs over fetch.
    emulator = await startEmulator({ port: 0, autoApprove: true });
    control = new EmulatorControl(emulator.url);
    work = mkdtempSync(join(tmpdir(), "session-example-"));
  });

  afterAll(async () => {
    await emulator?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("logs in, persists tokens in the file, renews an expired token, keeps the user across a restart", async () => {
    const tokenFile = join(work, "tokens.json");
    const env = { SPOTIFY_EMULATOR_URL: emulator.url, PORT: "0", TOKEN_FILE: tokenFile };
    let server = run("session-server", env);
    let origin = (await server.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;

    // The login: /login → the Accounts authorize URL → (approved) the callback → /.
    const login = await fetch(`${origin}/login`, { redirect: "manual" });
    expect(login.status).toBe(302);
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const sid = cookie.slice("sid=".length);
    const authorize = new URL(login.headers.get("location")!);
    expect(authorize.origin + authorize.pathname).toBe(`${emulator.url}/authorize`);
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${origin}/callback`);
    expect(authorize.searchParams.get("state")).toBeTruthy();
    const approved = await fetch(authorize, { redirect: "manual" });
    expect(approved.status).toBe(302);
    const callback = await fetch(approved.headers.get("location")!, { headers: { cookie }, redirect: "manual" });
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toBe("/");

    const home = await fetch(`${origin}/`, { headers: { cookie } });
    expect(home.status).toBe(200);
    expect(await home.text()).toMatch(/<h1>Hello .+<\/h1>/);
    const me = await fetch(`${origin}/me.json`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: "emulator-user" });

    // The token is in the file under the user's key, and onTokenRefreshed saw it.
    const stored = () => (JSON.parse(readFileSync(tokenFile, "utf8")) as Record<string, { access_token: string; refresh_token: string }>)[`user:${sid}`]!;
    const first = stored();
    expect(first.access_token).toBeTruthy();
    expect(first.refresh_token).toBeTruthy();
    await server.waitFor(/new access token, valid \d+ s, saved to /);

    // The emulator expires the token: the next call gets a 401, the Session refreshes once
    // (with the secret), retries, and the rotated token reaches the file and onTokenRefreshed.
    await control.clearLog();
    await control.expireTokens({});
    const renewed = await fetch(`${origin}/me.json`, { headers: { cookie } });
    expect(renewed.status).toBe(200);
    const log = (await control.log()).entries;
    const steps = log.map((e) => `${e.operationId ?? e.path} ${e.status}`);
    expect(steps).toEqual(["get-current-users-profile 401", "oauth-token 200", "get-current-users-profile 200"]);
    expect(stored().access_token).not.toBe(first.access_token);
    expect(stored().refresh_token).toBe(first.refresh_token);
    expect(server.stdout().match(/new access token/g)?.length).toBe(2);
    for (const secret of [first.access_token, first.refresh_token, stored().access_token]) {
      expect(server.stdout() + server.stderr()).not.toContain(secret);
    }

    server.child.kill("SIGTERM");
    expect(await exitCode(server)).toBe(0);
    expect(server.stdout()).toMatch(/^stopped$/m);

    // A new process reads the file: the same cookie is still logged in, without a token request.
    await control.clearLog();
    server = run("session-server", env);
    origin = (await server.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
    const again = await fetch(`${origin}/me.json`, { headers: { cookie } });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: "emulator-user" });
    expect((await control.log()).entries.map((e) => e.operationId)).toEqual(["get-current-users-profile"]);

    // Someone without the cookie is not.
    const stranger = await fetch(`${origin}/me.json`);
    expect(stranger.status).toBe(401);
    server.child.kill("SIGTERM");
    expect(await exitCode(server)).toBe(0);
  }, 45_000);
  it("with its port busy, says so and exits 1", async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    try {
      const port = (busy.address() as AddressInfo).port;
      const server = run("session-server", { SPOTIFY_EMULATOR_URL: emulator.url, PORT: String(port), TOKEN_FILE: join(work, "busy.json") });
      expect(await exitCode(server)).toBe(1);
      expect(server.stderr()).toBe(`could not listen on 127.0.0.1:${port}: the port is busy (set PORT)\n`);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it("refuses a callback with a forged state or a denied consent, without a token request", async () => {
    const server = run("session-server", { SPOTIFY_EMULATOR_URL: emulator.url, PORT: "0", TOKEN_FILE: join(work, "refused.json") });
    const origin = (await server.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
    const login = await fetch(`${origin}/login`, { redirect: "manual" });
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    await control.clearLog();

    // A callback the server did not start (a stolen code replayed with another state).
    const forged = await fetch(`${origin}/callback?code=stolen-code&state=forged`, { headers: { cookie } });
    expect(forged.status).toBe(401);
    expect(await forged.text()).toMatch(/AuthError: .*state/i);

    // The user pressed Cancel on the consent page.
    const again = await fetch(`${origin}/login`, { headers: { cookie }, redirect: "manual" });
    const state = new URL(again.headers.get("location")!).searchParams.get("state")!;
    const denied = await fetch(`${origin}/callback?error=access_denied&state=${state}`, { headers: { cookie } });
    expect(denied.status).toBe(401);
    expect(await denied.text()).toMatch(/AuthError: .*access_denied/);
    expect((await control.log()).entries.filter((e) => e.operationId === "oauth-token")).toEqual([]);
    expect((await fetch(`${origin}/me.json`, { headers: { cookie } })).status).toBe(401);

    server.child.kill("SIGTERM");
    expect(await exitCode(server)).toBe(0);
    expect(server.stderr()).toBe("");
  }, 30_000);
});

describe("examples/spa-pkce server (without a browser)", () => {
  interface SpaServer { url: string; stats: Record<string, number>; close(): Promise<void> }
  let emulator: RunningEmulator;
  let spa: SpaServer;
  const lines: string[] = [];

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    const { startSpaServer } = (await import(pathToFileURL(join(root, "examples/spa-pkce/server.mjs")).href)) as {
      startSpaServer(o: object): Promise<SpaServer>;
    };
    spa = await startSpaServer({ clientId: DEFAULT_APP.clientId, apiUrl: emulator.apiUrl, accountsUrl: emulator.accountsUrl, log: (l: string) => lines.push(l) });
  });

  afterAll(async () => {
    await spa?.close();
    await emulator?.stop();
  });

  it("serves the page with an import map to the SDK's browser build, and nothing outside its folders", async () => {
    const html = await (await fetch(`${spa.url}/`)).text();
    const map = JSON.parse(/<script type="importmap">(.*?)<\/script>/.exec(html)![1]!) as { imports: Record<string, string> };
    const sdk = await fetch(`${spa.url}${map.imports["spotify-web-api-sdk"]}`);
    expect(sdk.status).toBe(200);
    expect(sdk.headers.get("content-type")).toBe("text/javascript");
    expect(await sdk.text()).toMatch(/export\s*\{[^}]*\bSpotifyApi\b/);
    const config = await (await fetch(`${spa.url}/config.json`)).json();
    expect(config).toEqual({ clientId: DEFAULT_APP.clientId, redirectUri: `${spa.url}/callback`, scopes: expect.any(Array), apiUrl: emulator.apiUrl, accountsUrl: emulator.accountsUrl });
    for (const path of ["/sdk/%2e%2e/%2e%2e/package.json", "/%2e%2e/server.mjs", "/sdk/..%2f..%2fpackage.json"]) {
      expect((await fetch(`${spa.url}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${spa.url}/%E0%A4%A`)).status).toBe(400);
  });

  it("refuses a token hand-over that is not JSON or not a token, without echoing it", async () => {
    const post = (body: string, type = "application/json") => fetch(`${spa.url}/api/token`, { method: "POST", headers: { "content-type": type }, body });
    const form = await post("access_token=secret-value", "application/x-www-form-urlencoded");
    expect(form.status).toBe(415);
    const broken = await post('{"access_token":"secret-value"');
    expect(broken.status).toBe(400);
    const empty = await post('{"token_type":"Bearer"}');
    expect(empty.status).toBe(400);
    expect((await empty.json()).error).toMatch(/^ValidationError: /);
    expect(JSON.stringify(await broken.json()) + lines.join("\n")).not.toContain("secret-value");
    expect((await fetch(`${spa.url}/api/profile`)).status).toBe(401);
    expect(spa.stats.tokensReceived).toBe(0);
  });

  it("uses a handed-over token for the user, and answers 401 (log in again) without the token once the emulator revoked it", async () => {
    const control = new EmulatorControl(emulator.url);
    const token = await control.issueToken({ scopes: ["user-read-private"], pkce: true });
    const res = await fetch(`${spa.url}/api/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(token) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: "emulator-user", apiCalls: 1, renewals: 0 });
    const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
    await control.revokeTokens({});
    const after = await fetch(`${spa.url}/api/profile`, { headers: { cookie } });
    expect(after.status).toBe(401);
    const body = JSON.stringify(await after.json());
    expect(body).toMatch(/AuthError/);
    expect(body + lines.join("\n")).not.toContain(token.access_token);
    expect(body + lines.join("\n")).not.toContain(token.refresh_token!);
  });
});

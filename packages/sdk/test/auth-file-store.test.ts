/**
 * The Node file token store: survives a restart, mode 0600, atomic writes, a corrupt file is an
 * error (never a silent log-out), and its lock serialises holders in and across processes.
 */
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AuthorizationCodeWithPKCEStrategy, Session, SpotifyError } from "../src/index.js";
import { FileTokenStore, webcrypto } from "../src/node/index.js";
import { fakeClock, startAuthServer, type AuthServer } from "./helpers/auth-server.js";

const HOUR = 3_600_000;
let dir: string;
let server: AuthServer | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sdk-file-store-"));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

function session(path: string, s: AuthServer, clock: ReturnType<typeof fakeClock>) {
  return new Session({
    clientId: "client-id-1", clientSecret: "client-SECRET-value", redirectUri: "https://app.example/cb",
    store: new FileTokenStore(path), accountsBaseUrl: s.accountsUrl, now: clock.now,
  });
}

describe("FileTokenStore", () => {
  it("stores, reads back and deletes values; the file has mode 0600 and no temporary file is left", async () => {
    const path = join(dir, "nested", "tokens.json");
    const store = new FileTokenStore(path);
    expect(await store.get("a")).toBeNull();
    await store.set("a", { access_token: "x" });
    await store.set("b", { n: 1 });
    expect(await store.get("a")).toEqual({ access_token: "x" });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    await store.delete("a");
    expect(await store.get("a")).toBeNull();
    expect(await store.get("b")).toEqual({ n: 1 });
    expect(await readdir(join(dir, "nested"))).toEqual(["tokens.json"]);
  });

  it("a session's tokens survive a process restart, and a rotated refresh token is what the next process uses", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const path = join(dir, "tokens.json");
    const first = session(path, server, clock);
    const pair = server.issue();
    await first.setAccessToken({ ...pair, token_type: "Bearer", expires_in: 3600 });
    clock.advance(HOUR);
    const rotated = await first.getOrCreateAccessToken();
    expect(rotated.refresh_token).not.toBe(pair.refresh_token);

    const restarted = session(path, server, clock);
    expect(await restarted.load()).toEqual(rotated);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    clock.advance(HOUR);
    await expect(restarted.getOrCreateAccessToken()).resolves.toMatchObject({ token_type: "Bearer" });
    expect(server.tokenRequests.map((r) => r.form.refresh_token)).toEqual([pair.refresh_token, rotated.refresh_token]);
  });

  it("a corrupt file is a clear error, is left untouched, and never logs the user out silently", async () => {
    server = await startAuthServer();
    const path = join(dir, "tokens.json");
    await writeFile(path, '{"spotify-web-sdk:session:client-id-1": {"access_tok', { mode: 0o600 });
    const store = new FileTokenStore(path);
    await expect(store.get("k")).rejects.toThrow(/corrupt/);
    await expect(store.set("k", { a: 1 })).rejects.toBeInstanceOf(SpotifyError);
    const s = session(path, server, fakeClock());
    await expect(s.getOrCreateAccessToken()).rejects.toThrow(/corrupt/);
    expect(await readFile(path, "utf8")).toBe('{"spotify-web-sdk:session:client-id-1": {"access_tok');
    expect(server.tokenCount()).toBe(0);
  });

  it("the corrupt-file error quotes nothing of the file, not even through its cause", async () => {
    const path = join(dir, "tokens.json");
    // An unquoted value: V8's parse error quotes such a file ("Unexpected token 'A', ... is not valid JSON").
    await writeFile(path, '{"k": AT-SECRET-1}', { mode: 0o600 });
    const error = await new FileTokenStore(path).get("k").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyError);
    const everything = `${String(error)} ${JSON.stringify(error)} ${String((error as Error).cause ?? "")} ${(error as Error).stack}`;
    expect(everything).not.toMatch(/SECRET/);
  });

  it("a stored value that is not a token is an error too", async () => {
    server = await startAuthServer();
    const path = join(dir, "tokens.json");
    await new FileTokenStore(path).set("spotify-web-sdk:session:client-id-1", { hello: "world" });
    await expect(session(path, server, fakeClock()).getOrCreateAccessToken()).rejects.toThrow(/not a token/);
  });

  it("two sessions on one file (as two processes would be) at expiry with rotating tokens: 1 refresh, 0 failures", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const path = join(dir, "tokens.json");
    const pair = server.issue();
    await session(path, server, clock).setAccessToken({ ...pair, token_type: "Bearer", expires_in: 3600 });
    const a = session(path, server, clock);
    const b = session(path, server, clock);
    await Promise.all([a.load(), b.load()]);
    clock.advance(HOUR);
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).getOrCreateAccessToken()));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(server.tokenCount("refresh_token")).toBe(1);
  });

  it("two real processes on one file, both at expiry with rotating refresh tokens: 1 refresh, 0 failures", async () => {
    server = await startAuthServer({ rotate: true, tokenDelayMs: 30 });
    const clock = fakeClock();
    const path = join(dir, "tokens.json");
    const pair = server.issue();
    await session(path, server, clock).setAccessToken({ ...pair, token_type: "Bearer", expires_in: 3600 });
    const holder = fileURLToPath(new URL("./helpers/auth-file-holder.ts", import.meta.url));
    const run = () => new Promise<{ failures: string[]; accessToken: string }>((resolve, reject) => {
      execFile(process.execPath, ["--import", "tsx", holder, path, server!.accountsUrl, String(clock.now() + HOUR), "10"],
        { timeout: 20_000 }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))));
    });
    const [a, b] = await Promise.all([run(), run()]);
    expect([...a.failures, ...b.failures]).toEqual([]);
    expect(server.tokenCount("refresh_token")).toBe(1);
    expect(a.accessToken).toBe(b.accessToken);
  }, 30_000);

  it("the lock waits for another process's lock file and takes over a stale one", async () => {
    const path = join(dir, "tokens.json");
    const lockFile = new FileTokenStore(path).lockPath("k");
    await writeFile(lockFile, "12345");
    // Touched in the future: a live holder's, never stale while this waiter waits.
    const ahead = new Date(Date.now() + 60_000);
    await utimes(lockFile, ahead, ahead);
    const waiting = new FileTokenStore({ path, lockTimeoutMs: 50 });
    await expect(waiting.lock("k", async () => 1)).rejects.toThrow(/timed out/);
    const stale = new FileTokenStore({ path, staleLockMs: 0 });
    const old = new Date(Date.now() - 1000);
    await utimes(lockFile, old, old);
    await expect(stale.lock("k", async () => 2)).resolves.toBe(2);
    await expect(stat(lockFile)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("a get right after a delete (a log-out) in the same tick sees the delete, never the old token", async () => {
    const store = new FileTokenStore(join(dir, "tokens.json"));
    await store.set("k", { access_token: "old" });
    const deleted = store.delete("k");
    const read = store.get("k");
    expect(await read).toBeNull();
    await deleted;
    const set = store.set("k", { access_token: "new" });
    expect(await new FileTokenStore(join(dir, "tokens.json")).get("k")).toEqual({ access_token: "new" });
    await set;
  });

  it("set and delete take <file>.write.lock, not the key's lock file, so a set inside lock() does not deadlock", async () => {
    const path = join(dir, "tokens.json");
    const store = new FileTokenStore({ path, lockTimeoutMs: 2_000 });
    await expect(store.lock("k", async () => { await store.set("k", { n: 1 }); return store.get("k"); })).resolves.toEqual({ n: 1 });
    await writeFile(`${path}.write.lock`, "another-process");
    const ahead = new Date(Date.now() + 60_000);
    await utimes(`${path}.write.lock`, ahead, ahead);
    const waiting = new FileTokenStore({ path, lockTimeoutMs: 50 });
    const error = await waiting.set("k", { access_token: "SECRET-token-value" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyError);
    expect((error as Error).message).toContain(`${path}.write.lock`);
    expect((error as Error).message).not.toContain("SECRET");
    await expect(waiting.delete("k")).rejects.toThrow(/timed out/);
    expect(await store.get("k")).toEqual({ n: 1 });
  });

  it("the lock file names its holder, and release leaves alone a lock file that is no longer its own", async () => {
    const path = join(dir, "tokens.json");
    const store = new FileTokenStore(path);
    const lockFile = store.lockPath("k");
    await store.lock("k", async () => {
      // As if another process had judged this lock stale and taken it over.
      await rm(lockFile);
      await writeFile(lockFile, "another-holder");
    });
    await expect(readFile(lockFile, "utf8")).resolves.toBe("another-holder");
    await rm(lockFile);
    const owners = await Promise.all([1, 2].map(() => store.lock("k", () => readFile(lockFile, "utf8"))));
    expect(owners[0]).toMatch(new RegExp(`^${process.pid}\\.[0-9a-f]+$`));
    expect(owners[1]).not.toBe(owners[0]);
  });

  it("a holder busy longer than staleLockMs keeps its lock file fresh, and a stale one is still taken over", async () => {
    const path = join(dir, "tokens.json");
    const store = new FileTokenStore({ path, staleLockMs: 300 });
    const lockFile = store.lockPath("k");
    const age = await store.lock("k", async () => {
      await new Promise((r) => setTimeout(r, 900));
      return Date.now() - (await stat(lockFile)).mtimeMs;
    });
    expect(age).toBeLessThan(300);
    await writeFile(lockFile, "crashed-process");
    const old = new Date(Date.now() - 60_000);
    await utimes(lockFile, old, old);
    await expect(store.lock("k", async () => readFile(lockFile, "utf8"))).resolves.toMatch(/^\d+\./);
    expect(await readdir(dir)).toEqual([]);
  });

  it("without a global crypto (Node 18), PKCE fails with an error naming it; the node entry's webcrypto fixes it", async () => {
    vi.stubGlobal("crypto", undefined);
    try {
      const bare = new AuthorizationCodeWithPKCEStrategy("client-id-1", "http://127.0.0.1:8888/cb");
      const error = await bare.getAuthorizeUrl().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SpotifyError);
      expect((error as Error).message).toMatch(/globalThis\.crypto/);
      const supplied = new AuthorizationCodeWithPKCEStrategy("client-id-1", "http://127.0.0.1:8888/cb", [], { crypto: webcrypto });
      await expect(supplied.getAuthorizeUrl()).resolves.toMatchObject({ url: expect.stringContaining("code_challenge=") });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

/**
 * SessionPool: many users of one app in one server, against a real local Accounts service + Web
 * API. Each user's renewal is its own (counted at the server), every user's client sends through
 * the pool's one pipeline (one 429 pause for the app), keys carry the Redis Cluster hash tag, the
 * LRU is bounded, and the browser's PKCE token is kept per user and renewed without a secret.
 */
import { afterEach, describe, expect, it } from "vitest";
import { MemoryTokenStore, Session, SessionPool, SpotifyApi, ValidationError } from "../src/index.js";
import { fakeClock, startAuthServer, type AuthServer } from "./helpers/auth-server.js";

const HOUR = 3_600_000;
let server: AuthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function poolOn(s: AuthServer, extra: Partial<ConstructorParameters<typeof SessionPool>[0]> = {}) {
  return new SessionPool({
    clientId: "client-id-1", clientSecret: "client-SECRET-value", redirectUri: "https://app.example/cb",
    baseUrl: s.apiUrl, accountsBaseUrl: s.accountsUrl, ...extra,
  });
}

const login = (s: AuthServer) => ({ ...s.issue(), token_type: "Bearer", expires_in: 3600 });

describe("SessionPool", () => {
  it("200 users expiring at once renew independently: 200 token requests, all in flight together", async () => {
    server = await startAuthServer({ rotate: true, tokenDelayMs: 1_000 });
    const clock = fakeClock();
    const pool = poolOn(server, { store: new MemoryTokenStore(), now: clock.now });
    const users = Array.from({ length: 200 }, (_, i) => `user-${i}`);
    for (const user of users) await pool.forUser(user).setAccessToken(login(server));
    clock.advance(HOUR);
    const answers = await Promise.all(users.map((user) => pool.client(user).makeRequest<{ token: string }>("GET", "me")));
    expect(server.tokenCount("refresh_token")).toBe(200);
    // A queue (one renewal at a time, or a lock shared by every user) would show 1 here.
    expect(server.tokenConcurrency.max).toBe(200);
    expect(new Set(answers.map((a) => a.token)).size).toBe(200);
  });

  it("users' clients share one pipeline: a 429 for one user pauses the app's other users", async () => {
    server = await startAuthServer();
    const pool = poolOn(server);
    await pool.forUser("alice").setAccessToken(login(server));
    await pool.forUser("bob").setAccessToken(login(server));
    server.limitApi = 1;
    server.limitRetryAfter = 1;
    await pool.client("alice").makeRequest("GET", "me");
    const limitedAt = server.apiLog[0]!.at;
    await pool.client("bob").makeRequest("GET", "me");
    const bob = server.apiLog.at(-1)!;
    expect(server.apiLog[0]!.status).toBe(429);
    // Bob's call waited out Alice's Retry-After (a pipeline per user would have sent it at once).
    expect(bob.at - limitedAt).toBeGreaterThanOrEqual(1000);
    expect(bob.status).toBe(200);
  });

  it("keys a user's token at prefix:{clientId:user}:token and reads it back in another pool (another instance)", async () => {
    server = await startAuthServer();
    const store = new MemoryTokenStore();
    const one = poolOn(server, { store });
    const token = login(server);
    await one.forUser("alice").setAccessToken(token);
    expect(one.storeKey("alice")).toBe("spotify-web-sdk:{client-id-1:alice}:token");
    expect(await store.get("spotify-web-sdk:{client-id-1:alice}:token")).toMatchObject({ access_token: token.access_token });
    const two = poolOn(server, { store, prefix: "app" });
    expect(two.storeKey("bob")).toBe("app:{client-id-1:bob}:token");
    const other = poolOn(server, { store });
    expect(await other.client("alice").makeRequest<{ token: string }>("GET", "me")).toMatchObject({ token: token.access_token });
    expect(server.tokenCount()).toBe(0);
  });

  it("keeps at most maxSessions users in memory; a dropped user's token is read again from the store", async () => {
    server = await startAuthServer();
    const pool = poolOn(server, { store: new MemoryTokenStore(), maxSessions: 2 });
    const token = login(server);
    await pool.forUser("a").setAccessToken(token);
    const a = pool.client("a");
    expect(pool.client("a")).toBe(a);
    pool.forUser("b");
    pool.forUser("c");
    expect(pool.size).toBe(2);
    expect(pool.client("a")).not.toBe(a);
    expect(await pool.client("a").makeRequest<{ token: string }>("GET", "me")).toMatchObject({ token: token.access_token });
  });

  it("without a client secret: keeps the token the browser posted and renews it the PKCE way (client_id, no secret)", async () => {
    server = await startAuthServer({ rotate: true });
    const clock = fakeClock();
    const pool = new SessionPool({ clientId: "client-id-1", store: new MemoryTokenStore(), baseUrl: server.apiUrl, accountsBaseUrl: server.accountsUrl, now: clock.now });
    await pool.acceptToken("alice", login(server));
    clock.advance(HOUR);
    await pool.client("alice").makeRequest("GET", "me");
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.tokenRequests[0]).toMatchObject({ grant: "refresh_token", authorization: undefined, form: { client_id: "client-id-1" } });
    expect(() => pool.forUser("alice")).toThrow(ValidationError);
  });

  it("the pool's client is a SpotifyApi whose views never show the secret or a token", async () => {
    server = await startAuthServer();
    const pool = poolOn(server);
    const token = login(server);
    await pool.acceptToken("alice", token);
    expect(pool.client("alice")).toBeInstanceOf(SpotifyApi);
    const shown = JSON.stringify([pool, pool.forUser("alice"), pool.client("alice")]);
    for (const secret of ["client-SECRET-value", token.access_token, token.refresh_token]) expect(shown).not.toContain(secret);
  });

  it("refuses a clientId holding \":\" (ValidationError naming it): app a:b's user c and app a's user b:c would share one key", async () => {
    server = await startAuthServer();
    const store = new MemoryTokenStore();
    const other = poolOn(server, { clientId: "app", store });
    await other.acceptToken("x:alice", login(server));
    for (const build of [
      () => poolOn(server!, { clientId: "app:x", store }),
      () => new SessionPool({ clientId: "app:x", store }),
      () => new Session({ clientId: "app:x", clientSecret: "client-SECRET-value", store }),
      () => new Session("app:x", "client-SECRET-value"),
    ]) {
      const error = (() => { try { build(); } catch (e) { return e; } })();
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ parameter: "clientId" });
      expect((error as Error).message).not.toContain("app:x");
    }
    expect(other.storeKey("x:alice")).toBe("spotify-web-sdk:{app:x:alice}:token");
    expect(server.tokenRequests).toHaveLength(0);
  });

  it("refuses bad user ids, options and tokens with a ValidationError before any request", async () => {
    server = await startAuthServer();
    const pool = poolOn(server);
    for (const id of ["", "a{b}", "x".repeat(513), 42 as unknown as string]) expect(() => pool.client(id)).toThrow(ValidationError);
    expect(() => new SessionPool({} as never)).toThrow(ValidationError);
    expect(() => poolOn(server!, { maxSessions: 0 })).toThrow(ValidationError);
    expect(() => poolOn(server!, { prefix: "{x}" })).toThrow(ValidationError);
    expect(() => poolOn(server!, { store: {} as never })).toThrow(ValidationError);
    expect(() => poolOn(server!, { timeout: -1 })).toThrow(ValidationError);
    // Checked when the pool is built, not when its first user's session is.
    for (const bad of [{ invalidGrantGraceMs: -1 }, { invalidGrantGraceMs: "10" }, { skewSeconds: Number.NaN }, { now: "x" }]) {
      expect(() => poolOn(server!, bad as never)).toThrow(ValidationError);
    }
    await expect(pool.acceptToken("alice", {} as never)).rejects.toThrow(ValidationError);
    // A token no Authorization header can carry would fail every call of that user: refused, unquoted.
    for (const bad of ["AT-SECRET\r\nX-Injected: 1", "AT SECRET", "AT-SECRET-é"]) {
      const error = await pool.acceptToken("alice", { ...login(server), access_token: bad }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(`${(error as Error).message}${JSON.stringify(error)}`).not.toContain("SECRET");
      await expect(pool.forUser("alice").setAccessToken(bad)).rejects.toThrow(ValidationError);
    }
    expect(await pool.forUser("alice").load()).toBeNull();
    expect(server.tokenRequests).toHaveLength(0);
  });
});

/**
 * Redis and PostgreSQL for a test file. `npm test` starts both once (scripts/ensure-servers.mjs)
 * and passes their URLs as SPOTIFY_TEST_REDIS_URL / SPOTIFY_TEST_POSTGRES_URL, or why one is
 * missing as SPOTIFY_TEST_*_MISSING. A file run on its own (`npx vitest run <file>`) starts its
 * own. A missing server skips the file's tests, loudly at the end of `npm test`; in CI it fails them.
 */
import { afterAll, afterEach, describe, it } from "vitest";
import { INSTALL_HINTS, findRedisServer, startPostgres, startRedis } from "../../../../scripts/ensure-servers.mjs";
import { startAuthServer, type AuthServer } from "./auth-server.js";

export type ServerKind = "redis" | "postgres";
export type ServerAccess = { url: string; missing?: undefined } | { url?: undefined; missing: string };

const ci = Boolean(process.env.CI) && process.env.CI !== "false";

/** The server of that kind for this file: the suite's, else one started for this file. */
export async function testServer(kind: ServerKind): Promise<ServerAccess> {
  const NAME = kind.toUpperCase();
  const url = process.env[`SPOTIFY_TEST_${NAME}_URL`];
  if (url) return { url };
  const missing = process.env[`SPOTIFY_TEST_${NAME}_MISSING`];
  if (missing) return { missing };
  try {
    const server = await (kind === "redis" ? startRedis() : startPostgres());
    afterAll(() => server.stop());
    return { url: server.url };
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * `describe(title, body)` when the server runs; otherwise a skipped suite outside CI, and in CI
 * a failing test naming what is missing and the command that installs it.
 */
export function describeWithServer(kind: ServerKind, server: ServerAccess, title: string, body: (url: string) => void): void {
  if (server.url !== undefined) {
    describe(title, () => body(server.url));
    return;
  }
  const why = `${kind} is missing: ${server.missing} (install: ${INSTALL_HINTS[kind]})`;
  if (ci) {
    describe(title, () => it(`needs ${kind}`, () => { throw new Error(`CI=true and ${why}`); }));
  } else {
    process.stderr.write(`[${title}] skipped: ${why}\n`);
    describe.skip(`${title} (${why})`, () => body(""));
  }
}

/** A private Redis server (to pause with SIGSTOP, or restart) on a free loopback port. */
export async function privateRedis(port?: number) {
  await findRedisServer();
  return startRedis(port === undefined ? {} : { port });
}

/**
 * For a file testing the shared stores over both servers: `redis` and `postgres`, `closers` run
 * (last first) once the file is done, `authServer()` starting the test's auth server (closed after
 * each test) and `unique(name)`, a key no other test or run uses.
 */
export async function sharedStoreBed() {
  const redis = await testServer("redis");
  const postgres = await testServer("postgres");
  const closers: Array<() => unknown> = [];
  let server: AuthServer | undefined;
  let seq = 0;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  afterAll(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });
  return {
    redis,
    postgres,
    closers,
    async authServer(options?: Parameters<typeof startAuthServer>[0]): Promise<AuthServer> {
      server = await startAuthServer(options);
      return server;
    },
    unique: (name: string) => `${name}-${process.pid}-${++seq}`,
  };
}

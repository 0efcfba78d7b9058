/**
 * A model of two or three holders of one store (Sessions over a MemoryTokenStore with its lock, the
 * same store without a lock so only compare-and-set fences the writes, or a FileTokenStore file),
 * driven through random interleavings of token reads, forced renewals, expiries, log-outs (also
 * while a renewal is in flight), revoked refresh tokens (invalid_grant) and new logins, against a
 * local Accounts service with rotating single-use refresh tokens. Checks:
 * - every call settles, resolved or rejected with a SpotifyError, and no error shows a secret;
 * - while the user is logged in, no call fails: rotation races never log the user out (with a lock
 *   and without one);
 * - a log-out wins: once it is written, the store holds the marker until the next login, whatever
 *   renewal was in flight; the holder that logged out gets no token; other holders use at most
 *   the token they held, and a new holder finds none;
 * - a revoked refresh token ends in the marker, never in a deleted key;
 * - with a lock, at most one token request in flight at a time.
 * Seeded: the seed is printed; AUTH_MODEL_SEED (with AUTH_MODEL_PATH from a failure) replays it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { MemoryTokenStore, Session, SpotifyError, type TokenStore } from "../src/index.js";
import { FileTokenStore } from "../src/node/index.js";
import { fakeClock, startAuthServer } from "./helpers/auth-server.js";

const envSeed = process.env.AUTH_MODEL_SEED;
const SEED = envSeed ? Number(envSeed) : Math.floor(Math.random() * 2 ** 31);
const PATH = process.env.AUTH_MODEL_PATH || undefined;
const RUNS = Number(process.env.AUTH_MODEL_RUNS ?? 30);
const HOUR = 3_600_000;
const KEY = "user";
const SECRET_PATTERN = /[AR]T-\d+-secret|client-SECRET-value/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Op = { t: "get" | "renew" | "logout"; h: number; delay: number };
type Step = { t: "group"; ops: Op[] } | { t: "expire" } | { t: "revoke" } | { t: "login"; h: number };
interface Scenario { kind: "locked" | "fenced" | "file"; holders: number; tokenDelayMs: number; steps: Step[] }

const holderIndex = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.record({
  t: fc.constantFrom<Op["t"]>("get", "get", "renew", "logout"),
  h: holderIndex,
  delay: fc.integer({ min: 0, max: 25 }),
});
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant("group" as const), ops: fc.array(op, { minLength: 1, maxLength: 5 }) }) },
  { weight: 2, arbitrary: fc.constant({ t: "expire" as const }) },
  { weight: 1, arbitrary: fc.constant({ t: "revoke" as const }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("login" as const), h: holderIndex }) },
);
const scenario: fc.Arbitrary<Scenario> = fc.record({
  kind: fc.constantFrom<Scenario["kind"]>("locked", "fenced", "file"),
  holders: fc.integer({ min: 2, max: 3 }),
  tokenDelayMs: fc.integer({ min: 0, max: 15 }),
  steps: fc.array(step, { minLength: 1, maxLength: 8 }),
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sdk-auth-model-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What the store holds under the key, read raw. */
async function raw(store: TokenStore): Promise<Record<string, unknown> | null> {
  return (await store.get(KEY)) as Record<string, unknown> | null;
}

let run = 0;
async function runScenario(s: Scenario): Promise<string[]> {
  const violations: string[] = [];
  const server = await startAuthServer({ rotate: true, tokenDelayMs: s.tokenDelayMs });
  let inFlight = 0;
  let mostInFlight = 0;
  const countingFetch: typeof fetch = async (input, init) => {
    mostInFlight = Math.max(mostInFlight, ++inFlight);
    try {
      return await fetch(input, init);
    } finally {
      inFlight--;
    }
  };
  try {
    const clock = fakeClock();
    const memory = new MemoryTokenStore();
    const file = join(dir, `tokens-${run++}.json`);
    const store = (): TokenStore => {
      if (s.kind === "locked") return memory;
      if (s.kind === "file") return new FileTokenStore(file);
      return { get: (k) => memory.get(k), set: (k, v) => memory.set(k, v), delete: (k) => memory.delete(k), compareAndSet: (k, e, v) => memory.compareAndSet(k, e, v) };
    };
    const newHolder = () => new Session({
      clientId: "client-id-1", clientSecret: "client-SECRET-value", redirectUri: "https://app.example/cb",
      store: store(), storeKey: KEY, accountsBaseUrl: server.accountsUrl, now: clock.now, invalidGrantGraceMs: 400,
      fetch: countingFetch, retry: false,
    });
    const holders = Array.from({ length: s.holders }, newHolder);
    const observer = store();
    let loggedIn = true;
    /** After a log-out: what each holder may still return (the token it held), per holder. */
    let held: Array<string | undefined> | null = null;
    const pair = server.issue();
    await holders[0]!.setAccessToken({ ...pair, token_type: "Bearer", expires_in: 3600 });

    const call = async (label: string, promise: Promise<unknown>): Promise<{ ok: boolean; value?: unknown; error?: unknown }> => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const hang = new Promise<"hang">((resolve) => (timer = setTimeout(() => resolve("hang"), 15_000)));
      try {
        const value = await Promise.race([promise, hang]);
        if (value === "hang") {
          violations.push(`${label}: did not settle`);
          return { ok: false };
        }
        return { ok: true, value };
      } catch (error) {
        if (!(error instanceof SpotifyError)) violations.push(`${label}: untyped rejection ${String(error)}`);
        if (SECRET_PATTERN.test(`${String(error)} ${JSON.stringify(error)}`)) violations.push(`${label}: a secret in ${String(error)}`);
        return { ok: false, error };
      } finally {
        clearTimeout(timer);
      }
    };

    for (const [index, st] of s.steps.entries()) {
      const where = `step ${index} (${st.t})`;
      if (st.t === "expire") clock.advance(HOUR);
      else if (st.t === "revoke") server.validRefresh.clear();
      else if (st.t === "login") {
        const fresh = server.issue();
        await holders[st.h % s.holders]!.setAccessToken({ ...fresh, token_type: "Bearer", expires_in: 3600 });
        loggedIn = true;
        held = null;
      } else {
        const revokedBefore = server.validRefresh.size === 0;
        const loggedOutHere = new Set<number>();
        const outcomes = await Promise.all(st.ops.map(async (o) => {
          const h = o.h % s.holders;
          await sleep(o.delay);
          if (o.t === "logout") {
            holders[h]!.removeAccessToken();
            loggedOutHere.add(h);
            return { o, h, after: true, result: { ok: true } };
          }
          const after = loggedOutHere.has(h);
          const holder = holders[h]!;
          const result = await call(`${where} ${o.t} by holder ${h}`, o.t === "get" ? holder.getOrCreateAccessToken() : holder.refreshAccessToken());
          return { o, h, after, result };
        }));
        const hadLogout = loggedOutHere.size > 0;
        for (const { o, h, after, result } of outcomes) {
          if (o.t === "logout") continue;
          const token = (result.value as { access_token?: string } | undefined)?.access_token;
          if (loggedIn && !hadLogout && !revokedBefore && !result.ok) {
            violations.push(`${where}: ${o.t} by holder ${h} failed while logged in: ${String(result.error)}`);
          }
          if (result.ok && held && !hadLogout && token !== held[h]) {
            violations.push(`${where}: holder ${h} got a token after the log-out that it did not hold before it`);
          }
          if (result.ok && after) {
            violations.push(`${where}: holder ${h} got a token after its own log-out`);
          }
        }
        if (hadLogout) {
          let stored = await raw(observer);
          for (let i = 0; i < 400 && stored?.logged_out !== true; i++) await sleep(5), (stored = await raw(observer));
          if (stored?.logged_out !== true) violations.push(`${where}: after the log-out the store holds ${stored ? "a token" : "nothing"}, not the marker`);
          loggedIn = false;
          held = holders.map((x) => x.accessToken);
        }
        if (outcomes.some((x) => (x.result.error as { error?: string } | undefined)?.error === "invalid_grant")) {
          const stored = await raw(observer);
          if (stored?.logged_out !== true) violations.push(`${where}: invalid_grant left ${stored ? "a token" : "an empty key"}, not the marker`);
          loggedIn = false;
          held ??= holders.map((x) => x.accessToken);
        }
      }
      if (!loggedIn && held) {
        const stored = await raw(observer);
        if (stored && stored.logged_out !== true) violations.push(`${where}: a token is back in the store after the log-out`);
        if ((await newHolder().load()) !== null) violations.push(`${where}: a new holder found a token after the log-out`);
      }
    }
    if (s.kind !== "fenced" && mostInFlight > 1) violations.push(`${mostInFlight} token requests were in flight at once under the lock`);
  } finally {
    await server.close();
  }
  return violations;
}

describe("token lifecycle model: holders of one store under random interleavings", () => {
  it("calls settle typed; no log-out while logged in; a log-out or a revoked token ends in the marker and stays", async () => {
    const replay = `AUTH_MODEL_SEED=${SEED}${PATH ? ` AUTH_MODEL_PATH=${PATH}` : ""} npx vitest run packages/sdk/test/auth-lifecycle-model.test.ts`;
    process.stdout.write(`token lifecycle model: seed ${SEED}; replay with: ${replay}\n`);
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const violations = await runScenario(s);
        if (violations.length) throw new Error(violations.join("\n"));
      }),
      {
        seed: SEED,
        ...(PATH ? { path: PATH } : {}),
        numRuns: RUNS,
        plugins: [fc.interruptAfterTimeLimit(40_000)],
        reporter: (details) => {
          if (!details.failed) return;
          const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
          throw new Error(`token lifecycle model failed; replay: AUTH_MODEL_SEED=${details.seed} AUTH_MODEL_PATH=${details.counterexamplePath}\n`
            + `counterexample: ${JSON.stringify((details.counterexample as unknown[] | null)?.[0])}\n${error}`);
        },
      },
    );
  }, 120_000);
});

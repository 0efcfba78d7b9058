/**
 * The fault-combination model: random sequences of 429s (Retry-After none, 0, 1, 2, 3600), 401s on a
 * valid token, token expiry (a clock jump, 1 s lifetimes), token-endpoint faults (500, 429,
 * invalid_grant, late, never, dropped), Web API 5xx, stalls (late, never), dropped sockets, caller
 * aborts and log-outs, across concurrent calls of two holders (two SpotifyApi clients over Session
 * or ProvidedAccessTokenStrategy sharing one MemoryTokenStore or one FileTokenStore file; the Node
 * or the fetch transport), against a real local server with rotating single-use refresh tokens.
 * Each run checks, as it goes:
 * - every call settles, resolved or rejected with a SpotifyError, within a bound derived from the
 *   options and the faults of the run; an aborted call settles promptly after its abort;
 * - nothing is sent for a call after its caller aborted it;
 * - nothing is sent by a holder after its log-out (except a retry of a token request it sent
 *   before); no holder uses an access token that arrived after a log-out (the log-out wins over a
 *   refresh in flight; the other holder may use what it held until its next renewal);
 * - at most one token request in flight for the store key at any time;
 * - no unhandled rejection; no secret (a token the server issued, the client secret, the Basic
 *   credentials) in any error, its JSON, its cause chain or any logger line, whatever the server echoes.
 * Seeded and replayable: the seed is printed; FAULT_MODEL_SEED (with FAULT_MODEL_PATH from a failure
 * report) replays; FAULT_MODEL_RUNS and FAULT_MODEL_TIME_LIMIT_MS change the number of runs and the
 * time limit.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { runScenario, scenario } from "./helpers/fault-model.js";

const envSeed = process.env.FAULT_MODEL_SEED;
const SEED = envSeed !== undefined && envSeed !== "" ? Number(envSeed) : Math.floor(Math.random() * 2 ** 31);
const PATH = process.env.FAULT_MODEL_PATH || undefined;
const RUNS = Number(process.env.FAULT_MODEL_RUNS ?? 40);
const TIME_LIMIT_MS = Number(process.env.FAULT_MODEL_TIME_LIMIT_MS ?? 45_000);

describe("fault-combination model: two holders of one store under combined faults", () => {
  it("every call settles typed; nothing is sent after an abort or a log-out; one renewal at a time; no secret leaks", async () => {
    const replay = `FAULT_MODEL_SEED=${SEED}${PATH ? ` FAULT_MODEL_PATH=${PATH}` : ""} npx vitest run packages/sdk/test/fault-model.test.ts`;
    process.stdout.write(`fault model: seed ${SEED}; replay with: ${replay}\n`);
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { violations, trace } = await runScenario(s);
        if (violations.length) {
          throw new Error(`${violations.join("\n")}\n--- trace (client and server) ---\n${trace.slice(-120).join("\n")}`);
        }
      }),
      {
        seed: SEED,
        ...(PATH ? { path: PATH } : {}),
        numRuns: RUNS,
        plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS)],
        reporter: (details) => {
          if (!details.failed) return;
          const replayFailure = `FAULT_MODEL_SEED=${details.seed} FAULT_MODEL_PATH=${details.counterexamplePath} npx vitest run packages/sdk/test/fault-model.test.ts`;
          const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
          throw new Error(`fault model failed after ${details.numRuns} run(s), ${details.numShrinks} shrink(s).\n`
            + `replay: ${replayFailure}\ncounterexample: ${JSON.stringify((details.counterexample as unknown[] | null)?.[0])}\n${error}`);
        },
      },
    );
  }, TIME_LIMIT_MS + 90_000);
});

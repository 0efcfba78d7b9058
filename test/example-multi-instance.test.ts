/**
 * examples/multi-instance, run as a user runs it (`node examples/multi-instance/main.mjs`) against
 * the suite's redis-server and an embedded emulator, briefly: 3 worker processes, 2 users logged in
 * with PKCE (single-use refresh tokens), 2 expiries of 60 concurrent calls. Each expiry costs one
 * token request per user, every call succeeds, nobody is logged out.
 */
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { describeWithServer, testServer } from "../packages/sdk/test/helpers/servers.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const redis = await testServer("redis");

function runExample(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("SPOTIFY_")));
  const child = spawn(process.execPath, [join(root, "examples/multi-instance/main.mjs")], { cwd: root, env: { ...clean, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => { stdout += s; });
  child.stderr.setEncoding("utf8").on("data", (s: string) => { stderr += s; });
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 50_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describeWithServer("redis", redis, "examples/multi-instance", (url) => {
  it("workers sharing users' tokens through Redis make one token request per user per expiry, no failure", async () => {
    const { code, stdout, stderr } = await runExample({ REDIS_URL: url, WORKERS: "3", USERS: "2", CALLS: "60", EXPIRIES: "2" });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^spotify-emulator at http:\/\/127\.0\.0\.1:\d+, Redis at .+: 3 workers, 2 users$/m);
    expect(stdout.match(/^expiry \d: 2 token requests for 2 users \(0 refused\), 60\/60 calls ok, 0 answered 429$/gm)).toHaveLength(2);
    expect(stdout).toMatch(/^done: 0 failed calls, 0 log-outs$/m);
  }, 60_000);

  it("without a Redis, says how to start one and exits 2", async () => {
    const { code, stdout, stderr } = await runExample({ REDIS_URL: "redis://127.0.0.1:1" });
    expect(code).toBe(2);
    expect(stderr).toBe("No Redis at redis://127.0.0.1:1: start one (redis-server) or set REDIS_URL.\n");
    expect(stdout).toBe("");
  }, 30_000);
});

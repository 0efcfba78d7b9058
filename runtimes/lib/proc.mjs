// Child processes for the matrix: bounded in time, output captured, the result line picked out.
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { PREFIX } from "../launchers/result.mjs";

/**
 * Runs `cmd` to completion (or `timeoutMs`, then SIGKILL) and resolves its output.
 * @returns {Promise<{ code: number | null, signal: string | null, stdout: string, stderr: string, timedOut: boolean }>}
 */
export function run(cmd, args, { cwd, env, timeoutMs = 60_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (d) => { stdout += d; });
    child.stderr.on("data", (d) => { stderr += d; });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stdout, stderr: `${stderr}${error.message}`, timedOut });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** The parsed `RUNTIME-RESULT` line of `text`, or undefined. */
export function parseResult(text) {
  const line = text.split(/\r?\n/).find((l) => l.startsWith(PREFIX));
  if (!line) return undefined;
  try {
    return JSON.parse(line.slice(PREFIX.length));
  } catch {
    return undefined;
  }
}

/** The last lines of a process's output, for a failure's reason. */
export function tail(text, lines = 6) {
  return text.trim().split(/\r?\n/).slice(-lines).join("\n");
}

/** The first of `candidates` that is a real executable (a postinstall may leave a stub behind). */
export function findBinary(candidates) {
  for (const file of candidates) {
    if (existsSync(file) && statSync(file).size > 1_000_000 && (statSync(file).mode & 0o111)) return file;
  }
  return undefined;
}

/** A free loopback port (for workerd's socket, which takes a fixed address). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

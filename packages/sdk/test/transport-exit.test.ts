/**
 * A script that uses the SDK in Node exits as soon as its work is done: the Node transport's idle
 * keep-alive sockets and the pipeline's timers never hold the event loop. The server keeps its
 * side of every connection open for a minute, so only the client can let the process go.
 */
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const entry = pathToFileURL(join(here, "..", "src", "node", "entry.ts")).href;

let server: Server;
let baseUrl = "";
let dir = "";
const open = new Set<Socket>();

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    if (req.url?.startsWith("/stall")) {
      // Headers and half a body, then nothing: the client's timeout must end it.
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write("{");
      return;
    }
    const body = JSON.stringify({ id: "11dFghVXANMlKmJXsNCbNl", name: "Cut To The Feeling" });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  server.on("connection", (socket: Socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), "sdk-exit-"));
});

afterAll(async () => {
  for (const s of open) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

const SCRIPT = `
const { createPipeline, transportKind, TimeoutError } = await import(process.env.SDK_ENTRY);
const token = { access_token: "exit-test", token_type: "Bearer", expires_in: 3600, expires: Date.now() + 3600000 };
const auth = { setConfiguration() {}, async getOrCreateAccessToken() { return token; }, async getAccessToken() { return token; }, removeAccessToken() {} };
const pipeline = createPipeline({ baseUrl: process.env.BASE_URL, auth, retry: false });
for (let i = 0; i < 5; i++) await pipeline.request({ method: "GET", path: "/tracks/{id}", pathParams: { id: "x" + i } });
await Promise.all(Array.from({ length: 20 }, () => pipeline.request({ method: "GET", path: "/me" })));
const stalled = await pipeline.request({ method: "GET", path: "/stall", timeoutMs: 200 }).catch((e) => e);
if (!(stalled instanceof TimeoutError)) throw new Error("expected a TimeoutError, got " + stalled);
await pipeline.request({ method: "POST", path: "/me/playlists", body: { name: "x" } });
process.stdout.write("done " + transportKind + "\\n");
`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** ms from the script's last line of output to its exit. */
  exitAfterDoneMs: number;
  /** Server-side connections still open when the script said it was done. */
  openAtDone: number;
}

function runScript(): Promise<Run> {
  const file = join(dir, "script.mts");
  writeFileSync(file, SCRIPT);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", file], {
      cwd: root,
      env: { ...process.env, SDK_ENTRY: entry, BASE_URL: baseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let doneAt = 0;
    let openAtDone = -1;
    // A hung child would otherwise hang the test: the bound is far above a prompt exit.
    const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!doneAt && stdout.includes("done")) {
        doneAt = Date.now();
        openAtDone = open.size;
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, exitAfterDoneMs: doneAt ? Date.now() - doneAt : Number.NaN, openAtDone });
    });
  });
}

describe("a Node script using the SDK", () => {
  it("exits promptly after its last call, with keep-alive sockets still open on the server", async () => {
    const run = await runScript();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe("done node");
    // The server still held the connections open: only the client could let the process end...
    expect(run.openAtDone).toBeGreaterThan(0);
    // ...and it did, long before the server's 60 s keep-alive or the agent's 5 s idle timeout.
    expect(run.exitAfterDoneMs).toBeLessThan(2_500);
  }, 30_000);
});

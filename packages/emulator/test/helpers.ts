// Shared helpers for the emulator's tests: a started emulator, OAuth steps with plain fetch.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { EmulatorControl, startEmulator, type RunningEmulator, type StartOptions } from "../src/index.js";

export const CLIENT_ID = "emulator-client-id";
export const CLIENT_SECRET = "emulator-client-secret";
export const REDIRECT = "http://127.0.0.1:8123/callback";

export async function start(options: StartOptions = {}): Promise<{ emu: RunningEmulator; control: EmulatorControl }> {
  const emu = await startEmulator({ port: 0, host: "127.0.0.1", ...options });
  return { emu, control: new EmulatorControl(emu.url) };
}

/** The seeded catalog the HTTP tests share (seed 42, 10,000 objects), no rate limit, and a token of the default user with every scope. */
export async function startSeeded(): Promise<{ emu: RunningEmulator; control: EmulatorControl; token: string }> {
  const { emu, control } = await start({ rateLimit: 0, seed: 42, catalogSize: 10_000 });
  return { emu, control, token: (await control.issueToken({ scopes: "all" })).access_token };
}

export function basic(id = CLIENT_ID, secret = CLIENT_SECRET): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(48).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export function authorizeUrl(emu: RunningEmulator, params: Record<string, string>): string {
  const q = new URLSearchParams({ client_id: CLIENT_ID, response_type: "code", redirect_uri: REDIRECT, ...params });
  return `${emu.accountsUrl}/authorize?${q.toString()}`;
}

/** Walks the consent page like a person: opens it, picks the user, clicks Agree or Cancel. */
export async function consent(
  emu: RunningEmulator,
  params: Record<string, string>,
  decision: "approve" | "deny" = "approve",
  userId = "emulator-user",
): Promise<URL> {
  const page = await fetch(authorizeUrl(emu, params));
  const html = await page.text();
  if (page.status !== 200) throw new Error(`consent page answered ${page.status}: ${html.slice(0, 200)}`);
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  if (!requestId) throw new Error("no request_id on the consent page");
  const answer = await fetch(`${emu.accountsUrl}/authorize`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ request_id: requestId, user_id: userId, decision }).toString(),
  });
  const location = answer.headers.get("location");
  if (answer.status !== 302 || !location) throw new Error(`consent answer gave ${answer.status}`);
  return new URL(location);
}

export async function token(emu: RunningEmulator, form: Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${emu.accountsUrl}/api/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export async function api(emu: RunningEmulator, path: string, init: RequestInit & { token?: string } = {}): Promise<{ status: number; headers: Headers; text: string; json: () => unknown }> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("Authorization", `Bearer ${init.token}`);
  const res = await fetch(`${emu.url}${path}`, { ...init, headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

/** A Web API request (`path` below `/v1`) as `token`, its `body` sent as JSON when given. */
export function send(emu: RunningEmulator, token: string, method: string, path: string, body?: unknown): ReturnType<typeof api> {
  return api(emu, `/v1${path}`, {
    token,
    method,
    ...(body === undefined ? {} : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
  });
}

/** A raw request, for paths fetch would normalise (`..`) and for reading a broken response. */
export function rawRequest(emu: RunningEmulator, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  if (body !== undefined) headers = { ...headers, "Content-Length": String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: emu.port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** A maker of temporary data directories, each removed after its test. */
export function useTempDirs(prefix = "emulator-data-"): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

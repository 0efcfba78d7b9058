/**
 * A small Upstash REST endpoint over a real redis-server, so `@upstash/redis` (which speaks HTTP)
 * is tested against real Redis: `POST /` with a JSON command array answers `{ result }` or
 * `{ error }`, `POST /pipeline` an array of them; `Authorization: Bearer <token>` is required and
 * `Upstash-Encoding: base64` is honoured, as the hosted service does. Blackhole blackholes holds
 * every request unanswered (a service that stopped answering).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";

export interface UpstashShim {
  url: string;
  token: string;
  /** While true, requests are read and never answered. */
  blackhole: boolean;
  /** Commands received, as their names ("EVAL", ...). */
  commands: string[];
  close(): Promise<void>;
}

type Reply = string | number | null | Reply[];

function encode(value: unknown, base64: boolean): Reply {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (Array.isArray(value)) return value.map((v) => encode(v, base64));
  const text = Buffer.isBuffer(value) ? value.toString("utf8") : String(value);
  return base64 && text !== "OK" ? Buffer.from(text, "utf8").toString("base64") : text;
}

export async function startUpstashShim(redisUrl: string, token = "shim-token"): Promise<UpstashShim> {
  const redis = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1 });
  const held = new Set<ServerResponse>();
  const shim: UpstashShim = { url: "", token, blackhole: false, commands: [], close: async () => undefined };

  const run = async (command: unknown): Promise<{ result?: Reply; error?: string }> => {
    if (!Array.isArray(command) || command.length === 0) return { error: "ERR command must be a non-empty array" };
    const [name, ...args] = command.map(String) as [string, ...string[]];
    shim.commands.push(name.toUpperCase());
    try {
      return { result: (await redis.call(name, ...args)) as Reply };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (shim.blackhole) {
      held.add(res);
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "Unauthorized" }));
      return;
    }
    const base64 = String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: "ERR body is not JSON" }));
      return;
    }
    const path = (req.url ?? "/").split("?")[0];
    const out = (r: { result?: Reply; error?: string }) => (r.error !== undefined ? { error: r.error } : { result: encode(r.result, base64) });
    if (path === "/pipeline" || path === "/multi-exec") {
      const results = await Promise.all((Array.isArray(body) ? body : []).map(run));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(results.map(out)));
      return;
    }
    const result = await run(body);
    res.writeHead(result.error !== undefined ? 400 : 200, { "content-type": "application/json" }).end(JSON.stringify(out(result)));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  shim.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  shim.close = async () => {
    for (const res of held) res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    redis.disconnect();
  };
  return shim;
}

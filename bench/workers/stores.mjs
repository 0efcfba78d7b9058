// Section 10 worker: GET /v1/tracks/{id} through a Session whose token sits in a MemoryTokenStore,
// a RedisTokenStore (ioredis) or a PostgresTokenStore (pg); the token is cached, so the store
// should see no command per call. Counts the store's commands through a thin wrapper of the
// driver's client, then times cold token reads (store.get straight to the server).
import { Redis } from "ioredis";
import pg from "pg";
import { findNodeTransport, finish, fail, loadOurs, runCalls } from "./clients.mjs";
import { TRACK_ID } from "../lib/payload.mjs";

const job = JSON.parse(process.argv[2]);
const KEY = `bench-hot-path:${process.pid}`;
let commands = 0;

/** A view of `target` that counts calls of the methods named, and forwards everything. */
function counting(target, methods) {
  return new Proxy(target, {
    get(t, p) {
      const v = Reflect.get(t, p, t);
      if (typeof v !== "function") return v;
      if (methods.includes(p)) return (...args) => { commands++; return v.apply(t, args); };
      return v.bind(t);
    },
  });
}

async function makeStore() {
  const ours = await loadOurs();
  if (job.store === "memory") return { store: new ours.MemoryTokenStore(), close() {} };
  if (job.store === "redis") {
    const { RedisTokenStore } = await loadOurs("./redis");
    const client = new Redis(job.url, { lazyConnect: true });
    await client.connect();
    const store = new RedisTokenStore({ client: counting(client, ["eval", "call", "evalsha"]), prefix: `bench-${process.pid}` });
    return { store, close: () => client.disconnect() };
  }
  const { PostgresTokenStore } = await loadOurs("./postgres");
  const pool = new pg.Pool({ connectionString: job.url, max: 4 });
  pool.on("error", () => undefined);
  const table = `bench_hot_path_${process.pid}`;
  const store = new PostgresTokenStore({ pool: counting(pool, ["query", "connect"]), table });
  return { store, close: async () => { await pool.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined); await pool.end(); } };
}


try {
  const { SpotifyApi, Session } = await loadOurs();
  const nt = await findNodeTransport();
  const { store, close } = await makeStore();
  const session = new Session({ clientId: "bench-client", clientSecret: "bench-secret", store, storeKey: KEY });
  await session.setAccessToken({ access_token: "bench-access", refresh_token: "bench-refresh", token_type: "Bearer", expires_in: 30 * 86_400 });
  const sdk = SpotifyApi.withSession(session, { baseUrl: `${job.base}/v1`, transport: nt.create() });
  const get = (id) => sdk.tracks.get(id);
  const phases = {};
  for (const phase of job.phases) {
    await runCalls(get, TRACK_ID, job.warmup, phase.concurrency);
    const commands0 = commands;
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const { failures, firstError } = await runCalls(get, TRACK_ID, phase.calls, phase.concurrency);
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    if (failures === phase.calls) throw firstError;
    phases[phase.name] = { wallMs, cpuUsPerCall: (cpu.user + cpu.system) / phase.calls, failures, storeCommandsPerCall: (commands - commands0) / phase.calls };
  }
  // Cold reads: what a Session not yet holding the token pays once (store.get goes to the server).
  const reads = [];
  for (let i = 0; i < job.coldReads; i++) {
    const t0 = process.hrtime.bigint();
    const record = await store.get(KEY);
    reads.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (!record) throw new Error("cold read found no token");
  }
  // The counter must see the cold reads, or its zero per call would prove nothing.
  if (job.store !== "memory" && commands < job.coldReads) throw new Error("the command counter missed the store's commands");
  reads.sort((a, b) => a - b);
  const at = (q) => reads[Math.min(reads.length - 1, Math.floor(q * reads.length))];
  await close();
  finish({ phases, cold: { p50: at(0.5), p99: at(0.99), n: reads.length } });
} catch (e) {
  fail(e);
}

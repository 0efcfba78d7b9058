#!/usr/bin/env node
// The multi-instance matrix of issue "Many instances, one truth": 8 worker processes × 50
// concurrent calls each × 20 token expiries, one user, for each shared store (Redis through
// ioredis, PostgreSQL through pg) and each login (PKCE: single-use refresh tokens that rotate;
// confidential: a Session with the client secret). It runs examples/multi-instance/main.mjs
// against an embedded emulator, on a redis-server and a PostgreSQL of its own (started and stopped
// here, as npm test does), and prints one row per combination: token requests per expiry (the
// target is exactly 1), failed calls and log-outs (the target is 0), and the time taken.
// Not part of npm test (it takes minutes on a 2-core machine).
//
//   node bench/multi-instance.mjs [--workers 8] [--calls 50] [--expiries 20] [--store redis|postgres] [--login pkce|secret] [--runs 1]
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startPostgres, startRedis } from "../scripts/ensure-servers.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log("node bench/multi-instance.mjs [--workers 8] [--calls 50] [--expiries 20] [--store redis|postgres] [--login pkce|secret] [--runs 1]");
  process.exit(0);
}
const text = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const onlyStore = text("store");
const onlyLogin = text("login");
const runs = arg("runs", 1);
if ((onlyStore && !["redis", "postgres"].includes(onlyStore)) || (onlyLogin && !["pkce", "secret"].includes(onlyLogin))) {
  console.error("--store takes redis or postgres, --login pkce or secret");
  process.exit(2);
}
const workers = arg("workers", 8);
const callsPerWorker = arg("calls", 50);
const expiries = arg("expiries", 20);

function runExample(env) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [join(root, "examples/multi-instance/main.mjs")], {
      cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (text) => { out += text; });
    child.once("exit", (code) => resolve({ code, out, seconds: (Date.now() - started) / 1000 }));
  });
}

const servers = [];
try {
  const redis = await startRedis();
  servers.push(redis);
  const postgres = await startPostgres();
  servers.push(postgres);
  const rows = [];
  const stores = [["redis", "Redis (ioredis)", { REDIS_URL: redis.url }], ["postgres", "PostgreSQL (pg)", { POSTGRES_URL: postgres.url }]];
  const logins = [["pkce", "PKCE (rotating)", {}], ["secret", "Session (secret)", { CONFIDENTIAL: "1" }]];
  for (const [, store, storeEnv] of stores.filter(([id]) => !onlyStore || id === onlyStore)) {
    for (const [, login, loginEnv] of logins.filter(([id]) => !onlyLogin || id === onlyLogin)) for (let run = 0; run < runs; run++) {
      const { code, out, seconds } = await runExample({
        ...storeEnv, ...loginEnv, WORKERS: String(workers), USERS: "1", CALLS: String(workers * callsPerWorker), EXPIRIES: String(expiries),
      });
      for (const line of out.split("\n").filter((l) => l.startsWith("  failed: "))) process.stderr.write(`${store}, ${login}:${line}\n`);
      const perExpiry = [...out.matchAll(/^expiry \d+: (\d+) token requests/gm)].map((m) => Number(m[1]));
      const done = /^done: (\d+) failed calls, (\d+) log-outs$/m.exec(out);
      rows.push(`| ${store} | ${login} | ${perExpiry.length ? `${Math.min(...perExpiry)}–${Math.max(...perExpiry)} (${perExpiry.reduce((a, b) => a + b, 0)} in all)` : "?"} | ${done ? `${done[1]} / ${workers * callsPerWorker * expiries}` : `exit ${code}`} | ${done ? done[2] : "?"} | ${seconds.toFixed(0)} s |`);
      process.stderr.write(`${rows.at(-1)}\n`);
    }
  }
  console.log(`${workers} processes × ${callsPerWorker} concurrent calls × ${expiries} expiries, one user\n`);
  console.log("| store | login | token requests per expiry | failed calls | log-outs | time |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const row of rows) console.log(row);
} finally {
  for (const server of servers.reverse()) await server.stop();
}

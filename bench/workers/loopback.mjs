// Sections 2 and 3 worker: GET /v1/tracks/{id} against a local server, one phase per mode
// (sequential, then N concurrent); per phase the wall time and this process's CPU per call.
// Before each phase it tells the server (on a separate, uncounted connection) so the server can
// count the connections and TLS sessions each phase opened.
import http from "node:http";
import https from "node:https";
import { makeClient, finish, fail, runCalls } from "./clients.mjs";
import { TRACK_ID } from "../lib/payload.mjs";

const job = JSON.parse(process.argv[2]);
const trackId = job.trackId ?? TRACK_ID;

function mark(name) {
  if (!job.markUrl) return Promise.resolve();
  const mod = job.markUrl.startsWith("https:") ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(`${job.markUrl}/${name}`, { method: "POST", agent: false }, (res) => {
      res.resume();
      res.on("end", resolve);
    });
    req.on("error", reject);
    req.end();
  });
}

try {
  const client = await makeClient(job.client, { base: job.base, token: job.token });
  const phases = {};
  for (const phase of job.phases) {
    await mark(phase.name);
    await runCalls((id) => client.getTrack(id), trackId, job.warmup, phase.concurrency);
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const { failures, firstError } = await runCalls((id) => client.getTrack(id), trackId, phase.calls, phase.concurrency);
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    if (failures === phase.calls) throw firstError;
    phases[phase.name] = { wallMs, cpuUsPerCall: (cpu.user + cpu.system) / phase.calls, failures };
  }
  await mark("end");
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  client.close?.();
  finish({ phases, maxRssMiB, via: client.via });
} catch (e) {
  fail(e);
}

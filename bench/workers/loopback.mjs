// Sections 2 and 3 worker: `calls` GET /v1/tracks/{id} against a local server, `concurrency` in
// flight at once; wall time, this process's CPU per call and its peak RSS.
import { makeClient, finish, fail } from "./clients.mjs";
import { TRACK_ID } from "../lib/payload.mjs";

const job = JSON.parse(process.argv[2]);

async function runCalls(client, calls, concurrency) {
  let next = 0;
  let failures = 0;
  let firstError;
  async function lane() {
    while (next < calls) {
      next++;
      try {
        const t = await client.getTrack(TRACK_ID);
        if (t?.id !== TRACK_ID) throw new Error("wrong answer");
      } catch (e) {
        failures++;
        firstError ??= e;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, lane));
  return { failures, firstError };
}

try {
  const client = await makeClient(job.client, { base: job.base });
  await runCalls(client, job.warmup, job.concurrency);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const { failures, firstError } = await runCalls(client, job.calls, job.concurrency);
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  if (failures === job.calls) throw firstError;
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  client.close?.();
  finish({ wallMs, cpuUsPerCall: (cpu.user + cpu.system) / job.calls, maxRssMiB, failures, via: client.via });
} catch (e) {
  fail(e);
}

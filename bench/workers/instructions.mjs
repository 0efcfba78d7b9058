// Worker for instructions.mjs: warms one client up, then makes `calls` more calls, and exits.
// Run under callgrind; the caller subtracts a run with `calls: 0` to get instructions per call.
// `memory: true` answers from an in-memory fetch (section 1), otherwise from the server at `base`.
import { makeClient, fail } from "./clients.mjs";
import { trackJson, TRACK_ID } from "../lib/payload.mjs";

const job = JSON.parse(process.argv[2]);
try {
  let fetchImpl;
  if (job.memory) {
    const body = trackJson();
    const headers = { "content-type": "application/json; charset=utf-8" };
    fetchImpl = async () => new Response(body, { status: 200, headers });
  }
  const client = await makeClient(job.client, { base: job.base, token: job.token, fetchImpl });
  const run = async (calls) => {
    let next = 0;
    const lane = async () => {
      while (next < calls) {
        next++;
        const track = await client.getTrack(TRACK_ID);
        if (track?.id !== TRACK_ID) throw new Error("wrong answer");
      }
    };
    await Promise.all(Array.from({ length: Math.min(job.concurrency, Math.max(calls, 1)) }, lane));
  };
  await run(job.warmup);
  await run(job.calls);
  process.exit(0);
} catch (e) {
  fail(e);
}

// Section 1 worker: µs per call with an in-memory fetch (no network), one client per process.
import { makeClient, finish, fail } from "./clients.mjs";
import { trackJson, TRACK_ID } from "../lib/payload.mjs";

const job = JSON.parse(process.argv[2]);
try {
  const body = trackJson();
  const headers = { "content-type": "application/json; charset=utf-8" };
  // Every call gets a fresh Response (a body is read once), built the same way for every client.
  const memoryFetch = async () => new Response(body, { status: 200, headers });
  const client = await makeClient(job.client, { base: "https://api.spotify.com", fetchImpl: memoryFetch });
  const check = await client.getTrack(TRACK_ID);
  if (check?.id !== TRACK_ID) throw new Error("wrong answer");
  for (let i = 0; i < job.warmup; i++) await client.getTrack(TRACK_ID);
  // Timed in batches; the rep's figure is its fastest batch: on a shared machine the other load
  // only ever adds time, so the fastest batch is the closest to the client's own cost.
  const perBatch = Math.max(1, Math.floor(job.iterations / job.batches));
  const batches = [];
  for (let b = 0; b < job.batches; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < perBatch; i++) await client.getTrack(TRACK_ID);
    batches.push(Number(process.hrtime.bigint() - t0) / 1000 / perBatch);
  }
  batches.sort((a, b) => a - b);
  finish({ usPerCall: batches[0], medianBatchUs: batches[batches.length >> 1], via: client.via });
} catch (e) {
  fail(e);
}

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
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < job.iterations; i++) await client.getTrack(TRACK_ID);
  const ns = Number(process.hrtime.bigint() - t0);
  finish({ usPerCall: ns / 1000 / job.iterations, via: client.via });
} catch (e) {
  fail(e);
}

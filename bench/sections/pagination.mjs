// 7. Pagination: all items of a playlist via GET /playlists/{id}/items pages of 50, from a local
// server adding 50 ms of latency to each response: our paginate (offset pages in parallel once
// the total is known) against following `next` one page at a time.
import { alternate, runWorker } from "../lib/child.mjs";
import { startServer } from "../lib/servers.mjs";
import { fmtNum, fmtRange, pairedRatios, summarize } from "../lib/stats.mjs";

export const meta = { id: "pagination", number: 7, title: "Pagination (pages of 50, 50 ms latency per response)" };

const LATENCY_MS = 50;
const PLAYLIST = "37i9dQZF1DXcBWIGoYBM5M";

function playlistServer(total) {
  return (req, res, _body, counters) => {
    const url = new URL(req.url, "http://x");
    const m = /^\/v1\/playlists\/([^/]+)\/items$/.exec(url.pathname);
    if (req.method !== "GET" || !m) {
      res.writeHead(404, { "Content-Type": "application/json" });
      return res.end(JSON.stringify({ error: { status: 404, message: "Service not found" } }));
    }
    counters.pages = (counters.pages ?? 0) + 1;
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const limit = Math.min(50, Number(url.searchParams.get("limit") ?? 20));
    const base = `http://${req.headers.host}/v1/playlists/${m[1]}/items`;
    const items = [];
    for (let i = offset; i < Math.min(total, offset + limit); i++) {
      const item = { id: `item${i}`, name: `Track ${i}`, type: "track", uri: `spotify:track:item${i}`, duration_ms: 200000 + i, is_local: false };
      items.push({ added_at: "2026-01-01T00:00:00Z", added_by: null, is_local: false, item, track: item });
    }
    const page = {
      href: `${base}?offset=${offset}&limit=${limit}`, items, limit, offset, total,
      next: offset + limit < total ? `${base}?offset=${offset + limit}&limit=${limit}` : null,
      previous: offset > 0 ? `${base}?offset=${Math.max(0, offset - limit)}&limit=${limit}` : null,
    };
    const body = JSON.stringify(page);
    setTimeout(() => {
      res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
      res.end(body);
    }, LATENCY_MS);
  };
}

export async function run(ctx) {
  const total = ctx.quick ? 1_000 : 10_000;
  const clients = ["sequential next walk", "ours paginate (default concurrency)", "ours paginate (concurrency 16)"];
  const jobs = { "sequential next walk": {}, "ours paginate (default concurrency)": {}, "ours paginate (concurrency 16)": { concurrency: 16 } };
  const server = await startServer(playlistServer(total));
  let outcome;
  try {
    outcome = await alternate(clients, ctx.reps, (client) => runWorker("paginate.mjs", { client, base: server.url, playlist: PLAYLIST, total, ...jobs[client] }), ctx.log);
  } finally {
    await server.close();
  }
  const { results, failed } = outcome;
  const seq = results["sequential next walk"].map((r) => r.wallMs);
  const rows = [];
  const data = {};
  for (const c of clients) {
    if (failed[c]) { rows.push([c, failed[c].replace(/^[^:]+: /, ""), "", ""]); continue; }
    const wall = summarize(results[c].map((r) => r.wallMs));
    const speedup = summarize(pairedRatios(seq, results[c].map((r) => r.wallMs)));
    data[c] = { wallMs: wall, speedupVsSequential: speedup, via: results[c][0]?.via };
    rows.push([c, fmtRange(wall, 0), c === clients[0] ? "1.0" : fmtRange(speedup, 1), results[c][0]?.via ?? ""]);
  }
  const notes = [`${total.toLocaleString("en-US")} items = ${total / 50} pages of 50, each answered after ${LATENCY_MS} ms; every walk checks it got every item once, in order. The clock starts at the first request: loading and building the SDK are not timed (the sequential walk has no set-up either).`];
  const def = data["ours paginate (default concurrency)"];
  const c16 = data["ours paginate (concurrency 16)"];
  if (ctx.quick) notes.push("Quick run: a smaller playlist; the targets (≤ 2.8 s at the default concurrency, ≤ 0.8 s at 16) are for the full 10,000 items.");
  else if (def && c16) notes.push(`Targets ≤ 2.8 s at the default concurrency and ≤ 0.8 s at 16: ${fmtNum(def.wallMs.median / 1000, 2)} s (${def.wallMs.median <= 2800 ? "met" : "not met"}), ${fmtNum(c16.wallMs.median / 1000, 2)} s (${c16.wallMs.median <= 800 ? "met" : "not met"}).`);
  return { tables: [{ columns: ["walk", "wall ms", "speed-up vs sequential (x)", "how"], rows }], notes, data };
}

// 9. Emulator with fixtures: start-up (spawn to first answer) with 10,000 fixture objects against
// the same start without them, and seeded random search queries up to 100 KB while
// /emulator/health is sampled throughout: the longest request and health's latency. The targets
// are issue 20's; like every section it measures and never fails.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanMessage } from "../lib/child.mjs";
import { emulatorCli, emulatorToken, spawnServer, stopChild } from "../lib/emulator.mjs";
import { fmtNum, fmtRange, summarize } from "../lib/stats.mjs";

export const meta = { id: "fixtures", number: 9, title: "Emulator with fixtures: start-up and long search queries" };

/** mulberry32: a small seeded PRNG, so the fixtures and the queries are the same every run. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const WORDS = ["love", "night", "blue", "fire", "dream", "heart", "river", "gold", "city", "rain", "echo", "wild", "summer", "ghost", "north", "velvet", "paper", "storm", "honey", "neon"];
const API = "https://api.spotify.com/v1";
/** The emulator warms up in the background after it listens (validators, search indexes): figures after this are reported apart. */
const WARM_MS = 3000;

/**
 * 10,000 objects in Spotify's shapes, saved as a multi-get would return them: 1,000 artists,
 * 2,000 albums (each with its tracks page) and 7,000 tracks (each with its album and artists).
 * Returns the files' directory content as [name, value] pairs and the count per type.
 */
export function generateFixtures(seed = 20, { artists = 1000, albums = 2000, tracks = 7000 } = {}) {
  const rnd = prng(seed);
  const int = (n) => Math.floor(rnd() * n);
  const id = () => Array.from({ length: 22 }, () => BASE62[int(62)]).join("");
  const title = (n) => Array.from({ length: n }, () => WORDS[int(WORDS.length)]).map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");
  const ref = (type, oid) => ({ external_urls: { spotify: `https://open.spotify.com/${type}/${oid}` }, href: `${API}/${type}s/${oid}`, id: oid, type, uri: `spotify:${type}:${oid}` });
  const image = (oid) => [{ url: `https://i.scdn.co/image/${oid}`, height: 640, width: 640 }];
  const artistList = Array.from({ length: artists }, () => {
    const oid = id();
    return { ...ref("artist", oid), name: title(1 + int(2)), followers: { href: null, total: int(1e6) }, genres: [WORDS[int(WORDS.length)]], images: image(oid), popularity: int(100) };
  });
  const albumList = Array.from({ length: albums }, (_, i) => {
    const oid = id();
    const by = artistList[int(artists)];
    const year = 1970 + int(56);
    return {
      ...ref("album", oid), album_type: "album", total_tracks: 0, available_markets: ["US", "GB", "SE"], images: image(oid), name: title(1 + int(3)),
      release_date: `${year}-0${1 + int(9)}-1${int(10)}`, release_date_precision: "day", artists: [{ ...ref("artist", by.id), name: by.name }],
      copyrights: [{ text: `© ${year} Bench Records`, type: "C" }], external_ids: { upc: String(100000000000 + i) }, genres: [], label: "Bench Records", popularity: int(100),
      tracks: { href: `${API}/albums/${oid}/tracks?offset=0&limit=50`, items: [], limit: 50, next: null, offset: 0, previous: null, total: 0 },
    };
  });
  const simpleAlbum = (a) => { const { copyrights, external_ids, genres, label, popularity, tracks: _t, ...rest } = a; return rest; };
  const trackList = Array.from({ length: tracks }, (_, i) => {
    const oid = id();
    const album = albumList[i % albums];
    const artist = artistList[int(artists)];
    const simple = {
      ...ref("track", oid), artists: [{ ...ref("artist", artist.id), name: artist.name }], available_markets: ["US", "GB", "SE"], disc_number: 1,
      duration_ms: 120000 + int(240000), explicit: rnd() < 0.1, is_local: false, name: title(1 + int(4)), preview_url: null, track_number: album.tracks.items.length + 1,
    };
    album.tracks.items.push(simple);
    return { ...simple, album: null, external_ids: { isrc: `QZBEN${String(i).padStart(7, "0")}` }, popularity: int(100) };
  });
  for (const a of albumList) a.total_tracks = a.tracks.total = a.tracks.items.length;
  trackList.forEach((t, i) => (t.album = simpleAlbum(albumList[i % albums])));
  const files = [];
  const chunked = (key, list, size) => {
    for (let i = 0; i < list.length; i += size) files.push([`${key}-${String(i / size).padStart(4, "0")}.json`, { [key]: list.slice(i, i + size) }]);
  };
  chunked("artists", artistList, 50);
  chunked("albums", albumList, 20);
  chunked("tracks", trackList, 50);
  return { files, counts: { artist: artists, album: albums, track: tracks }, sampleTrack: trackList[0] };
}

/**
 * Seeded search queries, lengths spread log-uniformly from 1 to 100 KB, in the shapes that
 * used to cost most: one long letter run, repeated words, field filters, random text.
 */
export function searchQueries(n, seed = 22, maxLength = 100 * 1024) {
  const rnd = prng(seed);
  const int = (k) => Math.floor(rnd() * k);
  const shapes = [
    (len) => "a".repeat(len),
    (len) => "love ".repeat(Math.ceil(len / 5)).slice(0, len),
    (len) => { let s = ""; while (s.length < len) s += `${["artist", "album", "track", "year", "genre"][int(5)]}:${WORDS[int(WORDS.length)]} `; return s.slice(0, len); },
    (len) => { let s = ""; while (s.length < len) s += `${WORDS[int(WORDS.length)]}${rnd() < 0.3 ? "" : " "}`; return s.slice(0, len); },
    (len) => Array.from({ length: len }, () => "abcdefghijklmnopqrstuvwxyz :-\"*"[int(31)]).join(""),
    (len) => `year:1990-2000 tag:new ${"x".repeat(Math.max(0, len - 23))}`.slice(0, len),
  ];
  return Array.from({ length: n }, () => {
    const len = Math.max(1, Math.round(Math.exp(rnd() * Math.log(maxLength))));
    return shapes[int(shapes.length)](len);
  });
}

async function startEmulator(extra) {
  return spawnServer([emulatorCli(), "--port", "0", "--rate-limit", "0", ...extra], {
    urlFrom: (out) => /listening on (http:\/\/\S+)/.exec(out)?.[1] ?? null,
    ready: async (url) => (await fetch(`${url}/emulator/health`)).status === 200,
  });
}

async function timed(url, init) {
  const t0 = performance.now();
  const r = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) });
  await r.arrayBuffer();
  return { status: r.status, ms: performance.now() - t0 };
}

/**
 * Sends the queries (`concurrency` at a time) while one loop samples /emulator/health back to
 * back, 5 ms apart. Every figure carries `at`: ms since the emulator's first answer (`readyAt`).
 */
async function longQueries(url, token, queries, concurrency, readyAt) {
  const health = [];
  let done = false;
  const sampler = (async () => {
    while (!done) {
      const at = performance.now() - readyAt;
      health.push({ ...(await timed(`${url}/emulator/health`)), at });
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < queries.length) {
      const q = queries[next++];
      const type = ["track", "album,artist", "track,album,artist,playlist,show,episode,audiobook"][q.length % 3];
      const at = performance.now() - readyAt;
      const r = await timed(`${url}/v1/search?q=${encodeURIComponent(q)}&type=${type}&limit=10`, { headers: { Authorization: `Bearer ${token}` } });
      results.push({ ...r, length: q.length, at });
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - t0;
  done = true;
  await sampler;
  return { results, health, wallMs };
}

function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)] : NaN;
}

export async function run(ctx) {
  const reps = ctx.quick ? 1 : Math.min(ctx.reps, 5);
  const nQueries = ctx.quick ? 120 : 600;
  const concurrency = 4;
  const dir = mkdtempSync(join(tmpdir(), "bench-fixtures-"));
  const gen = generateFixtures();
  const fixturesDir = join(dir, "fixtures");
  mkdirSync(fixturesDir);
  let bytes = 0;
  for (const [name, value] of gen.files) {
    const text = JSON.stringify(value);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(fixturesDir, name), text);
  }
  const objects = Object.values(gen.counts).reduce((a, b) => a + b, 0);
  const starts = { without: [], with: [] };
  const search = [];
  let loaded;
  let failure;
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const which of rep % 2 ? ["with", "without"] : ["without", "with"]) {
        const s = await startEmulator(which === "with" ? ["--fixtures", fixturesDir] : []);
        const readyAt = performance.now();
        try {
          starts[which].push(s.startMs);
          if (which !== "with") continue;
          const token = await emulatorToken(s.url);
          // The fixtures must be what is served: the counts, and a track at its ID.
          loaded ??= (await (await fetch(`${s.url}/emulator/fixtures`)).json()).counts;
          const t = await fetch(`${s.url}/v1/tracks/${gen.sampleTrack.id}`, { headers: { Authorization: `Bearer ${token}` } });
          const served = t.status === 200 && (await t.json()).name === gen.sampleTrack.name;
          if (!served) throw new Error(`a fixture track is not served at its ID (GET /v1/tracks answered ${t.status})`);
          if (rep === 0) {
            // From the first answer (index building included), then other queries (none answered from the response cache) from WARM_MS on.
            search.push(await longQueries(s.url, token, searchQueries(nQueries, 22), concurrency, readyAt));
            await new Promise((r) => setTimeout(r, Math.max(0, WARM_MS - (performance.now() - readyAt))));
            search.push(await longQueries(s.url, token, searchQueries(nQueries, 23), concurrency, readyAt));
          }
        } finally {
          await stopChild(s.child);
        }
      }
    }
  } catch (e) {
    failure = cleanMessage(e.message.split("\n")[0]);
    ctx.log(`  fixtures: failed: ${failure}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!starts.with.length) return { error: failure ?? "no emulator start with fixtures" };
  const sw = summarize(starts.with);
  const so = summarize(starts.without);
  const rows = [
    ["start-up, no fixtures", "spawn to first /emulator/health answer", `${fmtRange(so, 0)} ms`, "–"],
    [`start-up, ${objects.toLocaleString("en-US")} fixture objects`, `--fixtures: ${gen.files.length} files, ${fmtNum(bytes / 1048576, 1)} MiB`, `${fmtRange(sw, 0)} ms`, "≤ 1,000 ms"],
  ];
  const data = { objects, files: gen.files.length, bytes, loaded, startWithMs: sw, startWithoutMs: so };
  const notes = [
    `Fixtures generated by the section from a fixed seed: ${gen.counts.artist.toLocaleString("en-US")} artists, ${gen.counts.album.toLocaleString("en-US")} albums (each with its tracks page), ${gen.counts.track.toLocaleString("en-US")} tracks (each with its album and artists), saved as multi-gets (\`{"tracks":[…]}\`) in a temporary directory; every rep checks a fixture track is served at its ID. Starts alternate with and without fixtures, a fresh process each.`,
  ];
  if (search.length) {
    const runs = search.map(({ results, health, wallMs }) => {
      const ms = (list) => list.map((r) => r.ms);
      const slowest = (list) => list.reduce((a, r) => (r.ms > a.ms ? r : a), list[0]);
      const top = slowest(results);
      return {
        queries: results.length, ok: results.filter((r) => r.status === 200).length, refused: results.filter((r) => r.status === 400).length,
        other: results.filter((r) => r.status !== 200 && r.status !== 400).length, maxQueryChars: Math.max(...results.map((r) => r.length)),
        fromS: Math.min(...results.map((r) => r.at)) / 1000, wallMs, longestMs: top.ms, longestChars: top.length, longestAtS: top.at / 1000, p99Ms: percentile(ms(results), 99),
        healthSamples: health.length, healthMaxMs: Math.max(...ms(health)), healthMaxAtS: slowest(health).at / 1000, healthP99Ms: percentile(ms(health), 99), healthMedianMs: percentile(ms(health), 50),
      };
    });
    for (const [i, r] of runs.entries()) {
      const when = i === 0 ? "from the first answer" : `other queries, from ${fmtNum(r.fromS, 1)} s after start`;
      rows.push(
        [`search, ${when}: ${r.queries} random queries (1 B–${fmtNum(r.maxQueryChars / 1024, 0)} KB), ${concurrency} at a time`, `${r.ok} answered 200, ${r.refused} refused 400 (q > 4,096), ${r.other} other; ${fmtNum(r.wallMs / 1000, 1)} s`, `longest ${fmtNum(r.longestMs, 0)} ms (q of ${r.longestChars.toLocaleString("en-US")} chars, ${fmtNum(r.longestAtS, 1)} s after start), p99 ${fmtNum(r.p99Ms, 0)} ms`, "no request > 1,000 ms"],
        ["  /emulator/health meanwhile", `${r.healthSamples} samples`, `max ${fmtNum(r.healthMaxMs, 1)} ms (${fmtNum(r.healthMaxAtS, 1)} s after start), p99 ${fmtNum(r.healthP99Ms, 1)} ms, median ${fmtNum(r.healthMedianMs, 1)} ms`, "≤ 50 ms"],
      );
    }
    data.search = runs;
    notes.push(`Queries: ${runs[0].queries} from a fixed seed, lengths log-uniform up to 100 KB, in six shapes (one letter run, \`love \` repeated, field filters, random words, random characters, a year range and tag before a long run), types varying, against the emulator with the fixtures: sent from its first answer on, then as many others (another seed, so none comes from the response cache) once ${WARM_MS / 1000} s have passed since start. A 400 past the emulator's 4,096-character limit is the expected answer. Health is sampled by one loop (a request, 5 ms pause) during each run; the latencies include this process's own client time on the same cores.`);
    notes.push("The first run includes building the search indexes: a search whose index is not built yet awaits its build, and 250 ms after listening a background warm-up compiles the body validators and builds the rest; index builds and broad searches run in slices of about 8 ms that share each event-loop turn (catalog/slices.ts). The second run comes after both.");
  }
  if (failure) notes.push(`Stopped early: ${failure}.`);
  const met = (ok) => (ok ? "met" : "not met");
  const verdict = [`start-up with fixtures ${fmtNum(sw.median, 0)} ms (${met(sw.median <= 1000)})`];
  for (const [i, r] of (data.search ?? []).entries()) {
    verdict.push(`${i === 0 ? "from the first answer" : "after the warm-up"}: longest request ${fmtNum(r.longestMs, 0)} ms (${met(r.longestMs <= 1000)}), health at most ${fmtNum(r.healthMaxMs, 1)} ms (${met(r.healthMaxMs <= 50)})`);
  }
  notes.push(`Targets start-up ≤ 1 s with 10,000 fixture objects, no request > 1 s, /emulator/health ≤ 50 ms: ${verdict.join(", ")}.`);
  return {
    reps: `${reps} start${reps === 1 ? "" : "s"} with and without fixtures, alternating; the search runs in the first start with fixtures`,
    tables: [{ columns: ["what", "how", "measured", "target"], rows }],
    notes,
    data,
  };
}

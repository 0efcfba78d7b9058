// Audio features and a compact audio analysis, derived from the track.
import type { Catalog } from "./catalog.js";
import { hash32, Rng } from "./prng.js";

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The tunable attributes of a track (also what recommendations filter on). */
export function attributes(catalog: Catalog, index: number): Record<string, number> {
  const rng = new Rng(hash32(catalog.seed, index, 50));
  const t = catalog.track(index);
  return {
    acousticness: round(rng.next()),
    danceability: round(rng.next()),
    duration_ms: t.durationMs,
    energy: round(rng.next()),
    instrumentalness: round(rng.next() ** 3),
    key: rng.int(12),
    liveness: round(rng.next() * 0.6),
    loudness: round(-30 + rng.next() * 28, 2),
    mode: rng.int(2),
    popularity: t.popularity,
    speechiness: round(rng.next() * 0.5),
    tempo: round(60 + rng.next() * 140, 2),
    time_signature: rng.pick([3, 4, 4, 4, 5]),
    valence: round(rng.next()),
  };
}

/**
 * The audio features object of a track (GET /audio-features): its tunable attributes without popularity,
 * plus the ids and links Spotify adds.
 */
export function features(catalog: Catalog, index: number, apiBase: string): Record<string, unknown> {
  const id = catalog.id("track", index);
  const { popularity: _popularity, ...a } = attributes(catalog, index);
  return {
    ...a,
    analysis_url: `${apiBase}/audio-analysis/${id}`,
    id,
    track_href: `${apiBase}/tracks/${id}`,
    type: "audio_features",
    uri: `spotify:track:${id}`,
  };
}

/**
 * A compact audio analysis of a track (GET /audio-analysis): bars, beats and sections derived from the
 * track's seed, so the same track always analyses the same.
 */
export function analysis(catalog: Catalog, index: number): Record<string, unknown> {
  const a = attributes(catalog, index);
  const rng = new Rng(hash32(catalog.seed, index, 51));
  const duration = a.duration_ms / 1000;
  const beat = 60 / a.tempo;
  const intervals = (length: number, cap: number) => {
    const out: Array<{ start: number; duration: number; confidence: number }> = [];
    for (let start = 0; start + length <= duration && out.length < cap; start += length) {
      out.push({ start: round(start, 5), duration: round(length, 5), confidence: round(rng.next()) });
    }
    return out;
  };
  const sectionLength = duration / 6;
  return {
    meta: { analyzer_version: "4.0.0", platform: "Linux", detailed_status: "OK", status_code: 0, timestamp: 1_700_000_000, analysis_time: 1.5, input_process: "libvorbisfile L+R 44100->22050" },
    track: {
      num_samples: Math.round(duration * 22050), duration: round(duration, 5), sample_md5: "", offset_seconds: 0, window_seconds: 0,
      analysis_sample_rate: 22050, analysis_channels: 1, end_of_fade_in: 0, start_of_fade_out: round(duration - 5, 5),
      loudness: a.loudness, tempo: a.tempo, tempo_confidence: 0.8, time_signature: a.time_signature, time_signature_confidence: 0.9,
      key: a.key, key_confidence: 0.7, mode: a.mode, mode_confidence: 0.6,
      codestring: "", code_version: 3.15, echoprintstring: "", echoprint_version: 4.15, synchstring: "", synch_version: 1, rhythmstring: "", rhythm_version: 1,
    },
    bars: intervals(beat * a.time_signature, 200),
    beats: intervals(beat, 400),
    sections: Array.from({ length: 6 }, (_, i) => ({
      start: round(i * sectionLength, 5), duration: round(sectionLength, 5), confidence: 1, loudness: a.loudness, tempo: a.tempo,
      tempo_confidence: 0.8, key: a.key, key_confidence: 0.7, mode: a.mode, mode_confidence: 0.6, time_signature: a.time_signature, time_signature_confidence: 1,
    })),
    segments: intervals(0.5, 120).map((s) => ({
      ...s, loudness_start: -30, loudness_max: round(-20 + rng.next() * 15, 2), loudness_max_time: 0.1, loudness_end: -30,
      pitches: Array.from({ length: 12 }, () => round(rng.next())), timbre: Array.from({ length: 12 }, () => round(rng.next() * 100 - 50, 2)),
    })),
    tatums: intervals(beat / 2, 400),
  };
}

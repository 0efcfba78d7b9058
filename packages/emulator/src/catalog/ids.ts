// 22-character base-62 ids that encode (kind, index) behind a seed-keyed 32-bit permutation, so an
// id maps to its record and back without any table. The remaining 16 characters are derived from
// the first 6 and the seed and act as a checksum: a made-up id is simply unknown.
import { hash32, Rng } from "./prng.js";

/** The alphabet of Spotify ids, in the order the id codec counts in. */
export const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE62_ID = /^[0-9A-Za-z]{22}$/;
const HEAD = 6;

/** Record kinds encoded in catalog ids. */
export const Kind = {
  track: 0,
  album: 1,
  artist: 2,
  playlist: 3,
  show: 4,
  episode: 5,
  audiobook: 6,
  chapter: 7,
} as const;
/** A record kind by name (`"track"`, `"album"`, ...). */
export type KindName = keyof typeof Kind;
/** The number an id encodes for its record kind. */
export type KindCode = (typeof Kind)[KindName];

/** Whether `id` has the shape of a Spotify id (22 base-62 characters). */
export function isBase62Id(id: string): boolean {
  return BASE62_ID.test(id);
}

function inverse(a: number): number {
  // Newton's iteration for the inverse of an odd number modulo 2^32.
  let x = a;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(a, x));
  return x >>> 0;
}

function encode62(value: number, width: number): string {
  let out = "";
  let v = value;
  for (let i = 0; i < width; i++) {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out;
}

function decode62(text: string): number {
  let v = 0;
  for (let i = 0; i < text.length; i++) v = v * 62 + BASE62.indexOf(text[i]);
  return v;
}

/** Encodes and decodes catalog ids for one seed. */
export class IdCodec {
  private readonly a: number;
  private readonly b: number;
  private readonly ai: number;
  private readonly bi: number;
  private readonly mask: number;

  constructor(private readonly seed: number) {
    this.a = (hash32(seed, 1) | 1) >>> 0;
    this.b = (hash32(seed, 2) | 1) >>> 0;
    this.ai = inverse(this.a);
    this.bi = inverse(this.b);
    this.mask = hash32(seed, 3);
  }

  private permute(v: number): number {
    let x = (v ^ this.mask) >>> 0;
    x = Math.imul(x, this.a) >>> 0;
    x = (x ^ (x >>> 16)) >>> 0;
    x = Math.imul(x, this.b) >>> 0;
    return (x ^ (x >>> 16)) >>> 0;
  }

  private unpermute(p: number): number {
    let x = (p ^ (p >>> 16)) >>> 0;
    x = Math.imul(x, this.bi) >>> 0;
    x = (x ^ (x >>> 16)) >>> 0;
    x = Math.imul(x, this.ai) >>> 0;
    return (x ^ this.mask) >>> 0;
  }

  private tail(p: number): string {
    const rng = new Rng(hash32(this.seed, p, 4));
    let out = "";
    for (let i = 0; i < 22 - HEAD; i++) out += BASE62[rng.int(62)];
    return out;
  }

  /** The id of record `index` of `kind` (index < 2^28). */
  encode(kind: KindCode, index: number): string {
    const p = this.permute(((index << 4) | kind) >>> 0);
    return encode62(p, HEAD) + this.tail(p);
  }

  /** The (kind, index) an id stands for, or undefined for an id this catalog never issued. */
  decode(id: string): { kind: KindCode; index: number } | undefined {
    if (!isBase62Id(id)) return undefined;
    const p = decode62(id.slice(0, HEAD));
    if (p > 0xffffffff || id.slice(HEAD) !== this.tail(p)) return undefined;
    const v = this.unpermute(p);
    const kind = v & 15;
    if (kind > 7) return undefined;
    return { kind: kind as KindCode, index: v >>> 4 };
  }
}

/** A random-looking base-62 id derived from a string key (user playlists, devices). */
export function derivedId(seed: number, key: string, length = 22): string {
  let h = seed >>> 0;
  for (let i = 0; i < key.length; i++) h = hash32(h, key.charCodeAt(i), i);
  const rng = new Rng(h);
  let out = "";
  for (let i = 0; i < length; i++) out += BASE62[rng.int(62)];
  return out;
}

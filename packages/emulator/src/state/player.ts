// One user's player: devices, the loaded items (a context or a list of URIs), a queue, and a
// playback position that advances with the emulator's clock. Time is applied lazily: every read
// and command first calls `advance(now)`, which moves through the items that finished meanwhile.
import { Rng } from "../catalog/prng.js";

/** Spotify's repeat modes. */
export type RepeatState = "off" | "track" | "context";

/** A playback device of the user (the emulator gives each user two). */
export interface DeviceRec {
  id: string;
  name: string;
  type: string;
  volume: number;
  supportsVolume: boolean;
}

/** A player's whole state, as --data-dir keeps it: position is `progress` at clock time `anchor`. */
export interface PlayerJSON {
  devices: DeviceRec[];
  active: string | null;
  context: string | null;
  items: string[];
  index: number;
  current: string | null;
  queue: string[];
  progress: number;
  anchor: number;
  playing: boolean;
  repeat: RepeatState;
  shuffle: boolean;
  /** With shuffle on: the play order, as indices into `items`, starting with the one playing then. */
  order?: number[];
}

/** How long an item lasts (ms), or undefined if it no longer exists. */
export type DurationOf = (uri: string) => number | undefined;
/** Called for each item that finished playing, so it reaches the play history. */
export type OnPlayed = (uri: string, playedAt: number, context: string | null) => void;

/** A jump in the clock of years must not loop for ever. */
const MAX_STEPS = 10_000;

/** One user's playback, advanced lazily to the emulator's clock on each read or command. */
export class Player {
  constructor(public s: PlayerJSON) {}

  get activeDevice(): DeviceRec | undefined {
    return this.s.devices.find((d) => d.id === this.s.active);
  }

  device(id: string): DeviceRec | undefined {
    return this.s.devices.find((d) => d.id === id);
  }

  advance(now: number, durationOf: DurationOf, onPlayed: OnPlayed): void {
    const s = this.s;
    if (!s.playing || s.current === null) {
      s.anchor = now;
      return;
    }
    let elapsed = s.progress + Math.max(0, now - s.anchor);
    let at = s.anchor - s.progress;
    for (let step = 0; step < MAX_STEPS; step++) {
      const length = durationOf(s.current) ?? 0;
      if (elapsed < length) break;
      elapsed -= length;
      at += length;
      onPlayed(s.current, at, s.context);
      if (!this.step(1)) {
        s.playing = false;
        elapsed = 0;
        break;
      }
      if (step === MAX_STEPS - 1) elapsed = 0;
    }
    s.progress = elapsed;
    s.anchor = now;
  }

  /**
   * Moves to the next (+1) or previous (-1) item, honouring the queue and the repeat mode.
   * @returns false when playback ran off the end of the items
   */
  step(direction: 1 | -1, manual = false): boolean {
    const s = this.s;
    s.progress = 0;
    if (direction === 1 && s.repeat === "track" && !manual && s.current !== null) return true;
    if (direction === 1 && s.queue.length > 0) {
      s.current = s.queue.shift() ?? null;
      return true;
    }
    if (s.items.length === 0) return false;
    const order = s.shuffle && s.order?.length === s.items.length ? s.order : undefined;
    let at = (order ? order.indexOf(s.index) : s.index) + direction;
    if (at >= s.items.length) {
      if (s.repeat === "off" && !manual) return false;
      at = 0;
    }
    if (at < 0) at = s.repeat === "context" ? s.items.length - 1 : 0;
    s.index = order ? order[at] : at;
    s.current = s.items[s.index];
    return true;
  }

  /**
   * Jumps to a position in the current item. A position at or past its end does not count as
   * time played: Spotify starts the next item instead ("will cause the player to start playing
   * the next song", spec), so it moves on as a skip would, without a play in the history.
   */
  seek(positionMs: number, durationOf: DurationOf): void {
    const s = this.s;
    if (s.current === null || positionMs < (durationOf(s.current) ?? 0)) {
      s.progress = positionMs;
      return;
    }
    if (!this.step(1, true)) s.playing = false;
  }

  /** Turns shuffle on (a fresh play order from the current item) or off (back to context order). */
  setShuffle(on: boolean, seed: number): void {
    const s = this.s;
    s.shuffle = on;
    if (!on) {
      delete s.order;
      return;
    }
    const rng = new Rng(seed);
    const rest = s.items.map((_, i) => i).filter((i) => i !== s.index);
    for (let i = rest.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [rest[i], rest[j]] = [rest[j], rest[i]];
    }
    s.order = s.items.length === 0 ? [] : [s.index, ...rest];
  }

  load(context: string | null, items: string[], index: number, positionMs: number, now: number): void {
    const s = this.s;
    s.context = context;
    s.items = items;
    s.index = Math.max(0, Math.min(index, items.length - 1));
    s.current = items[s.index] ?? null;
    s.progress = positionMs;
    s.anchor = now;
    s.playing = s.current !== null;
    if (s.shuffle) this.setShuffle(true, now);
  }

  toJSON(): PlayerJSON {
    const out: PlayerJSON = { ...this.s, devices: this.s.devices.map((d) => ({ ...d })), items: [...this.s.items], queue: [...this.s.queue] };
    if (this.s.order) out.order = [...this.s.order];
    return out;
  }
}

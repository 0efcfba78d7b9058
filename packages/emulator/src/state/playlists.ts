// Playlists created by users: items with who added them and when, and a version behind the
// `snapshot_id` (behaviour.md §2.9).
import { createHash } from "node:crypto";

/** One item of a user playlist: what it is, when and by whom it was added. */
export interface PlaylistItem {
  /** spotify:track:..., spotify:episode:... or spotify:local:... */
  uri: string;
  addedAt: number;
  addedBy: string;
}

/** A user playlist as --data-dir keeps it; `version` is what its snapshot id encodes. */
export interface UserPlaylistJSON {
  id: string;
  ownerId: string;
  name: string;
  description: string | null;
  public: boolean;
  collaborative: boolean;
  items: PlaylistItem[];
  version: number;
  /** Hash of the custom cover image, if one was uploaded. */
  image?: string;
  /** The uploaded cover itself (base64 JPEG), served at `/image/<hash>`. */
  imageData?: string;
  createdAt: number;
  /** A playlist loaded as a fixture: its own fields (images, snapshot_id, ...) without its items. */
  fixture?: Record<string, unknown>;
}

/**
 * A playlist users own (made through the API, seeded, or loaded from fixtures), with snapshot ids that
 * carry its version.
 */
export class UserPlaylist {
  /** Called after every change (touch()); the store's map uses it to keep its search index current. */
  onTouch?: () => void;

  constructor(public data: UserPlaylistJSON) {}

  get id(): string {
    return this.data.id;
  }

  get snapshotId(): string {
    return snapshotFor(this.data.id, this.data.version);
  }

  /** Bumps the version after a change (every change calls it) and returns the new snapshot id. */
  touch(): string {
    this.data.version++;
    this.onTouch?.();
    return this.snapshotId;
  }

  /** Whether `snapshot` names a version of this playlist that existed. */
  knowsSnapshot(snapshot: string): boolean {
    if (this.data.version === 1 && this.data.fixture?.snapshot_id === snapshot) return true;
    const version = versionOf(snapshot);
    return version !== undefined && version <= this.data.version && snapshotFor(this.data.id, version) === snapshot;
  }
}

function checksum(id: string, version: number): string {
  return createHash("sha1").update(`${id}:${version}`).digest("hex").slice(0, 16);
}

/** Snapshot ids look opaque but carry the version, so older snapshots stay recognisable. */
export function snapshotFor(id: string, version: number): string {
  return Buffer.from(`${String(version).padStart(8, "0")}${checksum(id, version)}`).toString("base64");
}

function versionOf(snapshot: string): number | undefined {
  const text = Buffer.from(snapshot, "base64").toString("latin1");
  return /^\d{8}[0-9a-f]{16}$/.test(text) ? Number(text.slice(0, 8)) : undefined;
}

import { MeetstreamError } from "../errors/meetstream-error";

/**
 * A stream's folded state at one version, so that a cold start folds only the events after it. The state
 * is opaque bytes here (compressed JSON: see `state-snapshots.ts`); the store only keeps them.
 */
export interface Snapshot {
  streamId: string;
  /** The version of the last event folded into `state`. */
  version: number;
  /** The id of that event: a snapshot whose event is not in the stream belongs to another log. */
  lastEventId: string;
  /** Names the decider and its state's shape: a snapshot under another tag is never decoded. */
  tag: string;
  state: Uint8Array;
}

/**
 * The latest snapshot of each stream. Derived and disposable: losing one costs one full fold.
 * Every adapter passes the suite in `contract.ts`.
 */
export interface SnapshotStore {
  /** The stream's snapshot, whatever its tag; null when it has none. */
  latest(streamId: string): Promise<Snapshot | null>;
  /**
   * Keeps the snapshot, replacing the stream's unless that one has the same tag and a version at least as
   * new (concurrent writers never move a snapshot back; a new tag replaces an old one at once). Throws
   * `InvalidSnapshot` or `SnapshotTooLarge` and writes nothing for what it cannot keep.
   */
  save(snapshot: Snapshot): Promise<void>;
}

/**
 * DynamoDB keeps at most 400 KB an item, names and key included; this leaves room for them and matches the
 * 350 KB the largest written item is allowed.
 */
export const maximumSnapshotBytes = 350_000;

export class InvalidSnapshot extends MeetstreamError {
  readonly code = "INVALID_SNAPSHOT";
}

/** A state that does not fit one item: the stream is then folded from its events, as without snapshots. */
export class SnapshotTooLarge extends MeetstreamError {
  readonly code = "SNAPSHOT_TOO_LARGE";

  constructor(
    readonly streamId: string,
    readonly bytes: number,
  ) {
    super(`the snapshot of ${streamId} takes ${bytes} bytes, more than the ${maximumSnapshotBytes} allowed`);
  }
}

const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0;

/** Checks a snapshot once, so that every adapter refuses exactly the same ones. */
export function assertSnapshot(snapshot: Snapshot): void {
  const { streamId, version, lastEventId, tag, state } = snapshot ?? ({} as Snapshot);
  if (!isText(streamId)) throw new InvalidSnapshot("a snapshot names its stream");
  if (!Number.isSafeInteger(version) || version < 1)
    throw new InvalidSnapshot(`a snapshot folds at least one event: version ${version} is not allowed`);
  if (!isText(lastEventId)) throw new InvalidSnapshot("a snapshot names the last event it folds");
  if (!isText(tag)) throw new InvalidSnapshot("a snapshot carries a tag");
  if (!(state instanceof Uint8Array)) throw new InvalidSnapshot("a snapshot's state is bytes");
  if (state.byteLength > maximumSnapshotBytes) throw new SnapshotTooLarge(streamId, state.byteLength);
}

import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, brotliDecompress, constants } from "node:zlib";
import type { SnapshotStore } from "./snapshot-store";

const compress = promisify(brotliCompress);
const decompress = promisify(brotliDecompress);

/**
 * How a decider's state becomes a JSON value and back. Plain objects, arrays, strings, numbers and null
 * survive JSON as they are; a state holding `Map`s, `Set`s, `Date`s or `undefined` needs a codec of its own.
 */
export interface StateCodec<State> {
  toJson(state: State): unknown;
  fromJson(json: unknown): State;
}

/** For states made of JSON values only: the deciders' tests prove theirs round-trip unchanged. */
export const jsonStateCodec = <State>(): StateCodec<State> => ({
  toJson: (state) => state,
  fromJson: (json) => json as State,
});

/**
 * When and how a decider's streams are snapshotted. Only for states without personal data: a snapshot
 * keeps the state as read, with sealed fields opened, outside the reach of crypto-shredding. Member
 * streams hold a member's email in plaintext, so they are never snapshotted (they are short anyway).
 */
export interface SnapshotPolicy<State> {
  store: SnapshotStore;
  /** From `snapshotTag`: a stored snapshot under any other tag is ignored. */
  tag: string;
  codec?: StateCodec<State>;
  /** A snapshot is written once this many events were appended since the last one (default 100). */
  every?: number;
  /**
   * Told of each snapshot that could not be read or written (too large, a store error, a state that no
   * longer decodes). The command goes on regardless: its events are stored, and a fold does without.
   */
  onError?: (error: unknown, streamId: string) => void;
}

export const defaultSnapshotInterval = 100;

/**
 * The tag of a decider's snapshots: its name, a revision to raise by hand whenever the state's shape
 * changes, and a fingerprint of its initial state, so that a field added or removed at the top also
 * changes the tag when the revision was forgotten. Data, not code: every bundle computes the same tag.
 */
export function snapshotTag(name: string, revision: number, initialState: unknown): string {
  const fingerprint = createHash("sha256")
    .update(JSON.stringify(initialState))
    .digest("base64url")
    .slice(0, 12);
  return `${name}/${revision}/${fingerprint}`;
}

/**
 * JSON compresses well (names repeat, ids share prefixes); quality 5 of 11 gets most of brotli's gain in
 * a fraction of its highest quality's time, which matters for a state of a megabyte.
 */
export async function encodeState<State>(state: State, codec: StateCodec<State>): Promise<Uint8Array> {
  const json = Buffer.from(JSON.stringify(codec.toJson(state)));
  const compressed = await compress(json, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: json.byteLength,
    },
  });
  return new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength);
}

export async function decodeState<State>(bytes: Uint8Array, codec: StateCodec<State>): Promise<State> {
  const json = await decompress(bytes);
  return codec.fromJson(JSON.parse(json.toString("utf8")));
}

/** A decider's `snapshots` option from the store a composition opened: none without one. */
export const snapshotsIn = (
  store: SnapshotStore | undefined,
  tag: string,
): { snapshots?: Pick<SnapshotPolicy<unknown>, "store" | "tag"> } =>
  store ? { snapshots: { store, tag } } : {};

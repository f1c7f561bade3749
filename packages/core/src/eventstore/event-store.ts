import type { EventEnvelope, PendingEvent } from "./envelope";

/** The version the caller last read: a number (0 for an empty stream), or "no stream" when it must not exist. */
export type ExpectedVersion = number | "no stream";

export interface AppendResult {
  streamId: string;
  /** The stream's version after the append: pass it as `expectedVersion` to append again. */
  nextExpectedVersion: number;
  events: EventEnvelope[];
}

export interface ReadStreamOptions {
  /** Only events with a version greater than this (default 0: from the start). */
  after?: number;
  /** At most this many events. */
  limit?: number;
}

export interface StreamPage {
  streamIds: string[];
  /** Pass back to get the next page; absent on the last page. */
  cursor?: string;
}

/**
 * One stream of a `readStreams` page: all its events, in version order, or the error reading it throws
 * (an event its schema refuses, a type this code does not know: what `readStream` would throw).
 */
export type StreamRead = { streamId: string; events: EventEnvelope[] } | { streamId: string; error: unknown };

export interface ReadStreamsOptions {
  /** Only streams whose ids start with this. */
  prefix?: string;
  /** From the previous page of the same prefix. */
  cursor?: string;
  /**
   * How many events make a page (default 1,000): a page holds whole streams, and ends with the stream that
   * brings it to this many or more.
   */
  limit?: number;
}

export interface StreamsPage {
  streams: StreamRead[];
  /** Pass back to get the next page; absent on the last page. */
  cursor?: string;
}

/** The append-only log. Every adapter passes the contract suite in `contract.ts`. */
export interface EventStore {
  /**
   * Appends events to one stream, all or nothing, if the stream is still at `expectedVersion`.
   * Throws `VersionConflict` otherwise. An append retried with the same event ids after it succeeded
   * returns the original result and writes nothing.
   */
  append(
    streamId: string,
    events: readonly PendingEvent[],
    options: { expectedVersion: ExpectedVersion },
  ): Promise<AppendResult>;
  /** The stream's events in version order, upcast and validated. An unknown stream reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<EventEnvelope[]>;
  /** Every stream id, in pages, for rebuilds and exports. Optionally only those starting with `prefix`. */
  listStreams(options?: { cursor?: string; limit?: number; prefix?: string }): Promise<StreamPage>;
  /**
   * Every stream (whose id starts with `prefix`), whole, many to a page: the log read once, stream after
   * stream, for an offline rebuild. Each stream comes exactly once, in no particular order (SQLite: by
   * id). A stream that does not read (as `readStream` would throw on it) comes with its error, so the
   * others still read; a store that fails throws.
   */
  readStreams(options?: ReadStreamsOptions): Promise<StreamsPage>;
  close(): Promise<void>;
}

/** A committed event and its place in the whole log: only stores with a single global order have it. */
export interface PositionedEvent {
  position: number;
  event: EventEnvelope;
}

/** The whole log in commit order; the local projector catches up from the last position it handled. */
export interface GlobalLog {
  readAll(options: { after: number; limit: number }): Promise<PositionedEvent[]>;
  lastPosition(): Promise<number>;
}

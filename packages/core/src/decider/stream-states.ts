import type { DomainEvent, EventEnvelope } from "../eventstore/envelope";
import type { EventStore } from "../eventstore/event-store";
import {
  decodeState,
  defaultSnapshotInterval,
  encodeState,
  jsonStateCodec,
  type SnapshotPolicy,
} from "../snapshot/state-snapshots";
import { type Decider, fold } from "./decider";

export interface FoldedStream<State> {
  /** The version of the last event folded in; 0 for a stream with no events. */
  version: number;
  state: State;
}

/**
 * A decider's state of each stream, as of its newest event. Reads go to the store every time, so the
 * answer is as fresh as a full read, but they ask only for the events after the version already folded.
 */
export interface StreamStates<State, Event extends DomainEvent> {
  current(streamId: string): Promise<FoldedStream<State>>;
  /** Folds events just appended after `from` (as `current` returned it) and keeps the result. */
  advance(
    streamId: string,
    from: FoldedStream<State>,
    events: readonly EventEnvelope<Event>[],
  ): FoldedStream<State>;
  /** Resolves once every snapshot write begun so far has finished (they run after the command's answer). */
  snapshotsWritten(): Promise<void>;
}

export interface StreamStatesOptions<State, Event extends DomainEvent> {
  store: EventStore;
  decider: Pick<Decider<State, unknown, Event>, "initialState" | "evolve">;
  /** Streams kept in memory, least recently used dropped first (default 1,000). */
  maximumStreams?: number;
  /** Without: a stream not in memory is folded from its first event. */
  snapshots?: SnapshotPolicy<State>;
}

/**
 * The store validated and upcast every event against the catalog, so each envelope carries one of the
 * decider's events (its `type` and `data`, plus where and when it was stored).
 */
export const asDeciderEvents = <Event extends DomainEvent>(
  envelopes: readonly EventEnvelope[],
): (Event & EventEnvelope<Event>)[] => envelopes as (Event & EventEnvelope<Event>)[];

/**
 * Folding a whole stream on every command makes a busy stream quadratic: a community's thousandth join
 * would replay the nine hundred and ninety-nine before it. Streams are append-only and stored events never
 * change, so a state folded up to version N stays true; only what came after needs folding. Deciders
 * evolve without mutating, so one cached state can be shared by concurrent commands.
 *
 * A stream not in memory (a new Lambda instance, a restarted host) would still fold from its first event;
 * with `snapshots` it loads from its latest snapshot plus the events after it, and every `every` events
 * appended write a new snapshot once the command has its answer.
 */
export function streamStates<State, Event extends DomainEvent>({
  store,
  decider,
  maximumStreams = 1000,
  snapshots,
}: StreamStatesOptions<State, Event>): StreamStates<State, Event> {
  const cache = new Map<string, FoldedStream<State>>();
  /** The version of each cached stream's latest snapshot, as far as this process knows (0: none). */
  const snapshotVersions = new Map<string, number>();
  const empty: FoldedStream<State> = { version: 0, state: decider.initialState };
  const codec = snapshots?.codec ?? jsonStateCodec<State>();
  const interval = snapshots?.every ?? defaultSnapshotInterval;
  if (!Number.isSafeInteger(interval) || interval < 1)
    throw new RangeError(`snapshots are taken every whole number of events from 1, not ${interval}`);
  const writing = new Set<Promise<void>>();

  function remember(streamId: string, folded: FoldedStream<State>): FoldedStream<State> {
    const known = cache.get(streamId);
    // Concurrent commands may finish out of order: the newest fold wins.
    if (known && known.version > folded.version) return folded;
    cache.delete(streamId);
    cache.set(streamId, folded);
    if (cache.size > maximumStreams) {
      const oldest = cache.keys().next().value as string;
      cache.delete(oldest);
      snapshotVersions.delete(oldest);
    }
    return folded;
  }

  const foldOnto = (from: FoldedStream<State>, events: readonly EventEnvelope[]): FoldedStream<State> =>
    events.length === 0
      ? from
      : {
          version: events.at(-1)?.version ?? from.version,
          state: fold(decider, asDeciderEvents<Event>(events), from.state),
        };

  function reportSnapshotError(error: unknown, streamId: string): void {
    try {
      snapshots?.onError?.(error, streamId);
    } catch {
      // A snapshot is an optimisation: not even its error report may fail a command or the process.
    }
  }

  async function latestSnapshot(streamId: string, policy: SnapshotPolicy<State>) {
    try {
      const snapshot = await policy.store.latest(streamId);
      if (!snapshot || snapshot.tag !== policy.tag) return null;
      return { ...snapshot, state: await decodeState(snapshot.state, codec) };
    } catch (error) {
      reportSnapshotError(error, streamId);
      return null;
    }
  }

  /**
   * A stream not in memory: its snapshot and the events after it, or all its events when the snapshot
   * is missing, under another tag, unreadable, or not of this stream's log. The read starts at the
   * snapshot's own last event, so that one read both checks the snapshot and brings what follows it.
   */
  async function coldStart(streamId: string, policy: SnapshotPolicy<State>): Promise<FoldedStream<State>> {
    snapshotVersions.set(streamId, 0);
    const snapshot = await latestSnapshot(streamId, policy);
    if (snapshot) {
      const [last, ...newer] = await store.readStream(streamId, { after: snapshot.version - 1 });
      // Ahead of the stream, or of another log under the same stream id (a restore, a recreated table).
      if (last?.version === snapshot.version && last.id === snapshot.lastEventId) {
        snapshotVersions.set(streamId, snapshot.version);
        return foldOnto({ version: snapshot.version, state: snapshot.state }, newer);
      }
    }
    return foldOnto(empty, await store.readStream(streamId));
  }

  /** After the command has its answer: a snapshot must never slow or fail the append it follows. */
  function snapshotLater(streamId: string, folded: FoldedStream<State>, lastEventId: string) {
    if (!snapshots || folded.version - (snapshotVersions.get(streamId) ?? 0) < interval) return;
    // Taken as begun: a state too large to keep is tried again only after another interval.
    snapshotVersions.set(streamId, folded.version);
    const written = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => encodeState(folded.state, codec))
      .then((state) =>
        snapshots.store.save({ streamId, version: folded.version, lastEventId, tag: snapshots.tag, state }),
      )
      .catch((error: unknown) => reportSnapshotError(error, streamId))
      .finally(() => writing.delete(written));
    writing.add(written);
  }

  return {
    async current(streamId) {
      const known = cache.get(streamId);
      if (!known && snapshots) return remember(streamId, await coldStart(streamId, snapshots));
      const from = known ?? empty;
      const newer = await store.readStream(
        streamId,
        from.version === 0 ? undefined : { after: from.version },
      );
      return remember(streamId, foldOnto(from, newer));
    },
    advance(streamId, from, events) {
      const folded = remember(streamId, foldOnto(from, events));
      const last = events.at(-1);
      if (last) snapshotLater(streamId, folded, last.id);
      return folded;
    },
    async snapshotsWritten() {
      await Promise.all(writing);
    },
  };
}

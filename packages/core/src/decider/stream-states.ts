import type { DomainEvent, EventEnvelope } from "../eventstore/envelope";
import type { EventStore } from "../eventstore/event-store";
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
}

export interface StreamStatesOptions<State, Event extends DomainEvent> {
  store: EventStore;
  decider: Pick<Decider<State, unknown, Event>, "initialState" | "evolve">;
  /** Streams kept in memory, least recently used dropped first (default 1,000). */
  maximumStreams?: number;
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
 */
export function streamStates<State, Event extends DomainEvent>({
  store,
  decider,
  maximumStreams = 1000,
}: StreamStatesOptions<State, Event>): StreamStates<State, Event> {
  const cache = new Map<string, FoldedStream<State>>();
  const empty: FoldedStream<State> = { version: 0, state: decider.initialState };

  function remember(streamId: string, folded: FoldedStream<State>): FoldedStream<State> {
    const known = cache.get(streamId);
    // Concurrent commands may finish out of order: the newest fold wins.
    if (known && known.version > folded.version) return folded;
    cache.delete(streamId);
    cache.set(streamId, folded);
    if (cache.size > maximumStreams) cache.delete(cache.keys().next().value as string);
    return folded;
  }

  const foldOnto = (from: FoldedStream<State>, events: readonly EventEnvelope[]): FoldedStream<State> =>
    events.length === 0
      ? from
      : {
          version: events.at(-1)?.version ?? from.version,
          state: fold(decider, asDeciderEvents<Event>(events), from.state),
        };

  return {
    async current(streamId) {
      const known = cache.get(streamId) ?? empty;
      const newer = await store.readStream(
        streamId,
        known.version === 0 ? undefined : { after: known.version },
      );
      return remember(streamId, foldOnto(known, newer));
    },
    advance(streamId, from, events) {
      return remember(streamId, foldOnto(from, events));
    },
  };
}

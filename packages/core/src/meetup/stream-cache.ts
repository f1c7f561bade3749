import type { EventEnvelope } from "../eventstore/envelope";
import type { EventStore } from "../eventstore/event-store";

/**
 * Keeps what was read of the busiest streams in memory, and reads only what came after it. A stream is
 * append-only and events never change once stored, so a prefix read once stays true. A popular meetup's
 * RSVPs all go to its one stream: without this, every attempt of every RSVP in a rush re-reads the whole
 * stream, and the store spends its time serving reads that then lose the race.
 */
export function cachingStreamReads(store: EventStore, maximumStreams = 100): EventStore {
  const cache = new Map<string, EventEnvelope[]>();
  return {
    ...store,
    append: (streamId, events, options) => store.append(streamId, events, options),
    async readStream(streamId, options) {
      // Only whole-stream reads (what the command handler does) go through the cache.
      if (options !== undefined) return store.readStream(streamId, options);
      const known = cache.get(streamId) ?? [];
      const after = known.at(-1)?.version ?? 0;
      const newer = await store.readStream(streamId, { after });
      const current = cache.get(streamId) ?? [];
      // A concurrent read may have got further meanwhile: keep the longer prefix.
      const merged =
        (current.at(-1)?.version ?? 0) >= (newer.at(-1)?.version ?? after) ? current : [...known, ...newer];
      cache.delete(streamId);
      cache.set(streamId, merged);
      if (cache.size > maximumStreams) cache.delete(cache.keys().next().value as string);
      return merged;
    },
    listStreams: (options) => store.listStreams(options),
    close: () => store.close(),
  };
}

import type { EventStore } from "@meetstream/core/eventstore";
import type { Projector } from "@meetstream/core/projection/projector";

/**
 * The store, with the stream just appended to projected before `append` returns: a mutation's answer is
 * read from documents (as the local bus guarantees), and on AWS the bus alone would project a moment
 * later. The stream → publisher → EventBridge → projector path stays the guarantee: a projection that
 * fails here is only logged, and the bus's notification for the same commit catches it up (the projector
 * skips what is already projected, so the second pass costs one read). Poison included: the projector
 * Lambda sets it aside and reports it to its dead-letter queue, which this path could not.
 */
export function projectingStore(
  store: EventStore,
  projector: Projector,
  onError: (error: unknown) => void,
): EventStore {
  return {
    async append(streamId, events, options) {
      const result = await store.append(streamId, events, options);
      await projector
        .handle({ streamId, version: result.nextExpectedVersion }, { quarantine: false })
        .catch((error: unknown) => onError(error));
      return result;
    },
    readStream: (streamId, options) => store.readStream(streamId, options),
    listStreams: (options) => store.listStreams(options),
    readStreams: (options) => store.readStreams(options),
    close: () => store.close(),
  };
}

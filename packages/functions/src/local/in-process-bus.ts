import type { EventStore, GlobalLog } from "@meetstream/core/eventstore/event-store";
import type { Projector } from "@meetstream/core/projection/projector";
import { type Reactor, reactTo } from "@meetstream/core/reactor/reactor";
import type { ProjectorPosition } from "./projector-position";

export interface InProcessBusOptions {
  log: GlobalLog;
  projector: Projector;
  position: ProjectorPosition;
  /**
   * Handed every event after the projector, before the position moves: a crash in between hands them the
   * event again, which they are idempotent for. Give them a store that is not this bus's `notifying` one.
   */
  reactors?: readonly Reactor[];
  /** A projection that fails does not fail the append (it is committed); it is retried by the next drain. */
  onError(error: unknown): void;
  /** Events read from the log at a time. */
  batchSize?: number;
}

export interface InProcessBus {
  /** The store, with every successful append projected before `append` returns. */
  notifying(store: EventStore): EventStore;
  /** Projects whatever was committed after the last position handled: a crash loses no projection. */
  catchUp(): Promise<void>;
}

/**
 * The local bus. Rather than handing the projector only the stream just appended to, it drains the
 * global log from the last position it handled, one drain at a time: the recorded position then never
 * passes an event that was not projected, whatever order concurrent appends finish in, and the next
 * start picks up exactly where a crash left off.
 */
export function inProcessBus({
  log,
  projector,
  position,
  onError,
  reactors = [],
  batchSize = 500,
}: InProcessBusOptions): InProcessBus {
  let handled = position.read();
  let queue: Promise<void> = Promise.resolve();

  async function drainToEnd(): Promise<void> {
    for (;;) {
      const events = await log.readAll({ after: handled, limit: batchSize });
      const last = events.at(-1);
      if (!last) return;
      // A notification is a trigger to catch a stream up, so one per stream covers all its new events.
      const newest = new Map<string, number>();
      for (const { event } of events)
        newest.set(event.streamId, Math.max(event.version, newest.get(event.streamId) ?? 0));
      await Promise.all([...newest].map(([streamId, version]) => projector.handle({ streamId, version })));
      // What the reactors append is read by the next round of this loop, so it is projected before the
      // append that caused it returns.
      for (const { event } of events) await reactTo(reactors, event);
      handled = last.position;
      position.write(handled);
    }
  }

  /** Runs after every drain already queued, so that it sees every append that finished before it was asked. */
  function drain(): Promise<void> {
    const run = queue.then(drainToEnd);
    queue = run.catch(() => {});
    return run;
  }

  return {
    notifying(store) {
      return {
        append: async (streamId, events, options) => {
          const result = await store.append(streamId, events, options);
          await drain().catch(onError);
          return result;
        },
        readStream: (streamId, options) => store.readStream(streamId, options),
        listStreams: (options) => store.listStreams(options),
        close: () => store.close(),
      };
    },
    catchUp: drain,
  };
}

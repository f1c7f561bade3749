import type { EventStore, GlobalLog } from "@meetstream/core/eventstore";
import type { Projector } from "@meetstream/core/projection/projector";
import { type Reactor, reactTo } from "@meetstream/core/reactor/reactor";
import type { ProjectorPosition } from "../stores/projector-position";

export interface InProcessBusOptions {
  log: GlobalLog;
  projector: Projector;
  position: ProjectorPosition;
  /**
   * Reactors, handed every event after it is projected, from a position of their own: a reactor that
   * fails holds back only the reactions (retried by the next drain, which they are idempotent for), never
   * the projection. Their store must not be this bus's `notifying` one: they run inside a drain.
   */
  reacting?: { reactors: readonly Reactor[]; position: ProjectorPosition };
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
  /**
   * True while an append or a drain is under way: the position may then be behind the log for a moment.
   * Behind while idle means the last drain failed and waits for the next append or start.
   */
  busy(): boolean;
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
  reacting,
  batchSize = 500,
}: InProcessBusOptions): InProcessBus {
  let handled = position.read();
  let reacted = reacting?.position.read() ?? 0;
  let queue: Promise<void> = Promise.resolve();

  /** Hands the reactors what they have not seen; whether there was any. */
  async function reactToEnd(): Promise<boolean> {
    if (!reacting) return false;
    let any = false;
    for (;;) {
      const events = await log.readAll({ after: reacted, limit: batchSize });
      try {
        for (const { position: at, event } of events) {
          await reactTo(reacting.reactors, event);
          reacted = at;
          any = true;
        }
      } finally {
        reacting.position.write(reacted);
      }
      if (events.length < batchSize) return any;
    }
  }

  /** Projects, then reacts, and projects what the reactions appended, until both are at the log's end. */
  async function drainToEnd(): Promise<void> {
    for (;;) {
      await projectToEnd();
      let more: boolean;
      try {
        more = await reactToEnd();
      } finally {
        // What the reactions appended before one of them failed is projected all the same.
        await projectToEnd();
      }
      if (!more) return;
    }
  }

  async function projectToEnd(): Promise<void> {
    for (;;) {
      const events = await log.readAll({ after: handled, limit: batchSize });
      const last = events.at(-1);
      if (!last) return;
      // A notification is a trigger to catch a stream up, so one per stream covers all its new events.
      const newest = new Map<string, number>();
      for (const { event } of events)
        newest.set(event.streamId, Math.max(event.version, newest.get(event.streamId) ?? 0));
      await Promise.all([...newest].map(([streamId, version]) => projector.handle({ streamId, version })));
      handled = last.position;
      position.write(handled);
    }
  }

  /** Runs after every drain already queued, so that it sees every append that finished before it was asked. */
  function drain(): Promise<void> {
    inFlight++;
    const run = queue.then(drainToEnd).finally(() => {
      inFlight--;
    });
    queue = run.catch(() => {});
    return run;
  }
  // Appends count from before they commit, so no moment between a commit and its drain looks idle.
  let inFlight = 0;

  return {
    notifying(store) {
      return {
        append: async (streamId, events, options) => {
          inFlight++;
          try {
            const result = await store.append(streamId, events, options);
            await drain().catch(onError);
            return result;
          } finally {
            inFlight--;
          }
        },
        readStream: (streamId, options) => store.readStream(streamId, options),
        listStreams: (options) => store.listStreams(options),
        readStreams: (options) => store.readStreams(options),
        close: () => store.close(),
      };
    },
    catchUp: drain,
    busy: () => inFlight > 0,
  };
}

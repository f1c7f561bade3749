import { MeetstreamError } from "@meetstream/core/errors/meetstream-error";
import type { EventStore, GlobalLog, PositionedEvent } from "@meetstream/core/eventstore/event-store";
import type { Projector } from "@meetstream/core/projection/projector";
import { isPoison } from "@meetstream/core/projection/quarantine";
import type { ProjectorPosition } from "./projector-position";

/**
 * An event of the log this code cannot read at all (an unknown type or schema version, data its schema
 * refuses): the bus steps over it rather than stop every later projection. Its stream is quarantined by the
 * projector when it reads the stream, at the stream's next notification or a rebuild.
 */
export class UnreadableLogEvent extends MeetstreamError {
  readonly code = "UNREADABLE_LOG_EVENT";

  constructor(
    readonly position: number,
    override readonly cause: unknown,
  ) {
    super(
      `the event at position ${position} of the log cannot be read, and is stepped over: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

/** Positions are dense but for the odd gap: a search for an unreadable event gives up past this many. */
const maximumGap = 10_000;

export interface InProcessBusOptions {
  log: GlobalLog;
  projector: Projector;
  position: ProjectorPosition;
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
  batchSize = 500,
}: InProcessBusOptions): InProcessBus {
  let handled = position.read();
  let queue: Promise<void> = Promise.resolve();
  // Appends count from before they commit, so no moment between a commit and its drain looks idle.
  let inFlight = 0;

  /**
   * The events after `after`, or, when one of them cannot be read, those before it; at the unreadable event
   * itself, its position (found by reading after each next position until the read succeeds).
   */
  async function readAfter(
    after: number,
  ): Promise<PositionedEvent[] | { unreadable: number; error: unknown }> {
    const attempt = async (from: number, limit: number) => {
      try {
        return await log.readAll({ after: from, limit });
      } catch (error) {
        if (!isPoison(error)) throw error;
        return error;
      }
    };
    const batch = await attempt(after, batchSize);
    if (Array.isArray(batch)) return batch;
    const first = await attempt(after, 1);
    if (Array.isArray(first)) return first;
    for (let position = after + 1; position <= after + maximumGap; position++)
      if (Array.isArray(await attempt(position, 1))) return { unreadable: position, error: first };
    throw first;
  }

  async function drainToEnd(): Promise<void> {
    for (;;) {
      const events = await readAfter(handled);
      if (!Array.isArray(events)) {
        onError(new UnreadableLogEvent(events.unreadable, events.error));
        handled = events.unreadable;
        position.write(handled);
        continue;
      }
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
        close: () => store.close(),
      };
    },
    catchUp: drain,
    busy: () => inFlight > 0,
  };
}

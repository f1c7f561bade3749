import { MeetstreamError } from "@meetstream/core/errors/meetstream-error";
import type { GlobalLog, PositionedEvent } from "@meetstream/core/eventstore";
import { isPoison } from "@meetstream/core/projection/quarantine";

/**
 * An event of the log this code cannot read at all (an unknown type or schema version, data its schema
 * refuses): stepped over rather than stop every later projection. Its stream is quarantined by the
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

/**
 * The log, for the local bus: a read that meets an event no code can read answers the events before it,
 * and a read that starts at it steps over it (found by reading after each next position until a read
 * succeeds) and tells `onUnreadable`. Whatever else fails (the database busy) is thrown as before.
 */
export function readableLog(log: GlobalLog, onUnreadable: (error: UnreadableLogEvent) => void): GlobalLog {
  const attempt = async (after: number, limit: number): Promise<PositionedEvent[] | { poison: unknown }> => {
    try {
      return await log.readAll({ after, limit });
    } catch (error) {
      if (!isPoison(error)) throw error;
      return { poison: error };
    }
  };
  return {
    async readAll({ after, limit }) {
      let from = after;
      for (;;) {
        const batch = await attempt(from, limit);
        if (Array.isArray(batch)) return batch;
        const first = await attempt(from, 1);
        if (Array.isArray(first)) return first;
        let unreadable: number | undefined;
        for (let position = from + 1; position <= from + maximumGap && unreadable === undefined; position++)
          if (Array.isArray(await attempt(position, 1))) unreadable = position;
        if (unreadable === undefined) throw first.poison;
        onUnreadable(new UnreadableLogEvent(unreadable, first.poison));
        from = unreadable;
      }
    },
    lastPosition: () => log.lastPosition(),
  };
}

import type { EncodedEvent } from "./append-encoding";
import type { EventEnvelope, EventMeta } from "./envelope";
import type { AppendResult } from "./event-store";

/**
 * The result of an append that just went in, from what was stored. The data was validated and serialised
 * moments ago at the current schema version, so parsing it back gives what a read would give without
 * validating it a second time on the write path.
 */
export function appendedResult(
  streamId: string,
  firstVersion: number,
  encoded: readonly EncodedEvent[],
): AppendResult {
  const events = encoded.map(
    (event, index): EventEnvelope => ({
      id: event.id,
      streamId,
      version: firstVersion + index,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: JSON.parse(event.data),
      meta: JSON.parse(event.meta) as EventMeta,
    }),
  );
  return { streamId, nextExpectedVersion: firstVersion + encoded.length - 1, events };
}

/** The result an append returned the first time, rebuilt from its stored events for a retry. */
export const originalResult = (streamId: string, events: EventEnvelope[]): AppendResult => ({
  streamId,
  nextExpectedVersion: events.at(-1)?.version ?? 0,
  events,
});

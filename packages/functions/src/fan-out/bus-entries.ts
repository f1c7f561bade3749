import type { PutEventsRequestEntry } from "@aws-sdk/client-eventbridge";
import type { EventEnvelope } from "@meetstream/core/eventstore";
import { batchesWithin } from "@meetstream/core/objects/batches";
import { eventSource, type PublishedEvent, pointerDetailType, type StreamPointer } from "./bus-detail";

/** EventBridge refuses an entry of 256 KB or more, and a PutEvents request whose entries add up to that. */
export const entryLimitBytes = 256 * 1024;

/** PutEvents takes at most ten entries a call. */
export const maximumEntriesPerRequest = 10;

/** An entry's size as EventBridge counts it (docs: "Calculating PutEvents event entry size"). */
export function entrySize(entry: PutEventsRequestEntry): number {
  const bytes = (text: string | undefined) => (text === undefined ? 0 : Buffer.byteLength(text, "utf8"));
  return (
    (entry.Time ? 14 : 0) +
    bytes(entry.Source) +
    bytes(entry.DetailType) +
    bytes(entry.Detail) +
    (entry.Resources ?? []).reduce((total, resource) => total + bytes(resource), 0)
  );
}

function eventEntry(event: EventEnvelope, busName: string): PutEventsRequestEntry {
  const detail: PublishedEvent = event;
  return {
    EventBusName: busName,
    Source: eventSource,
    DetailType: event.type,
    Detail: JSON.stringify(detail),
    Time: new Date(event.meta.occurredAt),
  };
}

function pointerEntry(event: EventEnvelope, busName: string): PutEventsRequestEntry {
  const detail: StreamPointer = {
    streamId: event.streamId,
    firstVersion: event.version,
    lastVersion: event.version,
  };
  return {
    EventBusName: busName,
    Source: eventSource,
    DetailType: pointerDetailType,
    Detail: JSON.stringify(detail),
    Time: new Date(event.meta.occurredAt),
  };
}

/**
 * One entry per event, its type as the detail-type so subscribers can pick the facts they care about.
 * An event too big for an entry (an append may hold up to 350 KB) travels as a pointer to its stream and
 * version: the projector reads the log anyway, and other subscribers can read it there.
 */
export const busEntries = (events: readonly EventEnvelope[], busName: string): PutEventsRequestEntry[] =>
  events.map((event) => {
    const entry = eventEntry(event, busName);
    return entrySize(entry) < entryLimitBytes ? entry : pointerEntry(event, busName);
  });

/** The entries split, in order, into PutEvents requests within the count and total size limits. */
export const putEventsRequests = (entries: readonly PutEventsRequestEntry[]): PutEventsRequestEntry[][] =>
  batchesWithin(entries, {
    maximumCount: maximumEntriesPerRequest,
    // A request's entries must add up to less than the limit, not to it.
    maximumBytes: entryLimitBytes - 1,
    bytesOf: entrySize,
  });

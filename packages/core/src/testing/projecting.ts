import type { StoredDocument } from "../documents/document-store";
import type { DomainEvent, EventEnvelope } from "../eventstore/envelope";
import { foldInMemory } from "../projection/document-changes";
import type { DocumentProjection } from "../projection/projection";

/**
 * A projection tested like a decider, without a store: the events of one stream, in order, and the
 * documents they leave (tombstones included, as null bodies), in key order. Each event occurs one minute
 * after the one before, from 2026-01-01T00:00Z, unless it names its own moment.
 */
export function projecting<Event extends DomainEvent>(
  projection: DocumentProjection<Event>,
  streamId: string,
  events: readonly (Event & { at?: string })[],
): StoredDocument[] {
  const envelopes: EventEnvelope[] = events.map(({ at, ...event }, index) => ({
    id: `event-${index + 1}`,
    streamId,
    version: index + 1,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    meta: {
      actor: "tester",
      occurredAt: at ?? new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString(),
      correlationId: `correlation-${index + 1}`,
      causationId: null,
    },
  }));
  return [...foldInMemory(projection as DocumentProjection, envelopes).values()].sort((left, right) =>
    `${left.key.partition}\u0000${left.key.sort}` < `${right.key.partition}\u0000${right.key.sort}` ? -1 : 1,
  );
}

import { expect } from "vitest";
import type { StoredDocument } from "../documents/document-store";
import type { DomainEvent, EventEnvelope } from "../eventstore/envelope";
import { foldInMemory } from "../projection/document-changes";
import type { DocumentProjection } from "../projection/projection";

/** A given event; `at` names the moment it occurred, when the rule under test is about time. */
export type GivenEvent<Event extends DomainEvent> = Event & { at?: string };

/**
 * A projection tested like a decider, without a store: the events of one stream, in order, and the
 * documents they leave (tombstones included, as null bodies), in key order. Each event occurs one minute
 * after the one before, from 2026-01-01T00:00Z, unless it names its own moment.
 */
export function projecting<Event extends DomainEvent>(
  projection: DocumentProjection<Event>,
  streamId: string,
  events: readonly GivenEvent<Event>[],
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

export interface ProjectionOutcome {
  /** The events leave exactly these documents, in key order (asymmetric matchers welcome). */
  then(...expected: StoredDocument[]): void;
  /** The events leave these documents, in key order, each with at least the fields given. */
  thenMatching(...expected: Partial<StoredDocument>[]): void;
  /** The events leave no document, not even a tombstone. */
  thenNothing(): void;
  /** For a rule about a few documents among many: the test finds and checks them itself. */
  thenDocuments(check: (documents: StoredDocument[]) => void): void;
}

/**
 * Projections read as examples, the way deciders do (`decider/given-when-then.ts`): given these events of
 * one stream, then these documents. No store: the documents are folded in memory by the projector's own
 * code, so a test sees what the projector would write.
 */
export function projectionSpecification<Event extends DomainEvent>(
  projection: DocumentProjection<Event>,
  streamId: string,
) {
  return {
    given(...events: GivenEvent<Event>[]): ProjectionOutcome {
      const documents = () => projecting(projection, streamId, events);
      return {
        // biome-ignore lint/suspicious/noThenProperty: "then" is the specification's word; the outcome is never awaited
        then(...expected) {
          expect(documents()).toEqual(expected);
        },
        thenMatching(...expected) {
          expect(documents()).toMatchObject(expected);
        },
        thenNothing() {
          expect(documents()).toEqual([]);
        },
        thenDocuments(check) {
          check(documents());
        },
      };
    },
  };
}

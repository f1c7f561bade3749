import type { DocumentKey, StoredDocument } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";
import type { DocumentChange, DocumentKind, DocumentProjection, DocumentRange } from "./projection";
import { ProjectionFailed } from "./quarantine";

/** How the projector tells documents apart in a Set or Map. */
export const keyOf = (key: DocumentKey): string => `${key.partition}\u0000${key.sort}`;

export const isRange = (touched: DocumentKey | DocumentRange): touched is DocumentRange =>
  "beginsWith" in touched;

/** A document an event touches, as the store (or a fold in memory) holds it. */
export interface Target {
  kind: DocumentKind;
  key: DocumentKey;
  stored: StoredDocument | undefined;
}

// The projection's own code is the one place an exception says nothing about the store: marked as such.

export function touchesOf(projection: DocumentProjection, event: EventEnvelope) {
  try {
    return projection.kinds.flatMap((kind) => kind.touches(event).map((touched) => ({ kind, touched })));
  } catch (error) {
    throw new ProjectionFailed(projection.name, event.streamId, error, event);
  }
}

/** The document the event leaves, stamped with its version; undefined when there is nothing to write. */
export function changed(
  projection: DocumentProjection,
  target: Target,
  event: EventEnvelope,
): StoredDocument | undefined {
  let change: DocumentChange;
  try {
    change = target.kind.evolve({ key: target.key, body: target.stored?.body ?? undefined }, event);
  } catch (error) {
    throw new ProjectionFailed(projection.name, event.streamId, error, event);
  }
  const { key } = target;
  switch (change.type) {
    case "unchanged":
      return undefined;
    case "delete":
      // Removing what is not there writes nothing: no earlier event of the stream can bring it back,
      // because every fold applies the stream's events in order.
      return target.stored && target.stored.body !== null
        ? { key, version: event.version, body: null, indexes: {} }
        : undefined;
    case "upsert":
      return { key, version: event.version, body: change.body, indexes: change.indexes ?? {} };
  }
}

/**
 * Applies the events, in order, to empty documents in memory: what a rebuild writes, and what a pure test
 * of a projection reads. Removed documents stay as tombstones (a null body) at the version that removed them.
 */
export function foldInMemory(
  projection: DocumentProjection,
  events: readonly EventEnvelope[],
): Map<string, StoredDocument> {
  const folded = new Map<string, StoredDocument>();
  for (const event of events) {
    const seen = new Set<string>();
    const targets: Target[] = [];
    for (const { kind, touched } of touchesOf(projection, event)) {
      const matching = isRange(touched)
        ? [...folded.values()].filter(
            (document) =>
              document.key.partition === touched.partition &&
              document.key.sort.startsWith(touched.beginsWith),
          )
        : [folded.get(keyOf(touched)) ?? { key: touched, version: 0, body: null, indexes: {} }];
      for (const document of matching) {
        if (seen.has(keyOf(document.key))) continue;
        seen.add(keyOf(document.key));
        targets.push({ kind, key: document.key, stored: document.version > 0 ? document : undefined });
      }
    }
    for (const target of targets) {
      const next = changed(projection, target, event);
      if (next) folded.set(keyOf(next.key), next);
    }
  }
  return folded;
}

import type { DocumentKey, StoredDocument } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";
import type {
  DocumentChange,
  DocumentKind,
  DocumentProjection,
  DocumentRange,
  TouchedDocuments,
} from "./projection";
import { ProjectionFailed } from "./quarantine";

/** How the projector tells documents apart in a Set or Map. */
export const keyOf = (key: DocumentKey): string => `${key.partition}\u0000${key.sort}`;

export const isRange = (touched: DocumentKey | DocumentRange): touched is DocumentRange =>
  "beginsWith" in touched;

/** A document an event touches, as the store (or a fold in memory) holds it. */
export interface Target {
  kind: DocumentKind;
  /** The kind's place in the projection's list: kinds are written in that order. */
  kindIndex: number;
  key: DocumentKey;
  stored: StoredDocument | undefined;
}

// The projection's own code is the one place an exception says nothing about the store: marked as such.

export function touchesOf(projection: DocumentProjection, event: EventEnvelope) {
  try {
    return projection.kinds.flatMap((kind, kindIndex) =>
      kind.touches(event).map((touched) => ({ kind, kindIndex, touched })),
    );
  } catch (error) {
    throw new ProjectionFailed(projection.name, event.streamId, error, event);
  }
}

/** The document the event leaves, stamped with its version; undefined when there is nothing to write. */
export function changed(
  projection: DocumentProjection,
  target: Target,
  event: EventEnvelope,
  read: TouchedDocuments,
): StoredDocument | undefined {
  let change: DocumentChange;
  try {
    change = target.kind.evolve({ key: target.key, body: target.stored?.body ?? undefined }, event, read);
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

/** The documents an event touches as they were read before it, for `evolve` to look at. */
export function touchedDocuments(targets: readonly Target[]): TouchedDocuments {
  // An event touches a few documents, unless it reaches a whole range: look a few up one by one.
  if (targets.length <= 8)
    return {
      get: <Body>(key: DocumentKey) =>
        targets.find((target) => target.key.partition === key.partition && target.key.sort === key.sort)
          ?.stored?.body as Body | undefined,
    };
  const bodies = new Map(targets.map((target) => [keyOf(target.key), target.stored?.body ?? undefined]));
  return { get: <Body>(key: DocumentKey) => bodies.get(keyOf(key)) as Body | undefined };
}

/**
 * The targets still to write for an event, grouped by kind in the projection's order. Kinds are written in
 * that order, so a document of a later kind already at the event's version means every earlier kind's
 * documents are done: they are skipped, and never evolved from documents read after the event.
 */
export function pendingByKind(targets: readonly Target[], version: number): Target[][] {
  const done = Math.max(
    -1,
    ...targets.filter((target) => (target.stored?.version ?? 0) >= version).map((target) => target.kindIndex),
  );
  const groups = new Map<number, Target[]>();
  for (const target of targets) {
    if (target.kindIndex < done || (target.stored?.version ?? 0) >= version) continue;
    groups.set(target.kindIndex, [...(groups.get(target.kindIndex) ?? []), target]);
  }
  return [...groups.entries()].sort(([left], [right]) => left - right).map(([, group]) => group);
}

/**
 * Applies the events, in order, to empty documents in memory: what a rebuild writes, and what a pure test
 * of a projection reads. Removed documents stay as tombstones (a null body) at the version that removed them.
 */
export function foldInMemory(
  projection: DocumentProjection,
  events: readonly EventEnvelope[],
  /** Filled with the kind that wrote each document, by `keyOf` its key: what a rebuild counts by. */
  kinds?: Map<string, DocumentKind>,
): Map<string, StoredDocument> {
  const folded = new Map<string, StoredDocument>();
  for (const event of events) {
    const seen = new Set<string>();
    const targets: Target[] = [];
    for (const { kind, kindIndex, touched } of touchesOf(projection, event)) {
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
        targets.push({
          kind,
          kindIndex,
          key: document.key,
          stored: document.version > 0 ? document : undefined,
        });
      }
    }
    // In memory every document is below the event's version, and targets come in kind order already.
    const read = touchedDocuments(targets);
    targets.forEach((target) => {
      const document = changed(projection, target, event, read);
      if (!document) return;
      folded.set(keyOf(document.key), document);
      kinds?.set(keyOf(document.key), target.kind);
    });
  }
  return folded;
}

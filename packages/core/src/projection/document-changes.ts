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

export interface Touch {
  kind: DocumentKind;
  kindIndex: number;
  touched: DocumentKey | DocumentRange;
}

export function touchesOf(projection: DocumentProjection, event: EventEnvelope): Touch[] {
  // Plain loops: a rebuild asks this of every event, and flatMap's arrays cost more than the touching.
  const touches: Touch[] = [];
  try {
    const { kinds } = projection;
    for (let kindIndex = 0; kindIndex < kinds.length; kindIndex++) {
      const kind = kinds[kindIndex] as DocumentKind;
      for (const touched of kind.touches(event)) touches.push({ kind, kindIndex, touched });
    }
  } catch (error) {
    throw new ProjectionFailed(projection.name, event.streamId, error, event);
  }
  return touches;
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

/** The documents an event touches, looked up one by one: an event touches a few. */
class FewTouchedDocuments implements TouchedDocuments {
  constructor(private readonly targets: readonly Target[]) {}

  get<Body>(key: DocumentKey): Body | undefined {
    for (const target of this.targets)
      if (target.key.partition === key.partition && target.key.sort === key.sort)
        return target.stored?.body as Body | undefined;
    return undefined;
  }
}

/** The documents an event touches, by key: an event that reaches a whole range may touch many. */
class ManyTouchedDocuments implements TouchedDocuments {
  private readonly bodies: Map<string, unknown>;

  constructor(targets: readonly Target[]) {
    this.bodies = new Map(targets.map((target) => [keyOf(target.key), target.stored?.body ?? undefined]));
  }

  get<Body>(key: DocumentKey): Body | undefined {
    return this.bodies.get(keyOf(key)) as Body | undefined;
  }
}

/** The documents an event touches as they were read before it, for `evolve` to look at. */
export function touchedDocuments(targets: readonly Target[]): TouchedDocuments {
  // Classes rather than closures: a rebuild makes one of these for every event.
  return targets.length <= 8 ? new FewTouchedDocuments(targets) : new ManyTouchedDocuments(targets);
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

/** The documents an event touches, each once (the first kind to claim a key keeps it), with their `keyOf`. */
class ClaimedTargets {
  readonly targets: Target[] = [];
  /** Each target's `keyOf`, made once: building and hashing key strings is most of a fold's own cost. */
  readonly identities: string[] = [];
  /** A few targets are told apart faster by looking than by hashing; a range's many by a set. */
  private seen: Set<string> | undefined;

  claim(identity: string, target: Target): void {
    if (this.seen ? this.seen.has(identity) : this.identities.includes(identity)) return;
    this.identities.push(identity);
    this.targets.push(target);
    if (this.seen) this.seen.add(identity);
    else if (this.identities.length > 8) this.seen = new Set(this.identities);
  }
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
    const claimed = new ClaimedTargets();
    for (const { kind, kindIndex, touched } of touchesOf(projection, event)) {
      if (!isRange(touched)) {
        const identity = keyOf(touched);
        const document = folded.get(identity);
        // Every document in memory was written by an event, so it has a version above 0.
        claimed.claim(identity, {
          kind,
          kindIndex,
          key: document ? document.key : touched,
          stored: document,
        });
        continue;
      }
      for (const [identity, document] of folded)
        if (document.key.partition === touched.partition && document.key.sort.startsWith(touched.beginsWith))
          claimed.claim(identity, { kind, kindIndex, key: document.key, stored: document });
    }
    const { targets, identities } = claimed;
    // In memory every document is below the event's version, and targets come in kind order already.
    const read = touchedDocuments(targets);
    for (let index = 0; index < targets.length; index++) {
      const target = targets[index] as Target;
      const document = changed(projection, target, event, read);
      if (!document) continue;
      const identity = identities[index] as string;
      folded.set(identity, document);
      kinds?.set(identity, target.kind);
    }
  }
  return folded;
}

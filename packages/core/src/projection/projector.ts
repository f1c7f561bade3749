import { isDeepStrictEqual } from "node:util";
import { type Clock, systemClock } from "../clock/clock";
import { inParallel } from "../concurrency/in-parallel";
import { assertDocumentKey } from "../documents/document-encoding";
import type { DocumentKey, DocumentStore, StoredDocument } from "../documents/document-store";
import { DocumentVersionConflict } from "../documents/errors";
import { categoryOf } from "../eventstore/append-encoding";
import type { EventEnvelope } from "../eventstore/envelope";
import type { EventStore } from "../eventstore/event-store";
import {
  changed,
  foldInMemory,
  isRange,
  keyOf,
  pendingByKind,
  type Target,
  touchedDocuments,
  touchesOf,
} from "./document-changes";
import { contributionOf, settlePendingWrites, writeCounted } from "./projected-counter";
import type {
  DocumentKind,
  DocumentProjection,
  DocumentRange,
  ProjectedCounter,
  Projection,
  StreamNotification,
} from "./projection";
import {
  type Failure,
  isPoison,
  ProjectionFailed,
  type QuarantineRecord,
  quarantinedStreams,
  quarantineKey,
  quarantineRecordOf,
} from "./quarantine";

/**
 * Where the projector keeps how far it has applied a stream's events for one projection: the document's
 * version, and nothing else. Each document carries the version of the last event applied to it, so the
 * checkpoint moves on only after every document of its events is written, and a fold that stops half-way
 * is finished by the next notification, which applies the same events again to the documents not yet at
 * their versions. It lives in the stream's own partition.
 */
const versionOnly = {};

/**
 * A checkpoint the projector wrote before documents carried their own versions holds the stream's whole
 * folded state: its stream is folded again from its first event, which rewrites its documents as they are
 * shaped now, and from then on it is applied event by event.
 */
export const isFoldedState = (body: unknown): boolean =>
  typeof body === "object" && body !== null && "state" in body;

export const checkpointKey = (projection: Pick<Projection, "name">, streamId: string): DocumentKey => ({
  partition: streamId,
  sort: `projection#${projection.name}`,
});

/** The checkpoint of a stream whose events the projection has applied up to `version`. */
export const checkpointDocument = (
  projection: Pick<Projection, "name">,
  streamId: string,
  version: number,
): StoredDocument => ({ key: checkpointKey(projection, streamId), version, body: versionOnly, indexes: {} });

export const isCheckpoint = (document: StoredDocument): boolean =>
  document.key.sort.startsWith("projection#");

export interface RebuildProgress {
  streamsDone: number;
  streamsTotal: number;
  eventsDone: number;
  /** Streams at least one projection set aside (their other streams' documents are rebuilt regardless). */
  streamsQuarantined: number;
}

export interface RetryResult {
  /** Streams that now project: their records are gone. */
  lifted: QuarantineRecord[];
  /** Streams that fail again (their records say how, now), or of a projection this projector does not run. */
  stillQuarantined: QuarantineRecord[];
}

export interface ProjectorOptions {
  store: EventStore;
  documents: DocumentStore;
  projections: readonly Projection[];
  /** Stamps quarantine records (default: the system clock). */
  clock?: Clock;
  /**
   * Told of each stream set aside, before its record is written (so at least once): to log it, or to report
   * it to a dead-letter queue. A rejection fails the fold like a transient error, for the caller to retry.
   */
  onQuarantined?: (record: QuarantineRecord) => void | Promise<void>;
}

export interface HandleOptions {
  /**
   * Default true. False: poison is thrown like any other error and nothing is set aside, for a caller that
   * only hurries documents along (the API, after its own append) and leaves setting aside, and reporting
   * it, to the projector the bus drives. A stream already set aside is skipped either way.
   */
  quarantine?: boolean;
}

export interface Projector {
  /**
   * Brings every projection of the notified stream up to at least the notified version. A stream whose
   * events are poison (`isPoison`) is set aside for that projection instead, and `handle` resolves: only
   * errors that may pass on their own reject, for the caller to retry.
   */
  handle(notification: StreamNotification, options?: HandleOptions): Promise<void>;
  /**
   * Folds every stream the projections read again, from its first event, and rewrites their documents.
   * A stream that folds now is lifted from quarantine; one that is poison is set aside and counted.
   */
  rebuild(options?: {
    concurrency?: number;
    onProgress?: (progress: RebuildProgress) => void;
  }): Promise<RebuildProgress>;
  /** Every stream set aside, by any projection. */
  quarantined(): Promise<QuarantineRecord[]>;
  /**
   * Folds each quarantined stream again from its first event (as a rebuild would: a poisoned fold may
   * have written part of the failing event's documents) and lifts those that now project, then catches
   * them up with what was appended while they were set aside.
   */
  retryQuarantined(): Promise<RetryResult>;
}

/** A projector gives up on a stream only when writers keep overtaking it, which means they did its work. */
const maximumAttempts = 10;

/** How many rebuilt documents go to the store in one round trip. */
const rebuildBatch = 100;

/** The counter a document of a counting kind adds to, and the event to blame if its code throws. */
interface Counting {
  projection: DocumentProjection;
  counter: ProjectedCounter;
  event: EventEnvelope;
  /** Written by a rebuild, which may jump a document over many events at once. */
  rebuilding?: boolean;
}

/** Whether a write would leave the document as the store holds it. */
const sameState = (stored: StoredDocument | undefined, next: StoredDocument) =>
  stored !== undefined && stored.version === next.version && isDeepStrictEqual(stored.body, next.body);

function countingOf(
  projection: DocumentProjection,
  kind: DocumentKind,
  event: EventEnvelope,
): Counting | undefined {
  return kind.counter && { projection, counter: kind.counter, event };
}

// The projection's own code: an exception there is poison for the stream, as one in `evolve` is.

function contributionChange(
  { projection, counter, event }: Counting,
  stored: StoredDocument | undefined,
  next: StoredDocument,
): number {
  try {
    return contributionOf(counter, next.body) - contributionOf(counter, stored?.body);
  } catch (error) {
    throw new ProjectionFailed(projection.name, event.streamId, error, event);
  }
}

function counterKeyOf({ projection, counter, event }: Counting, key: DocumentKey): DocumentKey {
  try {
    return counter.key(key);
  } catch (error) {
    throw new ProjectionFailed(projection.name, event.streamId, error, event);
  }
}

export function projector({
  store,
  documents,
  projections,
  clock = systemClock,
  onQuarantined,
}: ProjectorOptions): Projector {
  const names = new Set<string>();
  for (const projection of projections) {
    if (names.has(projection.name)) throw new Error(`projection ${projection.name} is registered twice`);
    names.add(projection.name);
  }
  const projectionsOf = (streamId: string) =>
    projections.filter((projection) => projection.categories.includes(categoryOf(streamId)));

  /**
   * Writes the document unless the store already holds it at a version at least as new: a slow worker
   * holding an older fold can never overwrite a newer one, whatever order notifications arrive in.
   * `replaceEqual` lets a rebuild rewrite documents at the same version (the projection's code may have changed).
   */
  async function writeIfNewer(
    document: StoredDocument,
    replaceEqual: boolean,
    counting?: Counting,
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const current = await documents.get(document.key);
      if (
        current &&
        (current.version > document.version || (current.version === document.version && !replaceEqual))
      )
        return;
      // A tombstone where the store holds nothing has nothing to hide (a counting one: see writeRebuilt).
      if (!current && document.body === null && !counting) return;
      try {
        await writeDocument(current, document, counting);
        return;
      } catch (error) {
        if (!(error instanceof DocumentVersionConflict) || attempt >= maximumAttempts) throw error;
      }
    }
  }

  /**
   * Writes `next` over `stored` (as read), conditionally on its version; a document of a counting kind
   * whose contribution changes also moves its counter, by the protocol of projected-counter.ts.
   */
  async function writeDocument(
    stored: StoredDocument | undefined,
    next: StoredDocument,
    counting: Counting | undefined,
  ): Promise<void> {
    const delta = counting ? contributionChange(counting, stored, next) : 0;
    // A rebuild may jump a document over events a live fold is counting: it moves counting documents
    // behind the counter's fence even when their count stays, so that the two meet there.
    if (counting && (delta !== 0 || (counting.rebuilding && !sameState(stored, next))))
      await writeCounted(documents, counterKeyOf(counting, next.key), stored, next, delta);
    else await documents.put(next, { expectedVersion: stored ? stored.version : "absent" });
  }

  /** Throws the error unless it is poison to set aside. */
  function settleOrThrow(error: unknown, quarantine = true): void {
    if (!quarantine || !isPoison(error)) throw error;
  }

  /** Tells `onQuarantined`, then writes (or rewrites) the stream's quarantine record. */
  async function setAside(
    projection: Projection,
    streamId: string,
    error: unknown,
    failure: Failure,
  ): Promise<QuarantineRecord> {
    const key = quarantineKey(projection.name, streamId);
    const record = quarantineRecordOf(projection.name, streamId, error, failure, clock.now());
    // Told before the record is written: a report that fails leaves no record, so the retry reports again
    // (at least once), where a written record would make the retry skip the stream and the report be lost.
    await onQuarantined?.(record);
    const current = await documents.get(key);
    try {
      await documents.put(
        { key, version: record.version, body: record, indexes: {} },
        { expectedVersion: current ? current.version : "absent" },
      );
    } catch (conflict) {
      // Another fold of the same stream set it aside at the same moment: one record stands.
      if (!(conflict instanceof DocumentVersionConflict)) throw conflict;
    }
    return record;
  }

  async function lift(projection: Projection, streamId: string): Promise<void> {
    const key = quarantineKey(projection.name, streamId);
    const current = await documents.get(key);
    if (current) {
      try {
        await documents.delete(key, { expectedVersion: current.version });
      } catch (error) {
        // Set aside again meanwhile (by a concurrent rebuild): that newer record stands.
        if (error instanceof DocumentVersionConflict) return;
        throw error;
      }
    }
    // Notifications that came while the stream was set aside were dropped: fold whatever they announced.
    await catchUpChanges(projection, streamId, Number.MAX_SAFE_INTEGER);
  }

  /** Each touched document once (the first kind to claim a key keeps it), as the store holds it now. */
  async function readTargets(projection: DocumentProjection, event: EventEnvelope): Promise<Target[]> {
    const seen = new Set<string>();
    const keyed: { kind: DocumentKind; kindIndex: number; key: DocumentKey }[] = [];
    const ranged: { kind: DocumentKind; kindIndex: number; range: DocumentRange }[] = [];
    for (const { kind, kindIndex, touched } of touchesOf(projection, event)) {
      if (isRange(touched)) ranged.push({ kind, kindIndex, range: touched });
      else if (!seen.has(keyOf(touched))) {
        seen.add(keyOf(touched));
        keyed.push({ kind, kindIndex, key: touched });
      }
    }
    const stored = keyed.length > 0 ? await documents.getMany(keyed.map((target) => target.key)) : [];
    const targets: Target[] = keyed.map((target, index) => ({ ...target, stored: stored[index] }));
    for (const { kind, kindIndex, range } of ranged) {
      let cursor: string | undefined;
      do {
        const page = await documents.query("primary", {
          partition: range.partition,
          range: { beginsWith: range.beginsWith },
          limit: 1000,
          cursor,
        });
        for (const document of page.documents) {
          if (seen.has(keyOf(document.key))) continue;
          seen.add(keyOf(document.key));
          targets.push({ kind, kindIndex, key: document.key, stored: document });
        }
        cursor = page.cursor;
      } while (cursor);
    }
    return targets;
  }

  /**
   * Applies the event to the documents it touches that are not at its version yet, kind by kind, each
   * written on condition of the version read. A conflict means another fold wrote one of them meanwhile:
   * the event is applied again to what the store holds then (documents it has reached are skipped).
   */
  async function applyEvent(projection: DocumentProjection, event: EventEnvelope): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const targets = await readTargets(projection, event);
      const read = touchedDocuments(targets);
      try {
        for (const group of pendingByKind(targets, event.version))
          await Promise.all(
            group.map(async (target) => {
              const next = changed(projection, target, event, read);
              if (next) await writeDocument(target.stored, next, countingOf(projection, target.kind, event));
            }),
          );
        return;
      } catch (error) {
        if (!(error instanceof DocumentVersionConflict) || attempt >= maximumAttempts) throw error;
      }
    }
  }

  async function catchUpChanges(
    projection: DocumentProjection,
    streamId: string,
    version: number,
    quarantine = true,
  ): Promise<void> {
    const key = checkpointKey(projection, streamId);
    const held = quarantineKey(projection.name, streamId);
    // A catch-up to the end (after a lift) names no version the stream has.
    let failure: Failure = { version: version < Number.MAX_SAFE_INTEGER ? version : 0 };
    try {
      // A stream id the store cannot take as a partition (it was appended below the checks) is poison as well.
      assertDocumentKey(key);
    } catch (error) {
      settleOrThrow(error, quarantine);
      if (!(await documents.get(held))) await setAside(projection, streamId, error, failure);
      return;
    }
    try {
      // Two gets rather than one getMany: as fast on DynamoDB, and SQLite answers a get faster.
      const [stored, quarantined] = await Promise.all([documents.get(key), documents.get(held)]);
      if (quarantined) return;
      const applied = stored?.version ?? 0;
      if (isFoldedState(stored?.body)) {
        const events = await store.readStream(streamId);
        await refold(projection, streamId, events, false);
        return;
      }
      if (applied >= version) return;
      const events = await store.readStream(streamId, { after: applied });
      for (const event of events) {
        failure = { version: event.version, event };
        await applyEvent(projection, event);
      }
      const last = events.at(-1);
      if (!last) return;
      const checkpoint = checkpointDocument(projection, streamId, last.version);
      try {
        await documents.put(checkpoint, { expectedVersion: stored ? stored.version : "absent" });
      } catch (error) {
        // Another fold moved it meanwhile: it stays unless this one got further.
        if (!(error instanceof DocumentVersionConflict)) throw error;
        await writeIfNewer(checkpoint, false);
      }
    } catch (error) {
      settleOrThrow(error, quarantine);
      await setAside(projection, streamId, error, failure);
    }
  }

  /**
   * Applies every event of the stream to empty documents in memory, then writes the result over what the
   * store holds, removed documents as tombstones: the same documents live projection gives.
   */
  async function refoldChanges(
    projection: DocumentProjection,
    streamId: string,
    events: readonly EventEnvelope[],
  ): Promise<boolean> {
    const last = events.at(-1);
    if (!last) return true;
    try {
      const kinds = new Map<string, DocumentKind>();
      const folded = foldInMemory(projection, events, kinds);
      await writeRebuilt([...folded.values()], last.version, (key) => {
        const kind = kinds.get(keyOf(key));
        const counting = kind && countingOf(projection, kind, last);
        return counting && { ...counting, rebuilding: true };
      });
      await writeRebuilt([checkpointDocument(projection, streamId, last.version)], last.version);
    } catch (error) {
      settleOrThrow(error);
      await setAside(projection, streamId, error, { version: last.version, event: last });
      return false;
    }
    return true;
  }

  /**
   * Writes rebuilt documents over whatever the store holds up to the rebuild's last version (the projection's
   * code may have changed); a document a live fold has taken past it since is left to that fold.
   */
  async function writeRebuilt(
    rebuilt: readonly StoredDocument[],
    upTo: number,
    countingFor: (key: DocumentKey) => Counting | undefined = () => undefined,
  ): Promise<void> {
    for (let start = 0; start < rebuilt.length; start += rebuildBatch) {
      const batch = rebuilt.slice(start, start + rebuildBatch);
      const current = await documents.getMany(batch.map((document) => document.key));
      const counted: { stored: StoredDocument | undefined; document: StoredDocument; counting: Counting }[] =
        [];
      const settled: { key: DocumentKey; counting: Counting }[] = [];
      const writes = batch.flatMap((document, index) => {
        const stored = current[index];
        if (stored && stored.version > upTo) return [];
        const counting = countingFor(document.key);
        // A tombstone where the store holds nothing has nothing to hide, unless a live fold is about to
        // write an earlier version there, which for a counting document the counter's fence tells.
        if (!stored && document.body === null && !counting) return [];
        // What the store holds is what its counter counted: a rebuild over it moves the count by the
        // difference only, so rebuilding documents that do not change leaves every count alone.
        if (counting && !sameState(stored, document)) {
          counted.push({ stored, document, counting });
          return [];
        }
        // A rebuild that died after counting a jump may have left it on the counter: running it again
        // lands the jump, or takes it back if a live fold has moved the document since.
        if (counting) settled.push({ key: document.key, counting });
        return [{ document, expectedVersion: stored ? stored.version : ("absent" as const) }];
      });
      const { conflicts } = await documents.putMany(writes);
      // A live fold wrote some of them meanwhile: those go one by one, each against what it finds now.
      for (const conflict of conflicts) {
        const document = batch.find((candidate) => keyOf(candidate.key) === keyOf(conflict.key));
        if (document) await writeIfNewer(document, true, countingFor(document.key));
      }
      await Promise.all(
        settled.map(({ key, counting }) => settlePendingWrites(documents, counterKeyOf(counting, key), key)),
      );
      await Promise.all(
        counted.map(async ({ stored, document, counting }) => {
          try {
            await writeDocument(stored, document, counting);
          } catch (error) {
            if (!(error instanceof DocumentVersionConflict)) throw error;
            await writeIfNewer(document, true, counting);
          }
        }),
      );
    }
  }

  /** Folds one projection of the stream from its first event; false when the stream is poison for it. */
  async function refold(
    projection: Projection,
    streamId: string,
    events: readonly EventEnvelope[],
    quarantined: boolean,
  ): Promise<boolean> {
    const folded = await refoldChanges(projection, streamId, events);
    if (folded && quarantined) await lift(projection, streamId);
    return folded;
  }

  /** The stream's events, or undefined when reading them is poison (each projection then sets it aside). */
  async function readWhole(streamId: string, readers: readonly Projection[]) {
    try {
      return await store.readStream(streamId);
    } catch (error) {
      settleOrThrow(error);
      for (const projection of readers) await setAside(projection, streamId, error, { version: 0 });
      return undefined;
    }
  }

  return {
    async handle(notification, options) {
      await Promise.all(
        projectionsOf(notification.streamId).map((projection) =>
          catchUpChanges(projection, notification.streamId, notification.version, options?.quarantine),
        ),
      );
    },

    async rebuild({ concurrency = 8, onProgress } = {}) {
      const categories = [...new Set(projections.flatMap((projection) => projection.categories))];
      const streamIds: string[] = [];
      for (const category of categories) {
        let cursor: string | undefined;
        do {
          const page = await store.listStreams({ prefix: `${category}-`, limit: 1000, cursor });
          streamIds.push(...page.streamIds);
          cursor = page.cursor;
        } while (cursor);
      }
      // Read once up front: a stream set aside before and folding now is lifted.
      const held = new Set(
        (await quarantinedStreams(documents)).map(
          (record) => quarantineKey(record.projection, record.streamId).sort,
        ),
      );
      const progress: RebuildProgress = {
        streamsDone: 0,
        streamsTotal: streamIds.length,
        eventsDone: 0,
        streamsQuarantined: 0,
      };
      onProgress?.({ ...progress });
      await inParallel(streamIds, concurrency, async (streamId) => {
        const readers = projectionsOf(streamId);
        const events = await readWhole(streamId, readers);
        const folded = events
          ? await Promise.all(
              readers.map((projection) =>
                refold(projection, streamId, events, held.has(quarantineKey(projection.name, streamId).sort)),
              ),
            )
          : [false];
        progress.streamsDone++;
        progress.eventsDone += events?.length ?? 0;
        if (folded.includes(false)) progress.streamsQuarantined++;
        onProgress?.({ ...progress });
      });
      return progress;
    },

    quarantined: () => quarantinedStreams(documents),

    async retryQuarantined() {
      const result: RetryResult = { lifted: [], stillQuarantined: [] };
      // One stream at a time: there are few, and each is read whole.
      for (const record of await quarantinedStreams(documents)) {
        const projection = projections.find((candidate) => candidate.name === record.projection);
        const events = projection && (await readWhole(record.streamId, [projection]));
        if (projection && events && (await refold(projection, record.streamId, events, true)))
          result.lifted.push(record);
        else
          result.stillQuarantined.push(
            (await documents.get<QuarantineRecord>(quarantineKey(record.projection, record.streamId)))
              ?.body ?? record,
          );
      }
      return result;
    },
  };
}

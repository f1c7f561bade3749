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
import {
  type DocumentKind,
  type DocumentProjection,
  type DocumentRange,
  type FoldingProjection,
  isDocumentProjection,
  type ProjectedDocument,
  type Projection,
  type StreamNotification,
} from "./projection";
import {
  describeError,
  isPoison,
  ProjectionFailed,
  type QuarantineRecord,
  quarantinedStreams,
  quarantineKey,
} from "./quarantine";

/**
 * Where the projector keeps how far it has applied a stream's events for one projection, as the document's
 * version. For a `DocumentProjection` that is all it holds: each document carries the version of the last
 * event applied to it, so the checkpoint moves on only after every document of its events is written.
 *
 * For a `FoldingProjection` it holds more: the folded state (to go on
 * from there), the keys of the documents that state owns and of those it removed, and, as the document's
 * version, the stream version it folded to. It lives in the stream's own partition, beside its documents.
 *
 * The checkpoint is claimed before the documents are written and marked complete after: the claims form
 * one chain per stream (each conditional on the one before), so every fold knows exactly which documents
 * its predecessor owned, and a fold that loses the race writes nothing. A crash between claim and
 * completion is finished by the next notification.
 */
interface Checkpoint {
  state: unknown;
  keys: DocumentKey[];
  removed: DocumentKey[];
  complete: boolean;
}

/** The checkpoint of a `DocumentProjection`: nothing but its version. */
const versionOnly = {};

export const checkpointKey = (projection: Pick<Projection, "name">, streamId: string): DocumentKey => ({
  partition: streamId,
  sort: `projection#${projection.name}`,
});

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
   * Folds each quarantined stream again from its first event (as a rebuild would: the checkpoint a
   * poisoned fold claimed may hold the poison) and lifts those that now project, then catches them up
   * with what was appended while they were set aside.
   */
  retryQuarantined(): Promise<RetryResult>;
}

/** A projector gives up on a stream only when writers keep overtaking it, which means they did its work. */
const maximumAttempts = 10;

/** An error message can be as long as the input that caused it; the record keeps what a person reads. */
const maximumMessageLength = 2000;

/** How many rebuilt documents go to the store in one round trip. */
const rebuildBatch = 100;

/** Where a fold failed: the version it was folding to and, when known, the event. */
interface Failure {
  version: number;
  event?: EventEnvelope;
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

  // The projection's own code is the one place an exception says nothing about the store: marked as such.
  function documentsOf(projection: FoldingProjection, state: unknown, streamId: string): ProjectedDocument[] {
    try {
      return projection.documents(state, streamId);
    } catch (error) {
      throw new ProjectionFailed(projection.name, streamId, error);
    }
  }

  function evolve(
    projection: FoldingProjection,
    streamId: string,
    state: unknown,
    event: EventEnvelope,
  ): unknown {
    try {
      return projection.evolve(state, event);
    } catch (error) {
      throw new ProjectionFailed(projection.name, streamId, error, event);
    }
  }

  /**
   * Writes the document unless the store already holds it at a version at least as new: a slow worker
   * holding an older fold can never overwrite a newer one, whatever order notifications arrive in.
   * `replaceEqual` lets a rebuild rewrite documents at the same version (the projection's code may have changed).
   */
  async function writeIfNewer(document: StoredDocument, replaceEqual: boolean): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const current = await documents.get(document.key);
      if (
        current &&
        (current.version > document.version || (current.version === document.version && !replaceEqual))
      )
        return;
      try {
        await documents.put(document, { expectedVersion: current ? current.version : "absent" });
        return;
      } catch (error) {
        if (!(error instanceof DocumentVersionConflict) || attempt >= maximumAttempts) throw error;
      }
    }
  }

  /** Writes the documents a checkpoint's state owns, and tombstones for those it removed. */
  async function writeDocuments(
    projection: FoldingProjection,
    streamId: string,
    checkpoint: Checkpoint,
    version: number,
    replaceEqual: boolean,
  ): Promise<void> {
    await Promise.all([
      ...documentsOf(projection, checkpoint.state, streamId).map((document) =>
        writeIfNewer(
          { key: document.key, version, body: document.body, indexes: document.indexes ?? {} },
          replaceEqual,
        ),
      ),
      // A removed document stays as a tombstone at this version, so a late fold of an older version cannot revive it.
      ...checkpoint.removed.map((key) =>
        writeIfNewer({ key, version, body: null, indexes: {} }, replaceEqual),
      ),
    ]);
  }

  /** Folds `events` on from `previous` and describes the result as the next checkpoint in the chain. */
  function nextCheckpoint(
    projection: FoldingProjection,
    streamId: string,
    previous: Checkpoint | null | undefined,
    events: readonly EventEnvelope[],
  ): Checkpoint {
    const state = events.reduce(
      (current, event) => evolve(projection, streamId, current, event),
      previous ? previous.state : projection.initialState,
    );
    const keys = documentsOf(projection, state, streamId).map((document) => document.key);
    const owned = new Set(keys.map(keyOf));
    // Removals an unfinished predecessor never wrote are carried on, so a crash cannot leave them live.
    const before = previous ? [...previous.keys, ...(previous.complete ? [] : previous.removed)] : [];
    const removed = [
      ...new Map(before.filter((key) => !owned.has(keyOf(key))).map((key) => [keyOf(key), key])).values(),
    ];
    return { state, keys, removed, complete: false };
  }

  async function complete(
    projection: FoldingProjection,
    streamId: string,
    checkpoint: Checkpoint,
    version: number,
  ) {
    try {
      await documents.put(
        {
          key: checkpointKey(projection, streamId),
          version,
          body: { ...checkpoint, complete: true },
          indexes: {},
        },
        { expectedVersion: version },
      );
    } catch (error) {
      // A newer fold already moved the checkpoint on: it owns completion now.
      if (!(error instanceof DocumentVersionConflict)) throw error;
    }
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
    const event = (error instanceof ProjectionFailed ? error.event : undefined) ?? failure.event;
    const described = describeError(error);
    const record: QuarantineRecord = {
      projection: projection.name,
      streamId,
      version: event?.version ?? failure.version,
      ...(event
        ? {
            event: {
              id: event.id,
              type: event.type,
              version: event.version,
              schemaVersion: event.schemaVersion,
            },
          }
        : {}),
      error: { ...described, message: described.message.slice(0, maximumMessageLength) },
      quarantinedAt: clock.now().toISOString(),
    };
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
    await catchUp(projection, streamId, Number.MAX_SAFE_INTEGER);
  }

  async function catchUpFolding(
    projection: FoldingProjection,
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
      for (let attempt = 0; attempt < maximumAttempts; attempt++) {
        // The quarantine record is read beside the first checkpoint: a held stream costs no extra round trip.
        // Two gets rather than one getMany: as fast on DynamoDB, and SQLite answers a get faster.
        const [stored, quarantined] = await Promise.all([
          documents.get<Checkpoint>(key),
          attempt === 0 ? documents.get(held) : undefined,
        ]);
        if (quarantined) return;
        const previous = stored?.body;
        const folded = stored?.version ?? 0;
        if (stored && previous && folded >= version) {
          if (previous.complete) return;
          failure = { version: folded };
          await writeDocuments(projection, streamId, previous, folded, false);
          await complete(projection, streamId, previous, folded);
          return;
        }
        const events = await store.readStream(streamId, { after: folded });
        const last = events.at(-1);
        if (!last) return;
        failure = { version: last.version, event: last };
        const checkpoint = nextCheckpoint(projection, streamId, previous, events);
        try {
          await documents.put(
            { key, version: last.version, body: checkpoint, indexes: {} },
            { expectedVersion: stored ? stored.version : "absent" },
          );
        } catch (error) {
          // Another fold claimed the next link first: look again, it may already cover this version.
          if (error instanceof DocumentVersionConflict) continue;
          throw error;
        }
        await writeDocuments(projection, streamId, checkpoint, last.version, false);
        await complete(projection, streamId, checkpoint, last.version);
        return;
      }
    } catch (error) {
      settleOrThrow(error, quarantine);
      await setAside(projection, streamId, error, failure);
    }
  }

  async function refoldFolding(
    projection: FoldingProjection,
    streamId: string,
    events: readonly EventEnvelope[],
  ): Promise<boolean> {
    const last = events.at(-1);
    if (!last) return true;
    try {
      const key = checkpointKey(projection, streamId);
      const previous = await documents.get<Checkpoint>(key);
      const folded = nextCheckpoint(projection, streamId, null, events);
      const owned = new Set(folded.keys.map(keyOf));
      const before = previous?.body ? [...previous.body.keys, ...previous.body.removed] : [];
      const checkpoint = { ...folded, removed: before.filter((stale) => !owned.has(keyOf(stale))) };
      await writeIfNewer({ key, version: last.version, body: checkpoint, indexes: {} }, true);
      await writeDocuments(projection, streamId, checkpoint, last.version, true);
      await complete(projection, streamId, checkpoint, last.version);
    } catch (error) {
      settleOrThrow(error);
      await setAside(projection, streamId, error, { version: last.version, event: last });
      return false;
    }
    return true;
  }

  // A DocumentProjection: each event is applied to the documents it touches, one document at a time.

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
              if (next)
                await documents.put(next, {
                  expectedVersion: target.stored ? target.stored.version : "absent",
                });
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
      if (applied >= version) return;
      const events = await store.readStream(streamId, { after: applied });
      for (const event of events) {
        failure = { version: event.version, event };
        await applyEvent(projection, event);
      }
      const last = events.at(-1);
      if (last) await writeIfNewer({ key, version: last.version, body: versionOnly, indexes: {} }, false);
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
      const folded = foldInMemory(projection, events);
      await writeRebuilt([...folded.values()], last.version);
      await writeRebuilt(
        [{ key: checkpointKey(projection, streamId), version: last.version, body: versionOnly, indexes: {} }],
        last.version,
      );
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
  async function writeRebuilt(rebuilt: readonly StoredDocument[], upTo: number): Promise<void> {
    for (let start = 0; start < rebuilt.length; start += rebuildBatch) {
      const batch = rebuilt.slice(start, start + rebuildBatch);
      const current = await documents.getMany(batch.map((document) => document.key));
      const writes = batch.flatMap((document, index) => {
        const stored = current[index];
        if (stored && stored.version > upTo) return [];
        // A tombstone where the store holds nothing has nothing to hide.
        if (!stored && document.body === null) return [];
        return [{ document, expectedVersion: stored ? stored.version : ("absent" as const) }];
      });
      const { conflicts } = await documents.putMany(writes);
      // A live fold wrote some of them meanwhile: those go one by one, each against what it finds now.
      for (const conflict of conflicts) {
        const document = batch.find((candidate) => keyOf(candidate.key) === keyOf(conflict.key));
        if (document) await writeIfNewer(document, true);
      }
    }
  }

  function catchUp(projection: Projection, streamId: string, version: number, quarantine = true) {
    return isDocumentProjection(projection)
      ? catchUpChanges(projection, streamId, version, quarantine)
      : catchUpFolding(projection, streamId, version, quarantine);
  }

  /** Folds one projection of the stream from its first event; false when the stream is poison for it. */
  async function refold(
    projection: Projection,
    streamId: string,
    events: readonly EventEnvelope[],
    quarantined: boolean,
  ): Promise<boolean> {
    const folded = isDocumentProjection(projection)
      ? await refoldChanges(projection, streamId, events)
      : await refoldFolding(projection, streamId, events);
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
          catchUp(projection, notification.streamId, notification.version, options?.quarantine),
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

import { type Clock, systemClock } from "../clock/clock";
import type { DocumentKey, DocumentOverwrite, DocumentStore } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";
import type { EventStore } from "../eventstore/event-store";
import { CounterTotals } from "./counter-totals";
import { foldInMemory, isRange, keyOf, touchesOf } from "./document-changes";
import { heldDocuments } from "./held-documents";
import { contributionOf } from "./projected-counter";
import type { DocumentKind, ProjectedCounter, Projection } from "./projection";
import { checkpointDocument, type RebuildProgress } from "./projector";
import {
  type Failure,
  isPoison,
  ProjectionFailed,
  type QuarantineRecord,
  quarantineKey,
  quarantineRecordOf,
} from "./quarantine";

export interface OfflineRebuildOptions {
  store: EventStore;
  /** Written by this rebuild alone while it runs: see `offlineRebuild`. */
  documents: DocumentStore;
  /**
   * Every projection whose documents the store holds: the store is left holding what these give, so the
   * documents of a projection left out (or no longer in the code) are removed.
   */
  projections: readonly Projection[];
  /** Stamps quarantine records (default: the system clock). */
  clock?: Clock;
  /** Told of each stream set aside, before its record is written, as the projector's option is. */
  onQuarantined?: (record: QuarantineRecord) => void | Promise<void>;
  /** After each stream; `streamsTotal` is counted before the first. */
  onProgress?: (progress: RebuildProgress) => void;
}

/**
 * Changes written in one `overwriteMany` (ten BatchWriteItem calls on DynamoDB). Small enough that what
 * waits to be written is still young when it goes: held longer, a batch survives into the old generation
 * and the garbage collector's work trebles.
 */
const batchSize = 250;

/** Events a page of the log holds, small for the same reason. */
const pageEvents = 500;

/** What goes to the store together, and what the rebuild counts once it is there. */
interface PendingChanges {
  changes: DocumentOverwrite[];
  /** What each counting document adds to its counter. */
  counted: { key: DocumentKey; value: number }[];
  /** The keys among them that the store held before (`keyOf`): these are not left over. */
  held: string[];
  /** The fold they come from: a document the store refuses sets its stream aside. */
  fold?: { projection: Projection; streamId: string; last: EventEnvelope };
}

/**
 * Folds every stream the projections read again, from its first event, into documents written as they
 * are without reading them first, for when nothing else writes the documents (the local host stopped, or
 * the whole rebuild inside one SQLite transaction, as `pnpm cli rebuild` runs it). It reads the log once,
 * stream after stream (`readStreams`), folds each in memory, writes documents in large batches
 * (`overwriteMany`), sums the projected counters in memory and writes each once at the end, and removes
 * every document the projections no longer give.
 *
 * It leaves the documents the online `projector(...).rebuild()` leaves on a store that projection of the
 * same log has kept (or on an empty one), and keeps its promises: every stream folded from its first event,
 * removed documents as tombstones where that rebuild writes them (a counting kind's always, another's where
 * the store held the document), each checkpoint at its stream's last version; a stream that folds now lifted
 * from quarantine; a stream that is poison for a projection (it does not read, the projection throws, the
 * store refuses a document) set aside with the same record, `onQuarantined` told first, its documents left
 * as the store held them and still counted; an error that is not poison thrown, the rebuild stopped. It
 * goes further in two ways: counts are summed afresh rather than moved by what changed, and what no
 * projection gives any more (documents of a kind, a key or a projection since dropped, checkpoints and
 * records of streams or projections that are gone) is removed.
 *
 * It is not safe beside any other writer: a live fold it overwrote would be lost, a counter moved meanwhile
 * overwritten. If it stops half way, documents and counts disagree until it is run again to the end; run
 * in one SQLite transaction it never stops half way.
 */
export async function offlineRebuild({
  store,
  documents,
  projections,
  clock = systemClock,
  onQuarantined,
  onProgress,
}: OfflineRebuildOptions): Promise<RebuildProgress> {
  // With none, every document would be "what no projection gives": a slip, not a wish to empty the store.
  if (projections.length === 0)
    throw new Error("an offline rebuild needs the projections the documents come from");
  const readers = new Map<string, Projection[]>();
  const names = new Set<string>();
  for (const projection of projections) {
    if (names.has(projection.name)) throw new Error(`projection ${projection.name} is registered twice`);
    names.add(projection.name);
    for (const category of new Set(projection.categories))
      readers.set(category, [...(readers.get(category) ?? []), projection]);
  }

  const before = await heldDocuments(documents);
  // What the store held that the rebuild writes or leaves as it was: everything else in `before` goes.
  const kept = new Set<string>();
  const counters = new CounterTotals();
  // Documents of streams set aside, left as the store held them: they count as they are.
  const keptCounting: { key: DocumentKey; counter: ProjectedCounter }[] = [];
  const quarantined = new Set<string>();
  const progress: RebuildProgress = {
    streamsDone: 0,
    streamsTotal: onProgress ? await countStreams(store, [...readers.keys()]) : 0,
    eventsDone: 0,
    streamsQuarantined: 0,
  };
  onProgress?.({ ...progress });

  let batch: PendingChanges[] = [];
  let batchChanges = 0;
  const enqueue = (pending: PendingChanges) => {
    batch.push(pending);
    batchChanges += pending.changes.length;
  };
  const landed = (pending: PendingChanges) => {
    for (const { key, value } of pending.counted) counters.add(key, value);
    for (const identity of pending.held) kept.add(identity);
  };

  async function flush(): Promise<void> {
    const written = batch;
    batch = [];
    batchChanges = 0;
    if (written.length === 0) return;
    try {
      await documents.overwriteMany(written.flatMap((pending) => pending.changes));
      for (const pending of written) landed(pending);
    } catch (error) {
      if (!isPoison(error)) throw error;
      // The store refused a document and wrote nothing: each fold's changes again on their own tell whose.
      for (const pending of written) {
        try {
          await documents.overwriteMany(pending.changes);
          landed(pending);
        } catch (refused) {
          if (!isPoison(refused) || !pending.fold) throw refused;
          const { projection, streamId, last } = pending.fold;
          await setAside(projection, streamId, refused, { version: last.version, event: last });
        }
      }
    }
  }

  /** One projection's fold of one stream, as the changes that write it; throws poison. */
  function foldOf(
    projection: Projection,
    streamId: string,
    events: readonly EventEnvelope[],
  ): PendingChanges {
    const last = events.at(-1) as EventEnvelope;
    const kinds = new Map<string, DocumentKind>();
    const folded = foldInMemory(projection, events, kinds);
    const pending: PendingChanges = {
      changes: [],
      counted: [],
      held: [],
      fold: { projection, streamId, last },
    };
    for (const [identity, document] of folded) {
      const counter = kinds.get(identity)?.counter;
      const held = before.has(identity);
      // As the online rebuild: a tombstone where the store holds nothing hides nothing, unless its kind
      // counts (that rebuild writes those behind the counter's fence).
      if (document.body === null && !counter && !held) continue;
      pending.changes.push({ document });
      if (held) pending.held.push(identity);
      if (counter)
        try {
          pending.counted.push({
            key: counter.key(document.key),
            value: contributionOf(counter, document.body),
          });
        } catch (error) {
          throw new ProjectionFailed(projection.name, streamId, error, last);
        }
    }
    // A record that set the stream aside before is not kept: it is lifted with what else is left over.
    const checkpoint = checkpointDocument(projection, streamId, last.version);
    pending.changes.push({ document: checkpoint });
    if (before.has(keyOf(checkpoint.key))) pending.held.push(keyOf(checkpoint.key));
    return pending;
  }

  /** Tells `onQuarantined`, then writes the stream's record (with the next batch) and keeps its documents. */
  async function setAside(
    projection: Projection,
    streamId: string,
    error: unknown,
    failure: Failure,
    events?: readonly EventEnvelope[],
  ): Promise<void> {
    const record = quarantineRecordOf(projection.name, streamId, error, failure, clock.now());
    // Told before the record is written, as the projector tells: at least once.
    await onQuarantined?.(record);
    const key = quarantineKey(projection.name, streamId);
    enqueue({
      changes: [{ document: { key, version: record.version, body: record, indexes: {} } }],
      counted: [],
      held: before.has(keyOf(key)) ? [keyOf(key)] : [],
    });
    quarantined.add(streamId);
    progress.streamsQuarantined = quarantined.size;
    keepDocumentsOf(projection, streamId, events ?? (await readableEvents(store, streamId)));
  }

  /**
   * Leaves the documents the stream's events touch as the store holds them, as the online rebuild leaves
   * a stream it sets aside: found by the keys its events touch, since the store does not say whose a
   * document is.
   */
  function keepDocumentsOf(projection: Projection, streamId: string, events: readonly EventEnvelope[]): void {
    const touched = new Map<string, DocumentKind | undefined>([
      [keyOf(checkpointDocument(projection, streamId, 0).key), undefined],
    ]);
    for (const event of events) {
      let touches: ReturnType<typeof touchesOf>;
      try {
        touches = touchesOf(projection, event);
      } catch {
        continue;
      }
      for (const touch of touches) {
        const { kind } = touch;
        if (!isRange(touch.touched)) {
          if (!touched.has(keyOf(touch.touched))) touched.set(keyOf(touch.touched), kind);
          continue;
        }
        const { partition, beginsWith } = touch.touched;
        for (const [identity, { key }] of before)
          if (key.partition === partition && key.sort.startsWith(beginsWith) && !touched.has(identity))
            touched.set(identity, kind);
      }
    }
    for (const [identity, kind] of touched) {
      const stored = before.get(identity);
      if (!stored) continue;
      kept.add(identity);
      if (kind?.counter) keptCounting.push({ key: stored.key, counter: kind.counter });
    }
  }

  for (const [category, projectionsOfCategory] of readers) {
    let cursor: string | undefined;
    do {
      const page = await store.readStreams({ prefix: `${category}-`, cursor, limit: pageEvents });
      for (const read of page.streams) {
        if ("error" in read) {
          if (!isPoison(read.error)) throw read.error;
          for (const projection of projectionsOfCategory)
            await setAside(projection, read.streamId, read.error, { version: 0 });
        } else {
          for (const projection of projectionsOfCategory) {
            let pending: PendingChanges;
            try {
              pending = foldOf(projection, read.streamId, read.events);
            } catch (error) {
              if (!isPoison(error)) throw error;
              const last = read.events.at(-1) as EventEnvelope;
              await setAside(
                projection,
                read.streamId,
                error,
                { version: last.version, event: last },
                read.events,
              );
              continue;
            }
            enqueue(pending);
          }
          progress.eventsDone += read.events.length;
        }
        progress.streamsDone++;
        onProgress?.({ ...progress });
        if (batchChanges >= batchSize) await flush();
      }
      cursor = page.cursor;
    } while (cursor);
  }
  await flush();

  await countKeptDocuments(documents, keptCounting, counters);
  for (const document of counters.documents(before)) {
    const identity = keyOf(document.key);
    // A count of 0 reads as no counter at all: one is written only over one the store held.
    if (document.body?.count === 0 && !before.has(identity)) continue;
    enqueue({ changes: [{ document }], counted: [], held: before.has(identity) ? [identity] : [] });
    if (batchChanges >= batchSize) await flush();
  }
  await flush();

  for (const [identity, { key }] of before) {
    if (kept.has(identity)) continue;
    enqueue({ changes: [{ remove: key }], counted: [], held: [] });
    if (batchChanges >= batchSize) await flush();
  }
  await flush();

  if (!onProgress) progress.streamsTotal = progress.streamsDone;
  return progress;
}

/** How many streams the rebuild will fold: for a progress bar. */
async function countStreams(store: EventStore, categories: readonly string[]): Promise<number> {
  let count = 0;
  for (const category of categories) {
    let cursor: string | undefined;
    do {
      const page = await store.listStreams({ prefix: `${category}-`, limit: 1000, cursor });
      count += page.streamIds.length;
      cursor = page.cursor;
    } while (cursor);
  }
  return count;
}

/** Events in a row that do not read after which a stream is taken to read no further. */
const maximumUnreadableRun = 100;

/**
 * The events of a stream set aside, or those that read on their own when it does not read whole: the keys
 * they touch name the documents the stream owns.
 */
async function readableEvents(store: EventStore, streamId: string): Promise<EventEnvelope[]> {
  try {
    return await store.readStream(streamId);
  } catch (error) {
    if (!isPoison(error)) throw error;
  }
  const events: EventEnvelope[] = [];
  for (let after = 0, unreadable = 0; unreadable < maximumUnreadableRun; ) {
    let read: EventEnvelope[];
    try {
      read = await store.readStream(streamId, { after, limit: 1 });
    } catch (error) {
      if (!isPoison(error)) throw error;
      after++;
      unreadable++;
      continue;
    }
    const [event] = read;
    if (!event) break;
    events.push(event);
    after = event.version;
    unreadable = 0;
  }
  return events;
}

/** Adds what each kept document counts to its counter, valued by today's code (nothing if that throws). */
async function countKeptDocuments(
  documents: DocumentStore,
  keptCounting: readonly { key: DocumentKey; counter: ProjectedCounter }[],
  counters: CounterTotals,
): Promise<void> {
  for (let start = 0; start < keptCounting.length; start += 100) {
    const slice = keptCounting.slice(start, start + 100);
    const stored = await documents.getMany(slice.map(({ key }) => key));
    slice.forEach(({ key, counter }, index) => {
      const document = stored[index];
      if (!document) return;
      try {
        counters.add(counter.key(key), contributionOf(counter, document.body));
      } catch {
        // What the projection's code cannot value it cannot count; the stream is set aside already.
      }
    });
  }
}

import { inParallel } from "../concurrency/in-parallel";
import type { PendingEvent } from "../eventstore/envelope";
import { envelopeSchema } from "../eventstore/envelope-schema";
import type { EventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import { batchesWithin } from "../objects/batches";
import * as z from "../validation/zod";
import type { ArchiveBucket } from "./archive-bucket";
import { type ArchivedEvent, archiveFolder } from "./archived-event";
import { ArchiveConflict, ArchiveIncomplete, EventStoreNotEmpty, InvalidArchiveLine } from "./errors";

export interface RestoreProgress {
  phase: "reading" | "appending";
  objectsRead: number;
  objectsTotal: number;
  streamsDone: number;
  streamsTotal: number;
  eventsDone: number;
}

export interface RestoreOptions {
  bucket: ArchiveBucket;
  /**
   * An empty event store, NOT wrapped in `personalDataStore`: archived personal data is sealed already,
   * and goes back sealed. Its keys are not in the archive, so an erased member stays erased.
   */
  store: EventStore;
  /** The catalog the store was opened with: lines written under an older schema are lifted with it. */
  catalog: EventCatalog;
  concurrency?: number;
  onProgress?: (progress: RestoreProgress) => void;
}

/** Under this a commit carries the events of one append: room for the store's own limit and its keys. */
const maximumBytesPerAppend = 256 * 1024;
const maximumEventsPerAppend = 100;

function parseLines(key: string, text: string): ArchivedEvent[] {
  const events: ArchivedEvent[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new InvalidArchiveLine(key, index + 1, (error as Error).message);
    }
    const parsed = envelopeSchema.safeParse(json);
    if (!parsed.success) throw new InvalidArchiveLine(key, index + 1, z.prettifyError(parsed.error));
    events.push(parsed.data);
  }
  return events;
}

/**
 * Each stream's events in version order, checked whole before anything is written: every version from 1
 * without a gap, and one event per version. The same event archived twice (by the archiver and by an
 * export) counts once.
 */
function streamsOf(events: Iterable<ArchivedEvent>): Map<string, ArchivedEvent[]> {
  const byStream = new Map<string, Map<number, ArchivedEvent>>();
  for (const event of events) {
    const versions = byStream.get(event.streamId) ?? new Map<number, ArchivedEvent>();
    byStream.set(event.streamId, versions);
    const there = versions.get(event.version);
    if (there && there.id !== event.id)
      throw new ArchiveConflict(event.streamId, event.version, [there.id, event.id]);
    versions.set(event.version, event);
  }
  const streams = new Map<string, ArchivedEvent[]>();
  for (const [streamId, versions] of [...byStream].sort(([left], [right]) => (left < right ? -1 : 1))) {
    const ordered = [...versions.values()].sort((left, right) => left.version - right.version);
    for (const [index, event] of ordered.entries()) {
      if (event.version !== index + 1) throw new ArchiveIncomplete(streamId, index + 1);
    }
    streams.set(streamId, ordered);
  }
  return streams;
}

/** Consecutive runs of a stream small enough for one append each. */
const appends = (events: readonly PendingEvent[]): PendingEvent[][] =>
  batchesWithin(events, {
    maximumCount: maximumEventsPerAppend,
    maximumBytes: maximumBytesPerAppend,
    bytesOf: (event) => Buffer.byteLength(JSON.stringify(event)),
  });

async function assertEmpty(store: EventStore): Promise<void> {
  const { streamIds } = await store.listStreams({ limit: 1 });
  if (streamIds[0] !== undefined) throw new EventStoreNotEmpty(streamIds[0]);
}

/**
 * Puts the archived log back into an empty event store: every stream's events at their versions, with
 * their ids and meta, as the log had them. Checks the whole archive before it appends anything, so a
 * refused restore writes nothing. Documents are not touched: rebuild them afterwards.
 *
 * The archive is held in memory while it is checked.
 */
export async function restoreEvents(options: RestoreOptions): Promise<RestoreProgress> {
  const { bucket, store, catalog, concurrency = 8, onProgress } = options;
  await assertEmpty(store);

  const keys: string[] = [];
  for await (const key of bucket.list(`${archiveFolder}/`)) if (key.endsWith(".ndjson")) keys.push(key);
  const progress: RestoreProgress = {
    phase: "reading",
    objectsRead: 0,
    objectsTotal: keys.length,
    streamsDone: 0,
    streamsTotal: 0,
    eventsDone: 0,
  };
  onProgress?.({ ...progress });
  const read: ArchivedEvent[][] = [];
  await inParallel(keys, concurrency, async (key) => {
    read.push(parseLines(key, await bucket.read(key)));
    progress.objectsRead++;
    onProgress?.({ ...progress });
  });

  const streams = [...streamsOf(read.flat())].map(([streamId, events]) => ({
    streamId,
    // Lifted to the current schema now, so data the catalog refuses stops the restore before any write.
    events: events.map(
      (event): PendingEvent => ({
        id: event.id,
        type: event.type,
        data: catalog.read(event.type, event.schemaVersion, event.data),
        meta: event.meta,
      }),
    ),
  }));
  progress.phase = "appending";
  progress.streamsTotal = streams.length;
  onProgress?.({ ...progress });
  // Checked again just before writing: another process may have written while the archive was read.
  await assertEmpty(store);

  await inParallel(streams, concurrency, async ({ streamId, events }) => {
    let version = 0;
    for (const run of appends(events)) {
      const result = await store.append(streamId, run, {
        expectedVersion: version === 0 ? "no stream" : version,
      });
      version = result.nextExpectedVersion;
    }
    progress.streamsDone++;
    progress.eventsDone += events.length;
    onProgress?.({ ...progress });
  });
  return progress;
}

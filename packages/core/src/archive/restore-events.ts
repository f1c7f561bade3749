import { inParallel } from "../concurrency/in-parallel";
import type { PendingEvent } from "../eventstore/envelope";
import { envelopeSchema } from "../eventstore/envelope-schema";
import type { EventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import { batchesWithin } from "../objects/batches";
import * as z from "../validation/zod";
import type { ArchiveBucket } from "./archive-bucket";
import { type ArchiveIndex, assertComplete, indexEvent, restoredVersions } from "./archive-index";
import { type ArchivedEvent, archiveFolder } from "./archived-event";
import { ArchiveChanged, ArchiveIncomplete, EventStoreNotEmpty, InvalidArchiveLine } from "./errors";
import { inKeyOrder } from "./objects-in-key-order";

export interface RestoreProgress {
  /** First the whole archive is read and checked, then read again and appended. */
  phase: "checking" | "appending";
  /** Objects read in this phase. */
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
   * and goes back sealed. The keys are not in the archive but in a key backup, restored apart from it
   * (functions/src/cli/restore.ts), which then deletes again the keys of the members the log says were erased.
   */
  store: EventStore;
  /** The catalog the store was opened with: lines written under an older schema are lifted with it. */
  catalog: EventCatalog;
  /**
   * The store holds what an earlier restore of this archive appended before it stopped: each stream goes
   * on from where it is. Refused if the store holds anything the archive does not, at the same place.
   */
  resume?: boolean;
  concurrency?: number;
  /**
   * How many read events may wait for a whole append before whatever can be appended is: memory (some
   * megabytes by default, whatever the archive's size) against round trips.
   */
  maximumWaitingEvents?: number;
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

/** The archived event as the store takes it: lifted to the current schema, so refused data stops the check. */
const pendingEventOf = (catalog: EventCatalog, event: ArchivedEvent): PendingEvent => ({
  id: event.id,
  type: event.type,
  data: catalog.read(event.type, event.schemaVersion, event.data),
  meta: event.meta,
});

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
 * their ids and meta, as the log had them. Documents are not touched: rebuild them afterwards.
 *
 * The archive is read twice. The first reading checks all of it (every line an event the catalog reads,
 * no gap, no two events at one version), so a refused restore writes nothing; it keeps only the index of
 * event ids. The second reads the objects in key order and appends each stream's events in version order,
 * a hundred at a time while fewer than `maximumWaitingEvents` wait: an event read before its stream's
 * earlier versions (objects are named by day, and days by the clock that recorded the event) waits until
 * they are appended. Memory holds the index and the waiting events, never the archive.
 */
export async function restoreEvents(options: RestoreOptions): Promise<RestoreProgress> {
  const {
    bucket,
    store,
    catalog,
    resume = false,
    concurrency = 8,
    maximumWaitingEvents = 20_000,
    onProgress,
  } = options;
  if (!resume) await assertEmpty(store);

  const keys: string[] = [];
  for await (const key of bucket.list(`${archiveFolder}/`)) if (key.endsWith(".ndjson")) keys.push(key);
  const progress: RestoreProgress = {
    phase: "checking",
    objectsRead: 0,
    objectsTotal: keys.length,
    streamsDone: 0,
    streamsTotal: 0,
    eventsDone: 0,
  };
  const report = () => onProgress?.({ ...progress });
  report();

  const index: ArchiveIndex = new Map();
  await inParallel(keys, concurrency, async (key) => {
    for (const event of parseLines(key, await bucket.read(key))) {
      // Read through the catalog now and dropped: data it refuses stops the restore before any write.
      pendingEventOf(catalog, event);
      indexEvent(index, event);
    }
    progress.objectsRead++;
    report();
  });
  assertComplete(index);

  // Checked again just before writing: another process may have written while the archive was read.
  const appendedVersions = resume ? await restoredVersions(store, index) : new Map<string, number>();
  if (!resume) await assertEmpty(store);
  Object.assign(progress, { phase: "appending", objectsRead: 0, streamsTotal: index.size });
  for (const [streamId, version] of appendedVersions) {
    progress.eventsDone += version;
    if (version === index.get(streamId)?.length) progress.streamsDone++;
  }
  report();

  /** Events read but not appended yet, by stream and version. */
  const waiting = new Map<string, Map<number, PendingEvent>>();
  let waitingEvents = 0;
  /**
   * Appends what of a stream follows on from what is appended (only whole appends, if asked: the rest
   * waits for more); what comes later waits for its earlier versions.
   */
  const appendReady = async (streamId: string, wholeAppendsOnly: boolean) => {
    const versions = waiting.get(streamId) ?? new Map<number, PendingEvent>();
    let appended = appendedVersions.get(streamId) ?? 0;
    const ready: PendingEvent[] = [];
    for (let next = appended + 1; versions.has(next); next++) ready.push(versions.get(next) as PendingEvent);
    const runs = appends(ready);
    const last = runs.at(-1);
    if (wholeAppendsOnly && last && last.length < maximumEventsPerAppend) runs.pop();
    for (const run of runs) {
      const result = await store.append(streamId, run, {
        expectedVersion: appended === 0 ? "no stream" : appended,
      });
      for (let version = appended + 1; version <= result.nextExpectedVersion; version++)
        versions.delete(version);
      waitingEvents -= run.length;
      appended = result.nextExpectedVersion;
      progress.eventsDone += run.length;
    }
    if (versions.size === 0) waiting.delete(streamId);
    appendedVersions.set(streamId, appended);
    if (runs.length > 0 && appended === index.get(streamId)?.length) progress.streamsDone++;
  };

  for await (const [key, text] of inKeyOrder(bucket, keys, concurrency)) {
    const streamsRead = new Set<string>();
    for (const event of parseLines(key, text)) {
      if (index.get(event.streamId)?.[event.version - 1] !== event.id)
        throw new ArchiveChanged(key, event.streamId, event.version);
      const versions = waiting.get(event.streamId) ?? new Map<number, PendingEvent>();
      if (event.version <= (appendedVersions.get(event.streamId) ?? 0) || versions.has(event.version))
        continue;
      waiting.set(event.streamId, versions);
      versions.set(event.version, pendingEventOf(catalog, event));
      waitingEvents++;
      streamsRead.add(event.streamId);
    }
    // Whole appends while memory allows, so a stream spread over many objects costs few round trips;
    // past the budget, everything that can go goes.
    if (waitingEvents > maximumWaitingEvents)
      await inParallel([...waiting.keys()], concurrency, (streamId) => appendReady(streamId, false));
    else await inParallel([...streamsRead], concurrency, (streamId) => appendReady(streamId, true));
    progress.objectsRead++;
    report();
  }
  await inParallel([...waiting.keys()], concurrency, (streamId) => appendReady(streamId, false));
  // Only an object removed since the check leaves a stream short.
  for (const [streamId, ids] of index) {
    const appended = appendedVersions.get(streamId) ?? 0;
    if (appended < ids.length) throw new ArchiveIncomplete(streamId, appended + 1);
  }
  return progress;
}

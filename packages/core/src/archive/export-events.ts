import { inParallel } from "../concurrency/in-parallel";
import type { EventStore } from "../eventstore/event-store";
import { newId } from "../ids/new-id";
import type { ArchiveBucket } from "./archive-bucket";
import { type ArchivedEvent, archiveObjects } from "./archived-event";

export interface ExportProgress {
  streamsDone: number;
  streamsTotal: number;
  eventsDone: number;
  objectsWritten: number;
}

export interface ExportOptions {
  /**
   * The event store as it stores events, NOT wrapped in `personalDataStore`: the archive must hold
   * personal data sealed, so that erasing a member (deleting their key) erases them from backups too.
   */
  store: EventStore;
  bucket: ArchiveBucket;
  /** Starts every object name; unique per export, so an export never overwrites another's objects. */
  name?: string;
  /** Events held in memory before they are written out (default 10,000). */
  eventsPerWrite?: number;
  concurrency?: number;
  onProgress?: (progress: ExportProgress) => void;
}

/**
 * Copies the whole log into the archive, as `events/YYYY/MM/DD/<name>-<part>.ndjson`. Reads stream by
 * stream through the port, so it exports any store. Events appended while it runs may or may not be in
 * it; restore accepts overlapping archives (an export plus the archiver's objects), so repeat it freely.
 */
export async function exportEvents(options: ExportOptions): Promise<ExportProgress> {
  const { store, bucket, name = newId(), eventsPerWrite = 10_000, concurrency = 8, onProgress } = options;
  const streamIds: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listStreams({ limit: 1000, cursor });
    streamIds.push(...page.streamIds);
    cursor = page.cursor;
  } while (cursor);

  const progress: ExportProgress = {
    streamsDone: 0,
    streamsTotal: streamIds.length,
    eventsDone: 0,
    objectsWritten: 0,
  };
  onProgress?.({ ...progress });
  let buffered: ArchivedEvent[] = [];
  let part = 0;

  async function writeBuffered(): Promise<void> {
    if (buffered.length === 0) return;
    const events = buffered;
    buffered = [];
    part += 1;
    const objects = archiveObjects(events, `${name}-${String(part).padStart(6, "0")}`);
    await Promise.all(objects.map((object) => bucket.write(object.key, object.text)));
    progress.objectsWritten += objects.length;
  }

  await inParallel(streamIds, concurrency, async (streamId) => {
    const events = await store.readStream(streamId);
    buffered.push(...events);
    if (buffered.length >= eventsPerWrite) await writeBuffered();
    progress.streamsDone++;
    progress.eventsDone += events.length;
    onProgress?.({ ...progress });
  });
  await writeBuffered();
  onProgress?.({ ...progress });
  return progress;
}

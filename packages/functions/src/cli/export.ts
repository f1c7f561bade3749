import type { ArchiveBucket } from "@meetstream/core/archive/archive-bucket";
import { type ExportProgress, exportEvents } from "@meetstream/core/archive/export-events";
import type { EventStore } from "@meetstream/core/eventstore/event-store";
import { Presets, SingleBar } from "cli-progress";

/**
 * Copies the whole log into an archive, with a progress bar on a terminal. `events` is the store as it
 * stores events: the archive keeps personal data sealed.
 */
export async function exportArchive(options: {
  events: EventStore;
  bucket: ArchiveBucket;
  output?: NodeJS.WriteStream;
}): Promise<ExportProgress & { seconds: number }> {
  const bar = new SingleBar(
    {
      format: "export [{bar}] {percentage}% | {value}/{total} streams | {events} events | {objects} objects",
      stream: options.output ?? process.stderr,
    },
    Presets.shades_classic,
  );
  const started = performance.now();
  let barStarted = false;
  const result = await exportEvents({
    store: options.events,
    bucket: options.bucket,
    onProgress: ({ streamsDone, streamsTotal, eventsDone, objectsWritten }) => {
      if (!barStarted) {
        bar.start(streamsTotal, 0, { events: 0, objects: 0 });
        barStarted = true;
      }
      bar.update(streamsDone, { events: eventsDone, objects: objectsWritten });
    },
  });
  if (barStarted) bar.stop();
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

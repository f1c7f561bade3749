import type { ArchiveBucket } from "@meetstream/core/archive/archive-bucket";
import { type RestoreProgress, restoreEvents } from "@meetstream/core/archive/restore-events";
import type { DocumentStore } from "@meetstream/core/documents/document-store";
import type { EventCatalog } from "@meetstream/core/eventstore/event-catalog";
import type { EventStore } from "@meetstream/core/eventstore/event-store";
import type { KeyStore } from "@meetstream/core/keys/key-store";
import { personalDataStore } from "@meetstream/core/keys/personal-data-store";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import type { RebuildProgress } from "@meetstream/core/projection/projector";
import { Presets, SingleBar } from "cli-progress";
import { rebuild } from "./rebuild";

/**
 * Puts an archive back into an empty event store, then rebuilds the documents from it, with progress
 * bars on a terminal. The keys stay where they are: they are not in the archive, so a member erased
 * since (or before) the archive was made stays erased.
 */
export async function restoreArchive(options: {
  bucket: ArchiveBucket;
  events: EventStore;
  documents: DocumentStore;
  keys: KeyStore;
  catalog: EventCatalog;
  /** Go on with a restore of the same archive that stopped (see `restoreEvents`). */
  resume?: boolean;
  output?: NodeJS.WriteStream;
}): Promise<{ restored: RestoreProgress; rebuilt: RebuildProgress; seconds: number }> {
  const output = options.output ?? process.stderr;
  const bar = new SingleBar(
    { format: "restore {phase} [{bar}] {percentage}% | {value}/{total} objects{events}", stream: output },
    Presets.shades_classic,
  );
  const started = performance.now();
  let phase: RestoreProgress["phase"] | undefined;
  const restored = await restoreEvents({
    bucket: options.bucket,
    store: options.events,
    catalog: options.catalog,
    resume: options.resume,
    // Both phases read every archive object once: the bar counts objects, and events once appending.
    onProgress: (progress) => {
      const payload = {
        phase: progress.phase,
        events: progress.phase === "appending" ? ` | ${progress.eventsDone} events` : "",
      };
      if (phase !== progress.phase) {
        if (phase) bar.stop();
        bar.start(progress.objectsTotal, progress.objectsRead, payload);
        phase = progress.phase;
      }
      bar.update(progress.objectsRead, payload);
    },
  });
  if (phase) bar.stop();
  const rebuilt = await rebuild({
    // Projections read personal fields opened, as they were when first projected.
    events: personalDataStore(options.events, options.keys, meetstreamEventTypes),
    documents: options.documents,
    projections: meetstreamProjections,
    output,
  });
  return { restored, rebuilt, seconds: (performance.now() - started) / 1000 };
}

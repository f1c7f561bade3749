import type { ArchiveBucket } from "@meetstream/core/archive";
import { type ExportProgress, exportEvents } from "@meetstream/core/archive";
import type { EventStore } from "@meetstream/core/eventstore";
import type { KeyStore } from "@meetstream/core/keys";
import { assertBackupSecret, backUpKeys } from "@meetstream/core/keys";
import { Presets, SingleBar } from "cli-progress";
import type { KeyBackupLocation } from "./archive-location";

export interface KeyBackupTarget {
  keys: KeyStore;
  location: KeyBackupLocation;
  /** The backup secret (see `backupSecret`). */
  secret: string;
  /** The local host's email secret, kept with the keys: a restore without it registers returning members anew. */
  emailSecret?: string;
}

/**
 * Copies the whole log into an archive, with a progress bar on a terminal, then every key into the key
 * backup. `events` is the store as it stores events: the archive keeps personal data sealed.
 *
 * The keys are read after the log, so every member the archive holds has their key in the backup, unless
 * erased meanwhile (and the restore deletes again the key of every member the log says was erased).
 */
export async function exportArchive(options: {
  events: EventStore;
  bucket: ArchiveBucket;
  /** Where the keys go; without it only the log is exported. */
  keyBackup?: KeyBackupTarget;
  output?: NodeJS.WriteStream;
}): Promise<ExportProgress & { keysBackedUp?: number; seconds: number }> {
  // A weak secret is refused before the archive is written, not after.
  if (options.keyBackup) assertBackupSecret(options.keyBackup.secret);
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
  const { keyBackup } = options;
  if (!keyBackup) return { ...result, seconds: (performance.now() - started) / 1000 };
  const { text, keyCount } = await backUpKeys(keyBackup.keys, keyBackup.secret, {
    emailSecret: keyBackup.emailSecret,
  });
  await keyBackup.location.write(text);
  return { ...result, keysBackedUp: keyCount, seconds: (performance.now() - started) / 1000 };
}

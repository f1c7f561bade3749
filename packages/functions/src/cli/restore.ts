import type { ArchiveBucket } from "@meetstream/core/archive";
import { type RestoreProgress, restoreEvents } from "@meetstream/core/archive";
import type { DocumentStore } from "@meetstream/core/documents";
import type { EventCatalog, EventStore } from "@meetstream/core/eventstore";
import {
  allKeys,
  assertKeysRestorable,
  KeyBackupMissing,
  type KeyStore,
  type OpenedKeyBackup,
  openKeyBackup,
  personalDataStore,
  restoreKeys,
  subjectsInLog,
} from "@meetstream/core/keys";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { MemberErasedEvent } from "@meetstream/core/member";
import type { RebuildProgress } from "@meetstream/core/projection/projector";
import { Presets, SingleBar } from "cli-progress";
import { rebuild } from "./rebuild";

export interface KeysOfRestore {
  /** When the key backup was taken; absent for a restore without keys. */
  backupTakenAt?: string;
  /** Keys put back from the key backup. */
  restored: number;
  /** Members the log says were erased whose key the backup (or the store) still held: deleted again. */
  erasedAgain: number;
  /** Members not erased who have no key, so whose personal data reads as erased (all of them, without keys). */
  membersWithoutKey: number;
  /** The local host's email secret, when the key backup holds it. */
  emailSecret?: string;
}

/**
 * Puts an archive and its key backup back into an empty event store and key store, then rebuilds the
 * documents, with progress bars on a terminal:
 *   1. the key backup is opened and checked against the key store (a wrong secret, a changed backup or a
 *      conflicting key is refused here, before anything is written);
 *   2. the log is restored (`restoreEvents`: checked whole, then appended);
 *   3. the keys are put back, except those of members the log says were erased, whose keys are deleted
 *      (an old key backup must not bring an erased member back);
 *   4. the documents are rebuilt.
 * Without a key backup it refuses (`KeyBackupMissing`) unless `withoutKeys` says personal data may read as erased.
 */
export async function restoreArchive(options: {
  bucket: ArchiveBucket;
  events: EventStore;
  documents: DocumentStore;
  keys: KeyStore;
  catalog: EventCatalog;
  /** The key backup's text, as written by export, and the secret it was sealed with. */
  keyBackup?: { text: string; secret: string };
  /** Restore without a key backup: every member without a key in the store reads as erased. */
  withoutKeys?: boolean;
  /** Go on with a restore of the same archive (and key backup) that stopped (see `restoreEvents`). */
  resume?: boolean;
  output?: NodeJS.WriteStream;
}): Promise<{ restored: RestoreProgress; keys: KeysOfRestore; rebuilt: RebuildProgress; seconds: number }> {
  const output = options.output ?? process.stderr;
  const started = performance.now();
  if (!options.keyBackup && !options.withoutKeys) throw new KeyBackupMissing();
  let keyBackup: OpenedKeyBackup | undefined;
  if (options.keyBackup) {
    keyBackup = await openKeyBackup(options.keyBackup.text, options.keyBackup.secret);
    await assertKeysRestorable(options.keys, keyBackup.keys);
  }

  const bar = new SingleBar(
    { format: "restore {phase} [{bar}] {percentage}% | {value}/{total} objects{events}", stream: output },
    Presets.shades_classic,
  );
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

  const members = await subjectsInLog(options.events, {
    types: meetstreamEventTypes,
    erasureTypes: [MemberErasedEvent],
    prefix: "member-",
  });
  const { restored: keysRestored, erasedAgain } = await restoreKeys(
    options.keys,
    keyBackup?.keys ?? [],
    members.erased,
  );
  const withKey = new Set<string>();
  for await (const { subjectId } of allKeys(options.keys)) withKey.add(subjectId);
  let membersWithoutKey = 0;
  for (const memberId of members.subjects)
    if (!members.erased.has(memberId) && !withKey.has(memberId)) membersWithoutKey++;

  const rebuilt = await rebuild({
    // Projections read personal fields opened, as they were when first projected.
    events: personalDataStore(options.events, options.keys, meetstreamEventTypes),
    documents: options.documents,
    projections: meetstreamProjections,
    output,
  });
  return {
    restored,
    keys: {
      ...(keyBackup ? { backupTakenAt: keyBackup.createdAt } : {}),
      restored: keysRestored,
      erasedAgain,
      membersWithoutKey,
      ...(keyBackup?.emailSecret === undefined ? {} : { emailSecret: keyBackup.emailSecret }),
    },
    rebuilt,
    seconds: (performance.now() - started) / 1000,
  };
}

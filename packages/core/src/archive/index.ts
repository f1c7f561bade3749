/** What other folders may import from the archive. */
export type { ArchiveBucket } from "./archive-bucket";
export {
  type ArchivedEvent,
  type ArchiveObject,
  archivedEventsOfCommit,
  archiveFolder,
  archiveLine,
  archiveObjects,
  dayFolder,
} from "./archived-event";
export {
  ArchiveChanged,
  ArchiveConflict,
  ArchiveIncomplete,
  EventStoreNotEmpty,
  InvalidArchiveLine,
  RestoreNotResumable,
} from "./errors";
export { type ExportOptions, type ExportProgress, exportEvents } from "./export-events";
export { folderBucket } from "./folder-bucket";
export { type RestoreOptions, type RestoreProgress, restoreEvents } from "./restore-events";

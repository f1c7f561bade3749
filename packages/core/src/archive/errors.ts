import { MeetstreamError } from "../errors/meetstream-error";

/** A restore goes only into an empty event store: mixing an archive into a live log would fork streams. */
export class EventStoreNotEmpty extends MeetstreamError {
  readonly code = "EVENT_STORE_NOT_EMPTY";

  constructor(readonly streamId: string) {
    super(
      `the event store is not empty (it holds stream ${streamId}): restore only into an empty one, or resume a restore of this archive that stopped`,
    );
  }
}

/** Resuming goes on only from what a restore of the same archive appended: anything else would fork streams. */
export class RestoreNotResumable extends MeetstreamError {
  readonly code = "RESTORE_NOT_RESUMABLE";

  constructor(
    readonly streamId: string,
    reason: string,
  ) {
    super(
      `the event store's stream ${streamId} is not part of this archive (${reason}): nothing was appended`,
    );
  }
}

/** A line of an archive object is not an event envelope. */
export class InvalidArchiveLine extends MeetstreamError {
  readonly code = "INVALID_ARCHIVE_LINE";

  constructor(
    readonly key: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${key} line ${line} is not an archived event: ${reason}`);
  }
}

/** A stream misses versions in the archive: restoring it would leave a gap no append can fill later. */
export class ArchiveIncomplete extends MeetstreamError {
  readonly code = "ARCHIVE_INCOMPLETE";

  constructor(
    readonly streamId: string,
    readonly missingVersion: number,
  ) {
    super(`the archive holds no event at version ${missingVersion} of stream ${streamId}`);
  }
}

/** Two different events claim one place in a stream: the archive mixes logs that are not the same. */
export class ArchiveConflict extends MeetstreamError {
  readonly code = "ARCHIVE_CONFLICT";

  constructor(
    readonly streamId: string,
    readonly version: number,
    readonly eventIds: readonly [string, string],
  ) {
    super(
      `events ${eventIds[0]} and ${eventIds[1]} are both archived at version ${version} of stream ${streamId}`,
    );
  }
}

/** The archive changed between the check and the appends: what was checked is no longer what is there. */
export class ArchiveChanged extends MeetstreamError {
  readonly code = "ARCHIVE_CHANGED";

  constructor(
    readonly key: string,
    readonly streamId: string,
    readonly version: number,
  ) {
    super(
      `${key} holds version ${version} of stream ${streamId} unlike when the archive was checked: restore again from a stable archive`,
    );
  }
}

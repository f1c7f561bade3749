import { MeetstreamError } from "../errors/meetstream-error";
import type { ExpectedVersion } from "./event-store";

/** Someone else appended to the stream since the caller read it. */
export class VersionConflict extends MeetstreamError {
  readonly code = "VERSION_CONFLICT";

  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    readonly actualVersion: number,
  ) {
    super(`stream ${streamId} is at version ${actualVersion}, not ${expectedVersion}`);
  }
}

export class UnknownEventType extends MeetstreamError {
  readonly code = "UNKNOWN_EVENT_TYPE";

  constructor(readonly type: string) {
    super(`unknown event type ${JSON.stringify(type)}`);
  }
}

export class InvalidEventData extends MeetstreamError {
  readonly code = "INVALID_EVENT_DATA";

  constructor(
    readonly type: string,
    readonly issues: readonly { path: readonly PropertyKey[]; message: string }[],
  ) {
    super(
      `${type} data is invalid: ${issues.map((issue) => `${issue.path.join(".") || "data"}: ${issue.message}`).join("; ")}`,
    );
  }
}

export class InvalidEventEnvelope extends MeetstreamError {
  readonly code = "INVALID_EVENT_ENVELOPE";
}

export class InvalidStreamId extends MeetstreamError {
  readonly code = "INVALID_STREAM_ID";

  constructor(readonly streamId: string) {
    super(`${JSON.stringify(streamId)} is not a stream id (expected "<category>-<id>")`);
  }
}

export class EmptyAppend extends MeetstreamError {
  readonly code = "EMPTY_APPEND";

  constructor(readonly streamId: string) {
    super(`an append to ${streamId} must carry at least one event`);
  }
}

/** One append must fit one DynamoDB item (400 KB) with room for its keys, so every adapter holds the same line. */
export class AppendTooLarge extends MeetstreamError {
  readonly code = "APPEND_TOO_LARGE";

  constructor(
    readonly streamId: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`the append to ${streamId} is ${bytes} bytes; the limit is ${limit}`);
  }
}

/** An event id already stored elsewhere: ids are global, a retry must target the same stream and versions. */
export class DuplicateEventId extends MeetstreamError {
  readonly code = "DUPLICATE_EVENT_ID";

  constructor(readonly eventId: string) {
    super(`event ${eventId} is already stored at another place`);
  }
}

/** The expected version must be a version a stream can be at: a whole number from 0, or "no stream". */
export class InvalidExpectedVersion extends MeetstreamError {
  readonly code = "INVALID_EXPECTED_VERSION";

  constructor(readonly expectedVersion: unknown) {
    super(
      `${JSON.stringify(expectedVersion)} is not an expected version (a whole number from 0, or "no stream")`,
    );
  }
}

/** `after`, `limit` and page sizes are counts and positions: whole numbers in range, never guessed at. */
export class InvalidReadOptions extends MeetstreamError {
  readonly code = "INVALID_READ_OPTIONS";
}

/** A cursor is only meaningful to the store that issued it; a made-up or mangled one is refused, not guessed at. */
export class InvalidStreamCursor extends MeetstreamError {
  readonly code = "INVALID_STREAM_CURSOR";

  constructor(readonly cursor: string) {
    super("the stream cursor is not one this store issued");
  }
}

/** Data stored at an older schema version that no declared upcaster lifts: a declaration is missing. */
export class MissingUpcaster extends MeetstreamError {
  readonly code = "MISSING_UPCASTER";

  constructor(
    readonly type: string,
    readonly fromSchemaVersion: number,
  ) {
    super(`${type} has no upcaster from schema version ${fromSchemaVersion}`);
  }
}

/**
 * Data stored at a schema version this code does not know, typically written by a newer release before a
 * rollback. Reading it with the older schema would silently misread it, so it is refused.
 */
export class UnsupportedSchemaVersion extends MeetstreamError {
  readonly code = "UNSUPPORTED_SCHEMA_VERSION";

  constructor(
    readonly type: string,
    readonly schemaVersion: unknown,
    readonly currentSchemaVersion: number,
  ) {
    super(
      `${type} data is stored at schema version ${JSON.stringify(schemaVersion)}; this code reads 1 to ${currentSchemaVersion}`,
    );
  }
}

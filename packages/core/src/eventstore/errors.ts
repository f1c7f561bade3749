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

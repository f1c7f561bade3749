import { createHash } from "node:crypto";
import { assertKeyString, maximumSortBytes } from "../documents/document-encoding";
import type { DocumentKey, DocumentStore, StoredDocument } from "../documents/document-store";
import { DocumentTooLarge, InvalidDocument } from "../documents/errors";
import { MeetstreamError } from "../errors/meetstream-error";
import type { EventEnvelope } from "../eventstore/envelope";
import {
  InvalidEventData,
  InvalidEventEnvelope,
  MissingUpcaster,
  UnknownEventType,
  UnsupportedSchemaVersion,
} from "../eventstore/errors";
import { PersonalDataNotAuthentic } from "../keys/errors";

/** A projection's own code threw while folding an event or describing its documents. */
export class ProjectionFailed extends MeetstreamError {
  readonly code = "PROJECTION_FAILED";

  constructor(
    readonly projection: string,
    readonly streamId: string,
    override readonly cause: unknown,
    readonly event?: EventEnvelope,
  ) {
    super(
      `projection ${projection} failed on ${streamId}${event ? ` at ${event.type} (version ${event.version})` : ""}: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

/**
 * Poison is what fails the same way however often it is tried, so retrying it only stops the projector:
 * the projection's own exceptions (projections are pure), a document the store refuses as it is
 * (InvalidDocument, DocumentTooLarge: a key that is not well-formed Unicode, a state too big), and an event
 * the store cannot give back as its schema says (it was appended below the validation, its sealed personal
 * data does not open with its subject's key, or its type or schema version is one this code does not know:
 * a fix to the code or an upcaster is then what lifts it).
 * Everything else (the store unreachable, throttled or busy, a conflict that never settles) may pass on
 * its own, so it is thrown for the caller to retry and nothing is set aside.
 */
export const isPoison = (error: unknown): boolean =>
  error instanceof ProjectionFailed ||
  error instanceof InvalidDocument ||
  error instanceof DocumentTooLarge ||
  error instanceof InvalidEventData ||
  error instanceof InvalidEventEnvelope ||
  error instanceof UnknownEventType ||
  error instanceof MissingUpcaster ||
  error instanceof UnsupportedSchemaVersion ||
  error instanceof PersonalDataNotAuthentic;

/**
 * A stream one projection has set aside: the projection does not fold the stream's later events until the
 * record is lifted (a retry that succeeds, or a rebuild), because documents folded around a hole would be
 * documents a rebuild never gives. The event is named, not copied: its data may hold personal fields,
 * opened for the projection, which must not outlive the member's key in a document.
 */
export interface QuarantineRecord {
  projection: string;
  streamId: string;
  /** The stream version whose fold failed; the documents are complete up to the version before the event's. */
  version: number;
  /** The event whose fold threw, or the last event of the fold whose documents could not be written. */
  event?: { id: string; type: string; version: number; schemaVersion: number };
  error: { name: string; code?: string; message: string };
  /** ISO instant. */
  quarantinedAt: string;
}

export const quarantinePartition = "quarantine";

/** Where a fold failed: the version it was folding to and, when known, the event. */
export interface Failure {
  version: number;
  event?: EventEnvelope;
}

/** An error message can be as long as the input that caused it; the record keeps what a person reads. */
const maximumMessageLength = 2000;

/** The record that sets the stream aside for the projection, naming the event the error blames if any. */
export function quarantineRecordOf(
  projection: string,
  streamId: string,
  error: unknown,
  failure: Failure,
  quarantinedAt: Date,
): QuarantineRecord {
  const event = (error instanceof ProjectionFailed ? error.event : undefined) ?? failure.event;
  const described = describeError(error);
  return {
    projection,
    streamId,
    version: event?.version ?? failure.version,
    ...(event
      ? {
          event: {
            id: event.id,
            type: event.type,
            version: event.version,
            schemaVersion: event.schemaVersion,
          },
        }
      : {}),
    error: { ...described, message: described.message.slice(0, maximumMessageLength) },
    quarantinedAt: quarantinedAt.toISOString(),
  };
}

/**
 * Every record in one partition no stream owns (a stream id always holds a "-" after its category), so
 * listing them is one query. A stream id is checked on append against "<category>-<no white space>", which
 * still lets through lone surrogates and long ids: those stand in as a digest ("sha256:" cannot begin a
 * category), so the record's key can always be stored, whatever poisoned the stream.
 */
export function quarantineKey(projection: string, streamId: string): DocumentKey {
  const sort = `${projection}#${streamId}`;
  try {
    assertKeyString(sort, "sort", maximumSortBytes);
    return { partition: quarantinePartition, sort };
  } catch {
    // JSON escapes a lone surrogate, so the digest tells every stream id apart.
    const digest = createHash("sha256").update(JSON.stringify(streamId)).digest("hex");
    return { partition: quarantinePartition, sort: `${projection}#sha256:${digest}` };
  }
}

export const isQuarantineRecord = (document: Pick<StoredDocument, "key">): boolean =>
  document.key.partition === quarantinePartition;

/** The error as a record keeps it: what an operator needs to find the fault, without a stack. */
export function describeError(error: unknown): QuarantineRecord["error"] {
  const cause = error instanceof ProjectionFailed ? error.cause : error;
  if (!(cause instanceof Error)) return { name: "Error", message: String(cause) };
  const code = (cause as { code?: unknown }).code;
  return { name: cause.name, ...(typeof code === "string" ? { code } : {}), message: cause.message };
}

/** Every quarantined stream, of every projection, in key order. */
export async function quarantinedStreams(documents: DocumentStore): Promise<QuarantineRecord[]> {
  const records: QuarantineRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await documents.query<QuarantineRecord>("primary", {
      partition: quarantinePartition,
      limit: 1000,
      cursor,
    });
    for (const document of page.documents) if (document.body) records.push(document.body);
    cursor = page.cursor;
  } while (cursor);
  return records;
}

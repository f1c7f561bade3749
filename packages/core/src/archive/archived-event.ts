import type { StoredCommit } from "../eventstore/dynamodb";
import type { EventEnvelope } from "../eventstore/envelope";

/**
 * One line of the archive: an event envelope with its data as the log holds it, personal fields still
 * sealed. `schemaVersion` is the version `data` conforms to, so a line written before an upcaster existed
 * is lifted on restore, like any stored event on read.
 *
 * This module holds no schema library: the archiver Lambda writes lines with it, and every kilobyte of
 * its bundle is paid on each cold start.
 */
export type ArchivedEvent = EventEnvelope;

/** Where every archive object lives, under one folder per UTC day the events happened on. */
export const archiveFolder = "events";

/** A name for an object in a day folder: letters, digits and dashes (UUIDs, counters) sort and travel anywhere. */
const objectNamePattern = /^[A-Za-z0-9-]{1,200}$/;

export interface ArchiveObject {
  key: string;
  text: string;
}

/** `events/YYYY/MM/DD`: the UTC day the event happened, so a day of the log can be found without reading the rest. */
export function dayFolder(occurredAt: string): string {
  const day = new Date(occurredAt).toISOString().slice(0, 10);
  return `${archiveFolder}/${day.replaceAll("-", "/")}`;
}

/** One NDJSON line, its keys always in the same order: an object written twice has the same bytes. */
export const archiveLine = (event: ArchivedEvent): string =>
  JSON.stringify({
    id: event.id,
    streamId: event.streamId,
    version: event.version,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    meta: {
      actor: event.meta.actor,
      occurredAt: event.meta.occurredAt,
      correlationId: event.meta.correlationId,
      causationId: event.meta.causationId,
    },
  });

/**
 * The objects that archive `events`: one per day they happened on, each `events/YYYY/MM/DD/<name>.ndjson`.
 * The caller picks a name unique in the archive; a name derived from the events makes writing them
 * again overwrite the same objects with the same bytes.
 */
export function archiveObjects(events: readonly ArchivedEvent[], name: string): ArchiveObject[] {
  if (!objectNamePattern.test(name))
    throw new Error(`archive object name ${JSON.stringify(name)} is not allowed`);
  const linesByDay = new Map<string, string[]>();
  for (const event of events) {
    const folder = dayFolder(event.meta.occurredAt);
    const lines = linesByDay.get(folder) ?? [];
    lines.push(archiveLine(event));
    linesByDay.set(folder, lines);
  }
  return [...linesByDay].map(([folder, lines]) => ({
    key: `${folder}/${name}.ndjson`,
    text: `${lines.join("\n")}\n`,
  }));
}

/**
 * The events of a commit item of the DynamoDB event table, exactly as stored: not upcast and not
 * validated, so archiving needs no event catalog and never refuses what the log accepted.
 */
export const archivedEventsOfCommit = (commit: StoredCommit): ArchivedEvent[] =>
  commit.events.map((event, index) => ({
    id: event.id,
    streamId: commit.stream,
    version: commit.firstVersion + index,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: JSON.parse(event.data),
    meta: JSON.parse(event.meta),
  }));

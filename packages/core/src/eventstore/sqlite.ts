import Database from "better-sqlite3";
import { databaseChanges } from "../sqlite/changes";
import type { SqliteDatabase } from "../sqlite/database";
import {
  assertStreamId,
  decodeEvent,
  decodeStream,
  type EncodedEvent,
  encodeAppend,
} from "./append-encoding";
import { appendedResult, originalResult } from "./append-result";
import type { EventEnvelope, PendingEvent } from "./envelope";
import { DuplicateEventId, VersionConflict } from "./errors";
import type { EventCatalog } from "./event-catalog";
import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  GlobalLog,
  PositionedEvent,
  ReadStreamOptions,
  StreamPage,
  StreamRead,
  StreamsPage,
} from "./event-store";
import { expectedStreamVersion } from "./expected-version";
import { eventsPageSize, readWindow, streamPageSize } from "./read-options";
import { decodeStreamCursor, encodeStreamCursor } from "./stream-cursor";

export interface EventStoreStatistics {
  events: number;
  streams: number;
  eventsByType: Record<string, number>;
  /** The global position of the newest event; 0 when the log is empty. */
  lastPosition: number;
}

export interface SqliteEventStore extends EventStore, GlobalLog {
  statistics(): EventStoreStatistics;
}

/**
 * AUTOINCREMENT so that a position is never handed out twice, even after the newest row is gone: the local
 * projector resumes from the last position it handled and must never skip an event that reuses one.
 */
const createTable = `
  CREATE TABLE IF NOT EXISTS events (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    stream_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    type TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    data TEXT NOT NULL,
    meta TEXT NOT NULL,
    UNIQUE (stream_id, version)
  ) STRICT`;

/** Column names as `decodeEvent` wants them, so that rows go to it without copying. */
const storedColumns = `id, stream_id AS streamId, version, type, schema_version AS schemaVersion, data, meta`;

type StoredRow = EncodedEvent & { streamId: string; version: number };

/** A row of the log as `readStreams` reads it: arrays cost less to hand over than objects. */
type StreamRow = [streamId: string, version: number, ...EncodedRow];
type EncodedRow = [id: string, type: string, schemaVersion: number, data: string, meta: string];

const isStreamPosition = (value: unknown): value is { after: string } =>
  typeof value === "object" && value !== null && typeof (value as { after?: unknown }).after === "string";

/** SQLite reads a negative LIMIT as "no limit". */
const noLimit = -1;

/** The embedded event store: one table, one global order, every append atomic. */
export function sqliteEventStore(database: SqliteDatabase, catalog: EventCatalog): SqliteEventStore {
  database.exec(createTable);

  const selectHead = database
    .prepare<[string], number>("SELECT version FROM events WHERE stream_id = ? ORDER BY version DESC LIMIT 1")
    .pluck();
  // Reading the head and writing the event in one statement makes the check and the write one atomic
  // step: a single-event append needs no explicit transaction, and costs close to a plain insert.
  const insertAtHead = database.prepare<
    [string, string, number, string, number, string, string, string, number]
  >(
    `INSERT INTO events (id, stream_id, version, type, schema_version, data, meta)
     SELECT ?, ?, ?, ?, ?, ?, ?
     WHERE COALESCE((SELECT version FROM events WHERE stream_id = ? ORDER BY version DESC LIMIT 1), 0) = ?`,
  );
  const selectPlace = database.prepare<[string], { streamId: string; version: number }>(
    "SELECT stream_id AS streamId, version FROM events WHERE id = ?",
  );
  const selectStream = database.prepare<[string, number, number], StoredRow>(
    `SELECT ${storedColumns} FROM events WHERE stream_id = ? AND version > ? ORDER BY version LIMIT ?`,
  );
  // One index seek per stream id: listing never walks the events of a stream, however long it is.
  const selectStreamFrom = database
    .prepare<[string], string>("SELECT stream_id FROM events WHERE stream_id >= ? ORDER BY stream_id LIMIT 1")
    .pluck();
  const selectStreamAfter = database
    .prepare<[string], string>("SELECT stream_id FROM events WHERE stream_id > ? ORDER BY stream_id LIMIT 1")
    .pluck();
  // The (stream_id, version) index gives the log stream after stream without sorting it.
  const selectStreamsFrom = database
    .prepare<[string, number], StreamRow>(
      `SELECT stream_id, version, id, type, schema_version, data, meta FROM events
        WHERE stream_id >= ? ORDER BY stream_id, version LIMIT ?`,
    )
    .raw();
  const selectStreamsAfter = database
    .prepare<[string, number], StreamRow>(
      `SELECT stream_id, version, id, type, schema_version, data, meta FROM events
        WHERE stream_id > ? ORDER BY stream_id, version LIMIT ?`,
    )
    .raw();
  const selectRestOfStream = database
    .prepare<[string, number], StreamRow>(
      `SELECT stream_id, version, id, type, schema_version, data, meta FROM events
        WHERE stream_id = ? AND version > ? ORDER BY version`,
    )
    .raw();
  const selectAll = database.prepare<[number, number], StoredRow & { position: number }>(
    `SELECT position, ${storedColumns} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
  );
  const selectLastPosition = database
    .prepare<[], number>("SELECT COALESCE(MAX(position), 0) FROM events")
    .pluck();
  const countEvents = database.prepare<[], number>("SELECT COUNT(*) FROM events").pluck();
  const countStreams = database.prepare<[], number>("SELECT COUNT(DISTINCT stream_id) FROM events").pluck();
  const countByType = database.prepare<[], { type: string; count: number }>(
    "SELECT type, COUNT(*) AS count FROM events GROUP BY type ORDER BY type",
  );

  const decode = (row: StoredRow): EventEnvelope => decodeEvent(row, catalog);

  /*
   * Where streams are known to end, until anything changes the database: total_changes() counts every
   * row this connection changes, data_version moves with every commit of another connection (the CLI on
   * the same file). Most reads ask for what follows a state already folded (a decider's cached state,
   * a viewer's standing read on every request), and nothing follows: that answer needs no statement.
   */
  const changes = databaseChanges(database);
  const endsAt = new Map<string, number>();
  let endsAtChanges = "";
  const maximumKnownEnds = 10_000;

  function readWindowOf(streamId: string, after: number, limit: number | undefined): StoredRow[] {
    const now = changes();
    if (now !== endsAtChanges) {
      endsAt.clear();
      endsAtChanges = now;
    } else if ((endsAt.get(streamId) ?? Number.POSITIVE_INFINITY) <= after) return [];
    const rows = selectStream.all(streamId, after, limit ?? noLimit);
    // Fewer than asked: the stream ends at the last row read, or at `after` when there was none.
    if (limit === undefined || rows.length < limit) {
      if (endsAt.size >= maximumKnownEnds) endsAt.clear();
      endsAt.set(streamId, rows.at(-1)?.version ?? after);
    }
    return rows;
  }

  /** A retry when the ids are stored, in order, at consecutive versions of this stream from the first id. */
  function retriedAppend(streamId: string, encoded: readonly EncodedEvent[]): AppendResult | undefined {
    const [first] = encoded;
    const place = first && selectPlace.get(first.id);
    if (!place || place.streamId !== streamId) return undefined;
    const rows = selectStream.all(streamId, place.version - 1, encoded.length);
    const matches =
      rows.length === encoded.length && rows.every((row, index) => row.id === encoded[index]?.id);
    return matches ? originalResult(streamId, rows.map(decode)) : undefined;
  }

  /** Stores one event at `version` if the stream is then at `version - 1`; false if it is not. */
  function insertAtVersion(streamId: string, version: number, event: EncodedEvent): boolean {
    const { id, type, schemaVersion, data, meta } = event;
    try {
      const { changes } = insertAtHead.run(
        id,
        streamId,
        version,
        type,
        schemaVersion,
        data,
        meta,
        streamId,
        version - 1,
      );
      return changes === 1;
    } catch (error) {
      const duplicate =
        error instanceof Database.SqliteError &&
        error.code === "SQLITE_CONSTRAINT_UNIQUE" &&
        error.message.includes("events.id");
      throw duplicate ? new DuplicateEventId(id) : error;
    }
  }

  // Several events go in together or not at all. IMMEDIATE takes the write lock before the first read,
  // so no other connection to the same file can interleave.
  const insertSeveral = database.transaction(
    (streamId: string, firstVersion: number, encoded: readonly EncodedEvent[]): boolean =>
      encoded.every((event, index) => insertAtVersion(streamId, firstVersion + index, event)),
  ).immediate;

  /**
   * The stream was not at the expected version. Usually a conflict; but when this is the same append sent
   * again after it went in (a lost response, a retried request), the caller gets the result it missed.
   */
  function retriedOrConflict(
    streamId: string,
    encoded: readonly EncodedEvent[],
    expectedVersion: ExpectedVersion,
  ): AppendResult {
    const retried = retriedAppend(streamId, encoded);
    if (retried) return retried;
    throw new VersionConflict(streamId, expectedVersion, selectHead.get(streamId) ?? 0);
  }

  return {
    async append(
      streamId: string,
      events: readonly PendingEvent[],
      { expectedVersion },
    ): Promise<AppendResult> {
      const encoded = encodeAppend(streamId, events, catalog);
      const firstVersion = expectedStreamVersion(expectedVersion) + 1;
      const [only] = encoded;
      const inserted =
        encoded.length === 1 && only
          ? insertAtVersion(streamId, firstVersion, only)
          : insertSeveral(streamId, firstVersion, encoded);
      return inserted
        ? appendedResult(streamId, firstVersion, encoded)
        : retriedOrConflict(streamId, encoded, expectedVersion);
    },

    async readStream(streamId: string, options?: ReadStreamOptions): Promise<EventEnvelope[]> {
      assertStreamId(streamId);
      const { after, limit } = readWindow(options);
      return readWindowOf(streamId, after, limit).map(decode);
    },

    async listStreams(options = {}): Promise<StreamPage> {
      const limit = streamPageSize(options.limit);
      const prefix = options.prefix ?? "";
      const start =
        options.cursor === undefined ? undefined : decodeStreamCursor(options.cursor, isStreamPosition);
      let next =
        start && start.after >= prefix ? selectStreamAfter.get(start.after) : selectStreamFrom.get(prefix);
      const streamIds: string[] = [];
      // Ids sharing a prefix sit together in sorted order, so the first one without it ends the listing.
      while (next?.startsWith(prefix)) {
        if (streamIds.length === limit) {
          return { streamIds, cursor: encodeStreamCursor({ after: streamIds.at(-1) }) };
        }
        streamIds.push(next);
        next = selectStreamAfter.get(next);
      }
      return { streamIds };
    },

    async readStreams(options = {}): Promise<StreamsPage> {
      const limit = eventsPageSize(options.limit);
      const prefix = options.prefix ?? "";
      const start =
        options.cursor === undefined ? undefined : decodeStreamCursor(options.cursor, isStreamPosition);
      // A page is `limit` rows (one statement that fills its array at once costs less than stepping row by
      // row), and the rest of the stream the last row is in.
      const rows =
        start && start.after >= prefix
          ? selectStreamsAfter.all(start.after, limit)
          : selectStreamsFrom.all(prefix, limit);
      const last = rows.at(-1);
      const full = rows.length === limit && last !== undefined;
      if (full) rows.push(...selectRestOfStream.all(last[0], last[1]));
      const streams: StreamRead[] = [];
      let stored: (EncodedEvent & { version: number })[] = [];
      for (let index = 0; index < rows.length; index++) {
        const [streamId, version, id, type, schemaVersion, data, meta] = rows[index] as StreamRow;
        // Ids sharing a prefix sit together in sorted order: past them, no stream of the prefix follows.
        if (!streamId.startsWith(prefix)) return { streams };
        stored.push({ id, type, schemaVersion, data, meta, version });
        if (rows[index + 1]?.[0] !== streamId) {
          streams.push(decodeStream(streamId, stored, catalog));
          stored = [];
        }
      }
      return full ? { streams, cursor: encodeStreamCursor({ after: last[0] }) } : { streams };
    },

    async readAll({ after, limit }): Promise<PositionedEvent[]> {
      const window = readWindow({ after, limit });
      return selectAll
        .all(window.after, window.limit ?? noLimit)
        .map((row) => ({ position: row.position, event: decode(row) }));
    },

    async lastPosition(): Promise<number> {
      return selectLastPosition.get() ?? 0;
    },

    statistics(): EventStoreStatistics {
      const eventsByType: Record<string, number> = {};
      for (const { type, count } of countByType.all()) eventsByType[type] = count;
      return {
        events: countEvents.get() ?? 0,
        streams: countStreams.get() ?? 0,
        eventsByType,
        lastPosition: selectLastPosition.get() ?? 0,
      };
    },

    // The database belongs to whoever opened it: the document store and the host share it.
    async close(): Promise<void> {},
  };
}

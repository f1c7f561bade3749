/**
 * The stores a context's tests build their modules on, wired as the local host wires them: a log behind
 * the personal data store, documents, keys, idempotency and a clock that stands still, and a bus that
 * projects every append before the append returns. Every context's test world starts here, so that a
 * change to how the host wires its stores is made once and every context's tests see it.
 */
import { fixedClock } from "../clock/clock";
import { sqliteIdempotencyStore } from "../decider/idempotency-sqlite";
import type { IdempotencyStore } from "../decider/idempotency-store";
import type { DocumentStore } from "../documents/document-store";
import { sqliteDocumentStore } from "../documents/sqlite";
import type { EventEnvelope } from "../eventstore/envelope";
import { eventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import type { EventType } from "../eventstore/event-type";
import { type SqliteEventStore, sqliteEventStore } from "../eventstore/sqlite";
import type { KeyStore } from "../keys/key-store";
import { personalDataStore } from "../keys/personal-data-store";
import { sqliteKeyStore } from "../keys/sqlite";
import type { Projection } from "../projection/projection";
import { projector } from "../projection/projector";
import { openDatabase, type SqliteDatabase } from "../sqlite/database";

export interface ProjectedWorldOptions {
  /** Every event type the world's contexts append: the log's catalog, and where personal fields are declared. */
  eventTypes: readonly EventType[];
  projections: readonly Projection[];
  /** Where the world's clock starts. */
  now: string;
  /**
   * What the bus hands each append's events to once they are projected, before the append returns: the
   * reactors, or a test that keeps the events to deliver them again.
   */
  afterProjecting?(events: readonly EventEnvelope[]): Promise<unknown> | unknown;
}

export interface ProjectedWorld<Log extends EventStore = SqliteEventStore> {
  /** Holds the keys and the idempotency records (and, on SQLite alone, the log and the documents). */
  database: SqliteDatabase;
  /** The bare log: what is actually stored, sealed personal data and all. */
  log: Log;
  /** The log as the application reads it, personal data decrypted, without the bus: nothing is projected. */
  unprojected: EventStore;
  /** The log as the application reads it, each append projected (and handed on) before it returns. */
  store: EventStore;
  documents: DocumentStore;
  keys: KeyStore;
  idempotency: IdempotencyStore;
  clock: ReturnType<typeof fixedClock>;
  /** The same bus in front of another store: for reactors that append to the bare log, as the hosts run them. */
  projecting(base: EventStore): EventStore;
  close(): void;
}

/** A world on one in-memory SQLite database. */
export function projectedWorld(options: ProjectedWorldOptions): ProjectedWorld {
  const database = openDatabase(":memory:");
  const log = sqliteEventStore(database, eventCatalog(...options.eventTypes));
  return wire(database, { log, documents: sqliteDocumentStore(database) }, options);
}

/**
 * A world on the given log and documents (DynamoDB's, say, for a test on both stores); keys and
 * idempotency stay in an in-memory SQLite database, which `close` closes.
 */
export function projectedWorldOn<Log extends EventStore>(
  stores: { log: Log; documents: DocumentStore },
  options: ProjectedWorldOptions,
): ProjectedWorld<Log> {
  return wire(openDatabase(":memory:"), stores, options);
}

function wire<Log extends EventStore>(
  database: SqliteDatabase,
  { log, documents }: { log: Log; documents: DocumentStore },
  { eventTypes, projections, now, afterProjecting }: ProjectedWorldOptions,
): ProjectedWorld<Log> {
  const keys = sqliteKeyStore(database);
  const unprojected = personalDataStore(log, keys, eventTypes);
  const live = projector({ store: unprojected, documents, projections });
  // As the local host's bus does: every append is projected, then handed on, before it returns.
  const projecting = (base: EventStore): EventStore => ({
    ...base,
    async append(streamId, events, appendOptions) {
      const result = await base.append(streamId, events, appendOptions);
      await live.handle({ streamId, version: result.nextExpectedVersion });
      await afterProjecting?.(result.events);
      return result;
    },
  });
  return {
    database,
    log,
    unprojected,
    store: projecting(unprojected),
    documents,
    keys,
    idempotency: sqliteIdempotencyStore(database),
    clock: fixedClock(now),
    projecting,
    close: () => database.close(),
  };
}

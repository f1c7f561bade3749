import type { IdempotencyStore } from "@meetstream/core/decider";
import { sqliteIdempotencyStore } from "@meetstream/core/decider";
import { type SqliteDocumentStore, sqliteDocumentStore } from "@meetstream/core/documents";
import type { EventCatalog } from "@meetstream/core/eventstore";
import { type SqliteEventStore, sqliteEventStore } from "@meetstream/core/eventstore";
import type { KeyStore } from "@meetstream/core/keys";
import { sqliteKeyStore } from "@meetstream/core/keys";
import type { SnapshotStore } from "@meetstream/core/snapshot/snapshot-store";
import { sqliteSnapshotStore } from "@meetstream/core/snapshot/sqlite";
import { openDatabase, type SqliteDatabase } from "@meetstream/core/sqlite/database";
import { databaseFile } from "./data-folder";

export interface LocalStores {
  database: SqliteDatabase;
  events: SqliteEventStore;
  documents: SqliteDocumentStore;
  /** Personal data keys: deleting one erases what its subject's events hold (crypto-shredding). */
  keys: KeyStore;
  idempotency: IdempotencyStore;
  /** Snapshots of long streams, beside their events. */
  snapshots: SnapshotStore;
  close(): void;
}

/** The embedded stores of one machine: all in one SQLite file in the data folder. */
export function openLocalStores(folder: string, catalog: EventCatalog): LocalStores {
  const database = openDatabase(databaseFile(folder));
  return {
    database,
    events: sqliteEventStore(database, catalog),
    documents: sqliteDocumentStore(database),
    keys: sqliteKeyStore(database),
    idempotency: sqliteIdempotencyStore(database),
    snapshots: sqliteSnapshotStore(database),
    close: () => database.close(),
  };
}

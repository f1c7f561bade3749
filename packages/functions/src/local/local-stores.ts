import { type SqliteDocumentStore, sqliteDocumentStore } from "@meetstream/core/documents/sqlite";
import type { EventCatalog } from "@meetstream/core/eventstore/event-catalog";
import { type SqliteEventStore, sqliteEventStore } from "@meetstream/core/eventstore/sqlite";
import { openDatabase, type SqliteDatabase } from "@meetstream/core/sqlite/database";
import { databaseFile } from "./data-folder";

export interface LocalStores {
  database: SqliteDatabase;
  events: SqliteEventStore;
  documents: SqliteDocumentStore;
  close(): void;
}

/** The embedded stores of one machine: events and documents in one SQLite file in the data folder. */
export function openLocalStores(folder: string, catalog: EventCatalog): LocalStores {
  const database = openDatabase(databaseFile(folder));
  return {
    database,
    events: sqliteEventStore(database, catalog),
    documents: sqliteDocumentStore(database),
    close: () => database.close(),
  };
}

import { sqliteDocumentStore } from "../documents/sqlite";
import { sqliteEventStore } from "../eventstore/sqlite";
import { openDatabase } from "../sqlite/database";
import { offlineRebuildEquivalence, rebuildWorldCatalogs } from "./offline-rebuild-equivalence";

offlineRebuildEquivalence("SQLite", async () => {
  const database = openDatabase(":memory:");
  const documentDatabases = [database];
  return {
    log: sqliteEventStore(database, rebuildWorldCatalogs.appending),
    readLog: sqliteEventStore(database, rebuildWorldCatalogs.reading),
    async emptyDocuments() {
      const documents = openDatabase(":memory:");
      documentDatabases.push(documents);
      return sqliteDocumentStore(documents);
    },
    async close() {
      for (const opened of documentDatabases) opened.close();
    },
  };
});

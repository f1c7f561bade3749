import type { SqliteDatabase } from "./database";

/**
 * A token that differs whenever anything changed the database since it was last read: total_changes()
 * counts every row this connection changed, data_version moves with each commit of another connection
 * (another process on the same file, such as `pnpm cli rebuild`). Two plain statements cost less than one
 * that reads both through the table-valued pragma, and caches ask on every read.
 */
export function databaseChanges(database: SqliteDatabase): () => string {
  const changedRows = database.prepare<[], number>("SELECT total_changes()").pluck();
  const dataVersion = database.prepare<[], number>("PRAGMA data_version").pluck();
  return () => `${changedRows.get()}:${dataVersion.get()}`;
}

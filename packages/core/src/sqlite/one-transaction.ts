import type { SqliteDatabase } from "./database";

/**
 * Runs `work` inside one write transaction of `database`: every write it makes through the stores on this
 * connection commits together when it ends, or none does if it throws or the process dies. Meanwhile other
 * connections to the file (a local host) read the database as it was before, and their writes wait for it
 * (failing after the busy timeout), so nothing changes under `work`: what an offline rebuild needs.
 */
export async function inOneTransaction<Result>(
  database: SqliteDatabase,
  work: () => Promise<Result>,
): Promise<Result> {
  // Immediate: the write lock is taken now, not at the first write, so no other writer slips in between.
  database.exec("BEGIN IMMEDIATE");
  try {
    const result = await work();
    database.exec("COMMIT");
    return result;
  } catch (error) {
    // SQLite may have rolled back already (a full disk, say): then there is nothing left to roll back.
    if (database.inTransaction) database.exec("ROLLBACK");
    throw error;
  }
}

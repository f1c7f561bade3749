import { type Clock, systemClock } from "@meetstream/core/clock/clock";
import type { SqliteDatabase } from "@meetstream/core/sqlite/database";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";

/** OpenAuth joins key parts with the unit separator and strips it from the parts themselves. */
const separator = "\u001f";
/** The character right after the separator: `[prefix + separator, prefix + end)` holds every key under `prefix`. */
const endOfPrefix = "\u0020";

interface StoredRow {
  key: string;
  value: string;
}

/**
 * OpenAuth's storage in the local SQLite file: its signing and encryption keys, authorization codes and
 * refresh tokens. The in-memory storage OpenAuth ships loses them on restart, which would sign everyone
 * out and invalidate every token; here they live as long as the data folder.
 */
export function sqliteAuthStorage(database: SqliteDatabase, { clock = systemClock }: { clock?: Clock } = {}) {
  database.exec(`
    CREATE TABLE IF NOT EXISTS auth_storage (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      expires_at INTEGER
    ) STRICT;
    CREATE INDEX IF NOT EXISTS auth_storage_expires_at ON auth_storage (expires_at) WHERE expires_at IS NOT NULL;
  `);
  const now = () => clock.now().getTime();
  const live = "(expires_at IS NULL OR expires_at > ?)";

  const selectOne = database
    .prepare<[string, number], string>(`SELECT value FROM auth_storage WHERE key = ? AND ${live}`)
    .pluck();
  const upsert = database.prepare<[string, string, number | null]>(
    `INSERT INTO auth_storage (key, value, expires_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
  );
  const deleteOne = database.prepare<[string]>("DELETE FROM auth_storage WHERE key = ?");
  const deleteExpired = database.prepare<[number]>("DELETE FROM auth_storage WHERE expires_at <= ?");
  const selectRange = database.prepare<[string, string, number], StoredRow>(
    `SELECT key, value FROM auth_storage WHERE key >= ? AND key < ? AND ${live} ORDER BY key`,
  );

  const adapter: StorageAdapter = {
    async get(key) {
      const value = selectOne.get(key.join(separator), now());
      return value === undefined ? undefined : JSON.parse(value);
    },
    async set(key, value, expiry) {
      // Expired rows are only invisible to reads; writes are rare enough (sign-ins, refreshes) to tidy them.
      deleteExpired.run(now());
      upsert.run(key.join(separator), JSON.stringify(value), expiry ? expiry.getTime() : null);
    },
    async remove(key) {
      deleteOne.run(key.join(separator));
    },
    async *scan(prefix) {
      const joined = prefix.join(separator);
      // Read the rows before yielding: OpenAuth removes keys while it iterates a scan.
      const rows = selectRange.all(`${joined}${separator}`, `${joined}${endOfPrefix}`, now());
      for (const row of rows) yield [row.key.split(separator), JSON.parse(row.value)];
    },
  };
  return adapter;
}

import { randomBytes } from "node:crypto";
import { decodeStreamCursor, encodeStreamCursor } from "../eventstore/stream-cursor";
import type { SqliteDatabase } from "../sqlite/database";
import { KeyConflict } from "./errors";
import { assertKey, assertSubjectId, type KeyStore, keyBytes, keyPageSize } from "./key-store";

const isKeyPosition = (value: unknown): value is { after: string } =>
  typeof (value as { after?: unknown } | null)?.after === "string";

const createTable = `
  CREATE TABLE IF NOT EXISTS personal_data_keys (
    subject_id TEXT PRIMARY KEY,
    key BLOB NOT NULL
  ) STRICT`;

/** The embedded key store: one row per subject, in the database the events live in. */
export function sqliteKeyStore(database: SqliteDatabase): KeyStore {
  database.exec(createTable);
  const insert = database.prepare<[string, Buffer]>(
    "INSERT INTO personal_data_keys (subject_id, key) VALUES (?, ?) ON CONFLICT (subject_id) DO NOTHING",
  );
  const select = database
    .prepare<[string], Buffer>("SELECT key FROM personal_data_keys WHERE subject_id = ?")
    .pluck();
  const selectPage = database.prepare<[string, number], { subject_id: string; key: Buffer }>(
    "SELECT subject_id, key FROM personal_data_keys WHERE subject_id > ? ORDER BY subject_id LIMIT ?",
  );
  const remove = database.prepare<[string]>("DELETE FROM personal_data_keys WHERE subject_id = ?");

  /**
   * A deleted row stays readable in free pages and in the write-ahead log until overwritten, which
   * would undo the erasure for anyone holding the file. So the delete zeroes what it frees, and the
   * log is then folded into the database and emptied. Both settings are restored: the connection is
   * shared, and only key deletion needs to pay for this.
   */
  function deleteForGood(subjectId: string): void {
    const secureDelete = database.pragma("secure_delete", { simple: true });
    database.pragma("secure_delete = ON");
    try {
      remove.run(subjectId);
    } finally {
      // FAST reads back as 2, which as a number would be taken for ON.
      database.pragma(`secure_delete = ${secureDelete === 2 ? "FAST" : Number(secureDelete)}`);
    }
    database.pragma("wal_checkpoint(TRUNCATE)");
  }

  return {
    async create(subjectId) {
      assertSubjectId(subjectId);
      insert.run(subjectId, randomBytes(keyBytes));
      const key = select.get(subjectId);
      if (!key) throw new Error(`the key of ${subjectId} vanished as it was made`);
      return key;
    },
    async get(subjectId) {
      assertSubjectId(subjectId);
      return select.get(subjectId);
    },
    async delete(subjectId) {
      assertSubjectId(subjectId);
      deleteForGood(subjectId);
    },
    async list(options = {}) {
      const limit = keyPageSize(options.limit);
      const after =
        options.cursor === undefined ? "" : decodeStreamCursor(options.cursor, isKeyPosition).after;
      // One row more than asked says whether another page follows, so the last page carries no cursor.
      const rows = selectPage.all(after, limit + 1);
      const keys = rows.slice(0, limit).map((row) => ({ subjectId: row.subject_id, key: row.key }));
      const last = keys.at(-1);
      return rows.length > limit && last
        ? { keys, cursor: encodeStreamCursor({ after: last.subjectId }) }
        : { keys };
    },
    async restore(subjectId, key) {
      assertSubjectId(subjectId);
      assertKey(subjectId, key);
      insert.run(subjectId, key);
      if (!select.get(subjectId)?.equals(key)) throw new KeyConflict(subjectId);
    },
  };
}

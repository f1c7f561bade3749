import { randomBytes } from "node:crypto";
import type { SqliteDatabase } from "../sqlite/database";
import { assertSubjectId, type KeyStore, keyBytes } from "./key-store";

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
  };
}

import type { SqliteDatabase } from "../sqlite/database";
import { assertSnapshot, type Snapshot, type SnapshotStore } from "./snapshot-store";

interface SnapshotRow {
  stream_id: string;
  version: number;
  last_event_id: string;
  tag: string;
  state: Buffer;
}

/** The embedded snapshot store: one row per stream, in the same database as the events. */
export function sqliteSnapshotStore(database: SqliteDatabase): SnapshotStore {
  database.exec(`
    CREATE TABLE IF NOT EXISTS snapshots (
      stream_id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      last_event_id TEXT NOT NULL,
      tag TEXT NOT NULL,
      state BLOB NOT NULL
    ) STRICT;
  `);
  const select = database.prepare<[string], SnapshotRow>(
    "SELECT stream_id, version, last_event_id, tag, state FROM snapshots WHERE stream_id = ?",
  );
  const upsert = database.prepare<[string, number, string, string, Buffer]>(
    `INSERT INTO snapshots (stream_id, version, last_event_id, tag, state) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (stream_id) DO UPDATE SET
       version = excluded.version, last_event_id = excluded.last_event_id, tag = excluded.tag, state = excluded.state
     WHERE excluded.tag <> snapshots.tag OR excluded.version > snapshots.version`,
  );

  return {
    async latest(streamId) {
      const row = select.get(streamId);
      if (!row) return null;
      return {
        streamId: row.stream_id,
        version: row.version,
        lastEventId: row.last_event_id,
        tag: row.tag,
        state: new Uint8Array(row.state),
      };
    },
    async save(snapshot: Snapshot) {
      assertSnapshot(snapshot);
      const { streamId, version, lastEventId, tag, state } = snapshot;
      upsert.run(streamId, version, lastEventId, tag, Buffer.from(state));
    },
  };
}

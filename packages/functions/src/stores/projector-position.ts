import type { SqliteDatabase } from "@meetstream/core/sqlite/database";

/** The last global position of the event log the local projector handled, kept beside the events. */
export interface ProjectorPosition {
  read(): number;
  write(position: number): void;
}

export interface SqliteProjectorPosition extends ProjectorPosition {
  /** Whether no position was ever written under this name: a consumer added to an existing log. */
  isNew(): boolean;
}

export function sqliteProjectorPosition(
  database: SqliteDatabase,
  name = "projector",
): SqliteProjectorPosition {
  database.exec(`
    CREATE TABLE IF NOT EXISTS projector_positions (
      name TEXT PRIMARY KEY,
      position INTEGER NOT NULL
    ) STRICT`);
  const select = database
    .prepare<[string], number>("SELECT position FROM projector_positions WHERE name = ?")
    .pluck();
  // Positions only move forward, even if two writes were to arrive out of order.
  const upsert = database.prepare<[string, number]>(
    `INSERT INTO projector_positions (name, position) VALUES (?, ?)
     ON CONFLICT (name) DO UPDATE SET position = MAX(position, excluded.position)`,
  );
  return {
    read: () => select.get(name) ?? 0,
    isNew: () => select.get(name) === undefined,
    write: (position) => {
      upsert.run(name, position);
    },
  };
}

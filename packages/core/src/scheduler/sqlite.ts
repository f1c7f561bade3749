import { type Clock, systemClock } from "../clock/clock";
import { repeatedly } from "../concurrency/repeatedly";
import type { SqliteDatabase } from "../sqlite/database";
import { checkedTimer, type FiredTimer, type Scheduler, stillTimely } from "./scheduler";

/** What one pass over the due timers did, by timer name. */
export interface FiringPass {
  fired: string[];
  /** Due, but past their latest moment: removed without firing. */
  dropped: string[];
  /** Their handler threw: tried again after the retry delay. */
  failed: string[];
}

export interface TimerTable extends Scheduler {
  /**
   * Fires what is due now, soonest first: each timely timer through `handle`, then removes it (unless it
   * was moved while its handler ran); late ones are removed unfired. One process fires a table's timers.
   */
  fireDue(handle: (timer: FiredTimer) => Promise<void>): Promise<FiringPass>;
  /** Fires what is due every `intervalMilliseconds` until stopped; passes never overlap. */
  poll(
    handle: (timer: FiredTimer) => Promise<void>,
    options: { intervalMilliseconds: number; onError?: (error: unknown) => void },
  ): { stop(): Promise<void> };
}

export interface SqliteSchedulerOptions {
  clock?: Clock;
  /** How long a timer whose handler threw waits before it is tried again (default a minute). */
  retryAfterMilliseconds?: number;
  /** The most timers one pass fires (default 500): the rest wait for the next pass. */
  passLimit?: number;
}

interface TimerRow {
  name: string;
  at: number;
  not_after: number | null;
  payload: string;
  generation: number;
}

const firedOf = (row: TimerRow): FiredTimer => ({
  name: row.name,
  at: new Date(row.at).toISOString(),
  notAfter: row.not_after === null ? null : new Date(row.not_after).toISOString(),
  payload: JSON.parse(row.payload),
});

/** The timer table of one machine, in the same database as the events, so timers survive restarts. */
export function sqliteScheduler(
  database: SqliteDatabase,
  { clock = systemClock, retryAfterMilliseconds = 60_000, passLimit = 500 }: SqliteSchedulerOptions = {},
): TimerTable {
  database.exec(`
    CREATE TABLE IF NOT EXISTS timers (
      name TEXT PRIMARY KEY,
      at INTEGER NOT NULL,
      not_after INTEGER,
      payload TEXT NOT NULL,
      generation INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS timers_at ON timers (at);
  `);
  // Each set bumps the generation, so a pass that fired the old time never removes the moved timer.
  const upsert = database.prepare<[string, number, number | null, string]>(
    `INSERT INTO timers (name, at, not_after, payload, generation) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT (name) DO UPDATE SET at = excluded.at, not_after = excluded.not_after,
                                      payload = excluded.payload, generation = generation + 1`,
  );
  const remove = database.prepare<[string]>("DELETE FROM timers WHERE name = ?");
  const due = database.prepare<[number, number], TimerRow>(
    "SELECT * FROM timers WHERE at <= ? ORDER BY at, name LIMIT ?",
  );
  const removeFired = database.prepare<[string, number]>(
    "DELETE FROM timers WHERE name = ? AND generation = ?",
  );
  const postpone = database.prepare<[number, string, number]>(
    "UPDATE timers SET at = ? WHERE name = ? AND generation = ?",
  );

  async function fireDue(handle: (timer: FiredTimer) => Promise<void>): Promise<FiringPass> {
    const pass: FiringPass = { fired: [], dropped: [], failed: [] };
    for (const row of due.all(clock.now().getTime(), passLimit)) {
      const timer = firedOf(row);
      if (!stillTimely(timer, clock.now())) {
        removeFired.run(row.name, row.generation);
        pass.dropped.push(row.name);
        continue;
      }
      try {
        await handle(timer);
      } catch {
        postpone.run(clock.now().getTime() + retryAfterMilliseconds, row.name, row.generation);
        pass.failed.push(row.name);
        continue;
      }
      removeFired.run(row.name, row.generation);
      pass.fired.push(row.name);
    }
    return pass;
  }

  return {
    async set(timer) {
      const checked = checkedTimer(timer);
      upsert.run(
        checked.name,
        Date.parse(checked.at),
        checked.notAfter === null ? null : Date.parse(checked.notAfter),
        JSON.stringify(checked.payload),
      );
    },
    async cancel(name) {
      remove.run(name);
    },
    fireDue,
    poll: (handle, options) => repeatedly(() => fireDue(handle), options),
  };
}

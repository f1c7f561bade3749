import { type Clock, systemClock } from "../clock/clock";
import { listCursor, sortOfCursor } from "../documents/list-cursor";
import { newId } from "../ids/new-id";
import type { SqliteDatabase } from "../sqlite/database";
import {
  checkedLease,
  checkedLimit,
  encodedOutboxKey,
  encodedPayload,
  logSortOf,
  type Outbox,
  type OutboxAttempt,
  type OutboxClaim,
  type OutboxEntry,
  type OutboxKey,
  type OutboxStatus,
  withAttempt,
} from "./outbox";

interface OutboxRow {
  event_id: string;
  recipient: string;
  kind: string;
  payload: string;
  status: OutboxStatus;
  created_at: string;
  log_sort: string;
  due_at: number | null;
  claim_id: string | null;
  sent_at: string | null;
  attempt_count: number;
  attempts: string;
}

function createOutboxTable(database: SqliteDatabase, table: string): void {
  database.exec(`
    CREATE TABLE IF NOT EXISTS ${table} (
      key TEXT PRIMARY KEY,
      event_id TEXT NOT NULL,
      recipient TEXT NOT NULL,
      kind TEXT NOT NULL,
      payload TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
      created_at TEXT NOT NULL,
      log_sort TEXT NOT NULL,
      due_at INTEGER,
      claim_id TEXT,
      sent_at TEXT,
      attempt_count INTEGER NOT NULL,
      attempts TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS ${table}_due ON ${table} (due_at) WHERE due_at IS NOT NULL;
    CREATE INDEX IF NOT EXISTS ${table}_recipient ON ${table} (recipient, log_sort);
  `);
}

const entryOf = (row: OutboxRow): OutboxEntry => ({
  eventId: row.event_id,
  recipient: row.recipient,
  kind: row.kind,
  payload: JSON.parse(row.payload),
  status: row.status,
  createdAt: row.created_at,
  dueAt: row.due_at === null ? null : new Date(row.due_at).toISOString(),
  sentAt: row.sent_at,
  attemptCount: row.attempt_count,
  attempts: JSON.parse(row.attempts) as OutboxAttempt[],
});

/**
 * The embedded outbox: one row per message in the same database as the events. `table` keeps apart
 * outboxes whose senders differ (mail in `outbox`, webhooks in `webhook_outbox`): each sender claims only
 * what it sends.
 */
export function sqliteOutbox(
  database: SqliteDatabase,
  { clock = systemClock, table = "outbox" }: { clock?: Clock; table?: string } = {},
): Outbox {
  if (!/^[a-z_]+$/.test(table))
    throw new RangeError(`an outbox table is named in lower case and _, not ${table}`);
  createOutboxTable(database, table);
  const now = () => clock.now().getTime();

  const insert = database.prepare<[string, string, string, string, string, string, string, number]>(
    `INSERT INTO ${table} (key, event_id, recipient, kind, payload, status, created_at, log_sort, due_at,
                         claim_id, sent_at, attempt_count, attempts)
     VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, NULL, NULL, 0, '[]')
     ON CONFLICT (key) DO NOTHING`,
  );
  const byKey = database.prepare<[string], OutboxRow>(`SELECT * FROM ${table} WHERE key = ?`);
  const dueKeys = database.prepare<[number, number], { key: string }>(
    `SELECT key FROM ${table} WHERE due_at IS NOT NULL AND due_at <= ? ORDER BY due_at, key LIMIT ?`,
  );
  const take = database.prepare<[number, string, string, number]>(
    `UPDATE ${table} SET status = 'sending', due_at = ?, claim_id = ?
     WHERE key = ? AND due_at IS NOT NULL AND due_at <= ?`,
  );
  const settleRow = database.prepare<
    [OutboxStatus, number | null, string | null, string, string, string, string]
  >(
    `UPDATE ${table} SET status = ?, due_at = ?, sent_at = COALESCE(?, sent_at), claim_id = NULL,
                       attempt_count = attempt_count + 1, attempts = ?
     WHERE key = ? AND claim_id = ? AND status = ?`,
  );
  const redeliverRow = database.prepare<[number, string]>(
    `UPDATE ${table} SET status = 'pending', due_at = ? WHERE key = ? AND status IN ('sent', 'failed')`,
  );
  const page = database.prepare<[string, string, number], OutboxRow>(
    `SELECT * FROM ${table} WHERE recipient = ? AND log_sort < ? ORDER BY log_sort DESC LIMIT ?`,
  );

  const enqueueAll = database.transaction((rows: Parameters<typeof insert.run>[]) =>
    rows.filter((row) => insert.run(...row).changes === 1).map(([key]) => key),
  );

  const claimOne = (key: string, leaseMilliseconds: number, at: number): OutboxClaim | undefined => {
    const claimId = newId();
    if (take.run(at + leaseMilliseconds, claimId, key, at).changes !== 1) return undefined;
    const row = byKey.get(key);
    if (!row) throw new Error(`outbox row ${key} vanished inside a transaction`);
    return { entry: entryOf(row), claimId };
  };
  const claimKey = database.transaction(claimOne);
  const claimSoonest = database.transaction((limit: number, leaseMilliseconds: number) => {
    const at = now();
    return dueKeys
      .all(at, limit)
      .map(({ key }) => claimOne(key, leaseMilliseconds, at))
      .filter((claim) => claim !== undefined);
  });

  const settleClaim = database.transaction(
    (key: string, claimId: string, status: OutboxStatus, dueAt: number | null, attempt: OutboxAttempt) => {
      const row = byKey.get(key);
      if (!row || row.claim_id !== claimId || row.status !== "sending") return false;
      const attempts = JSON.stringify(withAttempt(JSON.parse(row.attempts) as OutboxAttempt[], attempt));
      const sentAt = status === "sent" ? attempt.at : null;
      return settleRow.run(status, dueAt, sentAt, attempts, key, claimId, "sending").changes === 1;
    },
  );

  return {
    async enqueue(messages) {
      checkedLimit(messages.length || 1, "enqueue");
      const createdAt = clock.now().toISOString();
      const rows = messages.map((message): Parameters<typeof insert.run> => {
        const key: OutboxKey = { eventId: message.eventId, recipient: message.recipient, kind: message.kind };
        return [
          encodedOutboxKey(key),
          key.eventId,
          key.recipient,
          key.kind,
          encodedPayload(message.payload),
          createdAt,
          logSortOf(createdAt, key),
          (message.dueAt ?? clock.now()).getTime(),
        ];
      });
      const recorded = new Set(enqueueAll.immediate(rows));
      return messages
        .filter((message) => recorded.has(encodedOutboxKey(message)))
        .map(({ eventId, recipient, kind }) => ({ eventId, recipient, kind }));
    },
    async claim(key, leaseMilliseconds) {
      return claimKey.immediate(encodedOutboxKey(key), checkedLease(leaseMilliseconds), now());
    },
    async claimDue(limit, leaseMilliseconds) {
      return claimSoonest.immediate(checkedLimit(limit, "claimDue"), checkedLease(leaseMilliseconds));
    },
    async settle({ entry, claimId }, settlement) {
      const key = encodedOutboxKey(entry);
      if (settlement.result === "sent")
        return settleClaim.immediate(key, claimId, "sent", null, settlement.attempt);
      if (settlement.result === "failed")
        return settleClaim.immediate(key, claimId, "failed", null, settlement.attempt);
      return settleClaim.immediate(key, claimId, "pending", settlement.retryAt.getTime(), settlement.attempt);
    },
    async redeliver(key) {
      return redeliverRow.run(now(), encodedOutboxKey(key)).changes === 1;
    },
    async get(key) {
      const row = byKey.get(encodedOutboxKey(key));
      return row && entryOf(row);
    },
    async forRecipient(recipient, { first, after }) {
      checkedLimit(first, "a page");
      // Every log sort starts with an ISO instant, so "~" sorts after all of them.
      const before = after === undefined ? "~" : sortOfCursor(after);
      const rows = page.all(recipient, before, first + 1);
      const entries = rows.slice(0, first);
      const last = entries.at(-1);
      return {
        entries: entries.map(entryOf),
        endCursor: rows.length > first && last ? listCursor(last.log_sort) : null,
      };
    },
  };
}

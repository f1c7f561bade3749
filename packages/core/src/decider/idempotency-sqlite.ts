import { createHash } from "node:crypto";
import { type Clock, systemClock } from "../clock/clock";
import { newId } from "../ids/new-id";
import type { SqliteDatabase } from "../sqlite/database";
import {
  IdempotencyInProgress,
  IdempotencyKeyReused,
  type IdempotencyStore,
  resultAsJson,
} from "./idempotency-store";

export interface SqliteIdempotencyOptions {
  /** How long a completed result is remembered (default one day). */
  expiresAfterSeconds?: number;
  /**
   * How long a run may hold its key before the key counts as abandoned (default one minute): a process
   * that dies mid-run must not block the key until the record would have expired.
   */
  inProgressExpiresAfterSeconds?: number;
  clock?: Clock;
}

interface IdempotencyRow {
  payload_hash: string;
  status: "in_progress" | "completed";
  result: string | null;
}

/** JSON with object keys sorted, so that `{a, b}` and `{b, a}` are the same request. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([left], [right]) => (left < right ? -1 : 1)))
      : item,
  );
}

const payloadHash = (payload: unknown): string =>
  createHash("sha256")
    .update(canonicalJson(payload ?? null))
    .digest("base64");

function createIdempotencyTable(database: SqliteDatabase): void {
  database.exec(`
    CREATE TABLE IF NOT EXISTS idempotency (
      key TEXT PRIMARY KEY,
      payload_hash TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed')),
      result TEXT,
      expires_at INTEGER NOT NULL,
      claim_id TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS idempotency_expires_at ON idempotency (expires_at);
  `);
}

/**
 * Frees every key whose run has not finished, and says how many. Only for a start of the one process
 * that owns the database: a run still in progress then belongs to a process that died, and its client,
 * retrying with the same key, should run it again rather than wait out the in-progress window.
 */
export function releaseInProgressIdempotency(database: SqliteDatabase): number {
  createIdempotencyTable(database);
  return database.prepare("DELETE FROM idempotency WHERE status = 'in_progress'").run().changes;
}

/** The embedded idempotency store: one row per key in the same database as the events. */
export function sqliteIdempotencyStore(
  database: SqliteDatabase,
  {
    expiresAfterSeconds = 86_400,
    inProgressExpiresAfterSeconds = 60,
    clock = systemClock,
  }: SqliteIdempotencyOptions = {},
): IdempotencyStore {
  createIdempotencyTable(database);

  const purgeExpired = database.prepare<[number]>("DELETE FROM idempotency WHERE expires_at <= ?");
  // A live record makes the insert do nothing; the expired one it would replace is gone after the purge.
  const claim = database.prepare<[string, string, number, string]>(
    `INSERT INTO idempotency (key, payload_hash, status, result, expires_at, claim_id)
     VALUES (?, ?, 'in_progress', NULL, ?, ?)
     ON CONFLICT (key) DO NOTHING`,
  );
  const existing = database.prepare<[string], IdempotencyRow>(
    "SELECT payload_hash, status, result FROM idempotency WHERE key = ?",
  );
  // Both statements name the claim, so a run that outlived its claim cannot touch a newer run's record.
  const complete = database.prepare<[string, number, string, string]>(
    `UPDATE idempotency SET status = 'completed', result = ?, expires_at = ?
     WHERE key = ? AND claim_id = ?`,
  );
  const release = database.prepare<[string, string]>(
    "DELETE FROM idempotency WHERE key = ? AND claim_id = ?",
  );

  const now = () => clock.now().getTime();

  const claimOrExisting = database.transaction(
    (key: string, hash: string, claimId: string): IdempotencyRow | "claimed" => {
      const at = now();
      purgeExpired.run(at);
      if (claim.run(key, hash, at + inProgressExpiresAfterSeconds * 1000, claimId).changes === 1)
        return "claimed";
      const row = existing.get(key);
      if (!row) throw new Error(`idempotency record ${key} vanished inside a transaction`);
      return row;
    },
  );

  return {
    async once<Result>(key: string, payload: unknown, work: () => Promise<Result>): Promise<Result> {
      const hash = payloadHash(payload);
      const claimId = newId();
      // IMMEDIATE takes the write lock up front, so two processes sharing the file cannot both claim.
      const outcome = claimOrExisting.immediate(key, hash, claimId);
      if (outcome !== "claimed") {
        if (outcome.payload_hash !== hash) throw new IdempotencyKeyReused(key);
        if (outcome.status === "in_progress" || outcome.result === null) throw new IdempotencyInProgress(key);
        return JSON.parse(outcome.result) as Result;
      }

      let json: string;
      try {
        json = resultAsJson(await work());
      } catch (error) {
        release.run(key, claimId);
        throw error;
      }
      complete.run(json, now() + expiresAfterSeconds * 1000, key, claimId);
      return JSON.parse(json) as Result;
    },
  };
}

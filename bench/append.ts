import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PendingEvent } from "@meetstream/core/eventstore";
import { createEventTable, dynamoEventStore, sqliteEventStore } from "@meetstream/core/eventstore";
import { newId } from "@meetstream/core/ids/new-id";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { startDynalite, uniqueTableName } from "@meetstream/core/testing/dynalite";
import { Deposited, ledgerCatalog } from "@meetstream/core/testing/ledger";
import { type BenchmarkResults, median } from "./results";

const streams = 1_000;
const appendsPerRound = 30_000;
const rounds = 3;

interface Append {
  streamId: string;
  version: number;
  event: PendingEvent;
  data: string;
  meta: string;
}

/** Single-event appends spread round-robin over 1,000 streams, made before any clock starts. */
function appendsOf(count: number): Append[] {
  const occurredAt = "2026-11-26T10:00:00.000Z";
  return Array.from({ length: count }, (_, index) => {
    const data = { amount: 1 + (index % 90), memo: "weekly contribution" };
    const meta = { actor: `member-${index % 313}`, occurredAt, correlationId: newId(), causationId: null };
    return {
      streamId: `account-${index % streams}`,
      version: Math.floor(index / streams) + 1,
      event: { id: newId(), ...Deposited(data), meta },
      data: JSON.stringify(data),
      meta: JSON.stringify(meta),
    };
  });
}

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
}

/**
 * The SQLite event store against raw better-sqlite3 inserts of the same rows into the same table, each
 * on a fresh database file, alternating over several rounds so that both see the same machine.
 */
export async function appendBenchmark(): Promise<BenchmarkResults> {
  const folder = mkdtempSync(join(tmpdir(), "meetstream-append-"));
  const adapterRates: number[] = [];
  const rawRates: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const appends = appendsOf(appendsPerRound);

      const rawDatabase = openDatabase(join(folder, `raw-${round}.sqlite`));
      sqliteEventStore(rawDatabase, ledgerCatalog); // creates the same table, indexes and constraints
      const insert = rawDatabase.prepare(
        "INSERT INTO events (id, stream_id, version, type, schema_version, data, meta) VALUES (?, ?, ?, ?, ?, ?, ?)",
      );
      const rawSeconds = timed(() => {
        for (const append of appends) {
          insert.run(
            append.event.id,
            append.streamId,
            append.version,
            "Deposited",
            2,
            append.data,
            append.meta,
          );
        }
      });
      rawDatabase.close();
      rawRates.push(appends.length / rawSeconds);

      const database = openDatabase(join(folder, `adapter-${round}.sqlite`));
      const store = sqliteEventStore(database, ledgerCatalog);
      const started = performance.now();
      for (const append of appends) {
        await store.append(append.streamId, [append.event], { expectedVersion: append.version - 1 });
      }
      adapterRates.push(appends.length / ((performance.now() - started) / 1000));
      database.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const adapter = median(adapterRates);
  const raw = median(rawRates);
  return {
    "append (SQLite event store, 1,000 streams)": {
      value: Math.round(adapter),
      unit: "appends/s",
      baseline: Math.round(raw),
      ratio: adapter / raw,
      target: "ratio ≥ 0.5 of raw inserts",
      met: adapter / raw >= 0.5,
    },
  };
}

/** The DynamoDB event store against dynalite: for reference only, dynalite is not DynamoDB. */
export async function dynamoAppendBenchmark(): Promise<BenchmarkResults> {
  const dynamo = await startDynalite();
  try {
    const tableName = uniqueTableName("bench-events");
    await createEventTable(dynamo.client, tableName);
    const store = dynamoEventStore({ client: dynamo.client, tableName, catalog: ledgerCatalog });
    const appends = appendsOf(2_000).map((append) => ({
      ...append,
      streamId: append.streamId.replace(/\d+$/, (n) => String(Number(n) % 100)),
    }));
    // Ten writers, each owning its streams, so that no append waits on a conflict.
    const writers = Array.from({ length: 10 }, (_, writer) =>
      appends.filter((append) => Number(append.streamId.split("-")[1]) % 10 === writer),
    );
    const versions = new Map<string, number>();
    const started = performance.now();
    await Promise.all(
      writers.map(async (own) => {
        for (const append of own) {
          const expectedVersion = versions.get(append.streamId) ?? 0;
          await store.append(append.streamId, [append.event], { expectedVersion });
          versions.set(append.streamId, expectedVersion + 1);
        }
      }),
    );
    const rate = appends.length / ((performance.now() - started) / 1000);
    return { "append (DynamoDB event store on dynalite)": { value: Math.round(rate), unit: "appends/s" } };
  } finally {
    await dynamo.stop();
  }
}

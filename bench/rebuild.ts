import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sqliteEventStore } from "@meetstream/core/eventstore";
import { newId } from "@meetstream/core/ids/new-id";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { AccountOpened, Deposited, ledgerCatalog } from "@meetstream/core/testing/ledger";
import type { BenchmarkResults } from "./results";

const streams = 10_000;
const eventsPerStream = 100;

/** Writes 1,000,000 events over 10,000 streams, then rebuilds their documents in a fresh process. */
export async function rebuildBenchmark(): Promise<BenchmarkResults> {
  const folder = mkdtempSync(join(tmpdir(), "meetstream-rebuild-"));
  const file = join(folder, "bench.sqlite");
  try {
    const database = openDatabase(file);
    const store = sqliteEventStore(database, ledgerCatalog);
    const started = Date.UTC(2026, 0, 1);
    for (let stream = 0; stream < streams; stream++) {
      const occurredAt = new Date(started + stream * 1000).toISOString();
      const meta = { actor: `member-${stream % 97}`, occurredAt, correlationId: newId(), causationId: null };
      const events = [
        { id: newId(), ...AccountOpened({ owner: `owner-${stream % 500}` }), meta },
        ...Array.from({ length: eventsPerStream - 1 }, (_, index) => ({
          id: newId(),
          ...Deposited({ amount: 1 + (index % 50), memo: "monthly contribution" }),
          meta,
        })),
      ];
      await store.append(`account-${stream}`, events, { expectedVersion: "no stream" });
    }
    database.close();

    // A fresh process, so that peak RSS is the rebuild's own and not the generator's.
    const output = execFileSync(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "rebuild-worker.ts"), file],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    const measured = JSON.parse(output.trim().split("\n").at(-1) as string) as {
      events: number;
      seconds: number;
      peakRssMegabytes: number;
    };
    const eventsPerSecond = measured.events / measured.seconds;
    return {
      "rebuild events/s (1M events, 10k streams)": {
        value: Math.round(eventsPerSecond),
        unit: "events/s",
        target: "≥ 100,000 events/s",
        met: eventsPerSecond >= 100_000,
      },
      "rebuild peak RSS": {
        value: Math.round(measured.peakRssMegabytes),
        unit: "MB",
        target: "< 600 MB",
        met: measured.peakRssMegabytes < 600,
      },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

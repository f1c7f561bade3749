import { sqliteDocumentStore } from "@meetstream/core/documents";
import { eventCatalog, sqliteEventStore } from "@meetstream/core/eventstore";
import { meetstreamEventTypes } from "@meetstream/core/meetstream";
import { progressProjections } from "@meetstream/core/progress";
import { offlineRebuild } from "@meetstream/core/projection/offline-rebuild";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { inOneTransaction } from "@meetstream/core/sqlite/one-transaction";
import { ledgerCatalog } from "@meetstream/core/testing/ledger";
import { accountSummaries } from "./bench-account";

/** What a rebuild folds: the toy ledger's accounts, or the progress context's documents and counters. */
const logs = {
  ledger: { catalog: ledgerCatalog, projections: [accountSummaries] },
  progress: { catalog: eventCatalog(...meetstreamEventTypes), projections: progressProjections },
};

const [file, log = "ledger"] = process.argv.slice(2);
if (!file || !(log in logs)) throw new Error("usage: rebuild-worker <database file> [ledger|progress]");
const { catalog, projections } = logs[log as keyof typeof logs];
const database = openDatabase(file);
const started = performance.now();
// As `pnpm cli rebuild` runs it: offline, in one transaction.
const result = await inOneTransaction(database, () =>
  offlineRebuild({
    store: sqliteEventStore(database, catalog),
    documents: sqliteDocumentStore(database),
    projections,
  }),
);
const seconds = (performance.now() - started) / 1000;
database.close();
// maxRSS is in kilobytes.
const peakRssMegabytes = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ events: result.eventsDone, seconds, peakRssMegabytes }));

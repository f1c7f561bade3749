import { sqliteDocumentStore } from "@meetstream/core/documents";
import { eventCatalog, sqliteEventStore } from "@meetstream/core/eventstore";
import { meetstreamEventTypes } from "@meetstream/core/meetstream";
import { progressProjections } from "@meetstream/core/progress";
import { projector } from "@meetstream/core/projection/projector";
import { openDatabase } from "@meetstream/core/sqlite/database";
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
const result = await projector({
  store: sqliteEventStore(database, catalog),
  documents: sqliteDocumentStore(database),
  projections,
}).rebuild();
const seconds = (performance.now() - started) / 1000;
database.close();
// maxRSS is in kilobytes.
const peakRssMegabytes = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ events: result.eventsDone, seconds, peakRssMegabytes }));

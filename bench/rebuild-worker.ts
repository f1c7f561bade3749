import { sqliteDocumentStore } from "@meetstream/core/documents";
import { sqliteEventStore } from "@meetstream/core/eventstore";
import { projector } from "@meetstream/core/projection/projector";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { ledgerCatalog } from "@meetstream/core/testing/ledger";
import { accountSummaries } from "./bench-account";

const file = process.argv[2];
if (!file) throw new Error("usage: rebuild-worker <database file>");
const database = openDatabase(file);
const started = performance.now();
const result = await projector({
  store: sqliteEventStore(database, ledgerCatalog),
  documents: sqliteDocumentStore(database),
  projections: [accountSummaries],
}).rebuild();
const seconds = (performance.now() - started) / 1000;
database.close();
// maxRSS is in kilobytes.
const peakRssMegabytes = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ events: result.eventsDone, seconds, peakRssMegabytes }));

/**
 * `pnpm bench [name…]`: runs the benchmarks (all, or those whose names are given), prints a table and
 * writes bench/results.json. Each figure is measured beside its baseline in the same run.
 */
import { join } from "node:path";
import { announcementBenchmark } from "./announcement";
import { appendBenchmark, dynamoAppendBenchmark } from "./append";
import { communityGrowthBenchmark } from "./community-growth";
import { handlersBenchmark } from "./handlers";
import { httpBenchmark } from "./http";
import { meetupGrowthBenchmark } from "./meetup-growth";
import { pathsBenchmark } from "./paths";
import { rebuildBenchmark } from "./rebuild";
import { type BenchmarkResults, printTable, writeResults } from "./results";
import { reviewBoardBenchmark } from "./review-board";
import { rsvpBenchmark } from "./rsvp";
import { rsvpBurstBenchmark } from "./rsvp-burst";
import { coldStreamBenchmark } from "./snapshots";
import { webPagesBenchmark } from "./web-pages";
import { webhooksBenchmark } from "./webhooks";

// Lambda runs Node 22; the SDK's notice about Node 20 here is known and only noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const benchmarks: Record<string, () => Promise<BenchmarkResults>> = {
  append: appendBenchmark,
  "dynamodb-append": dynamoAppendBenchmark,
  rebuild: rebuildBenchmark,
  rsvp: rsvpBenchmark,
  "cold-stream": coldStreamBenchmark,
  http: httpBenchmark,
  handlers: handlersBenchmark,
  "meetup-growth": meetupGrowthBenchmark,
  "community-growth": communityGrowthBenchmark,
  "rsvp-burst": rsvpBurstBenchmark,
  "review-board": reviewBoardBenchmark,
  paths: pathsBenchmark,
  announcement: announcementBenchmark,
  webhooks: webhooksBenchmark,
  "web-pages": webPagesBenchmark,
};

const wanted = process.argv.slice(2).filter((name) => name !== "--");
const unknown = wanted.filter((name) => !(name in benchmarks));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(", ")}; known: ${Object.keys(benchmarks).join(", ")}`);
  process.exit(2);
}

const results: BenchmarkResults = {};
for (const [name, run] of Object.entries(benchmarks)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.error(`running ${name}…`);
  Object.assign(results, await run());
}
printTable(results);
// A run of some benchmarks keeps the other benchmarks' rows of the last full run.
writeResults(join(import.meta.dirname, "results.json"), results, { keepOthers: wanted.length > 0 });

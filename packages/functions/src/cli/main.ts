#!/usr/bin/env node
import { parseArgs } from "node:util";
import { eventCatalog } from "@meetstream/core/eventstore/event-catalog";
import { personalDataStore } from "@meetstream/core/keys/personal-data-store";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { dataFolder } from "../local/data-folder";
import { openLocalStores } from "../local/local-stores";
import { rebuild } from "./rebuild";
import { formatStatistics } from "./statistics";

const usage = `usage: pnpm cli <command> [--data <folder>]

commands:
  stats     what the local event store and documents hold
  rebuild   fold every stream again into its documents

options:
  --data <folder>   the local data folder (default: MEETSTREAM_DATA, else .data at the repository root)`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { data: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const folder = dataFolder(values.data);
  const stores = openLocalStores(folder, eventCatalog(...meetstreamEventTypes));
  try {
    switch (command) {
      case "stats":
        console.log(formatStatistics(folder, stores));
        return 0;
      case "rebuild": {
        const result = await rebuild({
          // Projections read personal fields opened, as they were when first projected.
          events: personalDataStore(stores.events, stores.keys, meetstreamEventTypes),
          documents: stores.documents,
          projections: meetstreamProjections,
        });
        console.log(
          `rebuilt ${result.streamsDone} streams (${result.eventsDone} events) in ${result.seconds.toFixed(2)} s`,
        );
        return 0;
      }
      default:
        console.error(`unknown command ${JSON.stringify(command)}\n\n${usage}`);
        return 2;
    }
  } finally {
    stores.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);

import { statSync } from "node:fs";
import { databaseFile } from "../local/data-folder";
import type { LocalStores } from "../local/local-stores";

/** A short report of what the local data folder holds. */
export function formatStatistics(folder: string, stores: Pick<LocalStores, "events" | "documents">): string {
  const events = stores.events.statistics();
  const documents = stores.documents.statistics();
  const file = databaseFile(folder);
  const lines = [
    `data folder   ${folder}`,
    `database      ${file} (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB)`,
    `events        ${events.events} in ${events.streams} streams, last position ${events.lastPosition}`,
    `documents     ${documents.documents - documents.tombstones} (and ${documents.tombstones} tombstones)`,
  ];
  const types = Object.entries(events.eventsByType).sort(([, left], [, right]) => right - left);
  if (types.length > 0) {
    lines.push("event types");
    const width = Math.max(...types.map(([type]) => type.length));
    for (const [type, count] of types) lines.push(`  ${type.padEnd(width)}  ${count}`);
  }
  return lines.join("\n");
}

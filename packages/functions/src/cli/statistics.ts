import { statSync } from "node:fs";
import type { QuarantineRecord } from "@meetstream/core/projection/quarantine";
import { databaseFile } from "../stores/data-folder";
import type { LocalStores } from "../stores/local-stores";

/** A short report of what the local data folder holds, the streams a projection set aside last. */
export function formatStatistics(
  folder: string,
  stores: Pick<LocalStores, "events" | "documents">,
  quarantined: readonly QuarantineRecord[] = [],
): string {
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
  lines.push(`quarantined   ${quarantined.length} streams`);
  for (const record of quarantined) {
    const event = record.event ? ` at ${record.event.type} ${record.event.id}` : "";
    lines.push(
      `  ${record.streamId} (${record.projection}, version ${record.version}${event}, since ${record.quarantinedAt})`,
      `    ${record.error.code ?? record.error.name}: ${record.error.message}`,
    );
  }
  if (quarantined.length > 0)
    lines.push("  fix the projection or the event, then run `pnpm cli retry-quarantined`");
  return lines.join("\n");
}

import type { DocumentStore } from "@meetstream/core/documents";
import type { EventStore } from "@meetstream/core/eventstore";
import { offlineRebuild } from "@meetstream/core/projection/offline-rebuild";
import type { Projection } from "@meetstream/core/projection/projection";
import { projector, type RebuildProgress } from "@meetstream/core/projection/projector";
import type { SqliteDatabase } from "@meetstream/core/sqlite/database";
import { inOneTransaction } from "@meetstream/core/sqlite/one-transaction";
import { Presets, SingleBar } from "cli-progress";

interface RebuildOptions {
  events: EventStore;
  documents: DocumentStore;
  projections: readonly Projection[];
  output?: NodeJS.WriteStream;
}

/** A progress bar on a terminal, started on the first report. */
function progressBar(output: NodeJS.WriteStream = process.stderr) {
  const bar = new SingleBar(
    { format: "rebuild [{bar}] {percentage}% | {value}/{total} streams | {events} events", stream: output },
    Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress({ streamsDone, streamsTotal, eventsDone }: RebuildProgress) {
      if (!started) {
        bar.start(streamsTotal, 0, { events: 0 });
        started = true;
      }
      bar.update(streamsDone, { events: eventsDone });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/**
 * Folds every stream again into the documents while other writers may run (a restore, whose appends the
 * live projector folds as they come), with a progress bar on a terminal.
 */
export async function rebuild(
  options: RebuildOptions & { concurrency?: number },
): Promise<RebuildProgress & { seconds: number }> {
  const bar = progressBar(options.output);
  const started = performance.now();
  try {
    const result = await projector({
      store: options.events,
      documents: options.documents,
      projections: options.projections,
    }).rebuild({ concurrency: options.concurrency, onProgress: bar.onProgress });
    return { ...result, seconds: (performance.now() - started) / 1000 };
  } finally {
    bar.stop();
  }
}

/**
 * `pnpm cli rebuild`: the offline rebuild of the data folder's stores, in one SQLite transaction on their
 * database. Nothing is written until it is done, and then everything at once; a local host running
 * meanwhile reads the documents as they were, and its writes wait for the rebuild (failing after
 * SQLite's busy timeout, to be retried), so none can be lost under it.
 */
export async function rebuildOffline(
  options: RebuildOptions & { database: SqliteDatabase },
): Promise<RebuildProgress & { seconds: number }> {
  const bar = progressBar(options.output);
  const started = performance.now();
  try {
    const result = await inOneTransaction(options.database, () =>
      offlineRebuild({
        store: options.events,
        documents: options.documents,
        projections: options.projections,
        onProgress: bar.onProgress,
      }),
    );
    return { ...result, seconds: (performance.now() - started) / 1000 };
  } finally {
    bar.stop();
  }
}

import type { DocumentStore } from "@meetstream/core/documents";
import type { EventStore } from "@meetstream/core/eventstore";
import type { Projection } from "@meetstream/core/projection/projection";
import { projector, type RebuildProgress } from "@meetstream/core/projection/projector";
import { Presets, SingleBar } from "cli-progress";

/** Folds every stream again into the documents, with a progress bar on a terminal. */
export async function rebuild(options: {
  events: EventStore;
  documents: DocumentStore;
  projections: readonly Projection[];
  concurrency?: number;
  output?: NodeJS.WriteStream;
}): Promise<RebuildProgress & { seconds: number }> {
  const output = options.output ?? process.stderr;
  const bar = new SingleBar(
    { format: "rebuild [{bar}] {percentage}% | {value}/{total} streams | {events} events", stream: output },
    Presets.shades_classic,
  );
  const started = performance.now();
  let barStarted = false;
  const result = await projector({
    store: options.events,
    documents: options.documents,
    projections: options.projections,
  }).rebuild({
    concurrency: options.concurrency,
    onProgress: ({ streamsDone, streamsTotal, eventsDone }) => {
      if (!barStarted) {
        bar.start(streamsTotal, 0, { events: 0 });
        barStarted = true;
      }
      bar.update(streamsDone, { events: eventsDone });
    },
  });
  if (barStarted) bar.stop();
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

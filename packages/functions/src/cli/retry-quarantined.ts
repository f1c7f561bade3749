import type { DocumentStore } from "@meetstream/core/documents/document-store";
import type { EventStore } from "@meetstream/core/eventstore/event-store";
import type { Projection } from "@meetstream/core/projection/projection";
import { projector, type RetryResult } from "@meetstream/core/projection/projector";

/** Folds every quarantined stream again with the projections as they are now, and says what it lifted. */
export async function retryQuarantined(options: {
  events: EventStore;
  documents: DocumentStore;
  projections: readonly Projection[];
}): Promise<RetryResult & { seconds: number }> {
  const started = performance.now();
  const result = await projector({
    store: options.events,
    documents: options.documents,
    projections: options.projections,
  }).retryQuarantined();
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

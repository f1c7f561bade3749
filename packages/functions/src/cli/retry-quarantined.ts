import type { DocumentStore } from "@meetstream/core/documents";
import type { EventStore } from "@meetstream/core/eventstore";
import { personalDataStore } from "@meetstream/core/keys";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import type { Projection } from "@meetstream/core/projection/projection";
import { projector, type RetryResult } from "@meetstream/core/projection/projector";
import { openCliStores, type StoreLocation } from "./cli-stores";

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

/**
 * `pnpm cli retry-quarantined`: in the data folder, or in the DynamoDB tables when `--events-table` says so
 * (where the projector Lambda quarantines). Exit code 1 while any stream stays quarantined.
 */
export async function retryQuarantinedCommand(location: StoreLocation): Promise<number> {
  const stores = openCliStores(location);
  try {
    const { lifted, stillQuarantined, seconds } = await retryQuarantined({
      // Projections read personal fields opened, as they were when first projected.
      events: personalDataStore(stores.events, stores.keys, meetstreamEventTypes),
      documents: stores.documents,
      projections: meetstreamProjections,
    });
    console.log(
      `lifted ${lifted.length} quarantined streams, ${stillQuarantined.length} still quarantined, in ${stores.description}, in ${seconds.toFixed(2)} s`,
    );
    for (const record of stillQuarantined)
      console.log(
        `  ${record.streamId} (${record.projection}): ${record.error.code ?? record.error.name}: ${record.error.message}`,
      );
    return stillQuarantined.length > 0 ? 1 : 0;
  } finally {
    stores.close();
  }
}

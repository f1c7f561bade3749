import { personalDataStore } from "@meetstream/core/keys/personal-data-store";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { projector } from "@meetstream/core/projection/projector";
import { refoldFoldedCheckpoints } from "../local/folded-checkpoints";
import { openCliStores, type StoreLocation } from "./cli-stores";

/**
 * `pnpm cli migrate`: refolds the streams an older Meetstream projected (their checkpoints hold folded
 * states), in the data folder or in the DynamoDB tables when `--events-table` says so. The local host does
 * it on its first start; the tables need it once after deploying this version.
 */
export async function migrateCommand(location: StoreLocation): Promise<number> {
  const stores = openCliStores(location);
  try {
    const started = performance.now();
    const refolded = await refoldFoldedCheckpoints({
      documents: stores.documents,
      projector: projector({
        // Projections read personal fields opened, as they were when first projected.
        store: personalDataStore(stores.events, stores.keys, meetstreamEventTypes),
        documents: stores.documents,
        projections: meetstreamProjections,
      }),
    });
    console.log(
      `refolded ${refolded} streams an older Meetstream projected, in ${stores.description}, in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
    return 0;
  } finally {
    stores.close();
  }
}

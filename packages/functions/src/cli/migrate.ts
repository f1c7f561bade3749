import { communityModule } from "@meetstream/core/community";
import type { EventStore } from "@meetstream/core/eventstore";
import { personalDataStore } from "@meetstream/core/keys";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { projector } from "@meetstream/core/projection/projector";
import { carryOverEveryMembership } from "../migrations/carried-memberships";
import { refoldFoldedCheckpoints } from "../migrations/folded-checkpoints";
import { openCliStores, type StoreLocation } from "./cli-stores";

/**
 * `pnpm cli migrate`: refolds the streams an older Meetstream projected (their checkpoints hold folded
 * states) and carries the memberships its community streams recorded over to streams of their own, in the
 * data folder or in the DynamoDB tables when `--events-table` says so. The local host does both on its
 * first start; the tables need it once after deploying this version (the events it appends are projected
 * as every append is: by the host's next start, or on AWS by the stream's fan-out).
 */
export async function migrateCommand(location: StoreLocation): Promise<number> {
  const stores = openCliStores(location);
  try {
    const started = performance.now();
    const documentProjector = projector({
      // Projections read personal fields opened, as they were when first projected.
      store: personalDataStore(stores.events, stores.keys, meetstreamEventTypes),
      documents: stores.documents,
      projections: meetstreamProjections,
    });
    const refolded = await refoldFoldedCheckpoints({
      documents: stores.documents,
      projector: documentProjector,
    });
    // What it appends it projects at once, as the host would, so that no reader waits for the fan-out
    // (which projects it again, finding it done). Community and membership streams hold no personal data.
    const projecting: EventStore = {
      ...stores.events,
      async append(streamId, events, options) {
        const appended = await stores.events.append(streamId, events, options);
        await documentProjector.handle({ streamId, version: appended.nextExpectedVersion });
        return appended;
      },
    };
    const carried = await carryOverEveryMembership({
      store: stores.events,
      communities: communityModule({ store: projecting, documents: stores.documents }),
    });
    console.log(
      `refolded ${refolded} streams an older Meetstream projected and carried ${carried} memberships over to streams of their own, in ${stores.description}, in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
    return 0;
  } finally {
    stores.close();
  }
}

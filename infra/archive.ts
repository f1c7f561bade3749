import { functionDefaults, handlerPath } from "./lambda";
import { events } from "./storage";
import { streamSubscription } from "./stream-subscription";

/**
 * Every commit, copied to S3 as it happens: a second, cheap, immutable copy of the log that outlives the
 * table's 35 days of point-in-time recovery. Versioned, so an overwrite cannot destroy history.
 */
export const archive = new sst.aws.Bucket("Archive", { versioning: true });

const archiving = streamSubscription("Archiver");
export const archiver = events.subscribe(
  "Archiver",
  {
    ...functionDefaults,
    handler: handlerPath("archiver"),
    link: [archive],
    permissions: archiving.permissions,
  },
  archiving.subscribeArgs,
);

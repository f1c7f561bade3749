import { router } from "./router";

/**
 * The tables, keyed as the adapters in packages/core create them for tests, so that what runs against
 * dynalite is what runs on AWS.
 */

/** One item per append: `stream` + `firstVersion` (eventstore/dynamodb.ts). Its stream feeds the publisher and the archiver. */
export const events = new sst.aws.Dynamo("Events", {
  fields: { stream: "string", firstVersion: "number" },
  primaryIndex: { hashKey: "stream", rangeKey: "firstVersion" },
  stream: "new-image",
  // The log is the only record that is not derived: it must survive a bad deploy or a bad script.
  transform: { table: { pointInTimeRecovery: { enabled: true } } },
});

/** Read models, with the two indexes that serve lists (documents/dynamodb.ts). Rebuildable from the log. */
export const documents = new sst.aws.Dynamo("Documents", {
  fields: {
    partition: "string",
    sort: "string",
    firstPartition: "string",
    firstSort: "string",
    secondPartition: "string",
    secondSort: "string",
  },
  primaryIndex: { hashKey: "partition", rangeKey: "sort" },
  globalIndexes: {
    first: { hashKey: "firstPartition", rangeKey: "firstSort" },
    second: { hashKey: "secondPartition", rangeKey: "secondSort" },
  },
});

/** Results of commands sent with an idempotency key, forgotten by TTL (decider/idempotency-dynamodb.ts). */
export const idempotency = new sst.aws.Dynamo("Idempotency", {
  fields: { id: "string" },
  primaryIndex: { hashKey: "id" },
  ttl: "expiration",
});

/**
 * Per-member keys for personal data (keys/dynamodb.ts), in a table of their own so that access to them is
 * granted apart from the log. Point-in-time recovery keeps a deleted key 35 days: erasure completes then.
 */
export const keys = new sst.aws.Dynamo("Keys", {
  fields: { subject: "string" },
  primaryIndex: { hashKey: "subject" },
  transform: { table: { pointInTimeRecovery: { enabled: true } } },
});

/**
 * Slides and photos members upload: browsers send them straight to S3 by presigned PUT
 * (core/src/blob/s3.ts), so the web origin may PUT with the headers the URL was signed for, and nothing
 * else. Read only through CloudFront, at the router's `/blobs/*` (infra/uploads.ts). An upload nobody
 * attached within a day (so never checked and copied under `blobs/`) is deleted.
 */
export const uploads = new sst.aws.Bucket("Uploads", {
  access: "cloudfront",
  lifecycle: [{ prefix: "uploads/", expiresIn: "1 day" }],
  cors: {
    allowOrigins: [router.url],
    allowMethods: ["PUT"],
    allowHeaders: ["content-type", "x-amz-meta-owner"],
    maxAge: "1 hour",
  },
});

/**
 * Messages to send, each recorded once under (event, recipient, kind) before it is sent (outbox/dynamodb.ts):
 * a sparse, sharded index of what may come due, and each recipient's messages newest first.
 */
export const outbox = new sst.aws.Dynamo("Outbox", {
  fields: {
    key: "string",
    dueShard: "string",
    dueAt: "number",
    recipient: "string",
    logSort: "string",
  },
  primaryIndex: { hashKey: "key" },
  globalIndexes: {
    due: { hashKey: "dueShard", rangeKey: "dueAt", projection: "keys-only" },
    recipient: { hashKey: "recipient", rangeKey: "logSort" },
  },
});

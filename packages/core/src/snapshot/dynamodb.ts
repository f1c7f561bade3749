import { type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { isConditionFailure } from "../dynamodb/condition-failure";
import { assertSnapshot, type Snapshot, type SnapshotStore } from "./snapshot-store";

/**
 * The Idempotency table's key and TTL attributes (`idempotencyKeyAttribute` and `idempotencyExpiryAttribute`
 * of decider/idempotency-dynamodb.ts, which loads Powertools: the API loads it only for keyed commands).
 */
const idempotencyKeyAttribute = "id";
const idempotencyExpiryAttribute = "expiration";

export interface DynamoSnapshotOptions {
  client: DynamoDBDocumentClient;
  /** The Idempotency table (see `dynamoSnapshotStore`). */
  tableName: string;
  /** How long a snapshot is kept after it is written (default 30 days): a dormant stream's goes away. */
  expiresAfterSeconds?: number;
  now?: () => number;
}

/** Powertools keys its records `<prefix>#<hash>` with a prefix of ours; this prefix is no hash's. */
const itemKey = (streamId: string) => `snapshot:${streamId}`;

/**
 * Snapshots on DynamoDB: one item per stream in the Idempotency table. That table already holds what is
 * derived and may be forgotten (keyed by one string, expired by TTL), every function that runs commands
 * is linked to it, and a snapshot is just that: a stream that stays quiet past the expiry loses its
 * snapshot and folds once from its events. The Events table would not do (its stream feeds the
 * publisher and the archiver), nor Documents (rebuilt from the log).
 */
export function dynamoSnapshotStore({
  client,
  tableName,
  expiresAfterSeconds = 30 * 86_400,
  now = Date.now,
}: DynamoSnapshotOptions): SnapshotStore {
  return {
    async latest(streamId) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: { [idempotencyKeyAttribute]: itemKey(streamId) } }),
      );
      if (!Item) return null;
      return {
        streamId,
        version: Item.version as number,
        lastEventId: Item.lastEventId as string,
        tag: Item.tag as string,
        state: new Uint8Array(Item.state as Uint8Array),
      };
    },
    async save(snapshot: Snapshot) {
      assertSnapshot(snapshot);
      const { streamId, version, lastEventId, tag, state } = snapshot;
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              [idempotencyKeyAttribute]: itemKey(streamId),
              version,
              lastEventId,
              tag,
              state,
              [idempotencyExpiryAttribute]: Math.floor(now() / 1000) + expiresAfterSeconds,
            },
            ConditionExpression: "attribute_not_exists(#key) OR #tag <> :tag OR #version < :version",
            ExpressionAttributeNames: {
              "#key": idempotencyKeyAttribute,
              "#tag": "tag",
              "#version": "version",
            },
            ExpressionAttributeValues: { ":tag": tag, ":version": version },
          }),
        );
      } catch (error) {
        // A snapshot as new or newer under the same tag is there already: keeping it is the rule.
        if (!isConditionFailure(error)) throw error;
      }
    },
  };
}

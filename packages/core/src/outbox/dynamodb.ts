import { createHash } from "node:crypto";
import { CreateTableCommand } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { type Clock, systemClock } from "../clock/clock";
import { inParallel } from "../concurrency/in-parallel";
import { listCursor, sortOfCursor } from "../documents/list-cursor";
import { isConditionFailure } from "../dynamodb/condition-failure";
import { untilTableActive } from "../dynamodb/table-ready";
import { newId } from "../ids/new-id";
import {
  checkedLease,
  checkedLimit,
  encodedOutboxKey,
  encodedPayload,
  logSortOf,
  type Outbox,
  type OutboxAttempt,
  type OutboxClaim,
  type OutboxEntry,
  type OutboxKey,
  type OutboxStatus,
  withAttempt,
} from "./outbox";

export interface DynamoOutboxOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  clock?: Clock;
}

interface OutboxItem {
  key: string;
  eventId: string;
  recipient: string;
  kind: string;
  payload: string;
  status: OutboxStatus;
  createdAt: string;
  logSort: string;
  /** Epoch milliseconds; present, with `dueShard`, only while the message may come due. */
  dueAt?: number;
  dueShard?: string;
  claimId?: string;
  sentAt?: string;
  attemptCount: number;
  attempts: string;
}

/**
 * Due messages are spread over a few index partitions: a "new meetup" to 10,000 members writes 10,000
 * due items at once, more than one partition of an index takes.
 */
const dueShards = 8;
const dueShardOf = (key: string): string =>
  `due#${createHash("sha256").update(key).digest().readUInt8(0) % dueShards}`;

/** Puts in flight at once while enqueueing: as the document store's batches. */
const putConcurrency = 25;

const entryOf = (item: OutboxItem): OutboxEntry => ({
  eventId: item.eventId,
  recipient: item.recipient,
  kind: item.kind,
  payload: JSON.parse(item.payload),
  status: item.status,
  createdAt: item.createdAt,
  dueAt: item.dueAt === undefined ? null : new Date(item.dueAt).toISOString(),
  sentAt: item.sentAt ?? null,
  attemptCount: item.attemptCount,
  attempts: JSON.parse(item.attempts) as OutboxAttempt[],
});

/** Creates the outbox table: what SST creates on AWS, for tests, benchmarks and local servers. */
export async function createOutboxTable(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [
        { AttributeName: "key", AttributeType: "S" },
        { AttributeName: "dueShard", AttributeType: "S" },
        { AttributeName: "dueAt", AttributeType: "N" },
        { AttributeName: "recipient", AttributeType: "S" },
        { AttributeName: "logSort", AttributeType: "S" },
      ],
      KeySchema: [{ AttributeName: "key", KeyType: "HASH" }],
      GlobalSecondaryIndexes: [
        {
          IndexName: "due",
          KeySchema: [
            { AttributeName: "dueShard", KeyType: "HASH" },
            { AttributeName: "dueAt", KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "KEYS_ONLY" },
        },
        {
          IndexName: "recipient",
          KeySchema: [
            { AttributeName: "recipient", KeyType: "HASH" },
            { AttributeName: "logSort", KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        },
      ],
    }),
  );
  await untilTableActive(client, tableName);
}

/**
 * The AWS outbox: one item per message, keyed by its encoded key, with a sparse index of what may come
 * due (sharded) and one of each recipient's messages. Claims and settlements are conditional updates on
 * the item, so the index being eventually consistent can make a claimer miss a message for a moment,
 * never hand one to two senders.
 */
export function dynamoOutbox({ client, tableName, clock = systemClock }: DynamoOutboxOptions): Outbox {
  const now = () => clock.now().getTime();

  async function read(key: string): Promise<OutboxItem | undefined> {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: { key }, ConsistentRead: true }),
    );
    return Item as OutboxItem | undefined;
  }

  /** Claims the item if it is due at `at`; the item as claimed, or undefined. */
  async function claimItem(
    key: string,
    leaseMilliseconds: number,
    at: number,
  ): Promise<OutboxClaim | undefined> {
    const claimId = newId();
    try {
      const { Attributes } = await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { key },
          UpdateExpression: "SET #status = :sending, dueAt = :leaseEnd, claimId = :claimId",
          ConditionExpression: "dueAt <= :now",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: {
            ":sending": "sending",
            ":leaseEnd": at + leaseMilliseconds,
            ":claimId": claimId,
            ":now": at,
          },
          ReturnValues: "ALL_NEW",
        }),
      );
      return { entry: entryOf(Attributes as OutboxItem), claimId };
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  /** The keys due at `at` on one shard, soonest first. */
  async function dueOnShard(
    shard: string,
    at: number,
    limit: number,
  ): Promise<{ key: string; dueAt: number }[]> {
    const { Items = [] } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: "due",
        KeyConditionExpression: "dueShard = :shard AND dueAt <= :now",
        ExpressionAttributeValues: { ":shard": shard, ":now": at },
        Limit: limit,
      }),
    );
    return Items as { key: string; dueAt: number }[];
  }

  async function settleItem(
    claim: OutboxClaim,
    status: OutboxStatus,
    attempt: OutboxAttempt,
    retryAt?: Date,
  ): Promise<boolean> {
    const key = encodedOutboxKey(claim.entry);
    const item = await read(key);
    if (!item || item.claimId !== claim.claimId || item.status !== "sending") return false;
    const attempts = JSON.stringify(withAttempt(JSON.parse(item.attempts) as OutboxAttempt[], attempt));
    const values: Record<string, unknown> = {
      ":status": status,
      ":attempts": attempts,
      ":one": 1,
      ":claimId": claim.claimId,
      ":sending": "sending",
    };
    let update = "SET #status = :status, attempts = :attempts, attemptCount = attemptCount + :one";
    if (retryAt) {
      update += ", dueAt = :dueAt REMOVE claimId";
      values[":dueAt"] = retryAt.getTime();
    } else {
      if (status === "sent") {
        update += ", sentAt = :sentAt";
        values[":sentAt"] = attempt.at;
      }
      update += " REMOVE claimId, dueAt, dueShard";
    }
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { key },
          UpdateExpression: update,
          ConditionExpression: "claimId = :claimId AND #status = :sending",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  return {
    async enqueue(messages) {
      checkedLimit(messages.length || 1, "enqueue");
      const createdAt = clock.now().toISOString();
      // Every message is checked before any is written, so a refused batch records nothing.
      const items = messages.map((message): OutboxItem => {
        const key = encodedOutboxKey(message);
        return {
          key,
          eventId: message.eventId,
          recipient: message.recipient,
          kind: message.kind,
          payload: encodedPayload(message.payload),
          status: "pending",
          createdAt,
          logSort: logSortOf(createdAt, message),
          dueAt: (message.dueAt ?? clock.now()).getTime(),
          dueShard: dueShardOf(key),
          attemptCount: 0,
          attempts: "[]",
        };
      });
      const recorded = new Set<string>();
      await inParallel(items, putConcurrency, async (item) => {
        try {
          await client.send(
            new PutCommand({
              TableName: tableName,
              Item: item,
              ConditionExpression: "attribute_not_exists(#key)",
              ExpressionAttributeNames: { "#key": "key" },
            }),
          );
          recorded.add(item.key);
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      });
      return messages
        .filter((message) => recorded.has(encodedOutboxKey(message)))
        .map(({ eventId, recipient, kind }): OutboxKey => ({ eventId, recipient, kind }));
    },
    async claim(key, leaseMilliseconds) {
      return claimItem(encodedOutboxKey(key), checkedLease(leaseMilliseconds), now());
    },
    async claimDue(limit, leaseMilliseconds) {
      checkedLimit(limit, "claimDue");
      checkedLease(leaseMilliseconds);
      const at = now();
      const shards = Array.from({ length: dueShards }, (_, index) => `due#${index}`);
      // Twice the limit, so that claimers racing for the soonest still fill their batch from the rest.
      const due = (await Promise.all(shards.map((shard) => dueOnShard(shard, at, 2 * limit))))
        .flat()
        .sort((left, right) => left.dueAt - right.dueAt || (left.key < right.key ? -1 : 1));
      const claims: OutboxClaim[] = [];
      for (let next = 0; next < due.length && claims.length < limit; ) {
        const batch = due.slice(next, next + (limit - claims.length));
        next += batch.length;
        const claimed = await Promise.all(batch.map(({ key }) => claimItem(key, leaseMilliseconds, at)));
        for (const claim of claimed) if (claim) claims.push(claim);
      }
      return claims;
    },
    async settle(claim, settlement) {
      if (settlement.result === "retry")
        return settleItem(claim, "pending", settlement.attempt, settlement.retryAt);
      return settleItem(claim, settlement.result, settlement.attempt);
    },
    async redeliver(key) {
      const encoded = encodedOutboxKey(key);
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { key: encoded },
            UpdateExpression: "SET #status = :pending, dueAt = :now, dueShard = :shard",
            ConditionExpression: "#status IN (:sent, :failed)",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: {
              ":pending": "pending",
              ":now": now(),
              ":shard": dueShardOf(encoded),
              ":sent": "sent",
              ":failed": "failed",
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
    async get(key) {
      const item = await read(encodedOutboxKey(key));
      return item && entryOf(item);
    },
    async forRecipient(recipient, { first, after }) {
      checkedLimit(first, "a page");
      const before = after === undefined ? "~" : sortOfCursor(after);
      const { Items = [] } = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: "recipient",
          KeyConditionExpression: "recipient = :recipient AND logSort < :before",
          ExpressionAttributeValues: { ":recipient": recipient, ":before": before },
          ScanIndexForward: false,
          Limit: first + 1,
        }),
      );
      const items = Items as OutboxItem[];
      const entries = items.slice(0, first);
      const last = entries.at(-1);
      return {
        entries: entries.map(entryOf),
        endCursor: items.length > first && last ? listCursor(last.logSort) : null,
      };
    },
  };
}

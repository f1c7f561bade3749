import { randomBytes } from "node:crypto";
import { CreateTableCommand } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  ScanCommand,
} from "@aws-sdk/lib-dynamodb";
import { isConditionFailure } from "../dynamodb/condition-failure";
import { untilTableActive } from "../dynamodb/table-ready";
import { decodeStreamCursor, encodeStreamCursor } from "../eventstore/stream-cursor";
import { KeyConflict } from "./errors";
import {
  assertKey,
  assertSubjectId,
  type KeyStore,
  keyBytes,
  keyPageSize,
  type StoredKey,
} from "./key-store";

const isTableKey = (value: unknown): value is { subject: string } =>
  typeof (value as { subject?: unknown } | null)?.subject === "string" &&
  Object.keys(value as object).length === 1;

export interface DynamoKeyStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/**
 * The AWS key store: one item per subject in a table of its own, so that access to keys can be granted
 * apart from access to events. A deleted key lives on in the table's backups (point-in-time recovery
 * keeps 35 days), so an erasure is complete once those have expired.
 */
export function dynamoKeyStore({ client, tableName }: DynamoKeyStoreOptions): KeyStore {
  async function get(subjectId: string): Promise<Buffer | undefined> {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: { subject: subjectId }, ConsistentRead: true }),
    );
    const key = Item?.key as Uint8Array | undefined;
    return key ? Buffer.from(key) : undefined;
  }

  /** Writes the key if the subject has none; false if it has one already. */
  async function putIfAbsent(subjectId: string, key: Buffer): Promise<boolean> {
    try {
      // Conditional, so that of two concurrent writes one wins and the other reads the winner's key.
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { subject: subjectId, key },
          ConditionExpression: "attribute_not_exists(subject)",
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return false;
    }
  }

  return {
    async create(subjectId) {
      assertSubjectId(subjectId);
      const key = randomBytes(keyBytes);
      if (await putIfAbsent(subjectId, key)) return key;
      const existing = await get(subjectId);
      if (!existing) throw new Error(`the key of ${subjectId} vanished as it was made`);
      return existing;
    },
    async get(subjectId) {
      assertSubjectId(subjectId);
      return get(subjectId);
    },
    async delete(subjectId) {
      assertSubjectId(subjectId);
      await client.send(new DeleteCommand({ TableName: tableName, Key: { subject: subjectId } }));
    },
    async list(options = {}) {
      const limit = keyPageSize(options.limit);
      let startKey =
        options.cursor === undefined ? undefined : decodeStreamCursor(options.cursor, isTableKey);
      const keys: StoredKey[] = [];
      // A Scan page may come back short of the limit before the table ends: keep going until it is full.
      for (;;) {
        const page = await client.send(
          new ScanCommand({
            TableName: tableName,
            Limit: limit - keys.length,
            ExclusiveStartKey: startKey,
            ConsistentRead: true,
          }),
        );
        for (const item of page.Items ?? [])
          keys.push({ subjectId: item.subject as string, key: Buffer.from(item.key as Uint8Array) });
        if (!page.LastEvaluatedKey) return { keys };
        startKey = page.LastEvaluatedKey as { subject: string };
        if (keys.length === limit) return { keys, cursor: encodeStreamCursor({ subject: startKey.subject }) };
      }
    },
    async restore(subjectId, key) {
      assertSubjectId(subjectId);
      assertKey(subjectId, key);
      if (await putIfAbsent(subjectId, Buffer.from(key))) return;
      if (!(await get(subjectId))?.equals(key)) throw new KeyConflict(subjectId);
    },
  };
}

/** Creates the key table (partition key `subject`), for tests and local DynamoDB; on AWS it is declared in infra. */
export async function createKeyTable(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [{ AttributeName: "subject", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "subject", KeyType: "HASH" }],
    }),
  );
  await untilTableActive(client, tableName);
}

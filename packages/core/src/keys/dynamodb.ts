import { randomBytes } from "node:crypto";
import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DescribeTableCommand,
} from "@aws-sdk/client-dynamodb";
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { assertSubjectId, type KeyStore, keyBytes } from "./key-store";

export interface DynamoKeyStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** By name too: with two copies of the SDK in a bundle, `instanceof` fails across them. */
const isConditionFailure = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException ||
  (error as { name?: unknown } | null)?.name === "ConditionalCheckFailedException";

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

  return {
    async create(subjectId) {
      assertSubjectId(subjectId);
      const key = randomBytes(keyBytes);
      try {
        // Conditional, so that of two concurrent creates one wins and the other reads the winner's key.
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { subject: subjectId, key },
            ConditionExpression: "attribute_not_exists(subject)",
          }),
        );
        return key;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
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
  for (let attempt = 0; ; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === "ACTIVE") return;
    if (attempt >= 120) throw new Error(`table ${tableName} did not become active`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
